"""The fixture sites through the distributed engine, and what a run must leave behind to count
as the same as the one-worker reference run (``test_distributed.py``, ``test_faults.py``).

A run crawls the fixture sites; once a few articles are indexed the held-back report is
published and the run's fault (if any) is injected. Pages come back with ``outlet:/path`` URLs,
like the snapshot's (ports, and so ids, differ between runs).
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from pipeline_run import PipelineRun, Snapshot, check_services, short_url

from crawlers.fixture_sites import FixturePage, FixtureSites

__all__ = [
    "HELD_BACK",
    "TIMEOUT",
    "Result",
    "alerts_by_id",
    "new_alerts",
    "require_services",
    "run_fixture_sites",
    "same_state",
    "short_page",
    "stories",
]

HELD_BACK = ("sham", "bab-car-bomb-toll-rises")
TIMEOUT = 240.0
Result = tuple[Snapshot, list[FixturePage], PipelineRun]


def require_services() -> None:
    """Fail (skip only when the services are not required) if Kafka or Elasticsearch is down."""
    problem = asyncio.run(check_services())
    if problem is None:
        return
    message = f"{problem}; start the services with: infra/services.sh start"
    if os.environ.get("NEWSWATCH_REQUIRE_SERVICES") == "1":
        pytest.fail(message)
    pytest.skip(message)


async def run_fixture_sites(
    run: PipelineRun, fault: Callable[[PipelineRun], Awaitable[None]] | None = None
) -> Result:
    """Run the pipeline over the fixture sites; ``fault`` runs once a few articles are indexed,
    just after the held-back report is published."""

    async def midway(r: PipelineRun) -> None:
        await sites.publish(*HELD_BACK)
        if fault is not None:
            await fault(r)

    async with FixtureSites(slow_delay=0.5) as sites:
        expected = [p for p in sites.pages if p.expected in ("article", "duplicate")]
        snapshot = await run.run(sites, midway=midway, expected_articles=len(expected), timeout=TIMEOUT)
        return snapshot, [short_page(page, sites) for page in sites.pages], run


def short_page(page: FixturePage, sites: FixtureSites) -> FixturePage:
    original = page.duplicate_of and short_url(page.duplicate_of, sites)
    return dataclasses.replace(page, url=short_url(page.url, sites), duplicate_of=original)


def alerts_by_id(snapshot: Snapshot) -> dict[str, dict[str, Any]]:
    return {alert["alert_id"]: alert for alert in snapshot.alerts_on_topic}


def new_alerts(snapshot: Snapshot) -> Counter[tuple[str, tuple[str, ...]]]:
    """(subscription, incident) → number of distinct "new" alerts, incidents by report urls."""
    reports = {iid: tuple(urls) for iid, urls in snapshot.incidents.items()}
    return Counter(
        (alert["subscription_id"], reports[snapshot.live_id(alert["incident_id"])])
        for alert in alerts_by_id(snapshot).values()
        if alert["kind"] == "new"
    )


def stories(snapshot: Snapshot) -> dict[str, str]:
    """Each stored article's url → its story: the smallest url among it and its copies.

    Which copy of a syndicated story is the original depends on which was fetched first, and
    fetch order varies from run to run; the grouping does not.
    """
    original = {url: of or url for url, of in snapshot.articles.items()}
    members: dict[str, list[str]] = {}
    for url, of in original.items():
        members.setdefault(of, []).append(url)
    return {url: min(members[of]) for url, of in original.items()}


def _each_report_once(snapshot: Snapshot) -> Counter[str]:
    """Every report is in exactly one incident document; returns reports per article url."""
    reports = [report for reports in snapshot.reports.values() for report in reports]
    events = Counter(event_id for event_id, _ in reports)
    assert set(events.values()) == {1}, "a report in two incident documents"
    return Counter(url for _, url in reports)


def _same_reports(snapshot: Snapshot, expected: Snapshot) -> None:
    """The same reports from every article, except that of the syndicated pair only the
    original's are required: the copy's edited text reads differently, and a copy that reached
    the duplicate check before its original was released (and extracted) as an original first,
    keeping the reports it contributed then."""
    pair = {url for url, original in expected.articles.items() if original} | {
        original for original in expected.articles.values() if original
    }
    reports, reference = _each_report_once(snapshot), _each_report_once(expected)
    got = {url: n for url, n in reports.items() if url not in pair}
    want = {url: n for url, n in reference.items() if url not in pair}
    differ = {url: (got.get(url), want.get(url)) for url in got.keys() | want.keys()}
    differ = {url: counts for url, counts in differ.items() if counts[0] != counts[1]}
    assert not differ, f"reports per article (this run, reference): {differ}; incidents: {snapshot.incidents}"
    (original,) = [url for url in pair if snapshot.articles[url] is None]
    assert reports[original] > 0, "the syndicated story's original has its reports"


def same_state(snapshot: Snapshot, expected: Snapshot, pages: list[FixturePage]) -> None:
    """Same articles, reports, car-bomb incident and alerts; no document or alert twice.

    Which loosely related reports end up grouped can depend on the order reports arrive in
    (the merge rule is not order-independent), so groupings are compared for the fixture's
    multi-outlet incident, not for every incident.
    """
    assert stories(snapshot) == stories(expected)
    _same_reports(snapshot, expected)
    bab = sorted(p.url for p in pages if p.expected == "article" and p.slug.startswith("bab-car-bomb"))
    assert bab in snapshot.incidents.values()
    assert sorted(snapshot.alert_docs) == sorted(alerts_by_id(snapshot))
    alerts = alerts_by_id(snapshot).values()
    once = Counter((a["subscription_id"], a["incident_id"]) for a in alerts if a["kind"] == "new")
    assert set(once.values()) == {1}
    assert new_alerts(snapshot)[("explosions", tuple(bab))] == 1

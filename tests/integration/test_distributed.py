"""The distributed engine against the real Kafka and Elasticsearch, end to end.

fixture sites → crawler service → Kafka → Faust worker subprocess(es) → Elasticsearch. One
reference run with one worker; then two workers in one group, one of them SIGKILLed midway,
must leave the same final state. Every run has its own topic/index prefix, removed after.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from pipeline_run import SUBSCRIPTIONS, PipelineRun, Snapshot, es_address, short_url
from reference_run import (
    HELD_BACK,
    TIMEOUT,
    Result,
    alerts_by_id,
    new_alerts,
    run_fixture_sites,
    same_state,
    short_page,
    stories,
)
from tcp_proxy import TcpProxy

from crawlers.fixture_sites import FixturePage, FixtureSites
from indexer.elastic import connect
from indexer.elastic_search import search
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.runner import EmbeddedPipeline
from streams.pipeline.alerts import Matcher, load_subscriptions
from streams.records import Alert, Incident
from streams.settings import Settings
from streams.wiring import embedded_processor

pytestmark = pytest.mark.integration


async def _run(workers: int, midway_change: str = "") -> Result:
    """A run in which, once a few articles are indexed, one worker is SIGKILLed ("kill") or
    another one joins ("join")."""

    async def fault(r: PipelineRun) -> None:
        if midway_change == "kill":
            r.kill(r.processes[0])
        elif midway_change == "join":
            r.start_worker()

    return await run_fixture_sites(PipelineRun(workers=workers), fault)


def test_one_worker_end_to_end(reference: Result) -> None:
    snapshot, pages, run = reference
    articles = [p for p in pages if p.expected == "article"]
    assert {p.url for p in articles} <= set(snapshot.articles)

    (copy,) = [p for p in pages if p.expected == "duplicate"]
    copies = {url: original for url, original in snapshot.articles.items() if original is not None}
    assert len(copies) == 1, f"only the syndicated pair is one story, got {copies}"
    assert copies == {copy.url: copy.duplicate_of}, "the copy published later is the duplicate"

    bab = sorted(p.url for p in articles if p.slug.startswith("bab-car-bomb"))
    holding = [urls for urls in snapshot.incidents.values() if set(urls) & set(bab)]
    assert bab in holding, "the multi-outlet car bomb is one incident with every report"
    assert sum(len(set(urls) & set(bab)) > 1 for urls in holding) == 1, "and only one"

    assert sorted(snapshot.alert_docs) == sorted(alerts_by_id(snapshot))
    assert new_alerts(snapshot)[("explosions", tuple(bab))] == 1
    alerts = alerts_by_id(snapshot).values()
    once = Counter((a["subscription_id"], a["incident_id"]) for a in alerts if a["kind"] == "new")
    assert set(once.values()) == {1}, "one new alert per (subscription, incident)"
    asyncio.run(_searchable(run.index_prefix, [p for p in articles if p.title]))


async def _searchable(prefix: str, pages: list[FixturePage]) -> None:
    es = connect(es_address())
    try:
        hits = {h.url for h in await search(es, "مفخخة", 50, prefix=prefix)}
        voweled = {h.url for h in await search(es, "مُفَخَّخَة", 50, prefix=prefix)}
        assert hits and hits == voweled
        for page in pages:
            found = {urlsplit(h.url).path for h in await search(es, page.title or "", 10, prefix=prefix)}
            assert page.url.split(":", 1)[1] in found, f"{page.url} not found by its title"
    finally:
        await es.close()


@pytest.mark.parametrize(
    ("workers", "midway_change"),
    [(2, ""), (1, "join"), (2, "kill")],
    ids=["two-workers", "second-joins-midway", "one-sigkilled"],
)
def test_two_workers_give_the_same_state(reference: Result, workers: int, midway_change: str) -> None:
    """Same articles, reports, car-bomb incident and alerts; no document or alert twice.

    Once a few articles are indexed (and the held-back report is published), a second worker
    joins, taking over half of the partitions and their tables, or one of two workers is
    SIGKILLed, and the other must take over its partitions and tables.
    """
    expected, pages, _ = reference
    snapshot, _, run = asyncio.run(_run(workers, midway_change))
    with run.cleaned_up_unless_failed():
        same_state(snapshot, expected, pages)


# -- Elasticsearch away: alerts go on, the index catches up ---------------------------------------

OUTAGE = 30.0  # seconds the indexer cannot reach Elasticsearch
CATCH_UP = 30.0  # seconds the index may take to hold every alert after Elasticsearch is back


@dataclasses.dataclass
class Outage:
    alerts_before: int = 0  # alerts on the topic when Elasticsearch went away
    alerts_after: int = 0  # ... and when it came back
    docs_before: int = 0  # alert documents when Elasticsearch went away
    docs_after: int = 0  # ... and when it came back
    caught_up: float | None = None  # seconds until the index held every alert again


async def _outage_run() -> tuple[Snapshot, list[FixturePage], PipelineRun, Outage]:
    """A run whose indexer reaches Elasticsearch through a proxy that is off for ``OUTAGE`` s,
    from a few articles in (the held-back report is published as it goes off)."""
    target = urlsplit(es_address())
    proxy = TcpProxy(target.hostname or "127.0.0.1", target.port or 9200)
    await proxy.start()
    run = PipelineRun(indexer_env={"NEWSWATCH_ELASTICSEARCH_URL": f"{target.scheme}://{proxy.address}"})
    outage = Outage()

    async def midway(r: PipelineRun) -> None:
        await proxy.stop()
        await sites.publish(*HELD_BACK)
        es = connect(es_address())
        try:
            await asyncio.sleep(1.0)  # a bulk request under way when the proxy went off is cut
            outage.alerts_before = len(await r.read_topic("alerts"))
            outage.docs_before = (await r.counts(es))[2]
            await asyncio.sleep(OUTAGE)
            outage.alerts_after = len(await r.read_topic("alerts"))
            outage.docs_after = (await r.counts(es))[2]
            await proxy.start()
            back, alert_ids = time.monotonic(), {a["alert_id"] for a in await r.read_topic("alerts")}
            while time.monotonic() - back < CATCH_UP and outage.caught_up is None:
                if (await r.counts(es))[2] >= len(alert_ids):
                    outage.caught_up = time.monotonic() - back
                await asyncio.sleep(0.5)
        finally:
            await es.close()

    try:
        async with FixtureSites(slow_delay=0.5) as sites:
            expected = [p for p in sites.pages if p.expected in ("article", "duplicate")]
            snapshot = await run.run(sites, midway=midway, expected_articles=len(expected), timeout=TIMEOUT)
            pages = [short_page(page, sites) for page in sites.pages]
    finally:
        await proxy.stop()
    return snapshot, pages, run, outage


def test_alerts_keep_flowing_while_elasticsearch_is_away_and_the_index_catches_up(
    reference: Result,
) -> None:
    expected, pages, _ = reference
    snapshot, _, run, outage = asyncio.run(_outage_run())
    with run.cleaned_up_unless_failed():
        assert outage.docs_after == outage.docs_before, "the indexer did reach Elasticsearch"
        assert outage.alerts_after > outage.alerts_before, f"no alert while Elasticsearch was away: {outage}"
        assert outage.caught_up is not None, f"index not caught up {CATCH_UP}s after the return: {outage}"
        same_state(snapshot, expected, pages)


# -- the two engines agree ----------------------------------------------------------------------


Where = tuple[frozenset[str], frozenset[str]]  # (stories reporting an incident, its place ids)


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What an engine produced, comparable across engines and runs (URLs as ``outlet:/path``,
    since ports and therefore ids differ between runs; a syndicated pair counts as one story)."""

    stories: dict[str, str]  # article url → its story
    incidents: Counter[tuple[Where, int, int]]  # (incident, killed, injured)
    told_about: set[tuple[str, Where]]  # (subscription, incident) pairs that got an alert
    last_told: dict[tuple[str, Where], tuple[int, int]]  # the toll in the last alert

    @classmethod
    def of(cls, articles: dict[str, str | None], incidents: list[Incident], alerts: list[Alert],
           url_of: dict[str, str]) -> Outcome:
        """``incidents``: every version's latest record, superseded ones included."""
        story_of = stories(Snapshot(articles, {}, {}, [], []))

        def reported(incident: Incident) -> Where:
            """An incident by the stories that report it and its places (one article can
            report two incidents); a copy counts as its story."""
            urls = frozenset(story_of[url_of[r.article_id]] for r in incident.reports if r.article_id)
            return urls, frozenset(loc.id for loc in incident.locations)

        by_id = {i.incident_id: i for i in incidents}

        def final(incident_id: str) -> Incident:
            """The incident as it ended: an incident merged into another is that other one."""
            incident = by_id[incident_id]
            while incident.superseded_by:
                incident = by_id[incident.superseded_by]
            return incident

        def about(alert: Alert) -> tuple[str, Where]:
            return alert.subscription_id, reported(final(alert.incident_id))

        live = [i for i in incidents if not i.superseded_by]
        return cls(
            stories=story_of,
            incidents=Counter((reported(i), *_toll(i)) for i in live),
            told_about={about(alert) for alert in alerts},
            last_told={about(alert): _toll(alert.incident) for alert in alerts},
        )


def _toll(incident: Incident) -> tuple[int, int]:
    return incident.headline.killed, incident.headline.injured


def _latest(records: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for record in records:
        known = latest.get(record[key])
        if known is None or record.get("version", 0) >= known.get("version", 0):
            latest[record[key]] = record
    return list(latest.values())


async def _kafka_outcome(snapshot: Snapshot, run: PipelineRun) -> Outcome:
    es = connect(es_address())
    try:
        docs = await run.documents(es, "articles")
    finally:
        await es.close()
    url_of = {doc["article_id"]: url for doc, url in zip(docs, _short_urls(docs, snapshot), strict=True)}
    # the absorbed ones too: an alert may have gone out for one before a report joined it to another
    incidents = [Incident.from_dict(r) for r in _latest(await run.read_topic("incidents"), "incident_id")]
    alerts = [Alert.from_dict(a) for a in snapshot.alerts_on_topic]
    alerts.sort(key=lambda a: (a.created_at, a.incident.version))
    return Outcome.of(snapshot.articles, incidents, alerts, url_of)


def _short_urls(docs: list[dict[str, Any]], snapshot: Snapshot) -> list[str]:
    """The ``outlet:/path`` form of each article document's url, as in the snapshot."""
    by_path = {url.split(":", 1)[1]: url for url in snapshot.articles}
    return [by_path[urlsplit(doc["url"]).path] for doc in docs]


async def _embedded_outcome(tmp: Path) -> Outcome:
    (tmp / "subs.yaml").write_text(SUBSCRIPTIONS, encoding="utf-8")
    settings = Settings(
        host_delay=0.02,
        request_timeout=5.0,
        retries=2,
        allow_private_hosts=("127.0.0.1",),
        store_path=tmp / "store.sqlite3",
    )
    with SqliteStore(settings.store_path) as store:
        processor = embedded_processor(settings, store, Matcher(load_subscriptions(tmp / "subs.yaml")))
        async with (
            FixtureSites(slow_delay=0.5) as sites,
            EmbeddedPipeline(settings, store, processor) as pipeline,
        ):
            await pipeline.crawl(sites.sources)
            await sites.publish(*HELD_BACK)
            await pipeline.crawl(sites.sources)
            url_of = {a.article_id: short_url(a.url, sites) for a in store.articles()}
            articles = {
                url_of[a.article_id]: url_of[a.duplicate_of] if a.duplicate_of else None
                for a in store.articles()
            }
            return Outcome.of(articles, store.incidents(superseded=True), store.alerts(), url_of)


def test_the_embedded_engine_gives_what_the_kafka_engine_gives(
    reference: Result, tmp_path: Path
) -> None:
    """The fixture sites through both engines: the same stories, incidents with the same tolls,
    alerts for the same (subscription, incident) pairs, and each subscription last told the same
    toll. (Whether a subscription also had an update, or first heard of two parts of an
    incident that a later report joined, depends on how a burst of reports fell into the settle
    window: timing, not logic.)"""
    snapshot, _, run = reference
    kafka = asyncio.run(_kafka_outcome(snapshot, run))
    embedded = asyncio.run(_embedded_outcome(tmp_path))
    assert embedded.stories == kafka.stories
    assert embedded.incidents == kafka.incidents
    assert embedded.told_about == kafka.told_about
    assert embedded.last_told == kafka.last_told

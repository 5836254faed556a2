"""The embedded engine over the fixture news sites, end to end (no Kafka, no Elasticsearch).

One run per module: crawl every outlet, publish the held-back report that raises the al-Bab car
bomb's toll, crawl again. The tests then read the store and the alerts the run produced.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawlers.fixture_sites import FixturePage, FixtureSites
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.runner import EmbeddedPipeline, RunStats
from streams.pipeline.alerts import Matcher, load_subscriptions
from streams.records import Alert, Article
from streams.settings import Settings
from streams.wiring import embedded_processor

SUBSCRIPTIONS = """
subscriptions:
  - {id: aleppo, places: [aleppo]}
  - {id: everything, min_killed: 0}
"""


class Collect:
    def __init__(self) -> None:
        self.alerts: list[Alert] = []

    def submit(self, alert: Alert) -> None:
        self.alerts.append(alert)


@dataclass
class Run:
    store: SqliteStore
    pages: list[FixturePage]
    stats: RunStats
    alerts_before_update: list[Alert]
    alerts: list[Alert]

    def stored(self, page: FixturePage) -> list[Article]:
        return [a for a in self.store.articles() if a.url == page.url]

    def page(self, outlet_id: str, slug: str) -> FixturePage:
        return next(p for p in self.pages if (p.outlet_id, p.slug) == (outlet_id, slug))


async def _run(tmp: Path) -> Run:
    (tmp / "subs.yaml").write_text(SUBSCRIPTIONS, encoding="utf-8")
    store = SqliteStore(tmp / "store.sqlite3")
    collect = Collect()
    async with FixtureSites(slow_delay=0.5) as sites:
        settings = Settings(
            host_delay=0.02,
            request_timeout=5.0,
            retries=2,
            store_path=tmp / "store.sqlite3",
            allow_private_hosts=sites.allowed_hosts,
            # alerts are released at the end of each pass, however slow the machine: what a
            # pass raises does not depend on how its reports fell into the settle window
            alert_settle=600,
            alert_hold_max=600,
        )
        processor = embedded_processor(settings, store, Matcher(load_subscriptions(tmp / "subs.yaml")))
        async with EmbeddedPipeline(settings, store, processor, alerts=collect) as pipeline:
            await pipeline.crawl(sites.sources)
            before = list(collect.alerts)
            for page in sites.pages:
                if not page.published:
                    await sites.publish(page.outlet_id, page.slug)
            stats = await pipeline.crawl(sites.sources)
            return Run(store, sites.pages, stats, before, collect.alerts)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return asyncio.run(_run(tmp_path_factory.mktemp("embedded")))


def articles(run: Run) -> list[FixturePage]:
    return [p for p in run.pages if p.expected == "article"]


def test_every_fixture_article_is_stored_once_with_its_title_and_date(run: Run):
    for page in articles(run):
        (article,) = run.stored(page)
        assert article.published_at is not None, page.url
        assert (article.title, article.published_at[:10]) == (page.title, page.date), page.url


def test_pages_that_are_not_articles_are_skipped_with_their_reasons(run: Run):
    reasons = {letter.key: letter.error.split(":")[0] for letter in run.store.dead_letters()}
    expected = {"not_arabic": "not_arabic", "not_found": "http_404", "robots": "robots",
                "empty": "empty", "too_large": "too_large"}
    for kind, reason in expected.items():
        pages = [p for p in run.pages if p.expected == kind]
        seen = [p for p in pages if p.url in reasons]
        assert seen, f"no {kind} page was reached"
        assert all(reasons[p.url] == reason for p in seen), kind
        assert not any(run.stored(p) for p in pages)


def test_story_text_is_kept_and_page_furniture_dropped_on_every_outlet(run: Run):
    for page in articles(run):
        (article,) = run.stored(page)
        for snippet in page.body_snippets:
            assert snippet in article.text, (page.url, snippet)
        for furniture in page.boilerplate:
            assert furniture not in article.text, (page.url, furniture)


def test_windows_1256_outlet_is_read_as_arabic(run: Run):
    furat = [p for p in articles(run) if p.encoding.replace("-", "").lower() in ("windows1256", "cp1256")]
    assert furat
    for page in furat:
        (article,) = run.stored(page)
        assert article.lang == "ar" and page.body_snippets[0] in article.text


def test_a_diacritised_query_finds_undiacritised_text(run: Run):
    hits = run.store.search("سَيَّارَةٌ مُفَخَّخَةٌ")
    assert {h.source_id for h in hits} >= {"sham", "furat", "idlib"}


def test_the_syndicated_copy_is_one_article_linked_to_its_original(run: Run):
    (copy_page,) = [p for p in run.pages if p.expected == "duplicate"]
    original = next(p for p in run.pages if p.url == copy_page.duplicate_of)
    (copy,) = run.stored(copy_page)
    assert copy.duplicate_of == run.stored(original)[0].article_id
    assert run.stats.duplicates == 1


def _incidents_of(run: Run, pages: list[FixturePage]):
    ids = {a.article_id for p in pages for a in run.stored(p)}
    return [i for i in run.store.incidents() if ids & {r.article_id for r in i.reports}]


def test_three_outlets_reports_of_one_blast_are_one_incident_with_one_alert_and_one_update(run: Run):
    reports = [run.page(o, "bab-car-bomb") for o in ("sham", "furat", "idlib")]
    update = run.page("sham", "bab-car-bomb-toll-rises")
    (incident,) = [
        i for i in _incidents_of(run, [*reports, update]) if len({r.source_id for r in i.reports}) > 1
    ]
    assert {r.source_id for r in incident.reports} == {"sham", "furat", "idlib"}
    stored = {a.article_id for p in [*reports, update] for a in run.stored(p)}
    assert stored == {r.article_id for r in incident.reports}
    key = (incident.incident_id, "aleppo")

    def final_id(incident_id: str) -> str:
        """An incident absorbed into another (a later report joined two) is that other one."""
        found = run.store.incident(incident_id)
        return found.incident_id if found else incident_id

    def kinds(alerts: list[Alert]) -> list[str]:
        return [a.kind for a in alerts if (final_id(a.incident_id), a.subscription_id) == key]

    assert kinds(run.alerts_before_update) == ["new"]
    later = run.alerts[len(run.alerts_before_update) :]
    assert kinds(later) == ["update"]
    assert any("killed rose from 7 to 11" in a.reason for a in later)


def test_non_violent_stories_raise_nothing(run: Run):
    calm = [p for p in articles(run) if not p.events]
    assert len(calm) >= 2
    assert _incidents_of(run, calm) == []


def test_seed_002_tolls_reach_the_incidents(run: Run):
    seed = run.page("idlib", "tip-attacks-three-positions")
    counts = {(c.killed, c.injured) for i in _incidents_of(run, [seed]) for r in i.reports for c in r.counts}
    assert {(3, 8), (2, 5)} <= counts
    killed = {c.killed for i in _incidents_of(run, [seed]) for r in i.reports for c in r.counts}
    assert {8, 6} <= killed


def test_no_alert_is_raised_twice(run: Run):
    ids = [a.alert_id for a in run.alerts]
    assert len(ids) == len(set(ids))
    assert len(run.store.alerts()) == len(ids)

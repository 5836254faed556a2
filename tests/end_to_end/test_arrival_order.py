"""The embedded engine gives the same result whatever order the articles arrive in.

The fixture sites are crawled once; their articles are then fed to fresh engines in 20 shuffled
orders. Articles, duplicates, incidents (which reports, which toll) and the alerts raised for
each (subscription, incident) must be the same every time: a replay or another engine, which
see reports in another order, agree.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from pathlib import Path

import pytest

from crawlers.fixture_sites import FixtureSites
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.runner import EmbeddedPipeline, RunStats
from streams.pipeline.alerts import Matcher, load_subscriptions
from streams.records import Article
from streams.settings import Settings
from streams.wiring import embedded_processor

SUBSCRIPTIONS = """
subscriptions:
  - {id: aleppo, places: [aleppo]}
  - {id: deadly, min_killed: 5}
  - {id: everything, min_killed: 0}
"""
ORDERS = 20

Incidents = Counter[tuple[frozenset[str], int, int]]
Outcome = tuple[dict[str, str | None], Incidents, Counter[tuple[str, frozenset[str]]]]


async def _crawl(tmp: Path) -> list[Article]:
    settings = Settings(
        host_delay=0.02,
        request_timeout=5.0,
        retries=2,
        allow_private_hosts=("127.0.0.1",),
        store_path=tmp / "crawl.sqlite3",
    )
    with SqliteStore(settings.store_path) as store:
        processor = embedded_processor(settings, store, Matcher([]))
        async with (
            FixtureSites(slow_delay=0.2) as sites,
            EmbeddedPipeline(settings, store, processor) as pipeline,
        ):
            for page in sites.pages:
                if not page.published:
                    await sites.publish(page.outlet_id, page.slug)
            await pipeline.crawl(sites.sources)
        fresh = {"duplicate_of": None, "signature": []}
        return [Article.from_dict({**a.to_dict(), **fresh}) for a in store.articles()]


def _outcome(articles: list[Article], tmp: Path, seed: int) -> Outcome:
    settings = Settings(store_path=tmp / f"order-{seed}.sqlite3")
    (tmp / "subs.yaml").write_text(SUBSCRIPTIONS, encoding="utf-8")
    order = list(articles)
    random.Random(seed).shuffle(order)
    with SqliteStore(settings.store_path) as store:
        processor = embedded_processor(settings, store, Matcher(load_subscriptions(tmp / "subs.yaml")))
        stats = RunStats()
        for article in order:
            processor.process(article, stats)
        processor.tick(stats, flush=True)
        url = {a.article_id: a.url for a in store.articles()}

        def reported(incident_reports: list) -> frozenset[str]:
            return frozenset(url[r.article_id] for r in incident_reports if r.article_id)

        stored = {a.url: url[a.duplicate_of] if a.duplicate_of else None for a in store.articles()}
        incidents = Counter(
            (reported(i.reports), i.headline.killed, i.headline.injured) for i in store.incidents()
        )
        alerts = Counter(
            (a.subscription_id, reported(a.incident.reports)) for a in store.alerts() if a.kind == "new"
        )
    return stored, incidents, alerts


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    return asyncio.run(_crawl(tmp_path_factory.mktemp("crawl")))


def test_twenty_arrival_orders_give_one_result(articles: list[Article], tmp_path: Path) -> None:
    assert len(articles) > 20
    first = _outcome(articles, tmp_path, 0)
    assert len(first[1]) > 10, "the fixture sites report many incidents"
    for seed in range(1, ORDERS):
        stored, incidents, alerts = _outcome(articles, tmp_path, seed)
        assert stored == first[0], f"order {seed}: other duplicates"
        assert incidents == first[1], f"order {seed}: other incidents or tolls"
        assert alerts == first[2], f"order {seed}: other alerts"

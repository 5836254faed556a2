"""The sources' health as the embedded engine keeps it: written by the pipeline's crawl state,
read back from the store by ``streams.ops.sources`` (what the API's health shows)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from crawlers.fixture_sites.generated import GeneratedOutlets
from crawlers.schedule import TargetState
from crawlers.sources import Source
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.runner import EmbeddedPipeline, StoredCrawlState
from streams.ops.sources import SourceHealthProbe, stored_source_health
from streams.pipeline.alerts import Matcher
from streams.settings import Settings
from streams.wiring import embedded_processor

DEAD = Source(id="dead", name="dead", homepage="http://127.0.0.1:9/", feeds=["http://127.0.0.1:9/feed"])


async def test_an_embedded_run_leaves_each_sources_health_in_the_store(tmp_path: Path) -> None:
    settings = Settings(
        store_path=tmp_path / "store.sqlite3", allow_private_hosts=("127.0.0.1",), retries=0, host_delay=0.0
    )
    async with GeneratedOutlets(2, stories=2, initial=1, seed=5, crawl_delay=0) as outlets:
        with SqliteStore(settings.store_path) as store:
            processor = embedded_processor(settings, store, Matcher([]))
            async with httpx.AsyncClient() as client, EmbeddedPipeline(
                settings, store, processor, client=client
            ) as pipeline:
                stats = await pipeline.crawl([*outlets.sources, DEAD])
    stored = stored_source_health(settings.store_path)
    assert stored == stats.health  # the summary and the API fold the same states
    assert set(stats.failing()) == {"dead"}
    dead = stored["dead"]
    assert dead.failing and dead.last_success is None
    assert (dead.last_error or "").startswith("http://127.0.0.1:9/")
    assert all(not stored[s.id].failing and stored[s.id].last_success for s in outlets.sources)


async def test_the_latest_state_of_each_target_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with SqliteStore(path) as store:
        state = StoredCrawlState(store)
        await state.save_target(TargetState("a", "http://a/feed", failures=2, last_error="http-503"))
        await state.save_target(TargetState("a", "http://a/feed", last_success=10.0))
        await state.save_target(TargetState("b", "http://b/feed", failures=1, last_error="timeout"))
        assert len(store.crawl_targets()) == 2
        assert json.loads(store.crawl_targets()[0])["source_id"] in {"a", "b"}
    health = stored_source_health(path)
    assert not health["a"].failing and health["a"].last_success == 10.0
    assert health["b"].failing and health["b"].last_error == "http://b/feed: timeout"


def test_no_store_yet_means_nothing_known(tmp_path: Path) -> None:
    assert stored_source_health(tmp_path / "missing.sqlite3") == {}
    assert not (tmp_path / "missing.sqlite3").exists()


async def test_the_probe_reads_at_most_once_per_max_age(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    probe = SourceHealthProbe(Settings(store_path=path, kafka_bootstrap=None), max_age=3600.0)
    with SqliteStore(path) as store:
        await StoredCrawlState(store).save_target(TargetState("a", "http://a/feed", failures=1))
        first = await probe.read()
        await StoredCrawlState(store).save_target(TargetState("a", "http://a/feed", last_success=5.0))
    assert first is not None and first["a"].failing
    assert await probe.read() == first  # cached
    fresh = await SourceHealthProbe(Settings(store_path=path, kafka_bootstrap=None)).read()
    assert fresh is not None and not fresh["a"].failing


async def test_the_probe_says_unknown_when_the_store_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    path.write_bytes(b"not a database at all, " * 100)
    assert await SourceHealthProbe(Settings(store_path=path, kafka_bootstrap=None)).read() is None


async def test_a_store_that_refuses_the_write_does_not_stop_the_crawl(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "store.sqlite3")
    state = StoredCrawlState(store)
    store.close()  # every write now fails, as on a full disk
    target = TargetState("a", "http://a/feed", failures=1)
    await state.save_target(target)
    assert state.targets[("a", "http://a/feed")] is target  # the crawl goes on from memory

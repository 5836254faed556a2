"""Embedded pipeline end to end: pages/s from discovery to stored article, events and alerts.

Runs the whole embedded engine over the fixture outlets (politeness delay off, slow page
without delay) several times with a fresh store each round, with the default number of fetch
workers and with one (the obvious sequential crawler), in the same run.

    .venv/bin/python -m bench.bench_pipeline [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from crawlers.fixture_sites import FixtureSites
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.processing import ArticleProcessor
from streams.engines.embedded.runner import EmbeddedPipeline
from streams.pipeline.alerts import Matcher, load_subscriptions
from streams.settings import Settings
from streams.wiring import DEMO_SUBSCRIPTIONS


async def one_round(sites: FixtureSites, workers: int, folder: Path) -> tuple[int, float]:
    settings = Settings(
        host_delay=0.0,
        host_concurrency=4,
        total_concurrency=workers,
        retries=2,
        allow_private_hosts=sites.allowed_hosts,
        store_path=folder / f"bench-{workers}-{time.monotonic_ns()}.sqlite3",
    )
    with SqliteStore(settings.store_path) as store:
        processor = ArticleProcessor(store, Matcher(load_subscriptions(DEMO_SUBSCRIPTIONS)))
        start = time.perf_counter()
        async with EmbeddedPipeline(settings, store, processor) as pipeline:
            stats = await pipeline.crawl(sites.sources)
        elapsed = time.perf_counter() - start
    return stats.fetched + sum(stats.skipped.values()), elapsed


async def main(rounds: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="newswatch-bench-"))
    print("| fetch workers | pages | seconds | pages/s |")
    print("|---|---|---|---|")
    async with FixtureSites(slow_delay=0) as sites:
        for workers in (Settings().total_concurrency, 1):
            pages, seconds = 0, 0.0
            for _ in range(rounds):
                done, elapsed = await one_round(sites, workers, folder)
                pages, seconds = pages + done, seconds + elapsed
            print(f"| {workers} | {pages} | {seconds:.2f} | {pages / seconds:.1f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    asyncio.run(main(parser.parse_args().rounds))

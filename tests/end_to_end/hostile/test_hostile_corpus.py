"""The bad-input corpus: every class of hostile site crawled once by the embedded pipeline.

Each class must reach its defined outcome (stored, or skipped / a discovery problem with a
named reason, counted) within generous bounds on time and peak Python memory, and nothing may
ever reach the internal server. ``python -m tests.end_to_end.hostile.report`` prints the
measured table kept in RELIABILITY.md.
"""

from __future__ import annotations

import asyncio
import resource
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest

from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.runner import EmbeddedPipeline
from streams.pipeline.alerts import Matcher
from streams.settings import Settings
from streams.wiring import embedded_processor

from .sites import CASES, Case, HostileSites

# Short limits keep the slow classes quick; the classes are defined against these.
LIMITS = {
    "host_delay": 0.0,
    "request_timeout": 1.0,
    "request_deadline": 2.0,
    "retries": 1,
    "max_page_bytes": 1_000_000,
    "total_concurrency": 4,
}


@dataclass(frozen=True)
class Outcome:
    stored: int
    skipped: dict[str, int]
    discovery: dict[str, int]
    texts: list[str]
    seconds: float
    peak_mb: float
    rss_mb: float


async def run_case(sites: HostileSites, case: Case, folder: Path) -> Outcome:
    settings = Settings(
        **{**LIMITS, **case.settings},
        allow_private_hosts=sites.allowed_hosts,
        store_path=folder / f"{case.name}.sqlite3",
    )
    with SqliteStore(settings.store_path) as store:
        processor = embedded_processor(settings, store, Matcher([]))
        tracemalloc.reset_peak()
        start = time.monotonic()
        async with EmbeddedPipeline(settings, store, processor) as pipeline:
            stats = await pipeline.crawl([sites.source(case)])
        seconds = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
        texts = [article.text for article in store.articles()]
    return Outcome(
        stored=stats.stored,
        skipped=dict(stats.skipped),
        discovery=dict(stats.discovery_errors),
        texts=texts,
        seconds=seconds,
        peak_mb=peak / 1e6,
        rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3,
    )


async def run_corpus(cases: list[Case]) -> tuple[dict[str, Outcome], list[str]]:
    folder = Path(tempfile.mkdtemp(prefix="newswatch-hostile-"))
    tracemalloc.start()
    try:
        async with HostileSites(cases) as sites:
            warm_up = folder / "warm-up"  # load trafilatura and the gazetteers before measuring
            warm_up.mkdir()
            await run_case(sites, cases[0], warm_up)
            outcomes = {case.name: await run_case(sites, case, folder) for case in cases}
            return outcomes, sites.internal_hits
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, Outcome], list[str]]:
    return asyncio.run(run_corpus(CASES))


def test_the_corpus_has_at_least_40_classes():
    assert len({case.name for case in CASES}) == len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_class_reaches_its_defined_outcome(corpus, case: Case):
    outcome = corpus[0][case.name]
    expect = case.expect
    assert (outcome.stored, outcome.skipped, outcome.discovery) == (
        expect.stored,
        expect.skipped,
        expect.discovery,
    )
    if expect.text_contains:
        assert all(expect.text_contains in text for text in outcome.texts)
    assert expect.min_seconds <= outcome.seconds <= expect.max_seconds
    assert outcome.peak_mb <= expect.max_peak_mb


def test_nothing_reaches_the_internal_server(corpus):
    assert corpus[1] == []


def test_process_memory_stays_bounded(corpus):
    assert max(outcome.rss_mb for outcome in corpus[0].values()) < 1500


async def test_max_pages_is_a_budget_per_poll_not_for_life(tmp_path: Path):
    """A continuous run keeps discovering: each poll takes the next ``max_pages`` new links."""
    case = next(case for case in CASES if case.name == "feed-many-entries")
    async with HostileSites([case]) as sites:
        settings = Settings(**{**LIMITS, **case.settings}, allow_private_hosts=sites.allowed_hosts)
        with SqliteStore(tmp_path / "store.sqlite3") as store:
            processor = embedded_processor(settings, store, Matcher([]))
            async with EmbeddedPipeline(settings, store, processor) as pipeline:
                first = (await pipeline.crawl([sites.source(case)])).discovered
                second = (await pipeline.crawl([sites.source(case)])).discovered
    assert (first, second) == (25, 50)

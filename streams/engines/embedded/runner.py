"""The embedded runner: every stage in one process, asyncio queues between them.

It only moves records: discovery → ``crawl-requests`` queue → fetch+clean workers →
``articles`` queue → one processing task (duplicates, store, extraction, merge, alerts).
One processing task keeps incident state consistent without locks; fetching, where the
time goes, runs many requests at once under per-host politeness.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from crawlers.crawl import Crawler
from crawlers.exceptions import CrawlError
from crawlers.fetch import new_client
from crawlers.sources import Source
from indexer.sqlite_store import SqliteStore
from streams.delivery.outputs import AlertOutput
from streams.engines.embedded.processing import ArticleProcessor
from streams.records import Alert, Article, CrawlRequest, DeadLetter
from streams.settings import Settings

__all__ = ["EmbeddedPipeline", "RunStats"]

LOGGER = logging.getLogger(__name__)

_DONE = None
TICK_SECONDS = 0.5  # how often held alerts are checked for release


@dataclass
class RunStats:
    """Counts for the progress display and the final summary."""

    started: float = field(default_factory=time.monotonic)
    discovered: int = 0
    fetched: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    incidents: int = 0
    alerts: int = 0
    dead_letters: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    discovery_errors: Counter[str] = field(default_factory=Counter)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started



class EmbeddedPipeline:
    """Runs the pipeline over sources, pass by pass; counts add up across passes."""

    def __init__(
        self,
        settings: Settings,
        store: SqliteStore,
        processor: ArticleProcessor,
        *,
        on_update: Callable[[RunStats], None] | None = None,
        outputs: Sequence[AlertOutput] = (),
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.stats = RunStats()
        self._processor = processor
        self._on_update = on_update or (lambda stats: None)
        self._outputs = list(outputs)
        self._client = client
        self._owns_client = False
        self._crawler: Crawler | None = None

    async def __aenter__(self) -> EmbeddedPipeline:
        if self._client is None:
            self._client = new_client(
                self.settings.user_agent, self.settings.request_timeout, self.settings.max_redirects
            )
            self._owns_client = True
        self._crawler = Crawler(self._client, self.settings)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._owns_client and self._client is not None:
            await self._client.aclose()

    async def crawl(self, sources: list[Source]) -> RunStats:
        """One pass: discover every source, fetch what is new, process it; return the counts."""
        if self._crawler is None:
            raise RuntimeError("use the pipeline inside `async with`")
        await self._pass(self._crawler, sources)
        return self.stats

    async def run_forever(self, sources: list[Source], stop: asyncio.Event) -> RunStats:
        """Re-discover every ``recrawl_interval`` seconds until ``stop`` is set."""
        while not stop.is_set():
            await self.crawl(sources)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.recrawl_interval)
        return self.stats

    async def _pass(self, crawler: Crawler, sources: list[Source]) -> None:
        requests: asyncio.Queue[CrawlRequest | None] = asyncio.Queue()
        articles: asyncio.Queue[Article | None] = asyncio.Queue()
        workers = [
            asyncio.create_task(self._fetch_worker(crawler, requests, articles))
            for _ in range(self.settings.total_concurrency)
        ]
        processing = asyncio.create_task(self._process_worker(articles))
        await asyncio.gather(*(self._discover(crawler, s, requests) for s in sources))
        for _ in workers:
            requests.put_nowait(_DONE)
        await asyncio.gather(*workers)
        articles.put_nowait(_DONE)
        await processing

    async def _discover(
        self, crawler: Crawler, source: Source, requests: asyncio.Queue[CrawlRequest | None]
    ) -> None:
        try:
            found = await crawler.discover(source)
        except Exception as exc:  # a broken source must not stop the others
            self._dead_letter("discover", exc, source.id, repr(source))
            return
        for url, reason in found.errors:
            self.stats.discovery_errors[reason] += 1
            LOGGER.info("discovery of %s skipped %s: %s", source.id, url, reason)
        budget = self.settings.max_pages - self.stats.discovered
        for request in found.requests[: max(budget, 0)]:
            self.stats.discovered += 1
            requests.put_nowait(request)
        self._on_update(self.stats)

    async def _fetch_worker(
        self,
        crawler: Crawler,
        requests: asyncio.Queue[CrawlRequest | None],
        articles: asyncio.Queue[Article | None],
    ) -> None:
        while (request := await requests.get()) is not _DONE:
            try:
                article = await crawler.crawl(request)
            except CrawlError as exc:
                self.stats.skipped[exc.reason] += 1
                LOGGER.info("skipped %s: %s (%s)", request.url, exc.reason, exc)
                stage = "fetch" if exc.reason not in CLEAN_REASONS else "clean"
                self._dead_letter(stage, exc, request.url, request.to_json(), reason=exc.reason)
            except Exception as exc:
                self.stats.skipped["error"] += 1
                self._dead_letter("fetch", exc, request.url, request.to_json())
            else:
                self.stats.fetched += 1
                articles.put_nowait(article)
            self._on_update(self.stats)

    async def _process_worker(self, articles: asyncio.Queue[Article | None]) -> None:
        """Process articles as they come; tick every ``TICK_SECONDS`` so that alerts whose
        incidents settled are raised, and release every held alert at the end of the pass."""
        ticker = asyncio.create_task(self._tick_forever())
        try:
            while (article := await articles.get()) is not _DONE:
                try:
                    raised = self._processor.process(article, self.stats)
                except Exception as exc:  # e.g. the store cannot write: the next pass retries it
                    self._dead_letter("process", exc, article.article_id, article.to_json())
                    continue
                await self._deliver_all(raised)
                self._on_update(self.stats)
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        await self._deliver_all(self._processor.tick(self.stats, flush=True))
        self._on_update(self.stats)

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            await self._deliver_all(self._processor.tick(self.stats))
            self._on_update(self.stats)

    async def _deliver_all(self, alerts: list[Alert]) -> None:
        for alert in alerts:
            await self._deliver(alert)

    async def _deliver(self, alert: Alert) -> None:
        for output in self._outputs:
            try:
                await output.send(alert)
            except Exception as exc:  # one broken receiver must not silence the others
                stage = f"alert:{type(output).__name__}"
                self._dead_letter(stage, exc, alert.alert_id, alert.to_json())

    def _dead_letter(
        self, stage: str, exc: BaseException, key: str, payload: str, *, reason: str | None = None
    ) -> None:
        if reason is None:
            LOGGER.error("%s failed for %s:\n%s", stage, key, traceback.format_exc())
        error = f"{reason or type(exc).__name__}: {exc}"
        self.store.put_dead_letter(DeadLetter(stage=stage, error=error, key=key, payload=payload))
        self.stats.dead_letters += 1


CLEAN_REASONS = frozenset({"empty", "not_article", "not_arabic"})

"""The embedded runner: every stage in one process, asyncio queues between them.

It only moves records: the crawl loop (``crawlers.loop.CrawlLoop``, the same one the Kafka
crawler runs) polls each source's targets on their own clocks and emits articles onto the
``articles`` queue → one processing task (duplicates, store, extraction, merge, alerts).
One processing task keeps incident state consistent without locks; fetching, where the
time goes, runs many requests at once under per-host politeness.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
import traceback
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from crawlers.crawl import Crawler
from crawlers.fetch import new_client
from crawlers.loop import CrawlLoop, CrawlStats, MemoryState
from crawlers.schedule import IntervalPolicy, TargetState
from crawlers.sources import Source
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.processing import ArticleProcessor
from streams.ops.metrics import PipelineMetrics
from streams.records import Alert, Article, DeadLetter
from streams.settings import Settings

__all__ = ["AlertSink", "EmbeddedPipeline", "RunStats"]

LOGGER = logging.getLogger(__name__)

_DONE = None
TICK_SECONDS = 0.5  # how often held alerts are checked for release
STOP_GRACE_SECONDS = 1.0  # after a stop, requests in flight get this long before cancellation


@dataclass
class RunStats(CrawlStats):
    """Counts for the progress display and the final summary (the crawl loop's included)."""

    started: float = field(default_factory=time.monotonic)
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    incidents: int = 0
    alerts: int = 0
    dead_letters: int = 0

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started



class StoredCrawlState(MemoryState):
    """The crawl state in memory, each target's state also written to the store, where the
    API reads the sources' health from (``streams.ops.sources``)."""

    def __init__(self, store: SqliteStore) -> None:
        super().__init__()
        self._store = store

    async def save_target(self, state: TargetState) -> None:
        await super().save_target(state)
        try:
            self._store.put_crawl_target(state.source_id, state.url, json.dumps(state.to_dict()))
        except sqlite3.Error:  # e.g. a full disk: the health shown is older, the crawl goes on
            LOGGER.exception("could not store the state of %s", state.url)


class AlertSink(Protocol):
    """Delivery (``streams.delivery.dispatcher.Dispatcher``): takes an alert, never waits."""

    def submit(self, alert: Alert) -> object: ...


async def _until_stopped(crawling: Coroutine[Any, Any, None], stop: asyncio.Event) -> None:
    """Crawl until done, or until ``stop`` plus ``STOP_GRACE_SECONDS``: then the requests
    still in flight are cancelled (a server trickling a byte at a time must not hold up a
    shutdown); their pages count as unseen and are fetched again next time."""
    task = asyncio.ensure_future(crawling)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if not task.done():
            await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)
    finally:
        stopped.cancel()
        task.cancel()  # nothing when it has finished
        with contextlib.suppress(asyncio.CancelledError):
            await task


class EmbeddedPipeline:
    """Runs the pipeline over sources; counts and the seen-set add up across rounds."""

    def __init__(
        self,
        settings: Settings,
        store: SqliteStore,
        processor: ArticleProcessor,
        *,
        on_update: Callable[[RunStats], None] | None = None,
        alerts: AlertSink | None = None,
        client: httpx.AsyncClient | None = None,
        metrics: PipelineMetrics | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.stats = RunStats()
        self.metrics = metrics or PipelineMetrics()
        self._processor = processor
        self._on_update = on_update or (lambda stats: None)
        self._alerts = alerts
        self._client = client
        self._owns_client = False
        self._loop: CrawlLoop | None = None
        self._articles: asyncio.Queue[Article | None] = asyncio.Queue()

    async def __aenter__(self) -> EmbeddedPipeline:
        if self._client is None:
            self._client = new_client(self.settings)
            self._owns_client = True
        self._loop = CrawlLoop(
            Crawler(self._client, self.settings),
            self,
            policy=IntervalPolicy.of(self.settings),
            state=StoredCrawlState(self.store),
            stats=self.stats,
            metrics=self.metrics,
            concurrency=self.settings.total_concurrency,
            max_pages=self.settings.max_pages,
            on_update=lambda: self._on_update(self.stats),
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._owns_client and self._client is not None:
            await self._client.aclose()

    def _crawl_loop(self) -> CrawlLoop:
        if self._loop is None:
            raise RuntimeError("use the pipeline inside `async with`")
        return self._loop

    async def crawl(self, sources: list[Source], stop: asyncio.Event | None = None) -> RunStats:
        """One round: poll every source's targets once, fetch what is new, process it.
        Setting ``stop`` ends the round early (see ``_until_stopped``)."""
        loop = self._crawl_loop()
        await self._processing_while(_until_stopped(loop.run_once(sources), stop or asyncio.Event()))
        return self.stats

    async def run_forever(self, sources: list[Source], stop: asyncio.Event) -> RunStats:
        """Poll each target on its own clock until ``stop`` is set."""
        loop = self._crawl_loop()
        for source in sources:
            await loop.add_source(source)
        await self._processing_while(_until_stopped(loop.run(stop), stop))
        return self.stats

    async def _processing_while(self, crawling: Awaitable[None]) -> None:
        self._articles = asyncio.Queue()
        processing = asyncio.create_task(self._process_worker(self._articles))
        try:
            await crawling
        finally:
            self._articles.put_nowait(_DONE)
            await processing

    # -- the crawl loop's sink ------------------------------------------------------------------

    async def emit(self, article: Article) -> None:
        self._articles.put_nowait(article)

    async def dead_letter(self, letter: DeadLetter) -> None:
        self.store.put_dead_letter(letter)
        self.stats.dead_letters += 1

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
                self._submit_all(raised)
                self._on_update(self.stats)
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        self._submit_all(self._processor.tick(self.stats, flush=True))
        self._on_update(self.stats)

    async def _tick_forever(self) -> None:
        while True:
            # when a step's hold is due, else a period on: a hold asked for during this sleep
            # is due after it ends, as long as the settle window is no shorter than a period
            await asyncio.sleep(self._processor.until_tick(TICK_SECONDS))
            try:
                raised = self._processor.tick(self.stats)
            except Exception:  # e.g. a full disk: rolled back, so the next tick releases them
                LOGGER.exception("releasing held alerts failed; retrying in %gs", TICK_SECONDS)
                continue
            self._submit_all(raised)
            self._on_update(self.stats)

    def _submit_all(self, alerts: list[Alert]) -> None:
        """Hand the alerts to delivery, which never makes the pipeline wait for a receiver."""
        for alert in alerts:
            self.metrics.alert_raised(alert, self._published_at)
            if self._alerts is not None:
                self._alerts.submit(alert)

    def _published_at(self, article_id: str) -> str | None:
        article = self.store.get_article(article_id)
        return article.published_at if article else None

    def _dead_letter(self, stage: str, exc: BaseException, key: str, payload: str) -> None:
        LOGGER.error("%s failed for %s:\n%s", stage, key, traceback.format_exc())
        error = f"{type(exc).__name__}: {exc}"
        self.store.put_dead_letter(DeadLetter(stage=stage, error=error, key=key, payload=payload))
        self.stats.dead_letters += 1


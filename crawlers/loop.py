"""The crawl loop, written once for both engines: poll targets on their own clocks, fetch
and clean what is new, hand articles and dead letters to a sink.

    sources ─► targets (feeds, sitemaps, sections) ─► Schedule ─► poll (conditional GET)
        ─► new links (not seen, not in flight) ─► fetch + clean ─► sink.emit(article)

The embedded engine's sink puts articles on an in-process queue; the Kafka crawler's sink
produces them to ``articles``. Where the seen-set and the targets' state live is the
``CrawlState`` given: in memory (embedded), or a compacted topic (``streams.engines.kafka``),
so that another crawler replica takes a source over without fetching it again.

A target's state (its validators and next poll time) is saved only after the articles its
poll found were emitted and marked seen: a crawler killed mid-poll leaves the old validators,
so its successor reads the feed again and fetches only the links that were not marked.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from crawlers.crawl import Crawler
from crawlers.discovery import Link, Poll
from crawlers.exceptions import CrawlError
from crawlers.health import SourceHealth, failing, source_health
from crawlers.schedule import IntervalPolicy, PollOutcome, Schedule, Target, TargetState
from crawlers.sources import Source
from crawlers.urls import canonical_url
from streams.ops.metrics import PipelineMetrics
from streams.records import Article, CrawlRequest, DeadLetter

__all__ = ["CrawlLoop", "CrawlSink", "CrawlState", "CrawlStats", "MemoryState"]

LOGGER = logging.getLogger(__name__)


class CrawlSink(Protocol):
    """Where the crawl side's output goes."""

    async def emit(self, article: Article) -> None: ...

    async def dead_letter(self, letter: DeadLetter) -> None: ...


class CrawlState(Protocol):
    """The seen-set and the targets' state."""

    def target(self, target: Target) -> TargetState | None: ...

    def is_seen(self, source_id: str, url: str) -> bool: ...

    async def save_target(self, state: TargetState) -> None: ...

    async def mark_seen(self, source_id: str, url: str) -> None: ...


class MemoryState:
    """``CrawlState`` in a dict: one process, forgotten on exit (embedded mode)."""

    def __init__(self) -> None:
        self.targets: dict[tuple[str, str], TargetState] = {}
        self.seen: set[tuple[str, str]] = set()

    def target(self, target: Target) -> TargetState | None:
        return self.targets.get((target.source_id, target.url))

    def is_seen(self, source_id: str, url: str) -> bool:
        return (source_id, canonical_url(url)) in self.seen

    async def save_target(self, state: TargetState) -> None:
        self.targets[(state.source_id, state.url)] = state

    async def mark_seen(self, source_id: str, url: str) -> None:
        self.seen.add((source_id, canonical_url(url)))


@dataclass
class CrawlStats:
    """The crawl side's counts."""

    discovered: int = 0
    fetched: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    discovery_errors: Counter[str] = field(default_factory=Counter)
    health: dict[str, SourceHealth] = field(default_factory=dict)

    def failing(self) -> dict[str, SourceHealth]:
        """Sources with a target whose latest polls all failed."""
        return {h.source_id: h for h in failing(self.health)}

    def all_failed(self) -> bool:
        """Every polled source failed and none ever succeeded."""
        return bool(self.health) and all(h.never_succeeded for h in self.health.values())


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds")


class CrawlLoop:
    """Polls each target of the sources it is given when the ``IntervalPolicy`` says."""

    def __init__(
        self,
        crawler: Crawler,
        sink: CrawlSink,
        *,
        policy: IntervalPolicy,
        state: CrawlState | None = None,
        stats: CrawlStats | None = None,
        metrics: PipelineMetrics | None = None,
        concurrency: int = 16,
        max_pages: int | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        on_update: Callable[[], None] = lambda: None,
    ) -> None:
        self.crawler = crawler
        self.sink = sink
        self.policy = policy
        self.state: CrawlState = state or MemoryState()
        self.stats = stats or CrawlStats()
        self.metrics = metrics
        self.max_pages = max_pages
        self._slots = asyncio.Semaphore(concurrency)
        self._clock = clock
        self._rng = rng or random.Random()
        self._on_update = on_update
        self._sources: dict[str, Source] = {}
        self._schedule = Schedule()
        self._targets_of: dict[str, list[Target]] = {}
        self._polling: set[Target] = set()
        self._states: dict[str, dict[str, TargetState]] = {}  # source → target URL → latest state
        self._claimed: set[tuple[str, str]] = set()
        self._tasks: dict[str, set[asyncio.Task[None]]] = {}
        self._wake = asyncio.Event()

    # -- one round (``--once``, the demo) ----------------------------------------------------------

    async def run_once(self, sources: Iterable[Source]) -> None:
        """Poll every target of every source once, now, and fetch what is new."""
        sources = list(sources)
        for source in sources:
            self._sources[source.id] = source
        targets = await asyncio.gather(*(self._targets(source) for source in sources))
        await asyncio.gather(*(self._poll(t) for ts in targets for t in ts))

    # -- continuously ------------------------------------------------------------------------------

    async def add_source(self, source: Source) -> None:
        """Start polling ``source``: each target when its saved state says, or now."""
        self._sources[source.id] = source
        now = self._clock()
        if source.id not in self._targets_of:
            self._targets_of[source.id] = await self._targets(source)
        for target in self._targets_of[source.id]:
            saved = self.state.target(target)
            if target not in self._schedule and target not in self._polling:
                self._schedule.put(target, saved.next_poll if saved else now)
        self._wake.set()

    async def remove_sources(self, source_ids: Iterable[str]) -> None:
        """Stop polling these sources and wait until their polls in flight have finished (so
        their state is saved before another crawler takes them over)."""
        ids = set(source_ids)
        for source_id in ids:
            self._sources.pop(source_id, None)
            for target in self._targets_of.get(source_id, ()):
                self._schedule.discard(target)
        running = [task for source_id in ids for task in self._tasks.get(source_id, ())]
        if running:
            await asyncio.gather(*running, return_exceptions=True)

    @property
    def sources(self) -> list[Source]:
        return list(self._sources.values())

    async def run(self, stop: asyncio.Event) -> None:
        """Poll due targets until ``stop`` is set; each poll runs as its own task."""
        while not stop.is_set():
            now = self._clock()
            for target in self._schedule.pop_due(now):
                if target.source_id in self._sources:
                    self._spawn(target)
            next_time = self._schedule.next_time()
            timeout = None if next_time is None else max(next_time - now, 0.0)
            self._wake.clear()
            waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            for waiting in waits:
                waiting.cancel()
        await self.remove_sources(list(self._sources))

    def _spawn(self, target: Target) -> None:
        task = asyncio.create_task(self._poll_and_reschedule(target))
        tasks = self._tasks.setdefault(target.source_id, set())
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    async def _poll_and_reschedule(self, target: Target) -> None:
        self._polling.add(target)
        try:
            state = await self._poll(target)
        finally:
            self._polling.discard(target)
        if target.source_id in self._sources:
            self._schedule.put(target, state.next_poll)
            self._wake.set()

    # -- one poll -----------------------------------------------------------------------------------

    async def _targets(self, source: Source) -> list[Target]:
        try:
            return await self.crawler.discoverer.targets(source)
        except Exception as exc:  # a broken source must not stop the others
            LOGGER.exception("cannot list the targets of %s", source.id)
            await self._dead_letter("discover", exc, source.id, repr(source))
            return []

    async def _poll(self, target: Target) -> TargetState:
        source = self._sources[target.source_id]
        state = self.state.target(target) or TargetState(source.id, target.url)
        discovered_at = _iso(self._clock())
        try:
            poll = await self.crawler.discoverer.poll(source, target, state.validators)
        except Exception as exc:
            LOGGER.exception("poll of %s failed", target.url)
            await self._dead_letter("discover", exc, target.url, repr(target))
            poll = Poll(failed=type(exc).__name__)
        if poll.failed is not None:
            payload = json.dumps({"source_id": source.id, "kind": target.kind, "url": target.url})
            error = CrawlError(f"cannot read {target.url}", url=target.url)
            await self._dead_letter(f"discover:{poll.failed}", error, target.url, payload, reason=poll.failed)
        new, complete = self._new_links(source.id, poll.links)
        now = self._clock()
        self._record(source.id, target, poll, state, len(new), now)
        await asyncio.gather(*(self._fetch(source.id, link, discovered_at) for link in new))
        if not complete:
            state.validators.clear()  # links were left for later: read the target in full again
        await self.state.save_target(state)
        self._on_update()
        return state

    def _new_links(self, source_id: str, links: list[Link]) -> tuple[list[Link], bool]:
        """Links neither seen nor being fetched, claimed for this poll; False when the page
        budget (``max_pages`` per poll, so a long run never stops discovering) cut some off."""
        new: list[Link] = []
        for link in links:
            key = (source_id, canonical_url(link.url))
            if key in self._claimed or self.state.is_seen(source_id, link.url):
                continue
            if self.max_pages is not None and len(new) >= self.max_pages:
                return new, False
            self._claimed.add(key)
            self.stats.discovered += 1
            new.append(link)
        return new, True

    def _record(
        self, source_id: str, target: Target, poll: Poll, state: TargetState, new: int, now: float
    ) -> None:
        for url, reason in poll.errors:
            self.stats.discovery_errors[reason] += 1
            LOGGER.info("discovery of %s skipped %s: %s", source_id, url, reason)
        outcome = PollOutcome(new_items=new, failed=poll.failed is not None, retry_after=poll.retry_after)
        self.policy.record(target, state, outcome, now, self._rng)
        if poll.failed is not None:
            state.last_error = poll.failed
        states = self._states.setdefault(source_id, {})
        states[target.url] = state
        health = self.stats.health[source_id] = source_health(states.values())[source_id]
        if self.metrics is not None:
            self.metrics.source_polled(source_id, health.last_success, health.consecutive_failures)

    async def _fetch(self, source_id: str, link: Link, discovered_at: str) -> None:
        request = CrawlRequest(
            link.url, source_id, discovered_at, depth=1, published_at=link.published_at
        )
        async with self._slots:
            try:
                article = await self.crawler.crawl(request)
            except CrawlError as exc:
                self.stats.skipped[exc.reason] += 1
                LOGGER.info("skipped %s: %s (%s)", link.url, exc.reason, exc)
                stage = f"crawl:{exc.reason}"
                await self._dead_letter(stage, exc, link.url, request.to_json(), reason=exc.reason)
            except Exception as exc:
                self.stats.skipped["error"] += 1
                LOGGER.exception("crawl of %s failed", link.url)
                await self._dead_letter("crawl", exc, link.url, request.to_json())
            else:
                self.stats.fetched += 1
                await self.sink.emit(article)
        await self.state.mark_seen(source_id, link.url)
        self._claimed.discard((source_id, canonical_url(link.url)))
        self._on_update()

    async def _dead_letter(
        self, stage: str, exc: BaseException, key: str, payload: str, *, reason: str | None = None
    ) -> None:
        error = f"{reason or type(exc).__name__}: {exc}"
        letter = DeadLetter(stage=stage, error=error, key=key, payload=payload, at=_iso(self._clock()))
        try:
            await self.sink.dead_letter(letter)
        except Exception:  # losing a dead letter must not stop the crawl
            LOGGER.exception("could not record the dead letter for %s (%s)", key, error)

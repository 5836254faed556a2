"""The embedded engine's processing: articles through the pipeline steps, records into SQLite.

Each article runs through every step (``streams.pipeline.topology``) on the in-process
router; the records it produced (stored article, incidents, alerts, dead letters) and the
steps' state changes commit in one SQLite transaction. Alerts are released by ticks (see
``streams.pipeline.settle``) and handed to delivery only after their transaction committed:
an alert in the store is one the pipeline raised, whatever happens to the process next.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.router import Router, StateTables
from streams.pipeline import settle
from streams.pipeline.steps import Out
from streams.pipeline.topology import TICK_TOPIC, Step
from streams.records import Alert, Article, DeadLetter, Incident

__all__ = ["ArticleProcessor", "Counts"]


class Counts(Protocol):
    unchanged: int
    stored: int
    duplicates: int
    events: int
    incidents: int
    alerts: int
    dead_letters: int


class ArticleProcessor:
    """Feeds articles and ticks to the router and keeps what comes out in the store."""

    def __init__(
        self, store: SqliteStore, steps: Sequence[Step], *, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self._clock = clock
        names = sorted({name for step in steps for name in step.tables})
        self._tables = StateTables.load(names, store.state())
        self._router = Router(steps, self._tables, self._keep)
        self._counts: Counts | None = None
        self._raised: list[Alert] = []
        self._wakes: list[float] = []  # heap: when steps asked for a tick (``Step.wake_after``)

    @property
    def pending(self) -> bool:
        """Incident changes held for their alerts (see ``streams.pipeline.settle``)."""
        return any(self._tables.get("alert-held", {}).values())

    def process(self, article: Article, counts: Counts) -> list[Alert]:
        """One article through every step; alerts it raised (normally none: they wait for a tick)."""
        before = sum(self._router.sent.values())
        events = self._router.sent["events"]
        self._commit(counts, lambda: self._router.send("articles", article.article_id, article.to_json()))
        if sum(self._router.sent.values()) == before + 1:
            counts.unchanged += 1  # the duplicate check had seen this very page already
        counts.events += self._router.sent["events"] - events
        return self._take_raised()

    def tick(self, counts: Counts, *, flush: bool = False) -> list[Alert]:
        """Release the held incident changes that are due (all with ``flush``); new alerts."""
        at = self._clock()
        self._commit(counts, lambda: self._router.send(TICK_TOPIC, None, settle.tick(at, flush=flush)))
        while self._wakes and self._wakes[0] <= at:
            heapq.heappop(self._wakes)
        return self._take_raised()

    def until_tick(self, longest: float) -> float:
        """Seconds until the next tick: when the earliest tick a step asked for is due, at most
        ``longest`` (the ticks' period)."""
        if not self._wakes:
            return longest
        return min(longest, max(0.0, self._wakes[0] - self._clock()))

    def _commit(self, counts: Counts, send: Callable[[], None]) -> None:
        self._counts = counts
        try:
            with self.store.transaction():
                send()
                self.store.put_state(self._tables.take_changes())
        except BaseException:
            self._raised.clear()  # rolled back: nothing was raised
            self._tables.restore(self.store.state())  # nor changed
            raise
        finally:
            self._counts = None
            wakes, self._router.wakes = self._router.wakes, []
        now = self._clock()
        for seconds in set(wakes):  # committed: what it held is due then
            heapq.heappush(self._wakes, now + seconds)

    def _take_raised(self) -> list[Alert]:
        raised, self._raised = self._raised, []
        return raised

    def _keep(self, out: Out) -> None:
        counts = self._counts
        assert counts is not None, "records come out only while an input is processed"
        if out.topic == "checked-articles":
            self._keep_article(Article.from_json(out.value), counts)
        elif out.topic == "incidents":
            counts.incidents += self.store.put_incident(Incident.from_json(out.value))
        elif out.topic == "alerts":
            alert = Alert.from_json(out.value)
            if self.store.put_alert(alert):
                counts.alerts += 1
                self._raised.append(alert)
        elif out.topic == "dead-letters":
            self.store.put_dead_letter(DeadLetter.from_json(out.value))
            counts.dead_letters += 1

    def _keep_article(self, article: Article, counts: Counts) -> None:
        known = self.store.get_article(article.article_id)
        self.store.put_article(article)
        if known is not None:  # a verdict corrected: it moves between the two counts
            counts.stored -= known.duplicate_of is None
            counts.duplicates -= known.duplicate_of is not None
        counts.stored += article.duplicate_of is None
        counts.duplicates += article.duplicate_of is not None

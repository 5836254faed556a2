"""The stages after cleaning, in order, for one article: the embedded engine's worker.

duplicate check → store → extraction → incident merge → alert matching. Each stage is its own
module; this class only hands records from one to the next and keeps the counts. Alerts
already stored (a replay) are not returned again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from indexer.sqlite_store import SqliteStore
from streams.alerts import Matcher
from streams.dedup import Deduplicator
from streams.extract import extract
from streams.merge import Merger
from streams.records import Alert, Article, Event

__all__ = ["ArticleProcessor", "Counts"]


class Counts(Protocol):
    stored: int
    duplicates: int
    events: int
    incidents: int
    alerts: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleProcessor:
    def __init__(
        self,
        store: SqliteStore,
        matcher: Matcher,
        *,
        dedup: Deduplicator | None = None,
        merger: Merger | None = None,
        extractor: Callable[[Article], list[Event]] = extract,
        clock: Callable[[], str] = _now,
    ) -> None:
        self.store = store
        self.matcher = matcher
        self.dedup = dedup or Deduplicator()
        self.merger = merger or Merger()
        self._extract = extractor
        self._clock = clock
        for article in store.articles():
            self.dedup.remember(article)
        for incident in store.incidents():
            self.merger.restore(incident)
        for alert in store.alerts():
            self.matcher.restore(alert)

    def process(self, article: Article, counts: Counts) -> list[Alert]:
        article = self.dedup.check(article)
        self.store.put_article(article)
        if article.duplicate_of is not None:
            counts.duplicates += 1
            return []
        counts.stored += 1
        alerts: list[Alert] = []
        for event in self._extract(article):
            counts.events += 1
            alerts += self._merge(event, counts)
        counts.alerts += len(alerts)
        return alerts

    def _merge(self, event: Event, counts: Counts) -> list[Alert]:
        now = self._clock()
        incident, before = self.merger.add(event, now)
        if before is not None and incident.version == before.version:
            return []
        counts.incidents += before is None
        self.store.put_incident(incident)
        return [alert for alert in self.matcher.match(incident, now) if self.store.put_alert(alert)]

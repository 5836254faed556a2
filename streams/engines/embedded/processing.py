"""The stages after cleaning, in order, for one article: the embedded engine's worker.

duplicate check → store → extraction → incident merge, then alert matching on the incidents
that changed. Each stage is its own module; this class only hands records from one to the next
and keeps the counts.

Alerts are matched when the runner says the burst of articles has settled (``flush_alerts``),
not after every report: several outlets publish one incident within seconds, each with its own
toll, and subscribers want one alert carrying the range, not an alert and two "updates".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from indexer.sqlite_store import SqliteStore
from streams.extraction.extract import extract
from streams.pipeline.alerts import Matcher
from streams.pipeline.dedup import Deduplicator
from streams.pipeline.merge import Merger
from streams.records import Alert, Article, Event, Incident

__all__ = ["ArticleProcessor", "Counts"]


class Counts(Protocol):
    unchanged: int
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
        self._changed: dict[str, Incident] = {}
        for article in store.articles():
            self.dedup.remember(article)
        for incident in store.incidents():
            self.merger.restore(incident)
        for alert in store.alerts():
            self.matcher.restore(alert)

    @property
    def pending(self) -> bool:
        """Incidents changed since the last ``flush_alerts``."""
        return bool(self._changed)

    def process(self, article: Article, counts: Counts) -> None:
        known = self.store.get_article(article.article_id)
        if known is not None and known.content_hash == article.content_hash:
            counts.unchanged += 1  # the same page again, e.g. reached through a redirect
            return
        article = self.dedup.check(article)
        self.store.put_article(article)
        if article.duplicate_of is not None:
            counts.duplicates += 1
            return
        counts.stored += 1
        for event in self._extract(article):
            counts.events += 1
            self._merge(event, counts)

    def _merge(self, event: Event, counts: Counts) -> None:
        incident, before = self.merger.add(event, self._clock())
        if before is not None and incident.version == before.version:
            return
        counts.incidents += before is None
        self.store.put_incident(incident)
        self._changed[incident.incident_id] = incident

    def flush_alerts(self, counts: Counts) -> list[Alert]:
        """Match every incident changed since the last flush; new alerts only (a replay's
        alerts are already stored)."""
        now = self._clock()
        changed, self._changed = self._changed, {}
        alerts = [
            alert
            for incident in changed.values()
            for alert in self.matcher.match(incident, now)
            if self.store.put_alert(alert)
        ]
        counts.alerts += len(alerts)
        return alerts

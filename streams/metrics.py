"""Prometheus metrics for freshness: publication → alert latency and the health of each source.

``Metrics`` owns its ``CollectorRegistry`` (a new one unless given), so two pipelines or two
tests in one process never collide and nothing is registered at import time. Expose
``metrics.registry`` with ``prometheus_client.generate_latest`` (the API's ``/metrics``) or
``start_http_server(port, registry=...)`` (a worker or crawler process).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Gauge, Histogram

from streams.records import Alert

__all__ = ["LATENCY_BUCKETS", "Metrics", "publication_time", "seconds_between"]

LATENCY_BUCKETS = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1800, 3600, 6 * 3600)


def _parse(moment: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def seconds_between(start: str | None, end: str | None) -> float | None:
    """``end - start`` in seconds for two ISO times (naive ones read as UTC), None if unknown."""
    first, last = _parse(start or ""), _parse(end or "")
    return (last - first).total_seconds() if first and last else None


def publication_time(alert: Alert, published_at: Callable[[str], str | None]) -> str | None:
    """When what the alert reports was published: the first report of a new incident, the
    latest report of an update (the one that changed it). ``published_at`` looks an article up."""
    times = [
        t for r in alert.incident.reports if r.article_id and (t := published_at(r.article_id))
    ]
    ordered = sorted(times, key=lambda t: _parse(t) or datetime.min.replace(tzinfo=UTC))
    if not ordered:
        return None
    return ordered[0] if alert.kind == "new" else ordered[-1]


class Metrics:
    """The freshness metrics of one process."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.alert_latency = Histogram(
            "newswatch_publication_to_alert_seconds",
            "Seconds from a report's publication to the alert it raised",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.source_last_success = Gauge(
            "newswatch_source_last_success_timestamp_seconds",
            "When a feed, sitemap or section of the source was last read successfully",
            ["source"],
            registry=self.registry,
        )
        self.source_failures = Gauge(
            "newswatch_source_consecutive_failures",
            "Polls of the source that failed since its last success",
            ["source"],
            registry=self.registry,
        )

    def source_polled(self, source_id: str, last_success: float | None, failures: int) -> None:
        if last_success is not None:
            self.source_last_success.labels(source_id).set(last_success)
        self.source_failures.labels(source_id).set(failures)

    def alert_raised(self, alert: Alert, published_at: Callable[[str], str | None]) -> float | None:
        """Observe the alert's latency; returns it (None when no publication time is known)."""
        latency = seconds_between(publication_time(alert, published_at), alert.raised_at)
        if latency is not None:
            self.alert_latency.observe(max(latency, 0.0))
        return latency

"""Prometheus metrics of a newswatch process (worker, crawler, notifier, embedded run).

Counters of the records each step emitted per output topic, dead letters per stage, a
histogram of step durations, the publication → alert latency, the health of each source, and
the delivery stage's outcomes per output (delivered, failed: each failure is also a dead letter
of stage ``deliver:<output>``), failed attempts and time to an outcome; served on
``NEWSWATCH_METRICS_PORT`` (``/metrics``) when set. Outputs are labelled by their name, which
never holds a secret (``streams.delivery.outputs``).
Consumer lag is Kafka's to tell (``newswatch status``, or a Kafka exporter); this module counts
what only the process knows. Nothing is registered at import: the process's collectors are made
on first use, on a registry of their own.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

from streams.pipeline.steps import Out
from streams.records import Alert
from streams.settings import Settings

__all__ = [
    "DELIVERIES",
    "LATENCY_BUCKETS",
    "PipelineMetrics",
    "get_metrics",
    "publication_time",
    "seconds_between",
    "serve_metrics",
]

LOGGER = logging.getLogger(__name__)

DEAD_LETTERS = "dead-letters"
LATENCY_BUCKETS = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 1800, 3600, 6 * 3600)
DELIVERY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
DELIVERIES = "newswatch_deliveries"  # also read from the embedded store by the API's /metrics


@dataclass
class PipelineMetrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.records = Counter(
            "newswatch_records_out",
            "Records a step sent, by stage and output topic",
            ["stage", "topic"],
            registry=self.registry,
        )
        self.dead_letters = Counter(
            "newswatch_dead_letters",
            "Records a stage could not handle and sent to dead-letters",
            ["stage"],
            registry=self.registry,
        )
        self.step_seconds = Histogram(
            "newswatch_step_seconds",
            "Time one step took on one record, sending included",
            ["stage"],
            registry=self.registry,
            buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30),
        )
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
        self.deliveries = Counter(
            DELIVERIES,
            "Alerts and digests with an outcome on an output (failed ones are dead-lettered)",
            ["output", "status"],
            registry=self.registry,
        )
        self.delivery_attempts_failed = Counter(
            "newswatch_delivery_attempts_failed",
            "Delivery attempts that failed, retried ones included",
            ["output"],
            registry=self.registry,
        )
        self.delivery_seconds = Histogram(
            "newswatch_delivery_seconds",
            "Seconds from submitting an alert or digest to its outcome on an output",
            ["output"],
            registry=self.registry,
            buckets=DELIVERY_BUCKETS,
        )

    def delivery_finished(self, output: str, status: str, seconds: float) -> None:
        """Count one outcome on ``output``; a failure is also a dead letter of its stage."""
        self.deliveries.labels(output, status).inc()
        self.delivery_seconds.labels(output).observe(max(seconds, 0.0))
        if status == "failed":
            self.dead_letters.labels(f"deliver:{output}").inc()

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

    def sent(self, stage: str, outs: Iterable[Out]) -> None:
        """Count the records ``stage`` sent; dead letters by the stage they name (which may be
        finer, e.g. ``crawl:robots``)."""
        for out in outs:
            self.records.labels(stage, out.topic).inc()
            if out.topic == DEAD_LETTERS:
                self.dead_letters.labels(_dead_letter_stage(out, stage)).inc()


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


def _dead_letter_stage(out: Out, default: str) -> str:
    try:
        return str(json.loads(out.value)["stage"])
    except (ValueError, KeyError, TypeError):
        return default


@lru_cache(maxsize=1)
def get_metrics() -> PipelineMetrics:
    """The process's metrics (made on first use)."""
    return PipelineMetrics()


def serve_metrics(settings: Settings, metrics: PipelineMetrics | None = None) -> int | None:
    """Serve ``/metrics`` on ``settings.metrics_port`` in a background thread; returns the port
    (None when metrics are off). Port 0 picks a free one (tests)."""
    if settings.metrics_port is None:
        return None
    server, _thread = start_http_server(
        settings.metrics_port, addr=settings.metrics_host, registry=(metrics or get_metrics()).registry
    )
    port = int(server.server_port)
    LOGGER.info("Prometheus metrics on :%d/metrics", port)
    return port

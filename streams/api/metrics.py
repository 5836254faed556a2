"""Prometheus metrics for ``/metrics``: the API's own traffic, and the pipeline as its store
shows it (articles per source, incidents, alerts, deliveries per output and outcome, how long
since the last article and alert). The deliveries are the series the embedded run's
dispatcher counts (``streams.ops.metrics``), read back from its outbox, since the API does
not deliver; in Kafka mode the notifier serves them on its metrics port.

Each app has its own registry, so two apps in one process (tests) do not collide. The store
figures are read when Prometheus scrapes, from a read-only connection opened for the scrape.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from indexer.sqlite_store import SqliteStore
from streams.ops.metrics import DELIVERIES

__all__ = ["ApiMetrics", "StoreCollector"]

LOGGER = logging.getLogger(__name__)


def _age(stamp: str | None, now: datetime) -> float | None:
    if not stamp:
        return None
    try:
        then = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return max(0.0, (now - then).total_seconds())


class StoreCollector(Collector):
    """Pipeline figures from the embedded store, computed at scrape time."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("newswatch_store_up", "1 when the embedded store could be read")
        try:
            with SqliteStore(self.path, read_only=True) as store:
                yield from self._figures(store)
        except (FileNotFoundError, sqlite3.Error) as exc:
            LOGGER.info("metrics: store not readable: %s", exc)
            up.add_metric([], 0)
        else:
            up.add_metric([], 1)
        yield up

    def _figures(self, store: SqliteStore) -> Iterator[Metric]:
        per_source = GaugeMetricFamily(
            "newswatch_articles", "Articles stored (originals and duplicates), per source", labels=["source"]
        )
        for source, count in store.count_by("articles", "source_id"):
            per_source.add_metric([source], count)
        yield per_source
        yield GaugeMetricFamily("newswatch_incidents", "Incidents stored", value=store.count("incidents"))
        alerts = GaugeMetricFamily("newswatch_alerts_raised", "Alerts raised, per kind", labels=["kind"])
        for kind, count in store.alert_kinds():
            alerts.add_metric([kind], count)
        yield alerts
        deliveries = CounterMetricFamily(
            DELIVERIES, "Alerts and digests with an outcome on an output (failed ones are dead-lettered)",
            labels=["output", "status"],
        )
        for (output, status), count in sorted(store.delivery_counts().items()):
            deliveries.add_metric([output, status], count)
        yield deliveries
        now = datetime.now(UTC)
        for name, stamp in (("article", store.last_stamp("articles")), ("alert", store.last_stamp("alerts"))):
            age = _age(stamp, now)
            if age is not None:
                yield GaugeMetricFamily(
                    f"newswatch_last_{name}_age_seconds", f"Seconds since the newest {name} was stored",
                    value=age,
                )


class ApiMetrics:
    """The registry behind ``/metrics`` and the API's own counters."""

    def __init__(self, store_path: Path | None = None) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "newswatch_http_requests", "HTTP requests answered", ["route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "newswatch_http_request_seconds", "Time to answer (to the first byte of a stream)", ["route"],
            registry=self.registry,
        )
        self.streams = Gauge(
            "newswatch_live_streams", "Open /alerts/stream connections", registry=self.registry
        )
        self.refused = Counter(
            "newswatch_http_refused", "Requests refused by rate limits and stream caps", ["reason"],
            registry=self.registry,
        )
        if store_path is not None:
            self.registry.register(StoreCollector(store_path))

    def render(self) -> bytes:
        return generate_latest(self.registry)

"""Prometheus metrics of the Kafka-mode services (worker, crawler, notifier).

Counters of the records each step emitted per output topic, dead letters per stage, and a
histogram of step durations, served on ``NEWSWATCH_METRICS_PORT`` (``/metrics``) when set.
Consumer lag is Kafka's to tell (``newswatch status``, or a Kafka exporter); this module counts
what only the process knows. Nothing is registered at import: the process's collectors are made
on first use, on a registry of their own.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server

from streams.pipeline.steps import Out
from streams.settings import Settings

__all__ = ["PipelineMetrics", "get_metrics", "serve_metrics"]

LOGGER = logging.getLogger(__name__)

DEAD_LETTERS = "dead-letters"


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

    def sent(self, stage: str, outs: Iterable[Out]) -> None:
        """Count the records ``stage`` sent; dead letters by the stage they name (which may be
        finer, e.g. ``crawl:robots``)."""
        for out in outs:
            self.records.labels(stage, out.topic).inc()
            if out.topic == DEAD_LETTERS:
                self.dead_letters.labels(_dead_letter_stage(out, stage)).inc()


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

"""The Faust app, configured from ``NEWSWATCH_*`` settings (read once, at import).

Values travel as raw bytes (the records' JSON): decoding happens in the steps, where a bad
record becomes a dead letter instead of a crashed agent.
"""

from __future__ import annotations

import faust

from streams.settings import get_settings

__all__ = ["app", "settings"]

settings = get_settings()

app = faust.App(
    f"{settings.topic_prefix}newswatch",
    broker=[f"kafka://{host}" for host in (settings.kafka_bootstrap or "127.0.0.1:9092").split(",")],
    store=settings.faust_store,
    topic_partitions=settings.topic_partitions,
    processing_guarantee=settings.processing_guarantee,
    key_serializer="raw",
    value_serializer="raw",
    web_enabled=settings.worker_web_port is not None,
    web_port=settings.worker_web_port or 6066,
    broker_session_timeout=settings.kafka_session_timeout,
    broker_heartbeat_interval=min(3.0, settings.kafka_session_timeout / 3),
    consumer_auto_offset_reset="earliest",
    # No standby table replicas: with them, two workers in one group sometimes never finished
    # the run after the second one joined (articles missing for good, although every input
    # partition had been fetched and committed to its end: work lost across that rebalance,
    # not a stalled fetch). A moved partition's table is recovered from its changelog anyway.
    table_standby_replicas=0,
    autodiscover=False,
)

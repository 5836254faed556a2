"""The sources' health where each engine keeps it, folded by ``crawlers.health``.

Both engines persist every target's state after each poll: the Kafka crawlers in the
compacted ``crawl-state`` topic, the embedded engine in its SQLite store (``crawl_targets``).
``newswatch status`` and the API's health read them here, so an operator sees the same
failing sources, with the same figures, whichever asks; the run summary folds the same states
in process.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from crawlers.health import SourceHealth, source_health
from crawlers.schedule import TargetState
from indexer.sqlite_store import SqliteStore
from streams.settings import Settings

__all__ = ["SourceHealthProbe", "kafka_source_health", "partitions", "stored_source_health"]

LOGGER = logging.getLogger(__name__)

CRAWL_STATE = "crawl-state"
POLL_MS = 500


async def kafka_source_health(settings: Settings, timeout: float = 10.0) -> dict[str, SourceHealth]:
    """Every source's health from the target states on ``crawl-state`` (none before the first
    crawl); ``TimeoutError`` when the topic cannot be read to its end within ``timeout``."""
    from streams.engines.kafka.admin import topic_name  # the engine's naming rule; imports Faust

    topic = topic_name(settings, CRAWL_STATE)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=5000)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False, request_timeout_ms=5000
    )
    try:
        async with asyncio.timeout(timeout):
            await admin.start()
            found = await partitions(admin, topic)
            if not found:
                return {}
            await consumer.start()
            return source_health(await _read_targets(consumer, [TopicPartition(topic, p) for p in found]))
    finally:
        await consumer.stop()
        await admin.close()


async def partitions(admin: AIOKafkaAdminClient, topic: str) -> list[int]:
    """The topic's partitions; none when it does not exist (yet)."""
    (described,) = await admin.describe_topics([topic])
    if described["error_code"] != 0:
        return []
    return sorted(p["partition"] for p in described["partitions"])


async def _read_targets(consumer: AIOKafkaConsumer, tps: list[TopicPartition]) -> list[TargetState]:
    from streams.engines.kafka.crawler_service import TARGET, state_key

    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)
    ends = await consumer.end_offsets(tps)
    targets: dict[bytes, TargetState] = {}
    pending = [tp for tp in tps if await consumer.position(tp) < ends[tp]]
    while pending:
        for records in (await consumer.getmany(*pending, timeout_ms=POLL_MS)).values():
            for record in records:
                if record.key is None or state_key(record.key)[0] != TARGET:
                    continue
                if record.value is None:  # a tombstone: the target is gone
                    targets.pop(record.key, None)
                    continue
                try:
                    targets[record.key] = TargetState.from_dict(json.loads(record.value))
                except (TypeError, ValueError) as exc:
                    LOGGER.warning("unreadable state on %s at %d: %s", record.topic, record.offset, exc)
        pending = [tp for tp in pending if await consumer.position(tp) < ends[tp]]
    return list(targets.values())


def stored_source_health(path: Path) -> dict[str, SourceHealth]:
    """Every source's health from the embedded store (none while it does not exist)."""
    try:
        store = SqliteStore(path, read_only=True)
    except FileNotFoundError:
        return {}
    with store:
        return source_health(TargetState.from_dict(json.loads(r)) for r in store.crawl_targets())


class SourceHealthProbe:
    """The sources' health for the API: from ``crawl-state`` when Kafka is configured, else from
    the embedded store; read at most once per ``max_age`` seconds (a status badge polls, and
    reading a topic from its start is not free). ``None`` when it cannot be read."""

    def __init__(self, settings: Settings, *, max_age: float = 10.0, timeout: float = 10.0) -> None:
        self._read: Callable[[], Awaitable[dict[str, SourceHealth]]]
        if settings.kafka_bootstrap:
            self.origin = CRAWL_STATE
            self._read = lambda: kafka_source_health(settings, timeout)
        else:
            self.origin = "store"
            self._read = lambda: asyncio.to_thread(stored_source_health, settings.store_path)
        self._max_age = max_age
        self._cached: tuple[float, dict[str, SourceHealth] | None] | None = None
        self._lock = asyncio.Lock()

    async def read(self) -> dict[str, SourceHealth] | None:
        async with self._lock:  # concurrent callers share one read
            if self._cached is not None and time.monotonic() - self._cached[0] < self._max_age:
                return self._cached[1]
            try:
                health: dict[str, SourceHealth] | None = await self._read()
            except Exception as exc:  # a broker or a file that does not answer: "unknown", not 500
                LOGGER.warning("cannot read the sources' health from %s: %r", self.origin, exc)
                health = None
            self._cached = (time.monotonic(), health)
            return health

"""Live alert feeds for the SSE stream: one per connected client.

A feed pushes what it sees onto the client's queue: first ``READY`` once it is positioned
(so everything after that moment will be delivered), then each new ``Alert``. Embedded mode
polls the SQLite ``alerts`` table for rows newer than the last one sent; distributed mode
reads the Kafka ``alerts`` topic with its own consumer (no group, nothing committed), starting
at the end of every partition. ``Last-Event-ID`` resumes after that alert where the feed can
still find it, and otherwise starts at the latest alert.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Final, Protocol

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from streams.api.backends import BackendUnavailable, open_readonly
from streams.records import Alert

__all__ = ["READY", "AlertFeed", "FeedItem", "KafkaAlertFeed", "SqliteAlertFeed", "decode_alert"]

LOGGER = logging.getLogger(__name__)


class _Ready:
    def __repr__(self) -> str:
        return "READY"


READY: Final = _Ready()
FeedItem = Alert | _Ready
Emit = Callable[[FeedItem], Awaitable[None]]

POLL_BATCH = 500
REPLAY_WINDOW_S = 3600.0
METADATA_POLL_S = 0.1


class AlertFeed(Protocol):
    name: str

    async def follow(self, last_event_id: str | None, emit: Emit) -> None:
        """Emit ``READY`` then every new alert, until cancelled."""
        ...


class SqliteAlertFeed:
    """Polls the embedded store's ``alerts`` table by rowid (insertion order).

    Each poll opens, reads and closes its own read-only connection inside the worker thread
    that runs it. A client that disconnects cancels the poll loop while a poll may still be
    running in its thread; nothing on the loop thread ever touches that connection, so it is
    never closed under a running query.
    """

    name = "sqlite"

    def __init__(self, path: Path, interval: float = 1.0) -> None:
        self.path = path
        self.interval = interval

    async def follow(self, last_event_id: str | None, emit: Emit) -> None:
        after = await self._wait_for_store(last_event_id)
        await emit(READY)
        while True:
            rows = await asyncio.to_thread(self._rows_after, after)
            for rowid, record in rows:
                after = rowid
                alert = decode_alert(record)
                if alert is not None:
                    await emit(alert)
            if len(rows) < POLL_BATCH:
                await asyncio.sleep(self.interval)

    def _position(self, last_event_id: str | None) -> int:
        with open_readonly(self.path) as store:
            return store.alert_position(last_event_id)

    def _rows_after(self, after: int) -> list[tuple[int, str]]:
        try:
            with open_readonly(self.path) as store:
                return store.alerts_after(after, POLL_BATCH)
        except (BackendUnavailable, sqlite3.Error) as exc:
            LOGGER.info("alert poll failed, trying again: %s", exc)
            return []

    async def _wait_for_store(self, last_event_id: str | None) -> int:
        """The store may not exist yet: wait for it (every alert in it is then new)."""
        while True:
            try:
                return await asyncio.to_thread(self._position, last_event_id)
            except (BackendUnavailable, sqlite3.Error) as exc:
                LOGGER.debug("waiting for the store: %s", exc)
            await asyncio.sleep(self.interval)


def decode_alert(value: bytes | str | None) -> Alert | None:
    """An alert from its JSON (a Kafka message value, a store row), or None (logged) if it is not one."""
    if value is None:
        return None
    try:
        return Alert.from_dict(json.loads(value))
    except (ValueError, TypeError, KeyError) as exc:
        LOGGER.warning("skipping a record that is not an alert: %r", exc)
        return None


class KafkaAlertFeed:
    """Reads ``topic`` with a private consumer: manual assignment, no group, no commits."""

    name = "kafka"

    def __init__(self, bootstrap: str, topic: str = Alert.topic, *, topic_wait: float = 2.0) -> None:
        self.bootstrap = bootstrap
        self.topic = topic
        self.topic_wait = topic_wait

    async def follow(self, last_event_id: str | None, emit: Emit) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="latest",
            client_id="newswatch-api",
        )
        await consumer.start()
        try:
            await self._start(consumer, last_event_id, emit)
            async for message in consumer:
                alert = decode_alert(message.value)
                if alert is not None:
                    await emit(alert)
        finally:
            await consumer.stop()

    async def _start(self, consumer: AIOKafkaConsumer, last_event_id: str | None, emit: Emit) -> None:
        """Assign every partition and position the consumer, then emit ``READY``.

        A topic that does not exist yet is ready at once: everything it will ever hold is new,
        so once it appears it is read from its beginning.
        """
        if self.topic in await consumer.topics():
            partitions = await _all_partitions(consumer, self.topic)
            await self._position(consumer, partitions, last_event_id)
            await emit(READY)
            return
        await emit(READY)
        while self.topic not in await consumer.topics():
            LOGGER.info("waiting for topic %s to exist", self.topic)
            await asyncio.sleep(self.topic_wait)
        partitions = await _all_partitions(consumer, self.topic)
        await consumer.seek_to_beginning(*partitions)

    async def _position(
        self, consumer: AIOKafkaConsumer, partitions: list[TopicPartition], last_event_id: str | None
    ) -> None:
        """Seek to the end, or just after ``last_event_id`` if it is in the replay window."""
        ends = await consumer.end_offsets(partitions)
        starts = None
        if last_event_id:
            starts = await _find_resume_offsets(consumer, partitions, ends, last_event_id)
        for tp in partitions:
            consumer.seek(tp, (starts or ends)[tp])
        for tp in partitions:  # resolve now, so READY means "positioned"
            await consumer.position(tp)


async def _all_partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """Every partition of an existing topic.

    The consumer only keeps metadata for topics it reads, so partition 0 (which every topic
    has) is assigned first to make it fetch the topic's metadata.
    """
    consumer.assign([TopicPartition(topic, 0)])
    while not (ids := consumer.partitions_for_topic(topic)):
        await asyncio.sleep(METADATA_POLL_S)
    partitions = [TopicPartition(topic, p) for p in sorted(ids)]
    consumer.assign(partitions)
    return partitions


async def _find_resume_offsets(
    consumer: AIOKafkaConsumer,
    partitions: list[TopicPartition],
    ends: dict[TopicPartition, int],
    alert_id: str,
) -> dict[TopicPartition, int] | None:
    """Offsets just after ``alert_id`` in its partition, and from its timestamp in the others.

    Alerts are keyed by subscription, so there is no order across partitions; starting the
    other partitions at the same timestamp may repeat an alert, never skip one. Only the last
    ``REPLAY_WINDOW_S`` seconds are searched; None when the alert is not there.
    """
    since_ms = int((time.time() - REPLAY_WINDOW_S) * 1000)
    found = await _scan_for(consumer, partitions, ends, since_ms, alert_id)
    if found is None:
        LOGGER.info("Last-Event-ID %s not in the replay window; starting at the latest alert", alert_id)
        return None
    found_tp, found_offset, found_ts = found
    by_time = await consumer.offsets_for_times({tp: found_ts for tp in partitions})
    starts = {tp: (by_time[tp].offset if by_time.get(tp) else ends[tp]) for tp in partitions}
    starts[found_tp] = found_offset + 1
    return starts


async def _scan_for(
    consumer: AIOKafkaConsumer,
    partitions: list[TopicPartition],
    ends: dict[TopicPartition, int],
    since_ms: int,
    alert_id: str,
) -> tuple[TopicPartition, int, int] | None:
    """(partition, offset, timestamp) of the message carrying ``alert_id`` since ``since_ms``."""
    by_time = await consumer.offsets_for_times({tp: since_ms for tp in partitions})
    pending = {tp for tp in partitions if by_time.get(tp) and by_time[tp].offset < ends[tp]}
    for tp in pending:
        consumer.seek(tp, by_time[tp].offset)
    while pending:
        batches = await consumer.getmany(*pending, timeout_ms=1000)
        if not batches:
            return None
        for tp, messages in batches.items():
            for message in messages:
                alert = decode_alert(message.value)
                if alert is not None and alert.alert_id == alert_id:
                    return tp, message.offset, message.timestamp
                if message.offset + 1 >= ends[tp]:
                    pending.discard(tp)
    return None


async def kafka_reachable(bootstrap: str, timeout: float = 5.0) -> bool:
    """True when a client can bootstrap from the broker within ``timeout`` seconds."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(consumer.start(), timeout)
    except (KafkaError, OSError, TimeoutError) as exc:
        LOGGER.info("kafka not reachable at %s: %r", bootstrap, exc)
        return False
    finally:
        with contextlib.suppress(Exception):
            await consumer.stop()
    return True

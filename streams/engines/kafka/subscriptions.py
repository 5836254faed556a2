"""Subscriptions in Kafka mode: a compacted topic that every worker and notifier follows.

The API keeps teams and subscriptions in its store and publishes every change to the compacted
``subscriptions`` topic (key: subscription id, value: the subscription; a tombstone when one is
deleted). Every worker (matching) and notifier (channels) reads the topic from its beginning
and keeps following it, so a subscription created over HTTP matches within seconds on every
worker, and a restarted worker reads them all back. Transport only: the subscription's form and
validation are ``streams.pipeline.subscriptions``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from streams.engines.kafka.admin import ensure_topics, topic_name
from streams.pipeline.subscriptions import Subscription, SubscriptionSpec
from streams.settings import Settings

__all__ = ["TOPIC", "SubscriptionFeed", "SubscriptionPublisher", "decode", "encode"]

LOGGER = logging.getLogger(__name__)

TOPIC = "subscriptions"
POLL_MS = 500


def encode(subscription: Subscription) -> bytes:
    data = {"id": subscription.id, "team_id": subscription.team_id, "spec": subscription.spec().model_dump()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def decode(raw: bytes) -> Subscription:
    data = json.loads(raw)
    return SubscriptionSpec.model_validate(data["spec"]).to_subscription(data["id"], data.get("team_id", ""))


async def ensure_topic(settings: Settings) -> str:
    name = topic_name(settings, TOPIC)
    await ensure_topics(settings, (), compacted=[name])
    return name


class SubscriptionPublisher:
    """Publishes what changed in the API's subscriptions whenever their version moves."""

    def __init__(
        self,
        settings: Settings,
        version: Callable[[], int],
        subscriptions: Callable[[], list[Subscription]],
        interval: float = 1.0,
    ) -> None:
        self._settings = settings
        self._version = version
        self._subscriptions = subscriptions
        self._interval = interval
        self._published: dict[str, bytes] = {}
        self._seen_version: int | None = None

    async def run(self) -> None:
        """Publish until cancelled; a broker that is away is retried on the next round."""
        name = await ensure_topic(self._settings)
        producer = AIOKafkaProducer(bootstrap_servers=self._settings.kafka_bootstrap, acks="all")
        await producer.start()
        try:
            while True:
                try:
                    await self.publish_changes(producer, name)
                except Exception as exc:  # the API keeps serving; the next round tries again
                    LOGGER.warning("subscriptions not published to Kafka yet: %r", exc)
                await asyncio.sleep(self._interval)
        finally:
            await producer.stop()

    async def publish_changes(self, producer: AIOKafkaProducer, name: str) -> int:
        """Send the subscriptions that changed and tombstones for the removed; returns how many."""
        version = self._version()
        if version == self._seen_version:
            return 0
        current = {s.id: encode(s) for s in self._subscriptions()}
        changes: dict[str, bytes | None] = {
            sid: value for sid, value in current.items() if self._published.get(sid) != value
        }
        changes.update({sid: None for sid in self._published if sid not in current})
        delivered = [await producer.send(name, key=k.encode(), value=v) for k, v in changes.items()]
        await asyncio.gather(*delivered)
        self._published, self._seen_version = current, version
        return len(changes)


class SubscriptionFeed:
    """Reads the whole topic, then follows it; ``on_change`` gets every live subscription after
    each batch that changed something."""

    def __init__(self, settings: Settings, on_change: Callable[[list[Subscription]], None]) -> None:
        self._settings = settings
        self._on_change = on_change
        self.subscriptions: dict[str, Subscription] = {}

    async def follow(self, retry: float = 5.0) -> None:
        """``run``, started again after ``retry`` seconds when the broker was away."""
        while True:
            try:
                await self.run()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                LOGGER.warning("subscriptions topic not readable (%r); retrying in %.0fs", exc, retry)
                await asyncio.sleep(retry)

    async def run(self) -> None:
        """Follow until cancelled."""
        name = await ensure_topic(self._settings)
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._settings.kafka_bootstrap, enable_auto_commit=False, group_id=None
        )
        await consumer.start()
        try:
            partitions = await _partitions(consumer, name)
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            while True:
                batch = await consumer.getmany(timeout_ms=POLL_MS)
                if self.apply([m for messages in batch.values() for m in messages]):
                    self._on_change(list(self.subscriptions.values()))
        finally:
            await consumer.stop()

    def apply(self, messages: list) -> bool:  # type: ignore[type-arg]
        """Take in records (a tombstone deletes); True if anything changed. A record that does
        not validate is logged and skipped: the others still apply."""
        changed = False
        for message in messages:
            sid = message.key.decode("utf-8")
            if message.value is None:
                changed |= self.subscriptions.pop(sid, None) is not None
                continue
            try:
                self.subscriptions[sid] = decode(message.value)
            except Exception as exc:
                LOGGER.warning("subscription %s on the topic is not valid, skipped: %r", sid, exc)
                continue
            changed = True
        return changed


async def _partitions(consumer: AIOKafkaConsumer, name: str) -> list[TopicPartition]:
    for _ in range(100):
        found = consumer.partitions_for_topic(name)
        if found:
            return [TopicPartition(name, p) for p in sorted(found)]
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    raise TimeoutError(f"topic {name} has no partitions in the broker's metadata")

"""Subscriptions and silences in Kafka mode: a compacted topic that every worker and notifier
follows.

The API keeps teams, subscriptions and incident marks in its store and publishes every change
to the compacted ``subscriptions`` topic (key: subscription id, value: the subscription; a
tombstone when one is deleted). Every worker (matching) and notifier (channels, policies) reads
the topic from its beginning and keeps following it, so a subscription created over HTTP
matches within seconds on every worker, and a restarted worker reads them all back.

Silences travel on the same topic under keys of their own, ``mark:<team>:<incident>`` (a
subscription id cannot hold a colon), valued with the team's mark on the incident while its
silence lasts; a tombstone once it has ended, so compaction forgets it. One topic rather than a
second: the same publisher, follower and retention serve both, each process reads one topic
from its start, and a worker's silences are as current as its subscriptions. The worker's
``Matcher.muted`` asks the feed (``SubscriptionFeed.is_silenced``); the rule of what a silence
does stays in the matcher. Acknowledgements change no alert, so a mark travels only while it
silences. Transport only: the subscription's form and validation are
``streams.pipeline.subscriptions``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from streams.api.store import IncidentMark
from streams.engines.kafka.admin import ensure_topics, topic_name
from streams.pipeline.subscriptions import Subscription, SubscriptionSpec
from streams.settings import Settings

__all__ = [
    "TOPIC",
    "SubscriptionFeed",
    "SubscriptionPublisher",
    "decode",
    "decode_mark",
    "encode",
    "encode_mark",
    "mark_key",
]

LOGGER = logging.getLogger(__name__)

TOPIC = "subscriptions"
POLL_MS = 500
MARK = "mark:"  # the key space of incident marks on the topic

Silences = Callable[[], list[tuple[str, IncidentMark]]]


def encode(subscription: Subscription) -> bytes:
    data = {"id": subscription.id, "team_id": subscription.team_id, "spec": subscription.spec().model_dump()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def decode(raw: bytes) -> Subscription:
    data = json.loads(raw)
    return SubscriptionSpec.model_validate(data["spec"]).to_subscription(data["id"], data.get("team_id", ""))


def mark_key(team_id: str, incident_id: str) -> str:
    return f"{MARK}{team_id}:{incident_id}"


def encode_mark(team_id: str, mark: IncidentMark) -> bytes:
    data = {"team_id": team_id, **dataclasses.asdict(mark)}
    return json.dumps(data, sort_keys=True).encode("utf-8")


def decode_mark(raw: bytes) -> tuple[str, IncidentMark]:
    data = json.loads(raw)
    mark = IncidentMark(data["incident_id"], data.get("acked_at"), data.get("silenced_until"))
    return data["team_id"], mark


async def ensure_topic(settings: Settings) -> str:
    name = topic_name(settings, TOPIC)
    await ensure_topics(settings, (), compacted=[name])
    return name


class SubscriptionPublisher:
    """Publishes what changed in the API's subscriptions whenever their version moves, and the
    silences that began, changed or ended (``silences``: those not ended yet, read each round)."""

    def __init__(
        self,
        settings: Settings,
        version: Callable[[], int],
        subscriptions: Callable[[], list[Subscription]],
        interval: float = 1.0,
        silences: Silences | None = None,
    ) -> None:
        self._settings = settings
        self._version = version
        self._subscriptions = subscriptions
        self._silences = silences
        self._interval = interval
        self._published: dict[str, bytes] = {}
        self._published_marks: dict[str, bytes] = {}
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
        """Send the subscriptions and silences that changed, and tombstones for the removed
        and the ended; returns how many records."""
        sent = await self._publish_marks(producer, name)
        version = self._version()
        if version == self._seen_version:
            return sent
        current = {s.id: encode(s) for s in self._subscriptions()}
        changes = _changes(self._published, current)
        await self._send(producer, name, changes)
        self._published, self._seen_version = current, version
        return sent + len(changes)

    async def _publish_marks(self, producer: AIOKafkaProducer, name: str) -> int:
        if self._silences is None:
            return 0
        current = {
            mark_key(team, mark.incident_id): encode_mark(team, mark) for team, mark in self._silences()
        }
        changes = _changes(self._published_marks, current)
        await self._send(producer, name, changes)
        self._published_marks = current
        return len(changes)

    async def _send(self, producer: AIOKafkaProducer, name: str, changes: dict[str, bytes | None]) -> None:
        delivered = [await producer.send(name, key=k.encode(), value=v) for k, v in changes.items()]
        await asyncio.gather(*delivered)


def _changes(published: dict[str, bytes], current: dict[str, bytes]) -> dict[str, bytes | None]:
    """What to send so the topic holds ``current``: new or changed values, tombstones for the gone."""
    changes: dict[str, bytes | None] = {k: v for k, v in current.items() if published.get(k) != v}
    changes.update({key: None for key in published if key not in current})
    return changes


class SubscriptionFeed:
    """Reads the whole topic, then follows it; ``on_change`` gets every live subscription after
    each batch that changed one. Silences are kept for ``is_silenced``."""

    def __init__(self, settings: Settings, on_change: Callable[[list[Subscription]], None]) -> None:
        self._settings = settings
        self._on_change = on_change
        self.subscriptions: dict[str, Subscription] = {}
        self.marks: dict[tuple[str, str], IncidentMark] = {}  # (team, incident) → its mark

    def is_silenced(self, team_id: str, incident_id: str) -> bool:
        """``Matcher.muted`` in Kafka mode: the team silenced the incident, and not until a past time."""
        mark = self.marks.get((team_id, incident_id))
        return mark is not None and mark.silenced()

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
            if sid.startswith(MARK):
                self._apply_mark(sid, message.value)
                continue
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

    def _apply_mark(self, key: str, value: bytes | None) -> None:
        team_id, _, incident_id = key.removeprefix(MARK).partition(":")
        if value is None:
            self.marks.pop((team_id, incident_id), None)
            return
        try:
            team_id, mark = decode_mark(value)
        except Exception as exc:
            LOGGER.warning("incident mark %s on the topic is not valid, skipped: %r", key, exc)
            return
        self.marks[team_id, mark.incident_id] = mark


async def _partitions(consumer: AIOKafkaConsumer, name: str) -> list[TopicPartition]:
    for _ in range(100):
        found = consumer.partitions_for_topic(name)
        if found:
            return [TopicPartition(name, p) for p in sorted(found)]
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    raise TimeoutError(f"topic {name} has no partitions in the broker's metadata")

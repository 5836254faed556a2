"""``newswatch notifier``: the delivery stage in Kafka mode, a consumer group on ``alerts``.

Thin transport around ``streams.delivery.dispatcher.Dispatcher`` (plain aiokafka, no Faust: it
keeps no tables and runs no steps). Each alert read is submitted to the dispatcher; once every
output has an outcome for it, the outcomes go to the ``deliveries`` topic (keyed by alert id;
failures also to ``dead-letters``) and the alert counts as done. An offset is committed only
when every alert up to it is done, so after a crash or a rebalance the alerts not yet done are
delivered again: at-least-once, receivers drop repeats by alert id. More replicas in the same
group share the partitions. SIGTERM/SIGINT stop it within seconds: queued deliveries get
``delivery_drain_timeout`` seconds, what is left stays uncommitted.

Alerts of a digest subscription are held in a SQLite file (``NEWSWATCH_DIGESTS_PATH``) before
their offset is committed, and its digests sent from there (``streams.delivery.digests``); their
outcomes go to ``deliveries`` and ``dead-letters`` as alerts' do. The alerts topic is keyed by
subscription, so one subscription's alerts reach one notifier at a time; after a rebalance
moves it, each notifier sends what it held (two digests for that period, neither repeated).
Per-output delivery metrics are served on ``NEWSWATCH_METRICS_PORT``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaError

from streams.delivery.channels import ChannelRoute, channel_output
from streams.delivery.digests import CHECK_SECONDS, DigestBook, DigestHold, DigestSender
from streams.delivery.dispatcher import FAILED, Dispatcher, Receipt, RetryPolicy
from streams.delivery.outputs import AlertOutput, Message, build_outputs
from streams.engines.kafka.admin import ensure_topics, group_member_options, topic_name
from streams.engines.kafka.subscriptions import SubscriptionFeed
from streams.ops.metrics import get_metrics, serve_metrics
from streams.ops.shutdown import stop_on_signal
from streams.pipeline.subscriptions import Subscription, load_subscriptions
from streams.records import Alert, DeadLetter, Delivery
from streams.settings import Settings

__all__ = ["Notifier", "OffsetTracker", "run_notifier"]

LOGGER = logging.getLogger(__name__)

POLL_MS = 500  # how long one poll waits: also how soon a stop request is seen
TOPICS = ("alerts", "deliveries", "dead-letters")


class OffsetTracker:
    """Per partition, the offsets read and whether each is done; the commit position is the
    offset after the longest run of done ones from the start."""

    def __init__(self) -> None:
        self._offsets: dict[TopicPartition, deque[int]] = {}
        self._done: dict[TopicPartition, set[int]] = {}
        self._position: dict[TopicPartition, int] = {}
        self._committed: dict[TopicPartition, int] = {}

    @property
    def in_flight(self) -> int:
        return sum(len(offsets) for offsets in self._offsets.values())

    def add(self, tp: TopicPartition, offset: int) -> None:
        self._offsets.setdefault(tp, deque()).append(offset)
        self._done.setdefault(tp, set())

    def done(self, tp: TopicPartition, offset: int) -> None:
        """Mark an offset done; ignored for a partition given up in a rebalance."""
        offsets = self._offsets.get(tp)
        if offsets is None:
            return
        self._done[tp].add(offset)
        while offsets and offsets[0] in self._done[tp]:
            self._done[tp].discard(offsets[0])
            self._position[tp] = offsets.popleft() + 1

    def to_commit(self, partitions: Iterable[TopicPartition] | None = None) -> dict[TopicPartition, int]:
        """The positions that moved since they were last committed."""
        wanted = self._position if partitions is None else {
            tp: self._position[tp] for tp in partitions if tp in self._position
        }
        return {tp: pos for tp, pos in wanted.items() if self._committed.get(tp) != pos}

    def committed(self, offsets: dict[TopicPartition, int]) -> None:
        self._committed.update(offsets)

    def forget(self, partitions: Iterable[TopicPartition]) -> None:
        for tp in partitions:
            self._offsets.pop(tp, None)
            self._done.pop(tp, None)
            self._position.pop(tp, None)
            self._committed.pop(tp, None)


class Notifier(ConsumerRebalanceListener):  # type: ignore[misc]
    """Feeds the ``alerts`` topic to a dispatcher and commits what every output is done with."""

    def __init__(
        self,
        settings: Settings,
        consumer: AIOKafkaConsumer,
        producer: AIOKafkaProducer,
        dispatcher: Dispatcher,
    ) -> None:
        self.settings = settings
        self.tracker = OffsetTracker()
        self._consumer = consumer
        self._producer = producer
        self._dispatcher = dispatcher
        self._reports: dict[asyncio.Task[None], Receipt | None] = {}  # report task → its receipt
        self._paused = False

    async def run(self, stop: asyncio.Event) -> None:
        self._consumer.subscribe([topic_name(self.settings, "alerts")], listener=self)
        while not stop.is_set():
            self._flow_control()
            batch = await self._consumer.getmany(timeout_ms=POLL_MS, max_records=200)
            for tp, messages in batch.items():
                for message in messages:
                    self._take(tp, message.offset, message.key, message.value)
            await self._commit()

    async def close(self) -> None:
        """Give queued deliveries their drain time, report what finished, commit it."""
        await self._dispatcher.aclose(self.settings.delivery_drain_timeout)
        for task, receipt in self._reports.items():
            if receipt is not None and not receipt.done:  # left owed: the offset stays uncommitted
                task.cancel()
        await asyncio.gather(*self._reports, return_exceptions=True)
        await self._commit()

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self._commit(revoked)
        self.tracker.forget(revoked)  # their alerts in flight will be delivered again: receivers dedupe

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        LOGGER.info("notifier assigned %s", sorted(f"{tp.topic}[{tp.partition}]" for tp in assigned))

    def _take(self, tp: TopicPartition, offset: int, key: bytes | None, value: bytes | None) -> None:
        self.tracker.add(tp, offset)
        receipt = None
        try:
            alert = Alert.from_json(value or b"")
        except Exception as exc:  # a bad record is a dead letter; the stream goes on
            LOGGER.warning("unreadable alert at %s[%d]@%d: %r", tp.topic, tp.partition, offset, exc)
            letter = DeadLetter("notify", f"{type(exc).__name__}: {exc}", _text(key), _text(value))
            report = self._report_bad(tp, offset, letter)
        else:
            receipt = self._dispatcher.submit(alert)
            report = self._report(tp, offset, alert, receipt)
        task = asyncio.create_task(report)
        self._reports[task] = receipt
        task.add_done_callback(lambda done: self._reports.pop(done, None))

    async def _report(self, tp: TopicPartition, offset: int, alert: Alert, receipt: Receipt) -> None:
        await self.report(alert, await receipt.future)
        self.tracker.done(tp, offset)

    async def report(self, message: Message, deliveries: list[Delivery]) -> None:
        """Send the outcomes of an alert or digest to ``deliveries``, failures also to
        ``dead-letters``."""
        await self._send([self._delivery_record(d) for d in deliveries] + [
            self._dead_letter_record(d, message) for d in deliveries if d.status == FAILED
        ])

    async def _report_bad(self, tp: TopicPartition, offset: int, letter: DeadLetter) -> None:
        await self._send([("dead-letters", letter.key or "", letter.to_json())])
        self.tracker.done(tp, offset)

    def _delivery_record(self, delivery: Delivery) -> tuple[str, str, str]:
        return "deliveries", delivery.alert_id, delivery.to_json()

    def _dead_letter_record(self, delivery: Delivery, message: Message) -> tuple[str, str, str]:
        stage, key = f"deliver:{delivery.output}", message.message_id
        letter = DeadLetter(stage, delivery.reason, key, message.to_json())
        return "dead-letters", message.message_id, letter.to_json()

    async def _send(self, records: list[tuple[str, str, str]]) -> None:
        sent = [
            await self._producer.send(
                topic_name(self.settings, name), key=key.encode(), value=value.encode()
            )
            for name, key, value in records
        ]
        await asyncio.gather(*sent)

    async def _commit(self, partitions: Iterable[TopicPartition] | None = None) -> None:
        offsets = self.tracker.to_commit(partitions)
        if not offsets:
            return
        try:
            await self._consumer.commit(offsets)
        except KafkaError as exc:  # e.g. during a rebalance: those alerts are delivered again
            LOGGER.warning("commit of %s failed: %r", offsets, exc)
            return
        self.tracker.committed(offsets)

    def _flow_control(self) -> None:
        """Stop reading while as many alerts are in flight as one output queue holds, so the
        dispatcher does not drop what the group has read."""
        full = self.tracker.in_flight >= self.settings.delivery_queue_size
        if full and not self._paused:
            self._consumer.pause(*self._consumer.assignment())
        elif self._paused and not full:
            self._consumer.resume(*self._consumer.assignment())
        self._paused = full


def _text(raw: bytes | None) -> str:
    return (raw or b"").decode("utf-8", "replace")


async def run_notifier(
    settings: Settings,
    stop: asyncio.Event | None = None,
    *,
    wall: Callable[[], float] = time.time,
    digest_check: float = CHECK_SECONDS,
) -> int:
    """Run until ``stop`` is set (by default: until SIGTERM or SIGINT). ``wall`` is the clock
    digest periods are read on, checked every ``digest_check`` seconds (tests move both)."""
    stop = stop or stop_on_signal()
    await ensure_topics(settings, TOPICS)
    bootstrap = settings.kafka_bootstrap or "127.0.0.1:9092"
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=f"{settings.topic_prefix}newswatch-notifier",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        **group_member_options(settings),
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    serve_metrics(settings)
    async with httpx.AsyncClient(timeout=settings.delivery_attempt_timeout) as client:
        outputs = build_outputs(settings, client)
        fixed = load_subscriptions(settings.subscriptions_file) if settings.subscriptions_file else []
        if not outputs and not any(s.channels for s in fixed):
            LOGGER.warning(
                "no alert outputs configured (NEWSWATCH_WEBHOOK_URL, NEWSWATCH_APPRISE_URLS, "
                "NEWSWATCH_ALERTS_JSONL): alerts are read and committed without being sent anywhere"
            )
        dispatcher = Dispatcher(
            outputs, policy=RetryPolicy.from_settings(settings), queue_size=settings.delivery_queue_size,
            metrics=get_metrics(),
        )
        # subscriptions' channels and policies (the worker matches the same subscriptions file)
        subscriptions = {subscription.id: subscription for subscription in fixed}

        def take(live: list[Subscription]) -> None:  # the teams' own, from the subscriptions topic
            subscriptions.update({s.id: s for s in live})

        following = asyncio.create_task(SubscriptionFeed(settings, take).follow())

        def make(url: str) -> AlertOutput:
            return channel_output(url, client, settings.webhook_secret)

        book = DigestBook(settings.digests_path)
        hold = DigestHold(book, subscriptions.get, now=wall)
        dispatcher.route_by(ChannelRoute(dispatcher, subscriptions.get, make, hold))
        notifier = Notifier(settings, consumer, producer, dispatcher)
        sender = DigestSender(book, dispatcher, now=wall, on_sent=notifier.report)
        await producer.start()
        await consumer.start()
        dispatcher.start()
        sending = asyncio.create_task(sender.run(digest_check))
        LOGGER.info("notifier delivering to %s", ", ".join(dispatcher.outputs) or "nothing")
        try:
            await notifier.run(stop)
        finally:
            following.cancel()
            sending.cancel()
            await notifier.close()
            await sender.close()
            await consumer.stop()
            await producer.stop()
            book.close()
    return 0


"""The Kafka engine: the pipeline steps as Faust agents over topics and tables.

``create_app`` builds one Faust app from settings and the steps of
``streams.pipeline.topology``: a topic per step input, a table per step state, an agent per
step. Nothing happens at import. An agent only moves messages: it runs its step on each one
and sends what the step returned; the message counts as done (its offset can be committed)
only once Kafka acknowledged its outputs and its table changes. The agent does not wait for
that before the next message: waiting per message left the workers idle most of the time
(bench/README.md), so up to ``MAX_IN_FLIGHT`` messages per agent are acknowledged as their
deliveries complete. faust commits a partition's offsets only up to the first message not yet
acknowledged, so a message whose deliveries finish later still holds the commit back.

Values travel as raw bytes (the records' JSON): decoding happens in the steps, where a bad
record becomes a dead letter instead of a crashed agent.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, cast

import faust
from faust import StreamT
from faust.types import TP, EventT, TopicT

from streams.engines.kafka import consumer
from streams.engines.kafka.admin import group_member_options, topic_name
from streams.engines.kafka.tables import ChangelogTracker, create_table
from streams.ops.metrics import get_metrics
from streams.pipeline import settle
from streams.pipeline.steps import dead_letter
from streams.pipeline.topology import TICK_TOPIC, Message, Step, Tables
from streams.settings import Settings

__all__ = ["TICK_SECONDS", "acknowledge_when_delivered", "create_app"]

LOGGER = logging.getLogger(__name__)

TICK_SECONDS = 1.0  # how often every partition of the tick topic gets a tick: an alert waits its
# settle window and up to this long after it. Shorter intervals were measured (0.25 s: alert p95
# 2.56 s against 3.10 s, bench/README.md) and not kept: the integration loop failed in 2 of 15
# runs with them (once on the alerts of an incident whose reports merged late), and a loaded
# worker's tick timer overran.
RECOVERY_STALL = 8.0  # seconds a table recovery may go without a changelog event: a stalled
# takeover holds its partitions' alerts that long (with 20 s, checked every 10 s, a SIGTERM
# rolling restart ended with an alert still held by the stalled worker 19 s after the stall)
MAX_IN_FLIGHT = 500  # messages per agent whose outputs are sent but not yet acknowledged
WAKE_SLACK = 0.2  # seconds a requested tick may come late, so that close requests share one


def _faust_app(settings: Settings) -> faust.App:
    member = group_member_options(settings)
    return faust.App(
        f"{settings.topic_prefix}newswatch",
        broker=[f"kafka://{host}" for host in (settings.kafka_bootstrap or "127.0.0.1:9092").split(",")],
        store=settings.faust_store,
        topic_partitions=settings.topic_partitions,
        processing_guarantee=settings.processing_guarantee,
        key_serializer="raw",
        value_serializer="raw",
        web_enabled=settings.worker_web_port is not None,
        web_port=settings.worker_web_port or 6066,
        broker_session_timeout=member["session_timeout_ms"] / 1000,
        broker_heartbeat_interval=member["heartbeat_interval_ms"] / 1000,
        consumer_auto_offset_reset="earliest",
        consumer_metadata_max_age_ms=member["metadata_max_age_ms"],
        # No standby table replicas: with them, two workers in one group sometimes never
        # finished the run after the second one joined (work lost across that rebalance, not a
        # stalled fetch). A moved partition's table is recovered from its changelog anyway.
        table_standby_replicas=0,
        autodiscover=False,
    )


class _Engine:
    """What the agents of one app share: topics, tables, the changelog tracker."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.tracker = ChangelogTracker()
        self.tables: dict[str, faust.Table] = {}
        self._topics: dict[str, TopicT] = {}
        self._logical = {topic_name(settings, TICK_TOPIC): TICK_TOPIC}
        self._wakes: dict[int, set[float]] = {}  # per partition, the times of the ticks asked for
        self._waking: set[asyncio.Task[None]] = set()

    def topic(self, *names: str) -> TopicT:
        key = ",".join(names)
        if key not in self._topics:
            full = [topic_name(self.settings, name) for name in names]
            self._logical.update(zip(full, names, strict=True))
            # internal: declared (created if missing) by the worker before it starts consuming
            partitions = self.settings.topic_partitions
            self._topics[key] = self.app.topic(*full, partitions=partitions, internal=True)
        return self._topics[key]

    def logical(self, full_name: str) -> str:
        return self._logical.get(full_name, full_name)

    def agent(self, step: Step) -> None:
        tables: Tables = {name: self.table(name) for name in step.tables}

        async def run(stream: StreamT) -> None:
            room = asyncio.Semaphore(MAX_IN_FLIGHT)
            manual = cast(faust.Stream, stream).noack()  # see acknowledge_when_delivered
            async for event in manual.events():
                if not self.caught_up(step, event):
                    await stream.ack(event)  # a tick: the next one releases what this one would
                    continue
                await room.acquire()
                deliveries = await self.handle(step, tables, event)
                if step.wake_after is not None and self.logical(event.message.topic) != TICK_TOPIC:
                    self.wake(event.message.partition, time.time() + step.wake_after)
                ack = functools.partial(stream.ack, event)
                task = asyncio.ensure_future(acknowledge_when_delivered(deliveries, ack, self.app.crash))
                task.add_done_callback(lambda _: room.release())

        self.app.agent(self.topic(*step.topics), name=step.name)(run)

    def caught_up(self, step: Step, event: EventT) -> bool:
        """Whether the step may have ``event`` now: a tick waits until the step read the messages
        its partition had on the step's other topics when this worker was assigned it (a tick
        must not release what they change: ``streams.engines.kafka.consumer``)."""
        if self.logical(event.message.topic) != TICK_TOPIC:
            return True
        reader = cast(consumer.RewindingConsumer, self.app.consumer)
        partition = event.message.partition
        return all(
            reader.backlog_read(TP(topic_name(self.settings, topic), partition))
            for topic in step.topics
            if topic != TICK_TOPIC
        )

    def table(self, name: str) -> faust.Table:
        if name not in self.tables:
            self.tables[name] = create_table(self.app, name, self.settings.topic_partitions, self.tracker)
        return self.tables[name]

    async def handle(self, step: Step, tables: Tables, event: EventT) -> list[Awaitable[Any]]:
        """Run one step on one message (a failure becomes a dead letter and the stream goes
        on) and send its outputs; returns the deliveries of its outputs and table changes."""
        started = time.perf_counter()
        topic = self.logical(event.message.topic)
        message = Message(topic, event.key, event.value, event.message.partition)
        try:
            outs = step.handle(message, tables)
        except Exception as exc:
            LOGGER.warning("%s failed for key %r: %r", step.name, event.key, exc)
            outs = [dead_letter(step.name, exc, event.key, event.value)]
        deliveries: list[Awaitable[Any]] = list(self.tracker.take())  # before any await
        for out in outs:
            sent = self.topic(out.topic).send(key=out.key.encode(), value=out.value.encode())
            deliveries.append(await sent)
        metrics = get_metrics()
        metrics.sent(step.name, outs)
        metrics.step_seconds.labels(step.name).observe(time.perf_counter() - started)
        return deliveries

    def recovery_watchdog(self) -> None:
        """Restart a table recovery that stopped receiving its changelogs.

        faust (0.15) sometimes seeks a worker's changelog partitions at a rebalance and then
        never receives an event on them ("No event received for active tp ... since recovery
        start", repeated for good): recovery waits for their highwater forever and the worker
        never resumes its streams (seen when two workers start together, right after the other
        one wrote those changelogs). A recovery that received nothing for ``RECOVERY_STALL``
        seconds is restarted, which seeks the changelogs again; a recovery that is reading,
        however slowly, is left alone. Reads Recovery's own timestamps (faust internals).
        """
        recovery = self.app.tables.recovery  # type: ignore[attr-defined]  # TableManager has it

        async def check() -> None:
            if not recovery.in_recovery:
                return
            last = recovery._last_active_event_processed_at or recovery._recovery_started_at
            if last is not None and time.monotonic() - last > RECOVERY_STALL:
                LOGGER.warning(
                    "table recovery received no changelog event for %.0fs: restarting it",
                    time.monotonic() - last,
                )
                recovery.signal_recovery_start.set()

        self.app.timer(RECOVERY_STALL / 4, name="recovery-watchdog")(check)

    def wake(self, partition: int, at: float) -> None:
        """Tick ``partition`` of the tick topic at ``at``, rounded up to a multiple of
        ``WAKE_SLACK`` so that the requests of a burst share one tick. The tick goes to the
        partition, not to this worker: if a rebalance moves the partition, its new owner
        releases what is due. A tick lost with a stopping worker only delays the release to the
        next periodic tick."""
        at = math.ceil(at / WAKE_SLACK) * WAKE_SLACK
        asked = self._wakes.setdefault(partition, set())
        if at in asked:
            return
        asked.add(at)
        ticks = self.topic(TICK_TOPIC)

        async def tick() -> None:
            try:
                await asyncio.sleep(max(0.0, at - time.time()))
            finally:
                asked.discard(at)
            await ticks.send(value=settle.tick(max(at, time.time())).encode(), partition=partition)

        task = asyncio.ensure_future(tick())
        self._waking.add(task)
        task.add_done_callback(self._woken)

    def _woken(self, task: asyncio.Task[None]) -> None:
        self._waking.discard(task)
        if not task.cancelled() and task.exception() is not None:
            LOGGER.debug("a requested tick was not sent: %r", task.exception())

    def ticker(self) -> None:
        """Every worker ticks every partition of the tick topic (a tick nobody needs releases
        nothing), so held alerts are released whichever worker owns their partition."""
        ticks = self.topic(TICK_TOPIC)

        async def tick() -> None:
            value = settle.tick(time.time()).encode()
            for partition in range(self.settings.topic_partitions):
                await ticks.send(value=value, partition=partition)

        self.app.timer(TICK_SECONDS, name="alert-ticks")(tick)


async def acknowledge_when_delivered(
    deliveries: Sequence[Awaitable[Any]],
    ack: Callable[[], Awaitable[Any]],
    crash: Callable[[BaseException], Awaitable[None]],
) -> None:
    """Acknowledge a message once Kafka has its outputs and table changes. A delivery that
    failed (the producer gave up) stops the worker: the message is not acknowledged, so the
    worker that takes its partition over processes it again."""
    try:
        await asyncio.gather(*deliveries)
    except Exception as exc:
        LOGGER.error("Kafka did not take the outputs of a message: %r; stopping the worker", exc)
        await crash(exc)
        return
    await ack()


def create_app(settings: Settings, steps: Sequence[Step]) -> faust.App:
    """One worker's Faust app running ``steps``; topics and tables are prefixed per settings.
    The records the pipeline keeps are indexed by ``newswatch indexer``, not by the workers
    (``streams.engines.kafka.indexing``): an Elasticsearch outage never holds up a step.

    A topic has exactly one agent. faust (0.15) hands a message read by two agents to both with a
    reference count of two; a rebalance drops the copies still queued without releasing them
    and then waits for every handed-out message to be acked, which never ends when one agent
    had taken the message and the other's copy was dropped.
    """
    app = _faust_app(settings)
    consumer.install(app)
    engine = _Engine(app, settings)
    for step in steps:
        engine.agent(step)
    engine.ticker()
    engine.recovery_watchdog()
    return app

"""The Faust consumer, with the rewind that makes a rebalance lose nothing.

At a rebalance Faust drops every fetched-but-unprocessed message of every partition
(``flow_control.clear()``), including those of partitions the worker keeps, and then seeks the
partitions back to their committed offsets so the dropped messages are fetched again. aiokafka's
``seek_to_committed`` only seeks a partition whose committed offset is above 0: a partition
with no commit yet (a fresh group, a new topic, the first seconds of a run) keeps its fetch
position, after the dropped messages. They are never processed, and the next commit on that
partition moves past them. That is how two workers starting together lost the first article
of a partition. Here a partition without a commit is rewound to its beginning instead (what
``auto_offset_reset=earliest`` means for it). ``tests/integration/test_kafka_consumer.py``
shows aiokafka's behaviour and the rewind on a real broker.

A partition sought to its beginning has no position until aiokafka has looked its first offset
up, and faust's stall detector, which reads every partition's position from another thread,
must then skip it (``position_known``).

A message handed to a stream once a rebalance has begun is never processed: faust's stream
skips a message whose generation is not the current one, or that arrives while the flow is
stopped, and then acknowledges it "so that the lag does not grow". Acknowledged, its offset is
committed, and a partition the worker keeps is sought past it: the message is lost. Under load
it happens on an ordinary join (an agent's wait for its next message is answered just before
the revocation and resumed just after it): the fixture's army-advance article was never
extracted in 1 of 3 two-worker runs, its offset committed. ``RewindingConsumer.ack`` therefore
does not count such an acknowledgement towards the commit; the message is fetched and
processed again after the rebalance (replays are idempotent).

Not counting it is not enough, because faust's commit (``Consumer._new_offset``) commits the
first run of consecutive acknowledged offsets without checking that it starts where the
partition's commit stands: its check is skipped while the partition has no commit (or its
commit is 0), and lets one offset through otherwise (``min(acked) - committed > 1``). Agents
acknowledge a message when its deliveries complete, so a later message is often acknowledged
first: with offset 0 skipped (or still in progress) and offset 1 acknowledged, faust committed
2, and offset 0 was never processed (the fixture's furat car-bomb report in 1 of 12 two-worker
runs). ``RewindingConsumer`` therefore remembers the offsets handed to streams and not yet
counted (tracked by faust's streams and not acknowledged, or acknowledged across a rebalance and
not yet processed again), and a commit never passes the lowest of them.

A message can also vanish between the fetch and the stream. faust's fetch loop hands each
message to the streams' channel while waiting on ``suspend_flow`` too, and when the flow is
suspended first the hand-over is cancelled and the offset still recorded as read; and a
message a stream took is tracked in a weak set, which forgets it if it is dropped unacknowledged.
Nothing holds such an offset, and faust commits the later ones. A SIGTERM rolling restart lost
the first article of a partition so (1 of 7 loop runs): the new owner processed offsets 1 to 3
of ``checked-articles`` and committed 4 on its way out; offset 0 produced nothing and no dead
letter, and extracts one event when read again. With at-least-once processing a partition's
offsets have no gaps (gaps are transaction markers, of exactly-once), so here a commit must
start where the partition's commit stands, or where reading began when it has none. When later
offsets are acknowledged and the one there is neither being processed nor acknowledged, it
reached no stream, or a stream skipped it at a rebalance and it has not come again (before, such
a skipped message held the commit until the next rebalance, however long that took): the
partition is sought back to it and read again (replays are idempotent), at most once per
``REWIND_AGAIN`` seconds for the same offset. In the loop runs it happens a few times a run, at
a worker's start, on every topic (the ticks most). A rebalance can revoke the partition while the
seek back waits for the log's first offset; the seek is then left to the partition's new owner.

No later offset reveals a partition's last messages when they vanish so: a two-worker start
stalled (1 of 34 loop runs) with the last message of a band-probes partition, written 4 ms before
its new owner's flow resumed, neither processed nor committed, and nothing after it to be
acknowledged. Its article waited for that band's verdict for good. So a partition whose fetch
position stands past its commit while nothing of it is acknowledged, set aside or being processed,
and no stream of its topic is busy (a message queued behind another partition's would be), for
``REWIND_AGAIN`` seconds unchanged, is read again from its commit too.

A worker that takes a partition over reads it again from its committed offset, on every topic
its agents read, in no order across topics. The alerts step reads the incident changes and the
ticks that release them: a tick read before the incident changes waiting at the takeover would
release a held change that those changes supersede. A broker restart ended so (1 of 24 loop
runs): the new owner's table held the first version of an incident that a later change marked as
absorbed into another, already alerted on; the first tick it read released that version as a
second "new" alert for the car bomb, and the absorbing change came after it. So the consumer
notes, at each assignment, where each partition's log ended (``backlog_read``): the engine hands
a partition's ticks to its step only once that partition's other topics were read up to there.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Set
from typing import Any, cast

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import IllegalStateError
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.transport.drivers.aiokafka import Consumer as FaustAIOKafkaConsumer
from faust.types import TP, Message
from faust.types.enums import ProcessingGuarantee
from faust.types.tuples import ack_lock
from mode.utils.futures import notify

__all__ = [
    "RewindingConsumer", "fetch_position", "install", "log_ends", "position_known",
    "seek_to_committed_or_beginning",
]

BACKLOG_WAIT = 60.0  # seconds after an assignment at which a backlog not yet read stops holding
# back the partition's ticks (with a warning): alerts late by a minute rather than never
REWIND_AGAIN = 10.0  # seconds before a partition is sought back again to the same missing offset:
# a message read again may take that long to reach its stream on a loaded worker


async def seek_to_committed_or_beginning(
    consumer: AIOKafkaConsumer,
) -> tuple[Mapping[TopicPartition, int | None], Mapping[TopicPartition, int]]:
    """Seek every assigned stream partition to its committed offset, or to its beginning when it
    has none; returns the committed offsets (None: no commit), like ``seek_to_committed``, and
    the first offset of each partition sought to its beginning."""
    committed: Mapping[TopicPartition, int | None] = await consumer.seek_to_committed()
    # changelog partitions are positioned by table recovery, never by committed offsets
    unread = [tp for tp, offset in committed.items() if not offset and not tp.topic.endswith("-changelog")]
    if not unread:
        return committed, {}
    await consumer.seek_to_beginning(*unread)
    return committed, await consumer.beginning_offsets(unread)


async def log_ends(
    consumer: AIOKafkaConsumer, partitions: Iterable[TopicPartition]
) -> Mapping[TopicPartition, int]:
    """Where the logs of the stream partitions among ``partitions`` end (their next offset)."""
    streams = [tp for tp in partitions if not tp.topic.endswith("-changelog")]
    return await consumer.end_offsets(streams) if streams else {}


def position_known(consumer: AIOKafkaConsumer, tp: TopicPartition) -> bool:
    """Whether aiokafka knows the partition's position. While a seek to its beginning waits for
    the offset lookup it does not, and its ``position`` then fails an assertion instead of
    answering None (reads aiokafka's partition state, as faust's stall detector does)."""
    assignment = consumer._subscription.subscription and consumer._subscription.subscription.assignment
    if not assignment or tp not in assignment.tps:
        return False
    return bool(assignment.state_value(tp).has_valid_position)


def fetch_position(consumer: AIOKafkaConsumer, tp: TopicPartition) -> int | None:
    """The offset aiokafka fetches the partition from next; None while it does not know it."""
    if not position_known(consumer, tp):
        return None
    return cast(int, consumer._subscription.subscription.assignment.state_value(tp).position)


class _RewindingThread(AIOKafkaConsumerThread):
    async def seek_to_committed(self) -> Mapping[TP, int]:
        consumer = self._ensure_consumer()
        committed, firsts = await self.call_thread(seek_to_committed_or_beginning, consumer)
        ends = await self.call_thread(log_ends, consumer, committed)
        rewinding = cast(RewindingConsumer, self.consumer)
        rewinding.reading_from(firsts)
        rewinding.backlog_until(
            {tp: end for tp, end in ends.items() if end > (committed.get(tp) or firsts.get(tp) or 0)}
        )
        return cast(Mapping[TP, int], committed)

    def verify_event_path(self, now: float, tp: TP) -> None:
        """faust's check that a partition's stream is not stalled, skipped while the partition
        has no position: faust reads it expecting None, and aiokafka's assertion crashed the
        consumer and stopped a worker (once in 20 broker-restart runs, 0.6 s after the rewind)."""
        if position_known(self._ensure_consumer(), TopicPartition(tp.topic, tp.partition)):
            super().verify_event_path(now, tp)


class RewindingConsumer(FaustAIOKafkaConsumer):
    """Faust's aiokafka consumer, seeking partitions without a commit to their beginning,
    committing no offset acknowledged across a rebalance, and never committing past a message
    not yet processed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # offsets acknowledged across a rebalance, not counted: processed again when fetched again
        self._uncounted: defaultdict[TP, set[int]] = defaultdict(set)
        self._holds: dict[TP, int] = {}
        self._in_progress: dict[TP, int] = {}  # lowest offset per partition a stream is processing
        self._firsts: dict[TP, int] = {}  # where reading began, for partitions without a commit
        self._missing: dict[TP, int] = {}  # offsets that never reached a stream, to read again
        self._rewound: dict[TP, tuple[int, float]] = {}  # the last seek back: offset, monotonic time
        self._backlogs: dict[TP, tuple[int, float]] = {}  # where the log ended at the assignment, when
        self._tails: dict[TP, tuple[int, int, float]] = {}  # fetched past the commit, none in hand:
        # the commit, the fetch position, since when (monotonic)

    def _new_consumer_thread(self) -> AIOKafkaConsumerThread:
        return _RewindingThread(self, loop=self.loop, beacon=self.beacon)

    def reading_from(self, firsts: Mapping[TopicPartition, int]) -> None:
        """Partitions without a commit were sought to these offsets: their commits start there."""
        self._firsts.update({TP(tp.topic, tp.partition): offset for tp, offset in firsts.items()})

    def backlog_until(self, ends: Mapping[TopicPartition, int]) -> None:
        """At an assignment: the partitions with messages to read, and where their logs end."""
        now = time.monotonic()
        self._backlogs = {TP(tp.topic, tp.partition): (end, now) for tp, end in ends.items()}

    def backlog_read(self, tp: TP) -> bool:
        """Whether the messages of ``tp`` that were in its log at the assignment are processed
        (committed, or acknowledged and counted): see the module's docstring."""
        backlog = self._backlogs.get(tp)
        if backlog is None:
            return True
        end, since = backlog
        start, acked = self._start(tp), self._acked_index.get(tp, set())
        if start is not None and all(offset in acked for offset in range(start, end)):
            del self._backlogs[tp]
            return True
        if time.monotonic() - since > BACKLOG_WAIT:
            self.log.warning(
                "%s: offsets up to %d, there at the assignment, not all processed after %.0fs; "
                "its partition's ticks go on anyway", tp, end - 1, BACKLOG_WAIT,
            )
            del self._backlogs[tp]
            return True
        return False

    def _start(self, tp: TP) -> int | None:
        """Where the partition's next commit must start: its committed offset, or where reading
        began when it has none (None: unknown, as for a partition never sought)."""
        committed = self._committed_offset.get(tp)
        return committed if committed is not None else self._firsts.get(tp)

    def ack(self, message: Message) -> bool:
        """Acknowledge ``message``; one from before the current rebalance, or acknowledged while a
        rebalance is under way, is done with (nothing waits for it) but its offset is not
        committed: skipped by faust's stream or not, it is fetched and processed again, and
        holds the partition's commit back until then."""
        tp, offset = message.tp, message.offset
        with ack_lock:
            if self.app.flow_control.is_active() and message.generation_id == self.app.consumer_generation_id:
                self._uncounted[tp].discard(offset)
                return bool(super().ack(message))
            message.acked = True
            self._unacked_messages.discard(message)
            committed = self._committed_offset.get(tp)
            counted = offset in self._acked_index.get(tp, ())  # another copy of it was processed
            if not counted and (committed is None or offset >= committed):
                self._uncounted[tp].add(offset)
            notify(self._waiting_for_ack)
        return False

    def _filter_committable_offsets(self, tps: Iterable[TP]) -> dict[TP, int]:
        with ack_lock:
            self._in_progress = self._processing()
            self._holds = self._unfinished(self._in_progress)
        try:
            return cast(dict[TP, int], super()._filter_committable_offsets(tps))
        finally:
            self._holds, self._in_progress = {}, {}

    def _processing(self) -> dict[TP, int]:
        """Per partition, the lowest offset handed to a stream and not acknowledged."""
        lowest: dict[TP, int] = {}
        for message in list(self._unacked_messages):  # what faust's streams track
            if not message.acked and message.offset < lowest.get(message.tp, message.offset + 1):
                lowest[message.tp] = message.offset
        return lowest

    def _unfinished(self, processing: Mapping[TP, int]) -> dict[TP, int]:
        """Per partition, the lowest offset being processed, or acknowledged uncounted and not
        processed again."""
        lowest = dict(processing)
        for tp, offsets in self._uncounted.items():
            committed = self._committed_offset.get(tp)
            offsets.difference_update([o for o in offsets if committed is not None and o < committed])
            if offsets:
                lowest[tp] = min(min(offsets), lowest.get(tp, min(offsets)))
        return lowest

    def _new_offset(self, tp: TP) -> int | None:
        """faust's commit offset for ``tp``, starting where the partition's commit stands and kept
        below the lowest unfinished offset (faust's own does neither: see the module's docstring).
        """
        start, acked, hold = self._start(tp), self._acked[tp], self._holds.get(tp)
        if start is not None and acked and min(acked) > start and self._gapless(tp, start):
            if self._in_progress.get(tp) != start:
                self._missing[tp] = start  # later offsets are done and this one reached no stream
            return None
        if hold is None:
            return cast(int | None, super()._new_offset(tp))
        later = [offset for offset in acked if offset > hold]
        if later:  # set aside, so that faust's run of consecutive offsets stops before the hold
            acked[:] = [offset for offset in acked if offset < hold]
        try:
            return cast(int | None, super()._new_offset(tp)) if acked else None
        finally:
            if later:
                acked.extend(later)
                acked.sort()

    def _gapless(self, tp: TP, offset: int) -> bool:
        """Whether ``offset`` must be a message: always with at-least-once processing; with
        exactly-once a transaction marker may stand there, which faust's own check lets by."""
        at_least_once = self.app.conf.processing_guarantee == ProcessingGuarantee.AT_LEAST_ONCE
        return at_least_once and not self._gap[tp].overlaps(offset)

    async def commit(self, *args: Any, **kwargs: Any) -> bool:
        """Commit what can be, then read again the offsets found missing (see the module's
        docstring)."""
        committed = bool(await super().commit(*args, **kwargs))
        self._find_unread_tails()
        await self._read_missing_again()
        return committed

    def fetch_position(self, tp: TP) -> int | None:
        """Where the consumer fetches ``tp`` from next (None: not known)."""
        thread = cast(AIOKafkaConsumerThread, self._thread)
        return fetch_position(thread._ensure_consumer(), TopicPartition(tp.topic, tp.partition))

    def _find_unread_tails(self) -> None:
        """Note as missing the commit of each partition fetched past it with nothing of it in
        hand for ``REWIND_AGAIN`` seconds (see the module's docstring)."""
        if not self.app.flow_control.is_active():
            self._tails = {}  # a rebalance or a stop is under way: partitions are sought anew
            return
        with ack_lock:
            busy = {tp.topic for tp in self._processing()}
        now, tails = time.monotonic(), {}
        for tp in self.assignment():
            start = self._start(tp)
            if (
                start is None
                or tp.topic.endswith("-changelog")
                or tp.topic in busy
                or self._acked.get(tp)
                or self._uncounted.get(tp)
            ):
                continue
            position = self.fetch_position(tp)
            if position is None or position <= start:
                continue
            seen = self._tails.get(tp)
            if seen is None or seen[:2] != (start, position):
                tails[tp] = (start, position, now)
            elif now - seen[2] >= REWIND_AGAIN:
                self._missing[tp] = start
            else:
                tails[tp] = seen
        self._tails = tails

    async def _read_missing_again(self) -> None:
        missing, self._missing = self._missing, {}
        if not self.app.flow_control.is_active():
            return  # a rebalance or a stop is under way: the partition is sought or handed over
        now = time.monotonic()
        assigned = self.assignment()
        for tp, offset in missing.items():
            last = self._rewound.get(tp)
            if tp not in assigned or (last and last[0] == offset and now - last[1] < REWIND_AGAIN):
                continue
            self._rewound[tp] = (offset, now)
            earliest = (await self.earliest_offsets(tp)).get(tp)
            if earliest is not None and earliest > offset:
                # removed by retention while nobody read it: the commit starts where the log does
                # (faust's own check, too, reads the committed offset)
                self.log.warning("%s: offsets %d to %d were deleted unread", tp, offset, earliest - 1)
                self._committed_offset[tp] = earliest
                continue
            if not self.app.flow_control.is_active() or tp not in self.assignment():
                continue  # a rebalance began during the look-up: the partition is sought anew
            self.log.warning("%s: offset %d was fetched and reached no stream: reading it again", tp, offset)
            try:
                await self.seek(tp, offset)
            except IllegalStateError:
                # revoked since the check (a SIGTERM rolling restart crashed a worker so, exit 1):
                # whoever owns it now reads it from the partition's commit
                continue

    async def on_partitions_revoked(self, revoked: Set[TP]) -> None:
        for tp in revoked:
            self._uncounted.pop(tp, None)
            self._firsts.pop(tp, None)
            self._missing.pop(tp, None)
            self._rewound.pop(tp, None)
            self._backlogs.pop(tp, None)
            self._tails.pop(tp, None)
        await super().on_partitions_revoked(revoked)


def install(app: faust.App) -> None:
    """Make ``app`` use ``RewindingConsumer`` (before its consumer is first created)."""
    app.transport.Consumer = RewindingConsumer  # type: ignore[misc]

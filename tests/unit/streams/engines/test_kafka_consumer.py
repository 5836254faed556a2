"""A message acknowledged across a rebalance is not committed (no broker needed: faust's own
consumer bookkeeping, the consumer never started).

What faust does at a rebalance: its stream skips a message handed over once the revocation has
begun (flow stopped) or fetched in an earlier generation, and acknowledges it
(``faust.streams.Stream``: ``event.ack()`` for ``skipped_value``); the acknowledgement reaches
the consumer as below. The integration test ``test_two_workers_give_the_same_state`` lost an
article that way in 1 of 3 runs on a loaded machine before the fix.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import faust
import pytest
from aiokafka.errors import IllegalStateError
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from streams.engines.kafka import consumer

TOPIC = TP("articles", 0)


@pytest.fixture
def app() -> Iterator[faust.App]:
    app = faust.App("test-consumer", broker="kafka://127.0.0.1:9", autodiscover=False)
    app.topics.acking_topics.add(TOPIC.topic)
    app.flow_control.resume()  # a worker between rebalances
    yield app


def _message(app: faust.App, offset: int) -> ConsumerMessage:
    message = ConsumerMessage(
        TOPIC.topic, TOPIC.partition, offset, 0.0, None, None, b"k", b"v", None, 1, 1,
        tp=TOPIC, generation_id=app.consumer_generation_id,
    )
    message.incref()  # handed to one stream
    return message


def test_faust_commits_a_message_acknowledged_once_a_rebalance_began(app: faust.App) -> None:
    """The loss itself, with faust's own consumer: the skipped offset counts as done."""
    message = _message(app, 7)
    app.flow_control.suspend()  # what a revocation does first
    message.ack(app.consumer)  # what faust's stream does with a message it skips
    assert 7 in app.consumer._acked[TOPIC]


def test_an_offset_acknowledged_once_a_rebalance_began_is_not_committed(app: faust.App) -> None:
    consumer.install(app)
    message = _message(app, 7)
    app.flow_control.suspend()
    message.ack(app.consumer)
    assert message.acked, "done with, so the revocation does not wait for it"
    assert 7 not in app.consumer._acked[TOPIC]


def test_an_offset_of_an_earlier_generation_is_not_committed(app: faust.App) -> None:
    consumer.install(app)
    app.consumer_generation_id = 1
    before = _message(app, 3)
    app.consumer_generation_id = 2  # a rebalance ended while the message was processed
    now = _message(app, 4)
    before.ack(app.consumer)
    now.ack(app.consumer)
    assert before.acked and now.acked
    assert list(app.consumer._acked[TOPIC]) == [4]



def _handed(app: faust.App, *offsets: int) -> list[ConsumerMessage]:
    """Messages delivered to a stream: faust's stream tracks each in the consumer's unacked set
    (inlined, not through ``Consumer.track_message``)."""
    messages = [_message(app, offset) for offset in offsets]
    for message in messages:
        app.consumer.unacked.add(message)
    return messages


def _commit_offset(app: faust.App) -> int | None:
    """The offset the next commit would write for the partition, as faust computes it."""
    return app.consumer._filter_committable_offsets([TOPIC]).get(TOPIC)


def test_faust_commits_past_a_first_message_not_yet_acknowledged(app: faust.App) -> None:
    """The loss with faust's own consumer: offset 1 acknowledged before offset 0 (its deliveries
    completed first), and the commit moves to 2 with offset 0 not processed."""
    _, second = _handed(app, 0, 1)
    second.ack(app.consumer)
    assert _commit_offset(app) == 2


def test_faust_commits_past_the_committed_offset_itself(app: faust.App) -> None:
    app.consumer._committed_offset[TOPIC] = 31  # the next offset to read
    _, second = _handed(app, 31, 32)
    second.ack(app.consumer)
    assert _commit_offset(app) == 33


@pytest.mark.parametrize("committed", [None, 0, 31])
def test_a_commit_never_passes_a_message_not_yet_acknowledged(app: faust.App, committed: int | None) -> None:
    consumer.install(app)
    start = committed or 0
    app.consumer._committed_offset[TOPIC] = committed
    first, second, third = _handed(app, start, start + 1, start + 2)
    second.ack(app.consumer)
    third.ack(app.consumer)
    assert _commit_offset(app) is None, "offset start is still being processed"
    first.ack(app.consumer)
    assert _commit_offset(app) == start + 3


def test_an_offset_skipped_at_a_rebalance_holds_the_commit_back(app: faust.App) -> None:
    """Skipped by the stream (never tracked) and acknowledged across the rebalance: not counted,
    and no later acknowledgement commits past it until it is processed again."""
    consumer.install(app)
    skipped = _message(app, 0)
    app.flow_control.suspend()
    skipped.ack(app.consumer)
    app.flow_control.resume()
    (later,) = _handed(app, 1)
    later.ack(app.consumer)
    assert _commit_offset(app) is None
    (again,) = _handed(app, 0)  # fetched again after the rebalance
    again.ack(app.consumer)
    assert _commit_offset(app) == 2


def test_a_copy_processed_before_its_stale_twin_is_acknowledged_holds_nothing(app: faust.App) -> None:
    """A message processed again after a rebalance may finish before the copy of the earlier
    generation: that copy's late acknowledgement must not hold the commit for good."""
    consumer.install(app)
    app.consumer_generation_id = 1
    stale = _message(app, 0)
    app.consumer_generation_id = 2
    (fresh,) = _handed(app, 0)
    fresh.ack(app.consumer)
    stale.ack(app.consumer)
    assert _commit_offset(app) == 1


def test_a_revoked_partition_holds_nothing_back(app: faust.App) -> None:
    consumer.install(app)
    skipped = _message(app, 5)
    app.flow_control.suspend()
    skipped.ack(app.consumer)
    asyncio.run(app.consumer.on_partitions_revoked({TOPIC}))
    assert not app.consumer._uncounted.get(TOPIC)


def test_faust_commits_past_a_message_no_stream_saw(app: faust.App) -> None:
    """The loss with faust's own consumer: offset 0 was fetched and dropped before a stream took
    it (faust's fetch loop drops a hand-over that a flow suspension interrupts), offsets 1 and 2
    were processed, and the commit moves to 3."""
    for message in _handed(app, 1, 2):
        message.ack(app.consumer)
    assert _commit_offset(app) == 3


@pytest.mark.parametrize(("committed", "first"), [(None, 0), (None, 40), (31, None)])
def test_a_commit_starts_where_the_partition_commit_stands(
    app: faust.App, committed: int | None, first: int | None
) -> None:
    """Offsets acknowledged above the commit (or above where reading began, with no commit) and
    none being processed at it: that message reached no stream, so nothing is committed and it
    is marked to be read again."""
    consumer.install(app)
    app.consumer._committed_offset[TOPIC] = committed
    if first is not None:
        app.consumer.reading_from({TOPIC: first})
    start = committed if committed is not None else first
    assert start is not None
    for message in _handed(app, start + 1, start + 2):
        message.ack(app.consumer)
    assert _commit_offset(app) is None
    assert app.consumer._missing == {TOPIC: start}
    (again,) = _handed(app, start)  # read again
    again.ack(app.consumer)
    assert _commit_offset(app) == start + 3


def test_a_message_still_being_processed_is_not_read_again(app: faust.App) -> None:
    consumer.install(app)
    app.consumer.reading_from({TOPIC: 0})
    _, second = _handed(app, 0, 1)
    second.ack(app.consumer)
    assert _commit_offset(app) is None
    assert not app.consumer._missing, "offset 0 is in a stream, acknowledged when its outputs are sent"


class _Partition:
    """The broker side of one partition as the consumer asks about it: where its log begins,
    and the seeks made."""

    def __init__(self, app: faust.App, earliest: int) -> None:
        self.earliest = earliest
        self.seeks: list[tuple[TP, int]] = []
        app.consumer.assignment = lambda: {TOPIC}  # type: ignore[method-assign]
        app.consumer.earliest_offsets = self._earliest  # type: ignore[method-assign]
        app.consumer.seek = self._seek  # type: ignore[method-assign]

    async def _earliest(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.earliest for tp in tps}

    async def _seek(self, tp: TP, offset: int) -> None:
        self.seeks.append((tp, offset))


def _offset_zero_missing(app: faust.App) -> None:
    """A partition read from offset 0 whose offsets 1 and 2 were processed, 0 never."""
    app.consumer.reading_from({TOPIC: 0})
    for message in _handed(app, 1, 2):
        message.ack(app.consumer)


def test_a_message_no_stream_saw_is_read_again_once_per_interval(app: faust.App) -> None:
    consumer.install(app)
    partition = _Partition(app, earliest=0)
    _offset_zero_missing(app)
    for _ in range(2):  # two commit intervals
        assert _commit_offset(app) is None
        asyncio.run(app.consumer._read_missing_again())
    assert partition.seeks == [(TOPIC, 0)], "sought back once, not again while it is read"


def test_offsets_removed_by_retention_move_the_start_of_the_commit(app: faust.App) -> None:
    """A commit older than the log's first offset (retention removed the rest unread): the
    commit starts where the log does, and nothing is sought."""
    consumer.install(app)
    partition = _Partition(app, earliest=50)
    app.consumer._committed_offset[TOPIC] = 10
    for message in _handed(app, 50, 51):
        message.ack(app.consumer)
    assert _commit_offset(app) is None
    asyncio.run(app.consumer._read_missing_again())
    assert partition.seeks == []
    assert _commit_offset(app) == 52


def test_a_missing_offset_is_not_sought_during_a_rebalance(app: faust.App) -> None:
    consumer.install(app)
    partition = _Partition(app, earliest=0)
    _offset_zero_missing(app)
    assert _commit_offset(app) is None
    app.flow_control.suspend()  # the revocation seeks the partition back to its commit itself
    asyncio.run(app.consumer._read_missing_again())
    assert partition.seeks == []


def test_a_missing_offset_is_not_sought_once_revoked_during_the_look_up(app: faust.App) -> None:
    consumer.install(app)
    partition = _Partition(app, earliest=0)
    _offset_zero_missing(app)
    assert _commit_offset(app) is None

    async def revoked_meanwhile(*tps: TP) -> dict[TP, int]:
        app.consumer.assignment = lambda: set()  # type: ignore[method-assign]
        return {tp: 0 for tp in tps}

    app.consumer.earliest_offsets = revoked_meanwhile  # type: ignore[method-assign]
    asyncio.run(app.consumer._read_missing_again())
    assert partition.seeks == []


def test_a_seek_that_finds_the_partition_revoked_does_not_crash_the_consumer(app: faust.App) -> None:
    """aiokafka refuses a seek on a partition no longer assigned; the new owner reads it."""
    consumer.install(app)
    _Partition(app, earliest=0)
    _offset_zero_missing(app)
    assert _commit_offset(app) is None

    async def refused(tp: TP, offset: int) -> None:
        raise IllegalStateError(f"No current assignment for partition {tp}")

    app.consumer.seek = refused  # type: ignore[method-assign]
    asyncio.run(app.consumer._read_missing_again())  # no exception


def _fetched_past_the_commit(app: faust.App, monkeypatch: pytest.MonkeyPatch, tp: TP = TOPIC) -> _Partition:
    """A partition committed up to 23 whose fetch position is 24: offset 23 was fetched."""
    consumer.install(app)
    monkeypatch.setattr(consumer, "REWIND_AGAIN", 0.0)  # "a while" is any time between two commits
    partition = _Partition(app, earliest=0)
    app.consumer.assignment = lambda: {tp}  # type: ignore[method-assign]
    app.consumer._committed_offset[tp] = 23
    app.consumer.fetch_position = lambda _: 24  # type: ignore[method-assign]
    return partition


def test_a_last_message_no_stream_saw_is_read_again_after_a_while(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No later offset is acknowledged to reveal it: the fetch position past the commit does."""
    partition = _fetched_past_the_commit(app, monkeypatch)
    app.consumer._find_unread_tails()
    assert not app.consumer._missing, "fetched just now: it may still be on its way to a stream"
    app.consumer._find_unread_tails()  # a commit interval later, unchanged
    asyncio.run(app.consumer._read_missing_again())
    assert partition.seeks == [(TOPIC, 23)]


def test_a_message_queued_behind_a_busy_stream_is_not_read_again(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its topic's stream is processing another partition's message: it waits its turn."""
    tail = TP(TOPIC.topic, 1)
    _fetched_past_the_commit(app, monkeypatch, tail)
    processing = _handed(app, 7)  # partition 0 of the same topic (faust tracks it weakly)
    for _ in range(2):
        app.consumer._find_unread_tails()
    assert processing and not app.consumer._missing


def test_a_tail_acknowledged_and_not_yet_committed_is_not_read_again(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fetched_past_the_commit(app, monkeypatch)
    (message,) = _handed(app, 23)
    message.ack(app.consumer)
    for _ in range(2):
        app.consumer._find_unread_tails()
    assert not app.consumer._missing


def test_a_partition_fetched_up_to_its_commit_has_no_tail(
    app: faust.App, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fetched_past_the_commit(app, monkeypatch)
    app.consumer.fetch_position = lambda _: 23  # type: ignore[method-assign]
    for _ in range(2):
        app.consumer._find_unread_tails()
    assert not app.consumer._missing


def _assigned_with_backlog(app: faust.App, committed: int | None, end: int) -> None:
    """What an assignment notes: the partition's commit, and where its log ends."""
    consumer.install(app)
    app.consumer._committed_offset[TOPIC] = committed
    if committed is None:
        app.consumer.reading_from({TOPIC: 0})
    app.consumer.backlog_until({TOPIC: end})


@pytest.mark.parametrize("committed", [None, 31])
def test_a_backlog_is_read_once_every_message_in_it_is_acknowledged(
    app: faust.App, committed: int | None
) -> None:
    start = committed or 0
    _assigned_with_backlog(app, committed, start + 3)
    first, second, third = _handed(app, start, start + 1, start + 2)
    third.ack(app.consumer)
    assert not app.consumer.backlog_read(TOPIC), "the last message alone is not the backlog"
    first.ack(app.consumer)
    second.ack(app.consumer)
    assert app.consumer.backlog_read(TOPIC)


def test_a_backlog_committed_past_is_read(app: faust.App) -> None:
    _assigned_with_backlog(app, 5, 8)
    assert not app.consumer.backlog_read(TOPIC)
    app.consumer._committed_offset[TOPIC] = 8
    assert app.consumer.backlog_read(TOPIC)


def test_a_partition_without_a_backlog_holds_nothing_back(app: faust.App) -> None:
    consumer.install(app)
    app.consumer.backlog_until({})
    assert app.consumer.backlog_read(TOPIC)


def test_a_backlog_acknowledged_across_a_rebalance_is_not_read(app: faust.App) -> None:
    """Skipped by a stream at a rebalance: fetched and processed again before it counts."""
    _assigned_with_backlog(app, None, 1)
    skipped = _message(app, 0)
    app.flow_control.suspend()
    skipped.ack(app.consumer)
    app.flow_control.resume()
    assert not app.consumer.backlog_read(TOPIC)


def test_a_backlog_stops_holding_back_after_a_while(app: faust.App, monkeypatch: pytest.MonkeyPatch) -> None:
    _assigned_with_backlog(app, 5, 8)
    monkeypatch.setattr(consumer, "BACKLOG_WAIT", 0.0)
    assert app.consumer.backlog_read(TOPIC)


async def test_a_revoked_partition_has_no_backlog(app: faust.App) -> None:
    _assigned_with_backlog(app, 5, 8)
    await app.consumer.on_partitions_revoked({TOPIC})
    assert app.consumer.backlog_read(TOPIC)

"""The notifier's commit rule: an offset is committed once every alert up to it is done."""

from aiokafka import TopicPartition

from streams.engines.kafka.notifier import OffsetTracker

P0, P1 = TopicPartition("alerts", 0), TopicPartition("alerts", 1)


def test_commit_position_follows_the_longest_done_prefix():
    tracker = OffsetTracker()
    for offset in (5, 6, 7):
        tracker.add(P0, offset)
    tracker.add(P1, 0)
    tracker.done(P0, 6)
    tracker.done(P0, 7)
    assert tracker.to_commit() == {}  # offset 5 is still being delivered
    tracker.done(P0, 5)
    tracker.done(P1, 0)
    assert tracker.to_commit() == {P0: 8, P1: 1}
    assert tracker.in_flight == 0


def test_committed_positions_are_not_committed_again():
    tracker = OffsetTracker()
    tracker.add(P0, 0)
    tracker.done(P0, 0)
    tracker.committed(tracker.to_commit())
    assert tracker.to_commit() == {}
    tracker.add(P0, 1)
    tracker.done(P0, 1)
    assert tracker.to_commit([P0, P1]) == {P0: 2}
    assert tracker.to_commit([P1]) == {}


def test_a_revoked_partition_is_forgotten_and_late_outcomes_ignored():
    tracker = OffsetTracker()
    tracker.add(P0, 0)
    tracker.add(P0, 1)
    tracker.forget([P0])
    tracker.done(P0, 0)
    assert tracker.to_commit() == {} and tracker.in_flight == 0

"""When a worker counts as stalled: idle, with messages it has not read."""

from __future__ import annotations

import time

from streams.distributed.watchdog import Progress, unread


def test_partitions_with_messages_past_the_last_read_are_unread() -> None:
    ends = {"a": 10, "b": 10, "c": 0, "d": 3}
    read = {"a": 9, "b": 4, "c": None, "d": None}
    assert unread(read, ends) == ["b", "d"]


def test_a_partition_read_to_its_end_or_empty_is_not_unread() -> None:
    assert unread({"a": 9}, {"a": 10, "b": 0}) == []


def test_idle_time_counts_from_the_last_finished_work_and_not_while_working() -> None:
    progress = Progress()
    with progress.working():
        assert progress.idle_for(time.monotonic() + 100) == 0.0, "a step waiting on Elasticsearch is busy"
    finished = progress.last
    assert progress.idle_for(finished + 30) == 30

"""A message counts as done only once Kafka has its outputs and table changes (no broker
needed: delivery futures are plain asyncio futures here)."""

from __future__ import annotations

import asyncio

from streams.engines.kafka.app import acknowledge_when_delivered
from streams.engines.kafka.tables import ChangelogTracker


async def test_the_tracker_hands_out_the_changes_made_since_it_was_last_asked() -> None:
    tracker = ChangelogTracker()
    loop = asyncio.get_running_loop()
    first, second, third = (loop.create_future() for _ in range(3))
    tracker.add(first)
    tracker.add(second)
    assert tracker.take() == [first, second]
    tracker.add(third)
    assert tracker.take() == [third]
    assert tracker.take() == []


class Recorder:
    def __init__(self) -> None:
        self.acked = 0
        self.crashed: list[BaseException] = []

    async def ack(self) -> None:
        self.acked += 1

    async def crash(self, exc: BaseException) -> None:
        self.crashed.append(exc)


async def test_a_message_is_acknowledged_only_after_every_delivery_completed() -> None:
    loop = asyncio.get_running_loop()
    output, change = loop.create_future(), loop.create_future()
    done = Recorder()
    waiting = asyncio.create_task(acknowledge_when_delivered([output, change], done.ack, done.crash))
    output.set_result(None)
    await asyncio.sleep(0.01)
    assert done.acked == 0, "acknowledged with a table change still unsent"
    change.set_result(None)
    await asyncio.wait_for(waiting, 1)
    assert done.acked == 1 and done.crashed == []


async def test_a_failed_delivery_stops_the_worker_and_leaves_the_message_unacknowledged() -> None:
    change = asyncio.get_running_loop().create_future()
    change.set_exception(ConnectionError("broker gone"))
    done = Recorder()
    await acknowledge_when_delivered([change], done.ack, done.crash)
    assert done.acked == 0
    assert [type(exc) for exc in done.crashed] == [ConnectionError]

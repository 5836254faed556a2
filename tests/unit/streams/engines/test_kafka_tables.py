"""Waiting for table changes to reach Kafka (no broker needed: delivery futures are plain
asyncio futures here)."""

from __future__ import annotations

import asyncio

import pytest

from streams.engines.kafka.tables import ChangelogTracker


async def test_changes_delivered_waits_for_every_pending_change() -> None:
    tracker = ChangelogTracker()
    loop = asyncio.get_running_loop()
    first, second = loop.create_future(), loop.create_future()
    tracker.in_flight.update({first, second})
    waiting = asyncio.create_task(tracker.delivered())
    first.set_result(None)
    await asyncio.sleep(0.01)
    assert not waiting.done(), "returned with a change still unsent"
    second.set_result(None)
    await asyncio.wait_for(waiting, 1)
    assert not tracker.in_flight


async def test_a_change_waited_for_elsewhere_is_still_waited_for() -> None:
    """Two agents wait at once: the one that finishes first must not hide the other's change."""
    tracker = ChangelogTracker()
    loop = asyncio.get_running_loop()
    change = loop.create_future()
    tracker.in_flight.add(change)
    one, other = (asyncio.create_task(tracker.delivered()) for _ in range(2))
    await asyncio.sleep(0.01)
    assert not one.done() and not other.done()
    change.set_result(None)
    await asyncio.wait_for(asyncio.gather(one, other), 1)


async def test_a_failed_change_is_an_error_not_a_silent_ack() -> None:
    tracker = ChangelogTracker()
    change = asyncio.get_running_loop().create_future()
    tracker.in_flight.add(change)
    change.set_exception(ConnectionError("broker gone"))
    with pytest.raises(ConnectionError):
        await tracker.delivered()
    assert not tracker.in_flight
    await tracker.delivered()  # reported once: later steps are not failed by it again

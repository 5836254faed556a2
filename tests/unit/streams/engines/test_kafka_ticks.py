"""The Kafka engine's ticks: a step that held something is woken on the partition that holds it
when it is due, the requests of a burst share one tick, and a partition taken over is ticked only
once what waited on it is read (no broker needed: the tick topic is a recorder here)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import faust
import pytest
from faust.types import TP

from streams.engines.kafka import app as kafka_app
from streams.engines.kafka import consumer
from streams.pipeline.topology import TICK_TOPIC, Step
from streams.settings import Settings


class TickTopic:
    def __init__(self) -> None:
        self.sent: list[tuple[int, float, float]] = []  # partition, the tick's time, sent at

    async def send(self, *, value: bytes, partition: int) -> None:
        self.sent.append((partition, json.loads(value)["at"], time.time()))


def _engine(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, TickTopic]:
    app = faust.App("ticks-test", broker="kafka://127.0.0.1:1", autodiscover=False)
    engine = kafka_app._Engine(app, Settings())
    topic = TickTopic()
    monkeypatch.setattr(engine, "topic", lambda *names: topic)
    return engine, topic


async def _sent(topic: TickTopic, count: int) -> None:
    async with asyncio.timeout(5):
        while len(topic.sent) < count:
            await asyncio.sleep(0.01)
    await asyncio.sleep(2 * kafka_app.WAKE_SLACK)  # time for a tick too many


async def test_a_requested_tick_reaches_the_partition_once_it_is_due(monkeypatch: pytest.MonkeyPatch) -> None:
    engine, topic = _engine(monkeypatch)
    due = time.time() + 0.3
    engine.wake(5, due)
    await _sent(topic, 1)
    [(partition, at, sent_at)] = topic.sent
    assert partition == 5 and sent_at >= due - 0.01 and at >= due  # what is due by then is released


async def test_the_requests_of_a_burst_share_one_tick_per_partition(monkeypatch: pytest.MonkeyPatch) -> None:
    engine, topic = _engine(monkeypatch)
    start = kafka_app.WAKE_SLACK * (int(time.time() / kafka_app.WAKE_SLACK) + 2)  # a slot's start
    for k in range(5):
        engine.wake(2, start + (k + 1) * kafka_app.WAKE_SLACK / 10)  # all within one slot
    engine.wake(3, start + kafka_app.WAKE_SLACK / 10)
    await _sent(topic, 2)
    assert sorted(partition for partition, _, _ in topic.sent) == [2, 3]
    latest = start + 5 * kafka_app.WAKE_SLACK / 10
    assert all(at >= latest for partition, at, _ in topic.sent if partition == 2)


class _Event:
    def __init__(self, topic: str, partition: int) -> None:
        self.message = type("Message", (), {"topic": topic, "partition": partition})()


def test_a_tick_waits_for_the_backlog_of_its_partition_at_an_assignment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At a takeover the incident changes waiting on a partition are read before its ticks
    release anything they supersede."""
    engine, _ = _engine(monkeypatch)
    consumer.install(engine.app)
    step = Step("alerts", ("incidents", TICK_TOPIC), (), lambda m, t: [])
    engine.app.consumer._committed_offset[TP("incidents", 2)] = 10
    engine.app.consumer.backlog_until({TP("incidents", 2): 12})
    assert not engine.caught_up(step, _Event(TICK_TOPIC, 2))
    assert engine.caught_up(step, _Event(TICK_TOPIC, 3)), "another partition had nothing waiting"
    assert engine.caught_up(step, _Event("incidents", 2)), "the backlog itself is never held"
    engine.app.consumer._committed_offset[TP("incidents", 2)] = 12
    assert engine.caught_up(step, _Event(TICK_TOPIC, 2))

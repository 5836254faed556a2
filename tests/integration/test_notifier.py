"""``newswatch notifier`` against the real broker: alerts on a prefixed ``alerts`` topic reach a
loopback webhook receiver signed, outcomes land on ``deliveries``, and a restarted notifier
resends nothing that was delivered (its offsets were committed)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from streams.delivery.signing import verify
from streams.engines.kafka.admin import ensure_topics, topic_name
from streams.engines.kafka.notifier import run_notifier
from streams.settings import Settings
from tests.factories import make_alert
from tests.unit.streams.delivery.conftest import Receiver, closed_port

ROOT = Path(__file__).resolve().parents[2]
SECRET = "notifier-test-secret"


@pytest.fixture
async def settings(kafka_bootstrap: str, receiver: Receiver, tmp_path: Path):
    settings = Settings(
        kafka_bootstrap=kafka_bootstrap,
        digests_path=tmp_path / "digests.sqlite3",
        topic_prefix=f"nwnotify-{uuid.uuid4().hex[:8]}-",
        topic_partitions=2,
        webhook_url=receiver.url,
        webhook_secret=SECRET,
        kafka_session_timeout=6.0,
        delivery_drain_timeout=2.0,
    )
    await ensure_topics(settings, ("alerts", "deliveries", "dead-letters"))
    yield settings
    await delete_topics(kafka_bootstrap, settings.topic_prefix)


async def delete_topics(kafka_bootstrap: str, prefix: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.delete_topics([t for t in await admin.list_topics() if t.startswith(prefix)])
    finally:
        await admin.close()


@pytest.fixture
async def receiver():
    started = await Receiver().start()
    yield started
    await started.stop()


async def produce(settings: Settings, records: list[tuple[str, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in records:
            await producer.send_and_wait(topic_name(settings, "alerts"), key=key.encode(), value=value)
    finally:
        await producer.stop()


async def read_topic(settings: Settings, name: str) -> list[tuple[str, dict]]:
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        topic = topic_name(settings, name)
        partitions = [TopicPartition(topic, p) for p in range(settings.topic_partitions)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        records = []
        async with asyncio.timeout(30):
            while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
                batch = await consumer.getmany(timeout_ms=500)
                records += [(m.key.decode(), json.loads(m.value)) for msgs in batch.values() for m in msgs]
        return records
    finally:
        await consumer.stop()


async def lag(settings: Settings) -> int:
    """Alerts the notifier group has not committed yet."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.kafka_bootstrap)
    await admin.start()
    await consumer.start()
    try:
        committed = await admin.list_consumer_group_offsets(f"{settings.topic_prefix}newswatch-notifier")
        topic = topic_name(settings, "alerts")
        partitions = [TopicPartition(topic, p) for p in range(settings.topic_partitions)]
        ends = await consumer.end_offsets(partitions)
        done = {tp: meta.offset for tp, meta in committed.items()}
        return sum(max(0, end - max(done.get(tp, 0), 0)) for tp, end in ends.items())
    finally:
        await consumer.stop()
        await admin.close()


async def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.2)


def received_ids(receiver: Receiver) -> list[str]:
    ids = []
    for headers, body in receiver.requests:
        verify(headers, body, SECRET, tolerance_s=120)
        ids.append(json.loads(body)["alert_id"])
    return ids


async def notifier_pass(settings: Settings, receiver: Receiver, expected: int) -> float:
    """Run the notifier until ``expected`` requests arrived and everything is committed; returns
    how long it took to stop once asked."""
    stop = asyncio.Event()
    task = asyncio.create_task(run_notifier(settings, stop))

    async def all_received() -> bool:
        if task.done():
            task.result()
        return len(receiver.requests) >= expected

    async def all_committed() -> bool:
        return await lag(settings) == 0

    try:
        await wait_for(all_received, 60, f"{expected} webhook requests")
        await wait_for(all_committed, 30, "the notifier to commit every alert")
    finally:
        stop.set()
        started = time.monotonic()
        await asyncio.wait_for(task, 15)
    return time.monotonic() - started


async def test_notifier_delivers_signed_webhooks_and_a_restart_resends_nothing(settings, receiver):
    first = [make_alert(f"al-{n}", f"sub-{n % 3}") for n in range(10)]
    await produce(settings, [(a.subscription_id, a.to_json().encode()) for a in first])
    await produce(settings, [("bad", b"{not json")])

    stopped_in = await notifier_pass(settings, receiver, len(first))
    assert stopped_in < 5
    assert sorted(received_ids(receiver)) == sorted(a.alert_id for a in first)

    deliveries = await read_topic(settings, "deliveries")
    assert sorted(key for key, _ in deliveries) == sorted(a.alert_id for a in first)
    assert {(d["output"], d["status"], d["attempts"]) for _, d in deliveries} == {("webhook", "delivered", 1)}
    letters = await read_topic(settings, "dead-letters")
    assert [(letter["stage"], letter["payload"]) for _, letter in letters] == [("notify", "{not json")]

    second = [make_alert(f"al-later-{n}") for n in range(3)]
    await produce(settings, [(a.subscription_id, a.to_json().encode()) for a in second])
    await notifier_pass(settings, receiver, len(first) + len(second))
    ids = received_ids(receiver)
    assert len(ids) == len(first) + len(second)  # nothing delivered before was sent again
    assert sorted(ids) == sorted(a.alert_id for a in first + second)


async def test_the_notifier_command_stops_on_sigterm_within_seconds(settings):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NEWSWATCH_DIGESTS_PATH": str(settings.digests_path),
        "NEWSWATCH_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "NEWSWATCH_TOPIC_PREFIX": settings.topic_prefix,
        "NEWSWATCH_TOPIC_PARTITIONS": str(settings.topic_partitions),
        "NEWSWATCH_WEBHOOK_URL": settings.webhook_url,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "-v", "notifier"], env=env, stderr=subprocess.PIPE
    )
    try:
        lines: list[bytes] = []
        async with asyncio.timeout(60):  # until it has joined its group
            while not any(b"notifier assigned" in line for line in lines):
                lines.append(await asyncio.to_thread(process.stderr.readline))  # type: ignore[union-attr]
                assert process.poll() is None, b"".join(lines).decode()
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        code = await asyncio.to_thread(process.wait, 15)
        assert code == 0 and time.monotonic() - started < 5
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)


async def test_the_notifier_holds_a_digest_subscriptions_alerts_and_sends_one_digest_a_period(
    kafka_bootstrap: str, tmp_path: Path
):
    from tests.unit.streams.delivery.test_digests import HOUR, T0, Wall, alert

    daily, at_once = await Receiver().start(), await Receiver().start()
    subscriptions = tmp_path / "subscriptions.yaml"
    subscriptions.write_text(
        "subscriptions:\n"
        f"  - {{id: daily, places: [idlib], channels: ['{daily.url}'],\n"
        "     policy: {mode: digest, every_hours: 6}}\n"
        f"  - {{id: now, places: [idlib], channels: ['{at_once.url}']}}\n",
        encoding="utf-8",
    )
    settings = Settings(
        kafka_bootstrap=kafka_bootstrap,
        topic_prefix=f"nwdigest-{uuid.uuid4().hex[:8]}-",
        topic_partitions=2,
        subscriptions_file=subscriptions,
        digests_path=tmp_path / "digests.sqlite3",
        webhook_secret=SECRET,
        kafka_session_timeout=6.0,
        delivery_drain_timeout=2.0,
    )
    await ensure_topics(settings, ("alerts", "deliveries", "dead-letters"))
    wall = Wall(T0 + HOUR)
    alerts = [
        alert("a1", "daily", "i1", version=1, killed=7),
        alert("a2", "now", "i1", version=1, killed=7),
        alert("a3", "daily", "i1", version=2, killed=12, kind="update"),
        alert("a4", "daily", "i2", version=1, killed=3),
    ]
    await produce(settings, [(a.subscription_id, a.to_json().encode()) for a in alerts])

    async def running(until, what: str, config: Settings = settings) -> None:  # type: ignore[no-untyped-def]
        stop = asyncio.Event()
        task = asyncio.create_task(run_notifier(config, stop, wall=wall, digest_check=0.2))

        async def reached() -> bool:
            if task.done():
                task.result()
            return await until()

        try:
            await wait_for(reached, 60, what)
        finally:
            stop.set()
            await asyncio.wait_for(task, 15)

    async def held() -> bool:
        return len(at_once.requests) == 1 and await lag(settings) == 0

    async def digest_reported() -> bool:
        keys = [key for key, _ in await read_topic(settings, "deliveries")]
        return len(daily.requests) == 1 and len(keys) == len(alerts) + 1

    try:
        await running(held, "every alert committed: the immediate one sent, the others held")
        assert daily.requests == [], "the digest subscription's channel hears nothing before the period ends"
        wall.at = T0 + 6 * HOUR + 1
        port = closed_port()  # this run serves its metrics (a port serves once per process)
        scraped: list[str] = []

        async def digest_scraped() -> bool:
            if not await digest_reported():
                return False
            async with httpx.AsyncClient() as http:
                scraped.append((await http.get(f"http://127.0.0.1:{port}/metrics")).text)
            return True

        with_metrics = settings.model_copy(update={"metrics_port": port})
        await running(digest_scraped, "the digest and its outcome", with_metrics)
        ((headers, body),) = daily.requests
        verify(headers, body, SECRET, tolerance_s=120)
        digest = json.loads(body)
        assert digest["kind"] == "digest" and digest["subscription_id"] == "daily"
        assert [(a["incident_id"], a["incident"]["headline"]["killed"]) for a in digest["alerts"]] == [
            ("i1", 12), ("i2", 3)
        ]
        deliveries = dict(await read_topic(settings, "deliveries"))
        assert deliveries[digest["digest_id"]]["status"] == "delivered"
        channel = deliveries[digest["digest_id"]]["output"]
        assert channel.startswith("webhook-") and str(daily.port) not in channel, "a name, not the URL"
        assert f'newswatch_deliveries_total{{output="{channel}",status="delivered"}} 1.0' in scraped[-1]

        async def a_while() -> bool:  # a restarted notifier: ten rounds of digest checks
            await asyncio.sleep(2.0)
            return True

        await running(a_while, "a restart")
        assert len(daily.requests) == 1, "a digest is sent once"
    finally:
        await daily.stop()
        await at_once.stop()
        await delete_topics(kafka_bootstrap, settings.topic_prefix)

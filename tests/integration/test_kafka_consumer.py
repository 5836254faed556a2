"""The rewind that keeps a rebalance from losing messages (``streams.engines.kafka.consumer``),
on the real broker: aiokafka's own ``seek_to_committed`` leaves a partition without a commit
where it is, after messages fetched and then dropped; ours rewinds it to its beginning."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.engines.kafka.consumer import position_known, seek_to_committed_or_beginning


async def _fetched_twice_without_commit(kafka_bootstrap: str) -> tuple[AIOKafkaConsumer, str]:
    """A consumer in a fresh group that fetched both messages of a new topic, committed nothing."""
    topic = f"nwtest-rewind-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 1, 1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        for value in (b"first", b"second"):
            await producer.send_and_wait(topic, value)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        group_id=f"{topic}-group",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    await consumer.start()
    seen: list[bytes] = []
    for _ in range(40):
        batch = await consumer.getmany(timeout_ms=500)
        seen += [m.value for msgs in batch.values() for m in msgs]
        if len(seen) == 2:
            break
    assert seen == [b"first", b"second"]
    return consumer, topic


async def _cleanup(kafka_bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.delete_topics([topic])
    finally:
        await admin.close()


async def test_aiokafka_does_not_rewind_a_partition_without_a_commit(kafka_bootstrap: str) -> None:
    consumer, topic = await _fetched_twice_without_commit(kafka_bootstrap)
    try:
        (tp,) = consumer.assignment()
        assert await consumer.seek_to_committed() == {tp: None}
        assert await consumer.position(tp) == 2, "the fetched messages would be skipped"
    finally:
        await consumer.stop()
        await _cleanup(kafka_bootstrap, topic)


async def test_the_worker_rewinds_a_partition_without_a_commit_to_its_beginning(kafka_bootstrap: str) -> None:
    consumer, topic = await _fetched_twice_without_commit(kafka_bootstrap)
    try:
        (tp,) = consumer.assignment()
        assert await seek_to_committed_or_beginning(consumer) == ({tp: None}, {tp: 0})
        assert await consumer.position(tp) == 0
        batch = await consumer.getmany(timeout_ms=5000)
        assert [m.value for m in batch[tp]][:1] == [b"first"], "the dropped message comes again"
    finally:
        await consumer.stop()
        await _cleanup(kafka_bootstrap, topic)


async def test_a_partition_sought_to_its_beginning_has_no_position_until_the_lookup_ends(
    kafka_bootstrap: str,
) -> None:
    """What faust's stall detector must not read: aiokafka's ``position`` asserts meanwhile."""
    consumer, topic = await _fetched_twice_without_commit(kafka_bootstrap)
    try:
        (tp,) = consumer.assignment()
        assert position_known(consumer, tp)
        seeking = asyncio.ensure_future(consumer.seek_to_beginning(tp))
        state = consumer._subscription.subscription.assignment.state_value(tp)
        for _ in range(100):  # until the seek has asked for the lookup
            await asyncio.sleep(0)
            if state.awaiting_reset or seeking.done():
                break
        assert state.awaiting_reset, "the lookup answered before it could be observed"
        assert not position_known(consumer, tp)
        with pytest.raises(AssertionError):
            state.position  # noqa: B018  (what faust reads)
        await seeking
        assert position_known(consumer, tp) and await consumer.position(tp) == 0
    finally:
        await consumer.stop()
        await _cleanup(kafka_bootstrap, topic)

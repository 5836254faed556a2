"""No message is lost when two workers start at the same moment (real Kafka, ``newswatch worker``).

Both workers join the group together, so the group rebalances while the first messages are
being fetched and processed: messages fetched and then dropped at a rebalance must be fetched
again (``streams.engines.kafka.consumer``). Articles are sent from before the workers start
until a few seconds after both are ready, across every rebalance of the start, and each must
come out of the duplicate check (three steps: articles → band-probes → band-verdicts →
checked-articles) exactly as sent.
"""

from __future__ import annotations

import asyncio
import time

from aiokafka import AIOKafkaProducer
from pipeline_run import PipelineRun, kafka_address

from streams.engines.kafka.admin import ensure_topics
from streams.records import Article
from tests.factories import make_article

SEND_EVERY = 0.3  # seconds between articles
AFTER_READY = 5.0  # seconds articles keep coming after both workers are ready
READY_TIMEOUT = 150.0
DRAIN_TIMEOUT = 120.0


def _article(n: int) -> Article:
    text = " ".join(f"كلمة{n}و{i} خبر{i % 7}" for i in range(60))  # no two are near-copies
    return make_article(f"rebalance-{n:04d}", f"عنوان {n}", text)


def _ready(run: PipelineRun) -> bool:
    logs = [p.read_text(errors="replace") for p in sorted(run.workdir.glob("worker-*.log"))]
    return len(logs) == run.workers and all("Worker]: Ready" in log for log in logs)


async def _send_across_the_start(run: PipelineRun) -> set[str]:
    """Start the workers together and send articles until both have been ready a while."""
    producer = AIOKafkaProducer(bootstrap_servers=kafka_address(), acks="all")
    await producer.start()
    sent: set[str] = set()
    try:
        for _ in range(run.workers):
            run.start_worker()
        deadline, ready_at = time.monotonic() + READY_TIMEOUT, None
        while ready_at is None or time.monotonic() < ready_at + AFTER_READY:
            article = _article(len(sent))
            await producer.send_and_wait(
                f"{run.prefix}articles", article.to_json().encode(), key=article.article_id.encode()
            )
            sent.add(article.article_id)
            if ready_at is None and _ready(run):
                ready_at = time.monotonic()
            assert time.monotonic() < deadline, f"workers not ready; logs in {run.workdir}"
            await asyncio.sleep(SEND_EVERY)
    finally:
        await producer.stop()
    return sent


async def _checked(run: PipelineRun, expected: set[str]) -> list[str]:
    """Article ids on ``checked-articles`` once all expected are there (or the time is up)."""
    deadline = time.monotonic() + DRAIN_TIMEOUT
    while True:
        checked = [record["article_id"] for record in await run.read_topic("checked-articles")]
        if set(checked) >= expected or time.monotonic() > deadline:
            return checked
        await asyncio.sleep(2.0)


async def _run() -> None:
    run = PipelineRun(workers=2, partitions=4)
    await ensure_topics(run.settings())  # as the crawler would have; the workers add the rest
    try:
        sent = await _send_across_the_start(run)
        checked = await _checked(run, sent)
        missing = sorted(sent - set(checked))
        assert not missing, (
            f"{len(missing)} of {len(sent)} articles never processed: {missing[:10]}; "
            f"logs in {run.workdir}\n{await run.stall_report()}"
        )
        assert len(checked) == len(set(checked)), "an article released twice (a replay multiplied)"
    finally:
        run.stop_workers()
        await run.cleanup()
    run.remove_logs()  # reached only when the run passed


def test_two_workers_started_together_process_every_message(kafka_bootstrap: str) -> None:
    asyncio.run(_run())

"""Distributed engine: articles/s through Kafka + Faust + Elasticsearch, and publish→alert latency.

Needs the real services (``infra/services.sh start``). Two measurements:

throughput  N synthetic articles (fixture reports, each padded with its own filler words so none
            is a near-copy of another) are produced to ``articles`` at once; the clock stops
            when all are indexed. Run with 1 and with 2 worker processes (8 partitions).
latency     the fixture outlets are crawled by the crawler service (re-discovery every
            ``--recrawl`` s) with one worker; once all is indexed, a held-back report is
            published to its feed and the clock stops at its alert on the ``alerts`` topic.
            Each sample is a fresh run (own topics), so the report is new every time.

    .venv/bin/python bench/bench_kafka_pipeline.py [--articles 300] [--samples 5]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "integration")]

from pipeline_run import PipelineRun, check_services, es_address, kafka_address  # noqa: E402

from crawlers.crawl import Crawler  # noqa: E402
from crawlers.fetch import new_client  # noqa: E402
from crawlers.fixture_sites import FixtureSites  # noqa: E402
from indexer.elastic import connect  # noqa: E402
from streams.engines.kafka.admin import ensure_topics  # noqa: E402
from streams.records import Article, CrawlRequest, stable_id  # noqa: E402

HELD_BACK = ("sham", "bab-car-bomb-toll-rises")
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


async def fixture_articles(sites: FixtureSites) -> list[Article]:
    """The fixture reports, fetched and cleaned once (no Kafka)."""
    settings = PipelineRun().settings()
    pages = [p for p in sites.pages if p.expected == "article" and p.published]
    async with new_client(settings) as client:
        crawler = Crawler(client, settings)
        requests = [CrawlRequest(url=p.url, source_id=p.outlet_id, discovered_at="") for p in pages]
        return [await crawler.crawl(request) for request in requests]


def variant(base: Article, n: int, rng: random.Random) -> Article:
    filler = " ".join("".join(rng.choices(LETTERS, k=5)) for _ in range(150))
    now = datetime.now(UTC).isoformat()
    return Article.from_dict(
        {
            **base.to_dict(),
            "article_id": stable_id("bench", n),
            "url": f"{base.url}?v={n}",
            "canonical_url": f"{base.canonical_url}?v={n}",
            "text": f"{base.text}\n{filler}",
            "content_hash": stable_id("bench-hash", n),
            "fetched_at": now,
            "signature": [],
        }
    )


async def wait_ready(run: PipelineRun, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        logs = [p.read_text(errors="replace") for p in sorted(run.workdir.glob("worker-*.log"))]
        if len(logs) == run.workers and all("Worker]: Ready" in log for log in logs):
            return
        await asyncio.sleep(0.5)
    raise TimeoutError(f"workers not ready; logs in {run.workdir}")


async def throughput(bases: list[Article], workers: int, count: int) -> float:
    run = PipelineRun(workers=workers, partitions=8)
    await ensure_topics(run.settings())
    es = connect(es_address())
    producer = AIOKafkaProducer(bootstrap_servers=kafka_address(), linger_ms=5, acks="all")
    await producer.start()
    try:
        for _ in range(workers):
            run.start_worker()
        await wait_ready(run)
        rng = random.Random(7)
        warmup = variant(bases[0], -1, rng)
        key = warmup.article_id.encode()
        await producer.send_and_wait(f"{run.prefix}articles", warmup.to_json().encode(), key=key)
        while (await run.counts(es))[0] < 1:
            await asyncio.sleep(0.2)
        await asyncio.sleep(3)  # let the group settle after the first rebalance
        articles = [variant(bases[i % len(bases)], i, rng) for i in range(count)]
        started = time.monotonic()
        for article in articles:
            await producer.send(
                f"{run.prefix}articles", article.to_json().encode(), key=article.article_id.encode()
            )
        await producer.flush()
        deadline = started + 300
        while (indexed := (await run.counts(es))[0]) < count + 1:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{indexed - 1}/{count} indexed after 300 s; logs in {run.workdir}")
            await asyncio.sleep(0.2)
        return count / (time.monotonic() - started)
    finally:
        await producer.stop()
        run.stop_workers()
        await es.close()
        await run.cleanup()


async def first_alert_after(run: PipelineRun, timeout: float = 120) -> float:
    """Seconds until the next record on the alerts topic, counted from the call."""
    started = time.monotonic()
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_address(), enable_auto_commit=False)
    await consumer.start()
    try:
        parts = consumer.partitions_for_topic(f"{run.prefix}alerts") or set()
        if not parts:
            await consumer._client.force_metadata_update()
            parts = consumer.partitions_for_topic(f"{run.prefix}alerts") or set()
        tps = [TopicPartition(f"{run.prefix}alerts", p) for p in parts]
        consumer.assign(tps)
        await consumer.seek_to_end(*tps)
        return await _next_record(consumer, started, timeout)
    finally:
        await consumer.stop()


async def _next_record(consumer: AIOKafkaConsumer, started: float, timeout: float) -> float:
    while time.monotonic() - started < timeout:
        batch = await consumer.getmany(timeout_ms=100)
        if any(batch.values()):
            return time.monotonic() - started
    raise TimeoutError("no alert after publishing")


async def latency_sample(recrawl: float) -> float:
    run = PipelineRun(workers=1, partitions=8, settle_seconds=3.0)
    measured: list[float] = []
    async with FixtureSites(slow_delay=0.5) as sites:
        expected = [p for p in sites.pages if p.expected in ("article", "duplicate")]
        run.midway_at = len(expected) - 1

        async def publish(r: PipelineRun) -> None:
            await asyncio.sleep(3)  # let the last alerts of the first crawl drain
            waiting = asyncio.create_task(first_alert_after(r))
            await asyncio.sleep(0.5)  # the consumer is positioned at the end
            published = time.monotonic()
            await sites.publish(*HELD_BACK)
            await waiting
            measured.append(time.monotonic() - published)

        settings = run.settings
        run.settings = lambda: settings().model_copy(update={"poll_floor": recrawl})  # type: ignore[method-assign]
        try:
            await run.run(sites, midway=publish, expected_articles=len(expected), timeout=240)
        finally:
            await run.cleanup()
    return measured[0]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--recrawl", type=float, default=1.0)
    args = parser.parse_args()
    if problem := await check_services():
        sys.exit(f"{problem}; start them with infra/services.sh start")
    async with FixtureSites(slow_delay=0.0) as sites:
        bases = await fixture_articles(sites)
    for workers in (1, 2):
        try:
            rate = await throughput(bases, workers, args.articles)
        except TimeoutError as exc:
            print(f"throughput  {workers} worker(s): stalled ({exc})")
        else:
            print(f"throughput  {workers} worker(s): {rate:7.1f} articles/s ({args.articles} articles)")
    samples = [await latency_sample(args.recrawl) for _ in range(args.samples)]
    print(
        f"latency publish→alert ({len(samples)} samples, re-discovery every {args.recrawl}s): "
        f"p50 {statistics.median(samples):.2f}s  p95 {pct(samples, 0.95):.2f}s  "
        f"max {max(samples):.2f}s"
    )


if __name__ == "__main__":
    asyncio.run(main())

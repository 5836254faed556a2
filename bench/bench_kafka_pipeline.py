"""Kafka engine: articles/s, CPU per worker, article → alert latency, worker memory.

Needs the real services (``infra/services.sh start``). Articles are the fixture reports,
fetched and cleaned once, re-published as a realistic mix: incidents of 1–3 reports (60/30/10 %),
each report its own text (the base report plus words of its own, so no two are near-copies), one
incident in ten also syndicated (an exact copy under another URL). Incidents are told apart by
publication dates a week apart.

throughput  N articles are produced at once; the clock stops at the last incident version a
            worker wrote (read from the messages' timestamps: polling for the end would add up
            to a commit interval and a poll to every run), counted once every article is out of
            the duplicate check and the workers' group has committed all its input (lag 0).
            1 and 2 worker processes, 8 partitions; CPU seconds of each process over that time,
            and of the whole machine (the broker shares its cores with the workers).
latency     articles are produced at ``--rate``/s (below saturation) to one worker; each alert's
            latency is from the send of the report that made it to the alert on ``alerts``.
            Once per ``--settle`` value: the settle window (``NEWSWATCH_ALERT_SETTLE``) is part
            of it by design, so the default runs the shipped 2 s and 0 (the pipeline's own time).
steps       ``--steps`` articles through the same steps without Kafka (in one process, tables in
            dicts): the steps' own CPU per article, the messages and table writes per article
            that a worker sends to Kafka besides, and the process's RSS after 1k, 2k, 5k, 10k
            (``--steps-window`` s: state windows short enough for expiry to run). With
            ``--workers "" --rate 0`` nothing else runs, and no service is needed.
memory      one worker, ``--memory`` articles in chunks of 500 (each drained before the next:
            the backlog stays that of a steady feed); its RSS after 1k, 5k and 10k, with the
            state windows set short (``--window`` s) so that expiry is exercised.

Every wait is bounded: a stall is reported, not waited on forever.

    .venv/bin/python bench/bench_kafka_pipeline.py [--articles 1000] [--rate 5] [--memory 10000]
    .venv/bin/python bench/bench_kafka_pipeline.py --steps 10000 --steps-window 10 --workers "" --rate 0
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "integration")]

from pipeline_run import PipelineRun, check_services, kafka_address, worker_inputs  # noqa: E402

from bench.eval_extraction import SETS as EVAL_SETS  # noqa: E402
from crawlers.crawl import Crawler  # noqa: E402
from crawlers.fetch import new_client  # noqa: E402
from crawlers.fixture_sites import FixtureSites  # noqa: E402
from streams.engines.embedded.router import Router  # noqa: E402
from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, ensure_topics  # noqa: E402
from streams.extraction.extract import article_from_text  # noqa: E402
from streams.pipeline import settle  # noqa: E402
from streams.pipeline.alerts import Matcher  # noqa: E402
from streams.pipeline.steps import Out  # noqa: E402
from streams.pipeline.subscriptions import load_subscriptions  # noqa: E402
from streams.pipeline.topology import (  # noqa: E402
    TICK_TOPIC,
    Message,
    StateWindows,
    Step,
    Tables,
    pipeline_steps,
)
from streams.records import Alert, Article, CrawlRequest, stable_id  # noqa: E402

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
READY_TIMEOUT = 180.0
CHUNK = 500  # articles sent at once in the memory run
CLK_TCK = os.sysconf("SC_CLK_TCK")
WORLD_SETS = ("world", *(f"blind{n}" for n in ("", *range(2, 18))))


def world_articles() -> list[Article]:
    """The violent reports of the world-wide evaluation sets (world and blind sets: about 30
    countries): a news mix in which the merge's keys, countries, are many. The fixture
    outlets' stories are all Syrian, so with them every merge of a run falls on one key."""
    articles = []
    for name in WORLD_SETS:
        for report in yaml.safe_load(EVAL_SETS[name].read_text(encoding="utf-8")):
            if report["gold"].get("no_events"):
                continue
            url = f"https://bench.invalid/{name}/{report['id']}"
            article = article_from_text(report["text"], report.get("published"), url)
            articles.append(Article.from_dict({**article.to_dict(), "source_id": f"bench-{name}"}))
    return articles


async def fixture_articles(sites: FixtureSites) -> list[Article]:
    """The fixture reports, fetched and cleaned once (no Kafka)."""
    settings = PipelineRun().settings()
    pages = [p for p in sites.pages if p.expected == "article" and p.published]
    async with new_client(settings) as client:
        crawler = Crawler(client, settings)
        requests = [CrawlRequest(url=p.url, source_id=p.outlet_id, discovered_at="") for p in pages]
        return [await crawler.crawl(request) for request in requests]


def mix(bases: list[Article], count: int, seed: int = 7) -> list[Article]:
    """``count`` articles: incidents of 1–3 reports, one in ten syndicated once more."""
    rng = random.Random(seed)
    articles: list[Article] = []
    incident = 0
    while len(articles) < count:
        base = bases[incident % len(bases)]
        day = date(2020, 1, 1) + timedelta(days=7 * incident)
        for _ in range(rng.choices((1, 2, 3), (6, 3, 1))[0]):
            articles.append(_report(base, len(articles), day, rng))
        if incident % 10 == 0:
            copy = {**articles[-1].to_dict(), "url": f"{articles[-1].url}&c"}
            articles.append(Article.from_dict({**copy, "article_id": stable_id("bench", len(articles))}))
        incident += 1
    return articles[:count]


def _report(base: Article, n: int, day: date, rng: random.Random) -> Article:
    filler = " ".join("".join(rng.choices(LETTERS, k=5)) for _ in range(150))
    return Article.from_dict(
        {
            **base.to_dict(),
            "article_id": stable_id("bench", n),
            "url": f"{base.url}?v={n}",
            "canonical_url": f"{base.canonical_url}?v={n}",
            "text": f"{base.text}\n{filler}",
            "content_hash": stable_id("bench-hash", n),
            "published_at": day.isoformat(),
            "fetched_at": datetime.now(UTC).isoformat(),
            "signature": [],
        }
    )


def broker_pid() -> int | None:
    """The local Kafka broker's process (``infra/services.sh``), found by its main class; None
    when the broker runs elsewhere."""
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            if b"kafka.Kafka" in cmdline.read_bytes().split(b"\0"):
                return int(cmdline.parent.name)
    return None


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


@contextlib.asynccontextmanager
async def workers_up(run: PipelineRun) -> Any:
    await ensure_topics(run.settings(), PUBLIC_TOPICS + INTERNAL_TOPICS)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_address(), linger_ms=5, acks="all")
    await producer.start()
    try:
        for _ in range(run.workers):
            run.start_worker()
        await wait_ready(run)
        yield producer
    finally:
        await producer.stop()
        run.stop_workers()
        await run.cleanup()


async def wait_ready(run: PipelineRun) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        logs = [p.read_text(errors="replace") for p in sorted(run.workdir.glob("worker-*.log"))]
        if len(logs) == run.workers and all("Worker]: Ready" in log for log in logs):
            return
        await asyncio.sleep(0.5)
    raise TimeoutError(f"workers not ready after {READY_TIMEOUT:.0f}s; logs in {run.workdir}")


async def send(producer: AIOKafkaProducer, run: PipelineRun, articles: list[Article]) -> None:
    for article in articles:
        key = article.article_id.encode()
        await producer.send(f"{run.prefix}articles", article.to_json().encode(), key=key)
    await producer.flush()


async def drained(run: PipelineRun, count: int, timeout: float) -> None:
    """Wait until ``count`` articles are out of the duplicate check and the group's lag is 0."""
    deadline = time.monotonic() + timeout
    checked = 0
    while time.monotonic() < deadline:
        if exited := [p.args for p in run.processes if p.poll() is not None]:
            raise TimeoutError(f"a worker exited ({exited}); logs in {run.workdir}")
        checked = await topic_count(run, "checked-articles")
        if checked >= count and await run.group_lag("newswatch", worker_inputs()) == 0:
            return
        await asyncio.sleep(1.0)
    raise TimeoutError(f"stalled: {checked}/{count} checked after {timeout:.0f}s; logs in {run.workdir}")


async def last_written(run: PipelineRun, names: tuple[str, ...]) -> float:
    """The wall-clock time (s) of the latest message on the topics ``names`` (its CreateTime,
    set by the worker that produced it)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_address())
    await consumer.start()
    try:
        await consumer._client.force_metadata_update()
        parts = [
            TopicPartition(f"{run.prefix}{name}", p)
            for name in names
            for p in consumer.partitions_for_topic(f"{run.prefix}{name}") or ()
        ]
        ends = {tp: end for tp, end in (await consumer.end_offsets(parts)).items() if end}
        consumer.assign(list(ends))
        for tp, end in ends.items():
            consumer.seek(tp, end - 1)
        latest, missing = 0.0, set(ends)
        deadline = time.monotonic() + 30
        while missing and time.monotonic() < deadline:
            for tp, messages in (await consumer.getmany(timeout_ms=500)).items():
                missing.discard(tp)
                latest = max([latest, *(m.timestamp / 1000 for m in messages)])
        if missing:
            raise TimeoutError(f"could not read the last message of {sorted(map(str, missing))}")
        return latest
    finally:
        await consumer.stop()


def machine_cpu_seconds() -> float:
    """Busy CPU seconds of the whole machine, all cores (idle and I/O wait excluded)."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / CLK_TCK


async def topic_count(run: PipelineRun, name: str) -> int:
    """Messages on a topic (end offsets; the topic is only ever appended to)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka_address())
    await consumer.start()
    try:
        topic = f"{run.prefix}{name}"
        parts = consumer.partitions_for_topic(topic) or set()
        if not parts:
            await consumer._client.force_metadata_update()
            parts = consumer.partitions_for_topic(topic) or set()
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in parts])
        return sum(ends.values())
    finally:
        await consumer.stop()


async def throughput(bases: list[Article], workers: int, count: int) -> str:
    run = PipelineRun(workers=workers, partitions=8)
    async with workers_up(run) as producer:
        warmup = mix(bases, 1, seed=1)
        await send(producer, run, warmup)
        await drained(run, 1, 120)
        await asyncio.sleep(3)  # let the group settle after the first rebalance
        articles = [a for a in mix(bases, count) if a.article_id != warmup[0].article_id]
        pids = [p.pid for p in run.processes]
        # the broker and this process (producing, polling the lag) share the cores with the
        # workers: their CPU says how much of the machine the workers had
        others = {name: pid for name, pid in (("broker", broker_pid()), ("benchmark", os.getpid())) if pid}
        cpu_before = [cpu_seconds(pid) for pid in pids]
        others_before = {name: cpu_seconds(pid) for name, pid in others.items()}
        machine_before = machine_cpu_seconds()
        started, wall_started = time.monotonic(), time.time()
        await send(producer, run, articles)
        await drained(run, len(articles) + 1, 600)
        polled = time.monotonic() - started
        # CPU over the whole wait (the processes' counters cannot be read back in time); idle
        # seconds after the last output lower these figures slightly
        cpu = [(cpu_seconds(pid) - before) / polled for pid, before in zip(pids, cpu_before, strict=True)]
        machine = (machine_cpu_seconds() - machine_before) / polled
        besides = ", ".join(
            f"{name} {(cpu_seconds(others[name]) - before) / polled:.0%}"
            for name, before in others_before.items()
        )
        elapsed = await last_written(run, ("checked-articles", "events", "incidents")) - wall_started
        incidents = await topic_count(run, "incidents")
        rate = len(articles) / elapsed
        return (
            f"throughput  {workers} worker(s): {rate:6.1f} articles/s ({len(articles)} articles, "
            f"{elapsed:.1f}s to the last output, {polled:.0f}s to lag 0 seen; {incidents} incident "
            "versions); CPU per worker "
            + ", ".join(f"{c:.0%}" for c in cpu)
            + f"; {besides}; machine {machine:.0%} of {100 * (os.cpu_count() or 1)}%"
            + f"; load {os.getloadavg()[0]:.1f}"
        )


async def latency(bases: list[Article], rate: float, seconds: float, settle_seconds: float) -> str:
    run = PipelineRun(workers=1, partitions=8)
    run.extra_env = {"NEWSWATCH_ALERT_SETTLE": str(settle_seconds)}
    async with workers_up(run) as producer:
        articles = mix(bases, int(rate * seconds), seed=3)
        sent_at: dict[str, float] = {}
        alerts: list[tuple[float, Alert]] = []
        reader = asyncio.create_task(read_alerts(run, alerts))
        try:
            await asyncio.sleep(1.0)
            for article in articles:
                await producer.send_and_wait(
                    f"{run.prefix}articles", article.to_json().encode(), key=article.article_id.encode()
                )
                sent_at[article.article_id] = time.monotonic()
                await asyncio.sleep(1 / rate)
            await drained(run, len(articles), 300)
            await asyncio.sleep(15)  # held alerts are released after the settle window
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
    samples = [at - max(sent_at.get(r.article_id or "", 0.0) for r in a.incident.reports) for at, a in alerts]
    if not samples:
        return "latency: no alert"
    return (
        f"latency article→alert, settle {settle_seconds:g}s ({len(samples)} alerts, {rate}/s, one worker): "
        f"p50 {statistics.median(samples):.2f}s  p95 {pct(samples, 0.95):.2f}s  max {max(samples):.2f}s"
    )


async def read_alerts(run: PipelineRun, into: list[tuple[float, Alert]]) -> None:
    consumer = AIOKafkaConsumer(
        f"{run.prefix}alerts", bootstrap_servers=kafka_address(), auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=100)
            now = time.monotonic()
            into += [(now, Alert.from_json(m.value)) for msgs in batch.values() for m in msgs]
    finally:
        await consumer.stop()


class CountedTable(dict[str, Any]):
    """A step table that counts its writes and their bytes (each is a changelog message in a
    worker, its value JSON as faust writes it)."""

    def __init__(self, writes: Counter[str], sizes: Counter[str], name: str) -> None:
        super().__init__()
        self.writes, self.sizes, self.name = writes, sizes, name

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes[self.name] += 1
        self.sizes[self.name] += len(key.encode()) + len(json.dumps(value, ensure_ascii=False).encode())
        super().__setitem__(key, value)


def counting(step: Step, sizes: Counter[str]) -> Step:
    """``step`` adding the bytes of every message it sends to ``sizes`` (by topic)."""

    def handle(message: Message, tables: Tables) -> list[Out]:
        outs = step.handle(message, tables)
        for out in outs:
            sizes[out.topic] += len(out.key.encode()) + len(out.value.encode())
        return outs

    return dataclasses.replace(step, handle=handle)


def steps_alone(bases: list[Article], count: int, window: float = 0.0) -> str:
    """The pipeline's steps on ``count`` articles in this process: CPU per article, what a
    worker would send to Kafka for them (outputs per topic, table writes per table, and their
    bytes), and this process's RSS as the articles go through. The clock moves a second every
    20 articles; ``window``: the state windows (0: the shipped ones, which nothing outlives in
    such a run)."""
    matcher = Matcher(load_subscriptions(ROOT / "streams" / "data" / "demo_subscriptions.yaml"))
    clock = [0.0]
    writes: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    steps = [
        counting(step, sizes)
        for step in pipeline_steps(
            matcher, clock=lambda: clock[0], band_shards=PipelineRun().settings().band_shards,
            windows=StateWindows(window, window) if window else None,
        )
    ]
    tables = {name: CountedTable(writes, sizes, name) for step in steps for name in step.tables}
    router = Router(steps, tables, lambda out: None)
    articles = mix(bases, count)
    marks, readings = set(checkpoints(count)), []
    started = time.process_time()
    for n, article in enumerate(articles):
        value = article.to_json()
        sizes["articles"] += len(article.article_id.encode()) + len(value.encode())
        router.send("articles", article.article_id, value)
        if n % 20 == 0:  # a tick per partition every 20 articles: held alerts are released
            clock[0] += 1.0
            for partition in range(8):
                router.send(TICK_TOPIC, str(partition), settle.tick(clock[0] + 10))
        if n + 1 in marks:
            readings.append(f"{n + 1}: {rss_mib(os.getpid()):.0f} MiB")
    cpu = time.process_time() - started  # the byte counting included: a few % of it
    kib = sum(sizes.values()) / count / 1024
    lines = [
        f"steps alone: {count / cpu:.1f} articles/s on one core ({1000 * cpu / count:.1f} ms each); "
        f"{kib:.1f} KiB written to Kafka per article"
    ]
    lines += [
        f"  topic {name:<22} {n / count:6.2f} per article, {sizes[name] / count / 1024:6.1f} KiB"
        for name, n in sorted(router.sent.items())
    ]
    lines += [
        f"  table {name:<22} {n / count:6.2f} writes per article, {sizes[name] / count / 1024:6.1f} KiB"
        for name, n in sorted(writes.items())
    ]
    kept = f"state windows {window:.0f}s" if window else "the shipped state windows"
    lines.append(f"  RSS of this process after ({kept}): " + ", ".join(readings))
    return "\n".join(lines)


async def memory(bases: list[Article], total: int, window: float) -> str:
    run = PipelineRun(workers=1, partitions=8)
    run.extra_env = {"NEWSWATCH_DEDUP_WINDOW": str(window), "NEWSWATCH_INCIDENT_WINDOW": str(window)}
    readings = []
    async with workers_up(run) as producer:
        articles = mix(bases, total, seed=5)
        done = 0
        for mark in checkpoints(total):
            while done < mark:  # a backlog of at most CHUNK articles, as under a steady feed
                step = min(mark, done + CHUNK)
                await send(producer, run, articles[done:step])
                await drained(run, step, 900)
                done = step
            readings.append(f"{mark}: {rss_mib(run.processes[0].pid):.0f} MiB")
            print(f"worker RSS after {readings[-1]}", flush=True)
    return f"worker RSS after (state window {window:.0f}s): " + ", ".join(readings)


def checkpoints(total: int) -> Iterator[int]:
    yield from (mark for mark in (1000, 2000, 5000, 10_000) if mark < total)
    yield total


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", default="1,2", help="worker counts for throughput")
    parser.add_argument("--rate", type=float, default=5.0, help="articles/s for the latency run")
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument("--settle", default="2.5,0", help="settle windows (s) of the latency runs")
    parser.add_argument("--memory", type=int, default=0, help="articles for the memory run (0: skip)")
    parser.add_argument("--window", type=float, default=60.0, help="state window of the memory run")
    parser.add_argument("--steps", type=int, default=0, help="articles through the steps alone (0: skip)")
    parser.add_argument(
        "--steps-window", type=float, default=0.0,
        help="state windows (s) of the steps alone (0: the shipped ones)",
    )
    parser.add_argument(
        "--stories", choices=("fixtures", "world"), default="fixtures",
        help="the fixture outlets' Syrian reports, or the world-wide evaluation sets' reports",
    )
    args = parser.parse_args()
    if args.stories == "world":
        bases = world_articles()
    else:
        async with FixtureSites(slow_delay=0.0) as sites:
            bases = await fixture_articles(sites)
    if args.steps:
        print(steps_alone(bases, args.steps, args.steps_window), flush=True)
        if not (args.workers or args.rate or args.memory):
            return
    if problem := await check_services():
        sys.exit(f"{problem}; start them with infra/services.sh start")
    for workers in (int(w) for w in args.workers.split(",") if w):
        try:
            print(await throughput(bases, workers, args.articles), flush=True)
        except TimeoutError as exc:
            print(f"throughput  {workers} worker(s): {exc}", flush=True)
    for settle_seconds in (float(s) for s in args.settle.split(",") if s and args.rate > 0):
        try:
            print(await latency(bases, args.rate, args.latency_seconds, settle_seconds), flush=True)
        except TimeoutError as exc:
            print(f"latency: {exc}", flush=True)
    if args.memory:
        try:
            print(await memory(bases, args.memory, args.window), flush=True)
        except TimeoutError as exc:
            print(f"memory: {exc}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())

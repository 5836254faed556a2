"""Freshness: publication → alert latency with per-target scheduling vs the old fixed pass.

50 generated outlets on loopback (``crawlers.fixture_sites.generated``) publish stories at
random times while the embedded engine crawls them continuously (``run_forever``) with the
shipped polling settings; every story is its own incident and a catch-all subscription alerts
on each. Measured per published story, from the moment the outlet made it public: when its
page was fetched and when its alert was raised. Politeness: requests per host per minute and
the shortest gap between two requests to one host (robots.txt asks for ``--crawl-delay``).

``--mode fixed`` runs the same with every target polled together every 300 s (floor = ceiling
= 300 s, no jitter): the old ``recrawl_interval`` pass.

``--engine kafka`` runs the same scenario through the Kafka engine against the real broker
(``NEWSWATCH_TEST_KAFKA``, default 127.0.0.1:9092) under a topic prefix of its own, removed
afterwards: the crawler service in this process (beside the outlets, as the embedded engine
is), one Faust worker subprocess, and the ``alerts`` topic read back. The publication clock
starts once the worker is ready and the crawler has fetched the outlets' initial stories.
Every wait is bounded.

    .venv/bin/python -m bench.bench_freshness [--mode adaptive|fixed] [--engine embedded|kafka]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import random
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from crawlers.fixture_sites.generated import GeneratedOutlets, Publication
from crawlers.loop import CrawlStats
from crawlers.urls import article_id
from indexer.sqlite_store import SqliteStore
from streams.engines.embedded.runner import EmbeddedPipeline
from streams.ops.metrics import seconds_between
from streams.pipeline.alerts import Matcher, load_subscriptions
from streams.records import Alert
from streams.settings import Settings
from streams.wiring import embedded_processor

SUBSCRIPTION = "subscriptions:\n  - {id: all, name: every incident with a death, min_killed: 1}\n"
MODES = {
    "adaptive": {},
    "fixed": {"poll_floor": 300.0, "breaking_poll_floor": 300.0, "poll_ceiling": 300.0, "poll_jitter": 0.0},
}
INITIAL_TIMEOUT = 180.0  # Kafka: the crawler joins its group and fetches the initial stories
STOP_TIMEOUT = 60.0
DRAIN_SECONDS = 10.0


class Collect:
    def __init__(self) -> None:
        self.alerts: list[Alert] = []

    def submit(self, alert: Alert) -> None:
        self.alerts.append(alert)


async def publish_randomly(outlets: GeneratedOutlets, window: float, rng: random.Random) -> None:
    """Each outlet's held stories at uniformly random moments within ``window`` seconds."""
    plan = sorted(
        (rng.uniform(5.0, window), outlet_id)
        for outlet_id in outlets.outlets
        for _ in range(outlets.remaining(outlet_id))
    )
    start = time.monotonic()
    for at, outlet_id in plan:
        await asyncio.sleep(max(0.0, start + at - time.monotonic()))
        await outlets.publish(outlet_id)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def politeness(outlets: GeneratedOutlets) -> tuple[float, float, float]:
    """(max requests to one host in any 60 s, mean per host per minute, shortest gap in s)."""
    by_host: dict[str, list[float]] = defaultdict(list)
    for entry in outlets.requests:
        if entry.path != "/robots.txt":  # read once per host, before politeness can apply
            by_host[entry.host].append(entry.at)
    worst, gap, rates = 0, float("inf"), []
    for times in by_host.values():
        times.sort()
        j = 0
        for i, t in enumerate(times):
            while times[j] < t - 60.0:
                j += 1
            worst = max(worst, i - j + 1)
        gap = min([gap, *(b - a for a, b in itertools.pairwise(times))])
        span = max(times[-1] - times[0], 60.0)
        rates.append(len(times) / span * 60.0)
    return worst, statistics.mean(rates), gap


def latencies(
    pubs: list[Publication], alerts: list[Alert], fetched_at: dict[str, str]
) -> dict[str, list[float]]:
    """Per story: publication → its page's ``fetched_at`` and → the first alert carrying it."""
    raised: dict[str, str] = {}
    for alert in alerts:
        for report in alert.incident.reports:
            if report.article_id and report.article_id not in raised:
                raised[report.article_id] = alert.raised_at
    result: dict[str, list[float]] = {"fetch": [], "alert": [], "missed": []}
    for pub in pubs:
        key = article_id(pub.url)
        published = pub.at.isoformat()
        if key not in fetched_at or key not in raised:
            result["missed"].append(1.0)
            continue
        result["fetch"].append(seconds_between(published, fetched_at[key]) or 0.0)
        result["alert"].append(seconds_between(published, raised[key]) or 0.0)
    return result


async def run(
    engine: str, mode: str, outlets_n: int, window: float, duration: float, crawl_delay: float
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="nw-fresh-"))
    subscriptions = folder / "subscriptions.yaml"
    subscriptions.write_text(SUBSCRIPTION, encoding="utf-8")
    async with GeneratedOutlets(outlets_n, stories=4, initial=1, seed=42, crawl_delay=crawl_delay) as outlets:
        initial = len(outlets.published)
        crawl = crawl_kafka if engine == "kafka" else crawl_embedded
        alerts, fetched_at, stats = await crawl(outlets, folder, subscriptions, MODES[mode], window, duration)
        measured = latencies(outlets.published[initial:], alerts, fetched_at)
        worst, mean_rate, gap = politeness(outlets)
    fetch, alert = measured["fetch"], measured["alert"]
    print(f"engine={engine} mode={mode} outlets={outlets_n} published={len(outlets.published) - initial} "
          f"in {window:.0f}s, run {duration:.0f}s, crawl-delay {crawl_delay:g}s")
    if alert:
        for name, values in (("publication → fetched", fetch), ("publication → alert", alert)):
            print(f"  {name}: p50 {percentile(values, 0.5):.1f}s  p95 {percentile(values, 0.95):.1f}s  "
                  f"max {max(values):.1f}s  (n={len(values)})")
    print(f"  stories without an alert by the end: {len(measured['missed'])}")
    print(f"  requests per host: max {worst} in any 60 s, mean {mean_rate:.1f}/min; "
          f"shortest gap between two requests to one host {gap:.2f}s")
    print(f"  fetched {stats.fetched}, alerts {len(alerts)}, failing sources {len(stats.failing())}, "
          f"finished {datetime.now().isoformat(timespec='seconds')}")


Crawled = tuple[list[Alert], dict[str, str], CrawlStats]


async def crawl_embedded(
    outlets: GeneratedOutlets, folder: Path, subscriptions: Path, mode: dict[str, Any], window: float,
    duration: float,
) -> Crawled:
    """The embedded engine over the outlets while they publish; its alerts, fetch times, counts."""
    settings = Settings(store_path=folder / "fresh.sqlite3", allow_private_hosts=("127.0.0.1",), **mode)
    collect = Collect()
    with SqliteStore(settings.store_path) as store:
        processor = embedded_processor(settings, store, Matcher(load_subscriptions(subscriptions)))
        stop = asyncio.Event()
        async with EmbeddedPipeline(settings, store, processor, alerts=collect) as pipeline:
            running = asyncio.create_task(pipeline.run_forever(outlets.sources, stop))
            started = time.monotonic()
            await publish_randomly(outlets, window, random.Random(7))
            await asyncio.sleep(max(0.0, started + duration - time.monotonic()))
            stop.set()
            stats = await running
        fetched_at = {a.article_id: a.fetched_at for a in store.articles() if a.fetched_at}
    return collect.alerts, fetched_at, stats


async def crawl_kafka(
    outlets: GeneratedOutlets, folder: Path, subscriptions: Path, mode: dict[str, Any], window: float,
    duration: float,
) -> Crawled:
    """The Kafka engine over the outlets: the crawler service here, one Faust worker process."""
    # the helpers that start and read the real services (tests/integration/pipeline_run.py)
    from bench.bench_kafka_pipeline import PipelineRun, kafka_address, read_alerts, workers_up
    from streams.engines.kafka.crawler_service import CrawlerService

    run = PipelineRun(workers=1, extra_env={"NEWSWATCH_SUBSCRIPTIONS_FILE": str(subscriptions)})
    settings = Settings(
        kafka_bootstrap=kafka_address(), topic_prefix=run.prefix, topic_partitions=run.partitions,
        allow_private_hosts=("127.0.0.1",), kafka_session_timeout=8.0, **mode,
    )
    received: list[tuple[float, Alert]] = []
    async with workers_up(run):
        reader = asyncio.create_task(read_alerts(run, received))
        service = CrawlerService(settings, outlets.sources)
        stop = asyncio.Event()
        crawler = asyncio.create_task(service.run(stop))
        try:
            await _until(lambda: service.stats.fetched >= len(outlets.published), INITIAL_TIMEOUT, crawler)
            started = time.monotonic()
            await publish_randomly(outlets, window, random.Random(7))
            await asyncio.sleep(max(0.0, started + duration - time.monotonic()))
            stop.set()
            await asyncio.wait_for(crawler, STOP_TIMEOUT)
            await asyncio.sleep(DRAIN_SECONDS)  # alerts raised before the stop, still on their way
        finally:
            stop.set()
            for task in (crawler, reader):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        articles = await run.read_topic("articles")
    fetched_at = {a["article_id"]: a["fetched_at"] for a in articles if a.get("fetched_at")}
    return [alert for _, alert in received], fetched_at, service.stats


async def _until(condition: Callable[[], bool], timeout: float, task: asyncio.Task[None]) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if task.done():
            task.result()
            raise RuntimeError("the crawler stopped")
        if time.monotonic() > deadline:
            raise TimeoutError(f"not ready after {timeout:.0f}s")
        await asyncio.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=sorted(MODES), default="adaptive")
    parser.add_argument("--engine", choices=("embedded", "kafka"), default="embedded")
    parser.add_argument("--outlets", type=int, default=50)
    parser.add_argument("--window", type=float, default=180.0, help="publications happen in this many s")
    parser.add_argument("--duration", type=float, default=None, help="run length (default: window + 60 s)")
    parser.add_argument("--crawl-delay", type=float, default=1.0)
    args = parser.parse_args()
    duration = args.duration or args.window + 60.0
    asyncio.run(run(args.engine, args.mode, args.outlets, args.window, duration, args.crawl_delay))


if __name__ == "__main__":
    main()

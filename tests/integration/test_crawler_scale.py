"""Crawler replicas against the real Kafka: sources divided among them, state that survives.

Three ``newswatch crawler`` processes in one group crawl generated loopback outlets that keep
publishing. Without a kill every story page is fetched exactly once; with one replica SIGKILLed
midway its sources move to the others, the articles on the topic are the same set, and no page
is fetched more than twice.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from pipeline_run import stop_processes

from crawlers.fixture_sites.generated import GeneratedOutlets
from streams.engines.kafka.admin import ensure_topics, topic_name
from streams.records import Article
from streams.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
OUTLETS = 12
STORIES = 5
PARTITIONS = 6
REPLICAS = 3
SESSION_TIMEOUT = 6
TIMEOUT = 150.0
PUBLISH_EVERY = 0.3


@dataclasses.dataclass
class Run:
    articles: set[str]
    fetches: Counter[str]
    published: set[str]


def _short(url: str, outlets: GeneratedOutlets) -> str:
    for outlet in outlets.outlets.values():
        if url.startswith(outlet.base):
            return f"{outlet.id}:{url[len(outlet.base):]}"
    return url


def _start(env: dict[str, str], workdir: Path, n: int) -> subprocess.Popen[bytes]:
    log = open(workdir / f"crawler-{n}.log", "wb")  # noqa: SIM115
    return subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "-v", "crawler"],
        env={**env, "PYTHONPATH": str(ROOT)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )


async def _crawl(kafka_bootstrap: str, *, kill: bool) -> Run:
    prefix = f"nwcrawl-{uuid.uuid4().hex[:8]}-"
    settings = Settings(kafka_bootstrap=kafka_bootstrap, topic_prefix=prefix, topic_partitions=PARTITIONS)
    workdir = Path(tempfile.mkdtemp(prefix="nwcrawl-"))
    await ensure_topics(
        settings,
        ("articles", "dead-letters"),
        compacted=[topic_name(settings, "sources"), topic_name(settings, "crawl-state")],
    )
    rng = random.Random(11)
    processes: list[subprocess.Popen[bytes]] = []
    async with GeneratedOutlets(OUTLETS, stories=STORIES, initial=2, seed=5, crawl_delay=0) as outlets:
        sources = workdir / "sources.yaml"
        entries = [dataclasses.asdict(s) for s in outlets.sources]
        sources.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), encoding="utf-8")
        env = {
            **os.environ,
            "NEWSWATCH_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "NEWSWATCH_TOPIC_PREFIX": prefix,
            "NEWSWATCH_TOPIC_PARTITIONS": str(PARTITIONS),
            "NEWSWATCH_SOURCES_FILE": str(sources),
            "NEWSWATCH_KAFKA_SESSION_TIMEOUT": str(SESSION_TIMEOUT),
            "NEWSWATCH_POLL_FLOOR": "0.5",
            "NEWSWATCH_POLL_CEILING": "2",
            "NEWSWATCH_HOST_DELAY": "0.05",
            "NEWSWATCH_ALLOW_PRIVATE_HOSTS": "127.0.0.1",  # the generated outlets
            "NEWSWATCH_RETRIES": "1",
        }
        consumer = AIOKafkaConsumer(
            topic_name(settings, "articles"),
            bootstrap_servers=kafka_bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        seen: set[str] = set()
        try:
            processes = [_start(env, workdir, n) for n in range(REPLICAS)]
            await _until(lambda: all(_owns(workdir, n) for n in range(REPLICAS)), workdir)
            pending = [o for o in outlets.outlets for _ in range(STORIES - 2)]
            rng.shuffle(pending)
            deadline = time.monotonic() + TIMEOUT
            killed = False
            next_publication = 0.0
            while True:
                if time.monotonic() > deadline:
                    missing = {_short(p.url, outlets) for p in outlets.published} - seen
                    message = f"articles missing after {TIMEOUT}s: {sorted(missing)}; logs in {workdir}"
                    raise AssertionError(message)
                if pending and time.monotonic() >= next_publication:
                    await outlets.publish(pending.pop())
                    next_publication = time.monotonic() + PUBLISH_EVERY
                if kill and not killed and len(pending) < 2 * OUTLETS:
                    processes[0].send_signal(signal.SIGKILL)
                    processes[0].wait(10)
                    killed = True
                for records in (await consumer.getmany(timeout_ms=100)).values():
                    seen |= {_short(Article.from_json(r.value).url, outlets) for r in records}
                if not pending and seen >= {_short(p.url, outlets) for p in outlets.published}:
                    break
            await asyncio.sleep(3.0)  # a page fetched twice would show up by now
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                seen |= {_short(Article.from_json(r.value).url, outlets) for r in records}
            fetches = outlets.fetch_counts()
            published = {_short(p.url, outlets) for p in outlets.published}
        finally:
            await consumer.stop()
            stop_processes(processes)
            await _delete_topics(kafka_bootstrap, prefix)
    return Run(seen, fetches, published)


async def _until(condition: Callable[[], bool], workdir: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"the crawler group did not form in {timeout}s; logs in {workdir}")
        await asyncio.sleep(0.2)


def _owns(workdir: Path, n: int) -> bool:
    """Replica ``n`` holds partitions now (its log's latest ownership line says so)."""
    lines = (workdir / f"crawler-{n}.log").read_text(encoding="utf-8", errors="replace").splitlines()
    changes = [line for line in lines if "owning partitions" in line or "released partitions" in line]
    return bool(changes) and "owning partitions [" in changes[-1] and "[]" not in changes[-1]


async def _delete_topics(kafka_bootstrap: str, prefix: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if topics:
            await admin.delete_topics(topics)
    finally:
        await admin.close()


async def test_three_replicas_fetch_every_page_once_and_a_killed_one_is_replaced_without_a_storm(
    kafka_bootstrap: str,
):
    reference = await _crawl(kafka_bootstrap, kill=False)
    assert reference.articles == reference.published
    assert len(reference.published) == OUTLETS * STORIES
    assert set(reference.fetches.values()) == {1}, reference.fetches.most_common(5)

    killed = await _crawl(kafka_bootstrap, kill=True)
    assert killed.articles == reference.articles
    assert max(killed.fetches.values()) <= 2, killed.fetches.most_common(5)
    assert set(killed.fetches) == set(reference.fetches)

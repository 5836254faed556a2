"""Run the distributed engine end to end: fixture sites → crawler service → Kafka → Faust
worker subprocesses → indexer subprocess → Elasticsearch, and read back what it produced.

Used by ``test_distributed.py`` and ``bench/bench_kafka_pipeline.py``. Every run gets its own
topic and index prefix and removes them afterwards. All waits are bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from elasticsearch import AsyncElasticsearch, NotFoundError

from crawlers.fixture_sites import FixtureSites
from indexer.elastic import connect
from indexer.templates import names
from streams.engines.kafka.crawler_service import CrawlerService
from streams.pipeline.alerts import Matcher
from streams.pipeline.topology import TICK_TOPIC, pipeline_steps
from streams.settings import Settings

__all__ = ["PipelineRun", "Snapshot", "check_services", "es_address", "kafka_address", "stop_processes"]

ROOT = Path(__file__).resolve().parents[2]
INDEXER_INPUTS = ("checked-articles", "incidents", "alerts")
SUBSCRIPTIONS = """\
subscriptions:
  - id: explosions
    name: Explosions
    types: [explosion]
  - id: deadly
    name: Five or more killed
    min_killed: 5
"""


def worker_inputs() -> tuple[str, ...]:
    """The topics the workers' steps read (the tick topic aside: ticks are never waited for)."""
    steps = pipeline_steps(Matcher([]), clock=time.monotonic)
    return tuple(topic for step in steps for topic in step.topics if topic != TICK_TOPIC)


def kafka_address() -> str:
    return os.environ.get("NEWSWATCH_TEST_KAFKA", "127.0.0.1:9092")


def es_address() -> str:
    return os.environ.get("NEWSWATCH_TEST_ELASTICSEARCH", "http://127.0.0.1:9200")


async def check_services() -> str | None:
    """None when Kafka and Elasticsearch answer, else what is missing."""
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_address(), request_timeout_ms=10_000)
    try:
        await admin.start()
        await admin.list_topics()
    except Exception as exc:
        return f"Kafka unreachable at {kafka_address()} ({exc!r})"
    finally:
        await admin.close()
    es = connect(es_address(), request_timeout=10, max_retries=0)
    try:
        await es.cluster.health(wait_for_status="yellow", timeout="10s")
    except Exception as exc:
        return f"Elasticsearch unreachable at {es_address()} ({exc!r})"
    finally:
        await es.close()
    return None


@dataclass
class Snapshot:
    """What a run left behind, without timestamps: comparable between runs."""

    articles: dict[str, str | None]  # url → duplicate_of (as the original's url)
    incidents: dict[str, list[str]]  # incident_id → sorted distinct urls of its reports
    reports: dict[str, list[tuple[str, str]]]  # incident_id → (event id, url) of each report
    alert_docs: list[str]  # alert ids in Elasticsearch
    alerts_on_topic: list[dict[str, Any]]  # alert records on the alerts topic
    dead_letters: int = 0
    redirects: dict[str, str] = field(default_factory=dict)  # absorbed incident_id → live one

    def live_id(self, incident_id: str) -> str:
        """The incident an id stands for now (an absorbed incident leads to the one it became)."""
        seen = set()
        while incident_id in self.redirects and incident_id not in seen:
            seen.add(incident_id)
            incident_id = self.redirects[incident_id]
        return incident_id

    def comparable(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "incidents": sorted(self.incidents.values()),
            "alerts": sorted(self.alert_docs),
        }


@dataclass
class PipelineRun:
    workers: int = 1
    prefix: str = field(default_factory=lambda: f"nwdist-{uuid.uuid4().hex[:8]}-")
    partitions: int = 4
    settle_seconds: float = 6.0
    midway_at: int = 3  # articles indexed before ``midway`` runs
    extra_env: dict[str, str] = field(default_factory=dict)
    indexer_env: dict[str, str] = field(default_factory=dict)  # e.g. another Elasticsearch URL
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)  # the workers
    indexers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    notifiers: int = 0  # `newswatch notifier` processes, started with the workers
    notifier_processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="nwdist-")))
    bootstrap: str = field(default_factory=kafka_address)  # e.g. a test's own broker

    @property
    def index_prefix(self) -> str:
        return f"{self.prefix}nw"

    def settings(self) -> Settings:
        return Settings(
            kafka_bootstrap=self.bootstrap,
            topic_prefix=self.prefix,
            topic_partitions=self.partitions,
            host_delay=0.05,
            poll_floor=1.0,
            allow_private_hosts=("127.0.0.1",),  # the fixture sites
            kafka_session_timeout=8.0,
        )

    def env(self) -> dict[str, str]:
        subscriptions = self.workdir / "subscriptions.yaml"
        subscriptions.write_text(SUBSCRIPTIONS, encoding="utf-8")
        return {
            **os.environ,
            "NEWSWATCH_KAFKA_BOOTSTRAP": self.bootstrap,
            "NEWSWATCH_ELASTICSEARCH_URL": es_address(),
            "NEWSWATCH_TOPIC_PREFIX": self.prefix,
            "NEWSWATCH_ALLOW_PRIVATE_HOSTS": "127.0.0.1",
            "NEWSWATCH_INDEX_PREFIX": self.index_prefix,
            "NEWSWATCH_TOPIC_PARTITIONS": str(self.partitions),
            "NEWSWATCH_SUBSCRIPTIONS_FILE": str(subscriptions),
            "NEWSWATCH_KAFKA_SESSION_TIMEOUT": "8",
            **self.extra_env,
        }

    def start_worker(self) -> subprocess.Popen[bytes]:
        process = self._start("worker", f"worker-{len(self.processes)}.log", {})
        self.processes.append(process)
        return process

    def start_indexer(self) -> subprocess.Popen[bytes]:
        process = self._start("indexer", f"indexer-{len(self.indexers)}.log", self.indexer_env)
        self.indexers.append(process)
        return process

    def _start(self, command: str, log_name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = open(self.workdir / log_name, "wb")  # noqa: SIM115
        return subprocess.Popen(
            [sys.executable, "-m", "streams.cli", command],
            cwd=self.workdir,  # Faust keeps its data folder in the working directory
            env={**self.env(), "PYTHONPATH": str(ROOT), **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def start_notifier(self) -> subprocess.Popen[bytes]:
        log = open(self.workdir / f"notifier-{len(self.notifier_processes)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "-v", "notifier"],
            cwd=self.workdir,
            env={**self.env(), "PYTHONPATH": str(ROOT)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.notifier_processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes]) -> None:
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    def stop_workers(self) -> None:
        """Stop the workers, the indexers and the notifiers (SIGTERM, then SIGKILL after 30 s)."""
        stop_processes([*self.processes, *self.indexers, *self.notifier_processes])

    async def run(
        self,
        sites: FixtureSites,
        *,
        midway: Callable[[PipelineRun], Awaitable[None]] | None = None,
        expected_articles: int,
        timeout: float = 180.0,
        settled: Callable[[Snapshot], Awaitable[None]] | None = None,
    ) -> Snapshot:
        """Crawl ``sites`` until the indices settle; ``midway`` runs once some are indexed,
        ``settled`` with the snapshot before the processes are stopped."""
        es = connect(es_address(), request_timeout=30, max_retries=2)
        stop = asyncio.Event()
        service = CrawlerService(self.settings(), sites.sources)
        crawler = asyncio.create_task(service.run(stop))
        try:
            for _ in range(self.workers):
                self.start_worker()
            self.start_indexer()
            for _ in range(self.notifiers):
                self.start_notifier()
            await self._wait(es, expected_articles, midway, timeout, crawler)
            snapshot = await self.snapshot(es, _site_names(sites))
            if settled is not None:
                await settled(snapshot)
            return snapshot
        finally:
            stop.set()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(crawler, 30)
            self.stop_workers()
            await es.close()

    async def _wait(
        self,
        es: AsyncElasticsearch,
        expected: int,
        midway: Callable[[PipelineRun], Awaitable[None]] | None,
        timeout: float,
        crawler: asyncio.Task[None],
    ) -> None:
        deadline = time.monotonic() + timeout
        last, since = None, time.monotonic()
        while time.monotonic() < deadline:
            if crawler.done():
                raise RuntimeError(
                    f"the crawler service ended: {crawler.exception()!r}; logs in {self.workdir}"
                )
            counts = await self.counts(es)
            if midway is not None and counts[0] >= self.midway_at:
                await midway(self)
                midway = None
            if counts != last:
                last, since = counts, time.monotonic()
            elif (
                midway is None
                and counts[0] >= expected
                and time.monotonic() - since > self.settle_seconds
                and (time.monotonic() - since > self.settle_seconds + 12 or await self.lag() == 0)
                and await self.held_alerts() == 0
            ):  # faust may leave a moved partition's offsets uncommitted: lag alone can stay > 0
                return
            await asyncio.sleep(1.0)
        raise TimeoutError(
            f"pipeline did not settle in {timeout}s (articles, incidents, alerts: {last}; "
            f"alerts held: {await self.held_alerts()}); "
            f"logs in {self.workdir}\n{await self.stall_report()}"
        )

    async def stall_report(self, lines: int = 60, stack_lines: int = 400) -> str:
        """What a failed run in CI has to go on: each worker's state, the end of its log, and
        the stacks of its threads and tasks (a Faust worker logs them on SIGUSR1)."""
        logs = [self.workdir / f"worker-{number}.log" for number in range(len(self.processes))]
        logs += [self.workdir / f"indexer-{number}.log" for number in range(len(self.indexers))]
        sizes = [log.stat().st_size for log in logs]
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGUSR1)
        await asyncio.sleep(3.0)
        report = [await self.topic_report()]
        for log, size, process in zip(logs, sizes, [*self.processes, *self.indexers], strict=True):
            data = log.read_bytes()
            tail = data[:size].decode("utf-8", "replace").splitlines()[-lines:]
            stacks = data[size:].decode("utf-8", "replace").splitlines()[:stack_lines]
            state = "running" if process.poll() is None else f"exit code {process.returncode}"
            report.append(f"--- {log.name} ({state}), last {len(tail)} lines:\n" + "\n".join(tail))
            if stacks:
                report.append(f"--- {log.name}, stacks:\n" + "\n".join(stacks))
        return "\n".join(report)

    async def topic_report(self) -> str:
        """Messages on each of the run's topics, and the workers' and indexers' lag: where the
        records stopped."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap)
        await consumer.start()
        try:
            await consumer._client.force_metadata_update()  # topics() leaves the partitions out
            topics = sorted(t for t in consumer._client.cluster.topics() if t.startswith(self.prefix))
            partitions = [
                TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t) or ()
            ]
            ends = await consumer.end_offsets(partitions)
        finally:
            await consumer.stop()
        sizes = {t: sum(end for tp, end in ends.items() if tp.topic == t) for t in topics}
        lags = (
            await self.group_lag("newswatch", worker_inputs()),
            await self.group_lag("newswatch-indexer", INDEXER_INPUTS),
        )
        return (
            "--- messages per topic: "
            + ", ".join(f"{t.removeprefix(self.prefix)} {n}" for t, n in sizes.items())
            + f"; uncommitted: workers {lags[0]}, indexer {lags[1]}"
        )

    async def lag(self) -> int:
        """Messages the workers' and the indexers' consumer groups have not committed yet."""
        return await self.group_lag("newswatch", worker_inputs()) + await self.group_lag(
            "newswatch-indexer", INDEXER_INPUTS
        )

    async def group_lag(self, group: str, topics: tuple[str, ...]) -> int:
        """Messages of ``topics`` that the consumer group ``group`` has not committed yet."""
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap)
        await admin.start()
        await consumer.start()
        try:
            committed = await admin.list_consumer_group_offsets(f"{self.prefix}{group}")
            inputs = [f"{self.prefix}{name}" for name in topics]
            partitions = [
                TopicPartition(t, p) for t in inputs for p in consumer.partitions_for_topic(t) or ()
            ]
            if not partitions:
                await consumer._client.force_metadata_update()
                partitions = [
                    TopicPartition(t, p) for t in inputs for p in consumer.partitions_for_topic(t) or ()
                ]
            ends = await consumer.end_offsets(partitions)
            done = {tp: meta.offset for tp, meta in committed.items()}
            return sum(max(0, end - max(done.get(tp, 0), 0)) for tp, end in ends.items())
        finally:
            await consumer.stop()
            await admin.close()

    async def counts(self, es: AsyncElasticsearch) -> tuple[int, int, int]:
        result = []
        for kind in ("articles", "incidents", "alerts"):
            try:
                alias = names(kind, self.index_prefix).alias
                await es.indices.refresh(index=alias)
                result.append(int((await es.count(index=alias))["count"]))
            except Exception:
                result.append(0)
        return result[0], result[1], result[2]

    async def snapshot(self, es: AsyncElasticsearch, sites: dict[str, str]) -> Snapshot:
        """URLs are written ``outlet:/path`` (ports differ between runs)."""
        articles = await self.documents(es, "articles")
        for doc in articles:
            origin = "{0.scheme}://{0.netloc}".format(urlsplit(doc["url"]))
            doc["url"] = doc["url"].replace(origin, f"{sites.get(origin, origin)}:", 1)
        urls = {doc["article_id"]: doc["url"] for doc in articles}
        documents = await self.documents(es, "incidents")
        # an absorbed incident stays as a redirect to the one it became
        incidents = [doc for doc in documents if not doc.get("superseded_by")]
        redirects = {d["incident_id"]: d["superseded_by"] for d in documents if d.get("superseded_by")}

        def report_urls(doc: dict[str, Any]) -> list[str]:
            return sorted({urls.get(r["article_id"], r["article_id"]) for r in doc["reports"]})

        alerts = await self.documents(es, "alerts")
        return Snapshot(
            articles={
                doc["url"]: urls.get(doc.get("duplicate_of") or "", doc.get("duplicate_of"))
                for doc in articles
            },
            incidents={doc["incident_id"]: report_urls(doc) for doc in incidents},
            reports={
                doc["incident_id"]: [(r["event_id"], urls.get(r["article_id"], "")) for r in doc["reports"]]
                for doc in incidents
            },
            alert_docs=[doc["alert_id"] for doc in alerts],
            alerts_on_topic=await self.read_topic("alerts"),
            dead_letters=len(await self.read_topic("dead-letters")),
            redirects=redirects,
        )

    async def documents(self, es: AsyncElasticsearch, kind: str) -> list[dict[str, Any]]:
        alias = names(kind, self.index_prefix).alias
        await es.indices.refresh(index=alias)
        resp = await es.search(index=alias, size=1000, query={"match_all": {}})
        return [hit["_source"] for hit in resp["hits"]["hits"]]

    async def held_alerts(self) -> int:
        """Incident changes the workers hold for their settle window, from the changelog of the
        table that holds them (a release deletes its entry). Nothing in the topics says that a
        held alert is still due: with every input committed and the indices unchanged for a
        while, a worker whose table recovery stalled (faust restarts it after
        ``RECOVERY_STALL`` seconds) still holds the alerts of its partitions."""
        topic = f"{self.prefix}newswatch-alert-held-changelog"
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False)
        await consumer.start()
        try:
            await consumer._client.force_metadata_update()
            partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
            if not partitions:
                return 0
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            held: dict[tuple[int, bytes | None], bool] = {}
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and await _behind(consumer, ends):
                batch = await consumer.getmany(timeout_ms=500)
                for tp, messages in batch.items():
                    held.update(((tp.partition, m.key), m.value is not None) for m in messages)
            return sum(held.values())
        finally:
            await consumer.stop()

    async def read_topic(self, name: str) -> list[dict[str, Any]]:
        """Every record on a topic, from the beginning to the current end."""
        consumer = AIOKafkaConsumer(
            f"{self.prefix}{name}",
            bootstrap_servers=self.bootstrap,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            partitions = consumer.assignment()
            while not partitions:
                await asyncio.sleep(0.1)
                partitions = consumer.assignment()
            ends = await consumer.end_offsets(list(partitions))
            records: list[dict[str, Any]] = []
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and await _behind(consumer, ends):
                batch = await consumer.getmany(timeout_ms=500)
                records += [json.loads(m.value) for msgs in batch.values() for m in msgs]
            return records
        finally:
            await consumer.stop()

    @contextlib.contextmanager
    def cleaned_up_unless_failed(self) -> Iterator[None]:
        """Clean up after the block, but keep a failed run's topics and indices (the failure says
        where): a rare failure is diagnosed from its records, not guessed at."""
        try:
            yield
        except BaseException as exc:
            exc.add_note(
                f"kept for inspection: topics {self.prefix}*, indices {self.index_prefix}-*, logs in "
                f"{self.workdir}; remove them with PipelineRun.cleanup or by prefix"
            )
            raise
        asyncio.run(self.cleanup())
        self.remove_logs()

    def remove_logs(self) -> None:
        """Remove the run's working folder (worker logs, Faust's data), once it passed, unless
        ``NEWSWATCH_TEST_KEEP_RUNS=1``: a failed run's folder is named in its failure."""
        if os.environ.get("NEWSWATCH_TEST_KEEP_RUNS") != "1":
            shutil.rmtree(self.workdir, ignore_errors=True)

    async def cleanup(self) -> None:
        """Remove this run's topics (incl. changelogs) and indices, unless
        ``NEWSWATCH_TEST_KEEP_RUNS=1`` asks to keep them for inspection."""
        if os.environ.get("NEWSWATCH_TEST_KEEP_RUNS") == "1":
            return
        es = connect(es_address())
        try:
            await es.indices.delete(index=f"{self.index_prefix}-*", ignore_unavailable=True)
            with contextlib.suppress(NotFoundError):  # a run that indexed nothing has none
                templates = await es.indices.get_index_template(name=f"{self.index_prefix}-*")
                for template in templates["index_templates"]:
                    await es.indices.delete_index_template(name=template["name"])
        finally:
            await es.close()
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        await admin.start()
        try:
            ours = [t for t in await admin.list_topics() if t.startswith(self.prefix)]
            if ours:
                await admin.delete_topics(ours)
        finally:
            await admin.close()


def stop_processes(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM each running process, then SIGKILL any still running after 30 s."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def _site_names(sites: FixtureSites) -> dict[str, str]:
    return {"{0.scheme}://{0.netloc}".format(urlsplit(s.homepage)): s.id for s in sites.sources}


def short_url(url: str, sites: FixtureSites) -> str:
    """``outlet:/path`` for a fixture URL, as in ``Snapshot``."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    return url.replace(origin, f"{_site_names(sites).get(origin, origin)}:", 1)


async def _behind(consumer: AIOKafkaConsumer, ends: dict[Any, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False

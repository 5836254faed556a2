"""``newswatch crawler``: the crawl loop (``crawlers.loop``) between Kafka topics.

sources      compacted, key source_id: the catalogue, written by every crawler from its
             sources.yaml. The crawler replicas are one consumer group on it, so each source
             is polled by exactly one replica: the owner of its partition.
crawl-state  compacted, partitioned like ``sources`` (by source_id): each target's state
             (validators, next poll time) and each source's seen URLs. A replica reads the
             partitions it is assigned before it polls their sources, and writes after each
             poll; a replica that takes over a source (rebalance, or a SIGKILLed owner whose
             session expired) goes on where the owner left off instead of fetching it again.
articles     the crawl loop's output (key: article_id); ``dead-letters`` what it could not use.

On a rebalance the revoked sources' polls in flight are finished and their state written
before the partitions are released, so the new owner starts from the final state.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import time
from collections.abc import Sequence
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.partitioner import murmur2

from crawlers.crawl import Crawler
from crawlers.fetch import new_client
from crawlers.loop import CrawlLoop, CrawlStats, MemoryState
from crawlers.schedule import IntervalPolicy, TargetState
from crawlers.sources import Source, load_sources
from crawlers.urls import canonical_url
from streams.engines.kafka.admin import ensure_topics, group_member_options, topic_name
from streams.ops.metrics import PipelineMetrics, get_metrics, serve_metrics
from streams.ops.shutdown import stop_on_signal
from streams.pipeline.steps import Out
from streams.records import Article, DeadLetter
from streams.settings import Settings

__all__ = ["TARGET", "CrawlerService", "KafkaCrawlState", "partition_of", "run_crawler_service", "state_key"]

LOGGER = logging.getLogger(__name__)

POLL_MS = 500
STATE_READ_TIMEOUT = 60.0
SEP = "\x1f"
TARGET, SEEN = "t", "s"  # crawl-state keys: TARGET SEP source_id SEP url → TargetState, SEEN … → seen


def partition_of(key: str, partitions: int) -> int:
    """Kafka's default partition for a key (murmur2), so both topics agree on a source."""
    return (murmur2(key.encode("utf-8")) & 0x7FFFFFFF) % partitions


class KafkaCrawlState(MemoryState):
    """The crawl loop's state, kept in memory and written through to ``crawl-state``."""

    def __init__(self, producer: AIOKafkaProducer, topic: str, partitions: int) -> None:
        super().__init__()
        self._producer = producer
        self._topic = topic
        self._partitions = partitions

    async def save_target(self, state: TargetState) -> None:
        await super().save_target(state)
        await self._write(state.source_id, SEP.join((TARGET, state.source_id, state.url)), state.to_dict())

    async def mark_seen(self, source_id: str, url: str) -> None:
        await super().mark_seen(source_id, url)
        key = canonical_url(url)
        await self._write(source_id, SEP.join((SEEN, source_id, key)), {"at": time.time()})

    async def _write(self, source_id: str, key: str, value: dict[str, Any]) -> None:
        await self._producer.send_and_wait(
            self._topic,
            key=key.encode("utf-8"),
            value=json.dumps(value).encode("utf-8"),
            partition=partition_of(source_id, self._partitions),
        )

    def load(self, key: bytes, value: bytes | None) -> None:
        """Apply one record read back from the topic."""
        kind, source_id, rest = state_key(key)
        if value is None:
            return
        if kind == TARGET:
            self.targets[(source_id, rest)] = TargetState.from_dict(json.loads(value))
        elif kind == SEEN:
            self.seen.add((source_id, rest))


def state_key(key: bytes) -> tuple[str, str, str]:
    """A ``crawl-state`` key as (kind, source_id, URL)."""
    kind, source_id, rest = key.decode("utf-8").split(SEP, 2)
    return kind, source_id, rest


class KafkaSink:
    """The crawl loop's output as Kafka records, each acknowledged before the loop goes on."""

    def __init__(self, producer: AIOKafkaProducer, settings: Settings) -> None:
        self._producer = producer
        self._settings = settings
        self.counts = {"articles": 0, "dead_letters": 0}

    async def emit(self, article: Article) -> None:
        await self._send(article.topic, article.key, article.to_json())
        self.counts["articles"] += 1

    async def dead_letter(self, letter: DeadLetter) -> None:
        await self._send(letter.topic, letter.key or "", letter.to_json())
        self.counts["dead_letters"] += 1

    async def _send(self, topic: str, key: str, value: str) -> None:
        name = topic_name(self._settings, topic)
        await self._producer.send_and_wait(name, key=key.encode(), value=value.encode())
        get_metrics().sent("crawler", [Out(topic, key, value)])


class _Ownership(ConsumerRebalanceListener):  # type: ignore[misc]
    """Hands sources to the crawl loop as their partitions come and go."""

    def __init__(self, service: CrawlerService) -> None:
        self._service = service

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        await self._service.release({tp.partition for tp in revoked})

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        await self._service.take({tp.partition for tp in assigned})


class CrawlerService:
    """One crawler replica: polls the sources of the ``sources`` partitions it owns."""

    def __init__(
        self,
        settings: Settings,
        sources: Sequence[Source],
        *,
        client: httpx.AsyncClient | None = None,
        metrics: PipelineMetrics | None = None,
    ) -> None:
        self.settings = settings
        self.sources = list(sources)
        self.stats = CrawlStats()
        # on the process registry ``serve_metrics`` exposes, beside the ops counters
        self.metrics = metrics or get_metrics()
        self._client = client
        self._owned: set[int] = set()
        self._producer: AIOKafkaProducer | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self._state: KafkaCrawlState | None = None
        self._loop: CrawlLoop | None = None
        self.sink: KafkaSink | None = None

    def _topic(self, name: str) -> str:
        return topic_name(self.settings, name)

    @property
    def counts(self) -> dict[str, int]:
        sink = self.sink.counts if self.sink else {}
        return {"discovered": self.stats.discovered, "fetched": self.stats.fetched, **sink}

    async def run(self, stop: asyncio.Event) -> None:
        """Publish the catalogue, then crawl the owned sources until ``stop`` is set."""
        await ensure_topics(
            self.settings,
            ("articles", "dead-letters"),
            compacted=[self._topic("sources"), self._topic("crawl-state")],
        )
        owns_client = self._client is None
        client = self._client or new_client(self.settings)
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap, acks="all", enable_idempotence=True
        )
        await self._producer.start()
        try:
            await self._publish_catalogue()
            self._state = KafkaCrawlState(
                self._producer, self._topic("crawl-state"), self.settings.topic_partitions
            )
            self.sink = KafkaSink(self._producer, self.settings)
            self._loop = CrawlLoop(
                Crawler(client, self.settings),
                self.sink,
                policy=IntervalPolicy.of(self.settings),
                state=self._state,
                stats=self.stats,
                metrics=self.metrics,
                concurrency=self.settings.total_concurrency,
            )
            await asyncio.gather(self._own_sources(stop), self._loop.run(stop))
        finally:
            await self._producer.stop()
            if owns_client:
                await client.aclose()

    async def _publish_catalogue(self) -> None:
        assert self._producer is not None
        for source in self.sources:
            await self._producer.send_and_wait(
                self._topic("sources"),
                key=source.id.encode(),
                value=json.dumps(dataclasses.asdict(source), ensure_ascii=False).encode(),
                partition=partition_of(source.id, self.settings.topic_partitions),
            )

    async def _own_sources(self, stop: asyncio.Event) -> None:
        """The group membership: source records of the owned partitions go to the loop."""
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.kafka_bootstrap,
            group_id=f"{self.settings.topic_prefix}newswatch-crawler",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            **group_member_options(self.settings),
        )
        self._consumer.subscribe([self._topic("sources")], listener=_Ownership(self))
        await self._consumer.start()
        try:
            while not stop.is_set():
                batch = await self._consumer.getmany(timeout_ms=POLL_MS)
                for tp, records in batch.items():
                    for record in records:
                        await self._add(tp.partition, record.value)
        finally:
            await self._consumer.stop()

    async def _add(self, partition: int, raw: bytes | None) -> None:
        if raw is None or partition not in self._owned or self._loop is None:
            return
        try:
            source = Source(**json.loads(raw))
        except (TypeError, ValueError) as exc:
            LOGGER.error("bad record on %s: %s", self._topic("sources"), exc)
            return
        await self._loop.add_source(source)

    async def release(self, partitions: set[int]) -> None:
        """Stop polling the sources of ``partitions``; their state is written when this returns."""
        self._owned -= partitions
        if self._loop is None:
            return
        ids = [
            s.id
            for s in self._loop.sources
            if partition_of(s.id, self.settings.topic_partitions) in partitions
        ]
        await self._loop.remove_sources(ids)
        LOGGER.info("released partitions %s (%d sources)", sorted(partitions), len(ids))

    async def take(self, partitions: set[int]) -> None:
        """Read the state of ``partitions`` back, then re-read their sources from the start."""
        new = partitions - self._owned
        if new:
            await self._read_state(new)
        self._owned |= partitions
        assert self._consumer is not None
        for partition in new:
            self._consumer.seek(TopicPartition(self._topic("sources"), partition), 0)
        LOGGER.info("owning partitions %s", sorted(self._owned))

    async def _read_state(self, partitions: set[int]) -> None:
        assert self._state is not None
        topic = self._topic("crawl-state")
        reader = AIOKafkaConsumer(bootstrap_servers=self.settings.kafka_bootstrap, enable_auto_commit=False)
        await reader.start()
        try:
            tps = [TopicPartition(topic, p) for p in partitions]
            reader.assign(tps)
            await reader.seek_to_beginning(*tps)
            ends = await reader.end_offsets(tps)
            deadline = time.monotonic() + STATE_READ_TIMEOUT
            while [tp for tp in tps if await reader.position(tp) < ends[tp]]:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"could not read {topic} back in {STATE_READ_TIMEOUT:.0f}s")
                for records in (await reader.getmany(*tps, timeout_ms=POLL_MS)).values():
                    for record in records:
                        if record.key is not None:
                            self._state.load(record.key, record.value)
        finally:
            await reader.stop()


async def run_crawler_service(settings: Settings) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code."""
    stop = stop_on_signal()
    serve_metrics(settings)
    service = CrawlerService(settings, load_sources(settings.sources_file))
    await service.run(stop)
    LOGGER.info("crawler stopped: %s", service.counts)
    return 0

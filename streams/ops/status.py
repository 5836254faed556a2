"""``newswatch status``: the state of a Kafka-mode deployment, as an operator asks for it.

Each component (Kafka, Elasticsearch) reachable or not and why; the consumer lag of every
newswatch consumer group (the Faust workers, the crawlers, the notifiers); how many dead
letters the ``dead-letters`` topic holds, by stage and by the source they name; and the
failing sources with their state (last success, failed polls in a row, last error), read from
the crawlers' ``crawl-state`` topic by ``streams.ops.sources`` as the API's health reads it.
Every probe is bounded in time, so a dead broker or cluster makes the command report it, not
hang.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from crawlers.health import SourceHealth, failing
from indexer.elastic import connect, is_ready
from indexer.templates import KINDS, names
from streams.engines.kafka.admin import topic_name
from streams.ops.sources import kafka_source_health, partitions
from streams.settings import Settings

__all__ = ["ComponentStatus", "GroupLag", "Status", "collect_status"]

DEAD_LETTERS = "dead-letters"
SOURCE_STAGES = ("crawl", "discover")  # dead letters of these stages name a failing source
SCAN_PER_PARTITION = 2000  # newest dead letters read per partition for the breakdown


@dataclass
class ComponentStatus:
    name: str
    ok: bool
    detail: str


@dataclass
class GroupLag:
    group: str
    lag: int  # messages not yet consumed, summed over the group's partitions
    partitions: int
    by_topic: dict[str, int]


@dataclass
class Status:
    components: list[ComponentStatus] = field(default_factory=list)
    groups: list[GroupLag] = field(default_factory=list)
    dead_letters: int | None = None  # held by the topic (None: Kafka unreachable)
    dead_letters_by_stage: dict[str, int] = field(default_factory=dict)
    dead_letters_by_source: dict[str, int] = field(default_factory=dict)  # crawl and discovery
    failing_sources: list[SourceHealth] = field(default_factory=list)
    documents: dict[str, int] = field(default_factory=dict)  # Elasticsearch docs per alias

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.components)

    def to_dict(self) -> dict[str, Any]:
        sources = [h.to_dict() for h in self.failing_sources]
        return {"ok": self.ok, **asdict(self), "failing_sources": sources}


async def collect_status(settings: Settings, timeout: float = 10.0) -> Status:
    status = Status()
    if settings.kafka_bootstrap:
        try:
            await asyncio.wait_for(_kafka(settings, status), timeout)
        except Exception as exc:  # any failure to ask is the answer: not reachable
            status.components.insert(0, ComponentStatus("kafka", False, _reason(exc)))
    else:
        status.components.append(ComponentStatus("kafka", False, "NEWSWATCH_KAFKA_BOOTSTRAP is not set"))
    if settings.elasticsearch_url:
        try:
            await asyncio.wait_for(_elasticsearch(settings, status), timeout)
        except Exception as exc:
            status.components.append(ComponentStatus("elasticsearch", False, _reason(exc)))
    else:
        status.components.append(
            ComponentStatus("elasticsearch", False, "NEWSWATCH_ELASTICSEARCH_URL is not set")
        )
    return status


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    return f"{type(exc).__name__}: {exc}"


async def _kafka(settings: Settings, status: Status) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=5000)
    try:
        await admin.start()
        consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False, request_timeout_ms=5000
        )
        try:
            await consumer.start()
            brokers = (await admin.describe_cluster())["brokers"]
            status.components.append(ComponentStatus("kafka", True, f"{len(brokers)} broker(s)"))
            prefix = f"{settings.topic_prefix}newswatch"
            groups = sorted(g for g, _ in await admin.list_consumer_groups() if g.startswith(prefix))
            for group in groups:
                committed = await admin.list_consumer_group_offsets(group)
                status.groups.append(await _lag(consumer, group, committed))
            dead_letters = topic_name(settings, DEAD_LETTERS)
            await _dead_letters(consumer, dead_letters, await partitions(admin, dead_letters), status)
            health = await kafka_source_health(settings)
            status.failing_sources = failing(health)
        finally:
            await consumer.stop()
    finally:
        await admin.close()


async def _lag(consumer: AIOKafkaConsumer, group: str, committed: dict[TopicPartition, Any]) -> GroupLag:
    ends = await consumer.end_offsets(list(committed)) if committed else {}
    by_topic: Counter[str] = Counter()
    for tp, meta in committed.items():
        # An offset of -1 means nothing committed yet: everything is still to be read.
        by_topic[tp.topic] += max(0, ends[tp] - max(meta.offset, 0))
    return GroupLag(group, sum(by_topic.values()), len(committed), dict(by_topic))


async def _dead_letters(
    consumer: AIOKafkaConsumer, topic: str, partitions: list[int], status: Status
) -> None:
    if not partitions:
        status.dead_letters = 0
        return
    tps = [TopicPartition(topic, p) for p in sorted(partitions)]
    starts, ends = await consumer.beginning_offsets(tps), await consumer.end_offsets(tps)
    status.dead_letters = sum(ends[tp] - starts[tp] for tp in tps)
    wanted = {tp: ends[tp] for tp in tps if ends[tp] > starts[tp]}
    if not wanted:
        return
    consumer.assign(list(wanted))
    for tp in wanted:
        consumer.seek(tp, max(starts[tp], ends[tp] - SCAN_PER_PARTITION))
    stages: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    while wanted:
        batch = await consumer.getmany(*wanted, timeout_ms=1000)
        if not batch:
            break  # nothing more arrived in a second: report what was read
        for tp, messages in batch.items():
            for message in messages:
                _count_letter(message.value, stages, sources)
            if messages and messages[-1].offset + 1 >= wanted[tp]:
                del wanted[tp]
                consumer.pause(tp)
    status.dead_letters_by_stage = dict(stages.most_common())
    status.dead_letters_by_source = dict(sources.most_common(10))


def _count_letter(raw: bytes | None, stages: Counter[str], sources: Counter[str]) -> None:
    try:
        letter = json.loads(raw or b"")
        stage = str(letter["stage"])
    except (ValueError, KeyError, TypeError):
        stages["(unreadable)"] += 1
        return
    stages[stage] += 1
    if stage.split(":")[0] in SOURCE_STAGES:
        sources[_source_of(letter)] += 1


def _source_of(letter: dict[str, Any]) -> str:
    """The source a crawl or discovery dead letter is about: the crawl request's source_id,
    else the message key (the host or the source id)."""
    try:
        payload = json.loads(letter.get("payload") or "")
        if isinstance(payload, dict) and payload.get("source_id"):
            return str(payload["source_id"])
    except ValueError:
        pass
    return str(letter.get("key") or "(unknown)")


async def _elasticsearch(settings: Settings, status: Status) -> None:
    es = connect(
        settings.elasticsearch_url or "",
        credentials=settings.elasticsearch_credentials(),
        request_timeout=5.0,
        max_retries=0,
    )
    try:
        if not await is_ready(es):
            status.components.append(ComponentStatus("elasticsearch", False, "not reachable or red"))
            return
        health = await es.cluster.health()
        status.components.append(
            ComponentStatus("elasticsearch", True, f"cluster {health['cluster_name']} is {health['status']}")
        )
        for kind in KINDS:
            alias = names(kind, settings.index_prefix).alias
            if await es.indices.exists_alias(name=alias):
                status.documents[alias] = int((await es.count(index=alias))["count"])
    finally:
        await es.close()


def render_text(status: Status) -> str:
    """The status as an operator reads it in a terminal."""
    lines = [f"{'ok ' if c.ok else 'DOWN'} {c.name:<14} {c.detail}" for c in status.components]
    for alias, count in status.documents.items():
        lines.append(f"     {alias:<28} {count} documents")
    lines.append("consumer groups (lag = messages not yet consumed):")
    lines += [f"     {g.group:<32} lag {g.lag:>8}  {g.by_topic}" for g in status.groups] or ["     none"]
    if status.dead_letters is not None:
        lines.append(f"dead letters: {status.dead_letters}")
        lines += [f"     {stage:<32} {n}" for stage, n in status.dead_letters_by_stage.items()]
    if status.dead_letters_by_source:
        lines.append("dead letters by source (crawl and discovery):")
        lines += [f"     {source:<32} {n}" for source, n in status.dead_letters_by_source.items()]
    if status.failing_sources:
        lines.append("failing sources:")
        lines += [f"     {h.source_id}: {h.describe()}" for h in status.failing_sources]
    return "\n".join(lines)

"""``newswatch indexer``: the records the pipeline keeps → Elasticsearch, as its own consumer group.

Indexing is not part of stream processing. The workers produce ``checked-articles``,
``incidents`` and ``alerts`` and go on; this consumer group (aiokafka, scaled like any other:
every indexer process joins the group) reads those topics and bulk-indexes them through
``indexer.elastic_sink.ElasticSink``. So an Elasticsearch outage delays the index, never the
alerts, and never blocks the workers' group.

A batch (what one poll returned, up to ``BATCH`` records) goes to Elasticsearch in one bulk
request, and its offsets are committed only after Elasticsearch took every document or
rejected it: a rejected document (or a record that does not decode) becomes a dead letter,
acknowledged by Kafka before the commit. While Elasticsearch cannot be reached the batch is
retried with a backoff capped at ``MAX_BACKOFF`` seconds, so the index catches up within
seconds of its return; nothing more is fetched meanwhile (back-pressure: the consumer's
prefetch buffer is bounded), and nothing is committed, so a stopped indexer loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError

from indexer.documents import document_for
from indexer.elastic import connect
from indexer.elastic_sink import ElasticSink
from streams.engines.kafka.admin import ensure_topics, group_member_options, topic_name
from streams.ops.metrics import get_metrics, serve_metrics
from streams.ops.shutdown import stop_on_signal
from streams.pipeline.steps import Out, dead_letter
from streams.records import Alert, Article, Incident, Record
from streams.settings import Settings

__all__ = ["RECORD_TYPES", "IndexerService", "run_indexer"]

LOGGER = logging.getLogger(__name__)

RECORD_TYPES: dict[str, type[Record]] = {
    "checked-articles": Article,
    "incidents": Incident,
    "alerts": Alert,
}
Batch = dict[TopicPartition, list[ConsumerRecord]]
Documents = dict[tuple[str, str], Record]  # (topic, document id) → record

BATCH = 500  # records per bulk request at most
POLL_MS = 500
FIRST_BACKOFF = 0.5
MAX_BACKOFF = 5.0  # the longest wait between attempts: how late the index is after a return


class IndexingRejected(Exception):
    """Elasticsearch refused a document (not a connection problem)."""


class Stopped(Exception):
    """The service was asked to stop while a batch was still waiting for Elasticsearch."""


class IndexerService:
    """One indexer process: a consumer in the ``newswatch-indexer`` group and a bulk sink."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.indexed = 0
        self._sink: ElasticSink | None = None
        self._producer: AIOKafkaProducer | None = None
        self._logical = {topic_name(settings, name): name for name in RECORD_TYPES}

    async def run(self, stop: asyncio.Event) -> None:
        """Index until ``stop`` is set."""
        await ensure_topics(self.settings, (*RECORD_TYPES, "dead-letters"))
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap, acks="all", enable_idempotence=True
        )
        consumer = AIOKafkaConsumer(
            *self._logical,
            bootstrap_servers=self.settings.kafka_bootstrap,
            group_id=f"{self.settings.topic_prefix}newswatch-indexer",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            # a batch may wait for Elasticsearch this long without the member leaving its group
            max_poll_interval_ms=3_600_000,
            **group_member_options(self.settings),
        )
        await self._producer.start()
        await consumer.start()
        try:
            while not stop.is_set():
                batch = await consumer.getmany(timeout_ms=POLL_MS, max_records=BATCH)
                if batch:
                    await self._index(consumer, batch, stop)
        except Stopped:
            LOGGER.info("stopped with a batch not indexed; it is read again on the next start")
        finally:
            await consumer.stop()
            await self._producer.stop()
            if self._sink is not None:
                await self._sink.es.close()

    async def _index(self, consumer: AIOKafkaConsumer, batch: Batch, stop: asyncio.Event) -> None:
        letters: list[Out] = []
        records: Documents = {}
        for message in (m for messages in batch.values() for m in messages):
            topic = self._logical[message.topic]
            try:
                record = RECORD_TYPES[topic].from_json(message.value)
            except Exception as exc:
                letters.append(dead_letter(f"index:{topic}", exc, message.key, message.value))
                continue
            key = (topic, _record_id(record))
            if _not_older(record, records.get(key)):
                records[key] = record
        if records:
            letters += await self._write_until_taken(records, stop)
        await self._send(letters)
        offsets = {tp: messages[-1].offset + 1 for tp, messages in batch.items()}
        try:
            await consumer.commit(offsets)
        except CommitFailedError as exc:  # partitions moved: their new owner indexes them again
            LOGGER.warning("offsets not committed after a rebalance: %s", exc)

    async def _write_until_taken(self, records: Documents, stop: asyncio.Event) -> list[Out]:
        """Write until Elasticsearch took or rejected every record; the rejected as dead letters."""
        backoff, down_since = FIRST_BACKOFF, None
        while True:
            try:
                result = await (await self.sink()).write(records.values())
            except Exception as exc:  # set-up or transport failure: Elasticsearch is away
                down, error = set(records), repr(exc)
                rejected: dict[str, object] = {}
            else:
                failed = {(f.index, f.doc_id): f for f in result.failed}
                down_ids = {doc_id for (_, doc_id), f in failed.items() if f.status == "connection"}
                down = {key for key in records if key[1] in down_ids}
                rejected = {f.doc_id: f for f in failed.values() if f.status != "connection"}
                error = next((f.error for f in failed.values() if f.status == "connection"), "")
            self.indexed += len(records) - len(down) - len(rejected)
            letters = [_rejected(t, r, rejected[i]) for (t, i), r in records.items() if i in rejected]
            if not down:
                if down_since is not None:
                    elapsed = time.monotonic() - down_since
                    LOGGER.warning("Elasticsearch is back after %.0fs; the held records are indexed", elapsed)
                return letters
            if down_since is None:
                down_since = time.monotonic()
                LOGGER.warning(
                    "Elasticsearch unreachable (%s): holding %d records (alerts are not affected), "
                    "retrying every %.0fs at most",
                    error,
                    len(down),
                    MAX_BACKOFF,
                )
            records = {key: records[key] for key in down}
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), backoff)
                raise Stopped
            backoff = min(backoff * 2, MAX_BACKOFF)

    async def sink(self) -> ElasticSink:
        """The sink, set up on first use (and again after a failed set-up)."""
        if self._sink is None:
            es = connect(
                self.settings.elasticsearch_url or "http://127.0.0.1:9200",
                credentials=self.settings.elasticsearch_credentials(),
                request_timeout=10.0,
                max_retries=1,
            )
            sink = ElasticSink(es, prefix=self.settings.index_prefix)
            try:
                await sink.setup()
            except BaseException:
                await es.close()
                raise
            self._sink = sink
        return self._sink

    async def _send(self, outs: Sequence[Out]) -> None:
        """Produce and wait until the broker acknowledged every message."""
        assert self._producer is not None
        futures = [
            await self._producer.send(self._full(out.topic), key=out.key.encode(), value=out.value.encode())
            for out in outs
        ]
        if futures:
            await asyncio.gather(*futures)
        get_metrics().sent("indexer", outs)

    def _full(self, topic: str) -> str:
        return topic_name(self.settings, topic)


def _record_id(record: Record) -> str:
    """The record's document id (not its Kafka key: alerts are keyed by subscription, incidents
    by merge key, so several records of one key are different documents)."""
    return document_for(record)[1]


def _not_older(record: Record, known: Record | None) -> bool:
    """Of two records of one document in a batch, the later one wins, unless it is an older
    version of an incident (see ``ElasticSink.actions``)."""
    if isinstance(record, Incident) and isinstance(known, Incident):
        return record.version >= known.version
    return True


def _rejected(topic: str, record: Record, failure: object) -> Out:
    error = IndexingRejected(str(failure))
    return dead_letter(f"index:{topic}", error, _record_id(record), record.to_json())


async def run_indexer(settings: Settings) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code."""
    stop = stop_on_signal()
    serve_metrics(settings)
    service = IndexerService(settings)
    LOGGER.info("indexer for %s → %s", settings.kafka_bootstrap, settings.elasticsearch_url)
    await service.run(stop)
    LOGGER.info("indexer stopped after indexing %d records", service.indexed)
    return 0

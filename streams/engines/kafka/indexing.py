"""Records → Elasticsearch through ``indexer.elastic_sink.ElasticSink``.

The agents hand over one message at a time and acknowledge it only after Elasticsearch took it
(Faust's ``take()`` batching held unacknowledged events across rebalances and stalled them).

The sink is created on first use (inside the worker's event loop). While Elasticsearch cannot
be reached the batch is retried with backoff, holding back the stream (and its offsets), so an
outage delays indexing but loses nothing; documents Elasticsearch rejects become dead letters.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from indexer.elastic import connect
from indexer.elastic_sink import ElasticSink
from streams.pipeline.steps import Out, dead_letter
from streams.records import Alert, Article, Incident, Record
from streams.settings import Settings

__all__ = ["RECORD_TYPES", "Indexer"]

LOGGER = logging.getLogger(__name__)

RECORD_TYPES: dict[str, type[Record]] = {
    "checked-articles": Article,
    "incidents": Incident,
    "alerts": Alert,
}
MAX_BACKOFF = 30.0


class IndexingRejected(Exception):
    """Elasticsearch refused a document (not a connection problem)."""


class Indexer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._sink: ElasticSink | None = None
        self._lock = asyncio.Lock()

    async def sink(self) -> ElasticSink:
        async with self._lock:
            if self._sink is None:
                es = connect(
                    self.settings.elasticsearch_url or "http://127.0.0.1:9200",
                    credentials=self.settings.elasticsearch_credentials(),
                )
                sink = ElasticSink(es, prefix=self.settings.index_prefix)
                await sink.setup()
                self._sink = sink
        return self._sink

    async def write(self, topic: str, values: Sequence[bytes]) -> list[Out]:
        """Index one batch of one topic's values; returns dead letters for what failed."""
        letters: list[Out] = []
        records: dict[str, Record] = {}
        for raw in values:
            try:
                record = RECORD_TYPES[topic].from_json(raw)
            except Exception as exc:
                letters.append(dead_letter(f"index:{topic}", exc, None, raw))
                continue
            records[_record_id(record)] = record  # the last version of a record wins
        if records:
            letters += await self._write_until_reachable(topic, list(records.values()))
        return letters

    async def _write_until_reachable(self, topic: str, records: list[Record]) -> list[Out]:
        backoff = 1.0
        while True:
            try:
                result = await (await self.sink()).write(records)
            except Exception as exc:  # set-up or transport failure: Elasticsearch is away
                failed_ids, error = {_record_id(r) for r in records}, repr(exc)
            else:
                down = [f for f in result.failed if f.status == "connection"]
                if not down:
                    rejected = {f.doc_id: f for f in result.failed}
                    return [
                        _rejected(topic, r, rejected[i]) for r in records if (i := _record_id(r)) in rejected
                    ]
                failed_ids, error = {f.doc_id for f in down}, down[0].error
            records = [r for r in records if _record_id(r) in failed_ids]
            LOGGER.warning("Elasticsearch unavailable (%s); retrying in %.0fs", error, backoff)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)

    async def close(self) -> None:
        if self._sink is not None:
            await self._sink.es.close()
            self._sink = None


def _record_id(record: Record) -> str:
    """The document id (alerts are keyed by subscription on Kafka, stored by alert id)."""
    return record.alert_id if isinstance(record, Alert) else str(getattr(record, "key", ""))


def _rejected(topic: str, record: Record, failure: object) -> Out:
    error = IndexingRejected(str(failure))
    return dead_letter(f"index:{topic}", error, _record_id(record), record.to_json())

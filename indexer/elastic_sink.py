"""Write records to Elasticsearch: chunked bulk requests, retries, failures handed back.

Like Quix Streams' Elasticsearch sink: ``setup()`` creates what is missing, ``write()`` sends
chunked bulk requests through the alias of each record's kind, with the record id as the
document id (a replay overwrites). Rejections (429) and unavailable nodes (5xx) are retried
with backoff by the bulk helper; connection errors by the client's transport. Whatever still
fails is logged and returned, never dropped in silence.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from elasticsearch import AsyncElasticsearch, TransportError
from elasticsearch.helpers import async_streaming_bulk

from indexer.documents import document_for
from indexer.elastic import RETRY_ON_STATUS
from indexer.templates import DEFAULT_PREFIX, names, setup_indices
from streams.records import Incident, Record

__all__ = ["ElasticSink", "FailedDocument", "WriteResult"]

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class FailedDocument:
    """One document Elasticsearch did not take, with its reason."""

    index: str
    doc_id: str
    status: int | str
    error: str


@dataclass
class WriteResult:
    written: int = 0
    stale: int = 0  # older versions refused because a newer one is indexed
    failed: list[FailedDocument] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


class ElasticSink:
    """Index articles, incidents and alerts; documents are keyed by record id."""

    def __init__(
        self,
        es: AsyncElasticsearch,
        *,
        prefix: str = DEFAULT_PREFIX,
        chunk_size: int = 500,
        max_retries: int = 5,
        initial_backoff: float = 0.5,
        max_backoff: float = 10.0,
        refresh: bool | str = False,
    ) -> None:
        self.es = es
        self.prefix = prefix
        self.chunk_size = chunk_size
        self.max_retries = max_retries
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.refresh = refresh
        self.text_analyzer: str | None = None

    def alias(self, kind: str) -> str:
        return names(kind, self.prefix).alias

    async def setup(self) -> None:
        """Create missing templates, indices and aliases (idempotent)."""
        self.text_analyzer = await setup_indices(self.es, self.prefix)
        LOGGER.info(
            "elasticsearch ready (prefix %s, text analyzer %s)", self.prefix, self.text_analyzer
        )

    def actions(self, records: Iterable[Record]) -> Iterator[dict[str, Any]]:
        """Bulk ``index`` actions for records (full replacement by id). An incident carries its
        version as Elasticsearch's external version: an older version that comes after a newer
        one (a message processed again after a rebalance or a broker restart) is refused, so
        the document is always the incident's latest version whatever the order of arrival."""
        for record in records:
            kind, doc_id, doc = document_for(record)
            action: dict[str, Any] = {"_op_type": "index", "_index": self.alias(kind), "_id": doc_id}
            action["_source"] = doc
            if isinstance(record, Incident):
                action |= {"version": record.version, "version_type": "external_gte"}
            yield action

    async def write(self, records: Iterable[Record]) -> WriteResult:
        """Index ``records`` in chunks; returns the count written and the failures."""
        result = WriteResult()
        actions = list(self.actions(records))
        if not actions:
            return result
        seen: set[str] = set()
        try:
            await self._send(actions, result, seen)
        except TransportError as exc:
            result.failed.extend(
                _failed(a, "connection", repr(exc)) for a in actions if a["_id"] not in seen
            )
        if self.refresh:
            await self.es.indices.refresh(index=sorted({a["_index"] for a in actions}))
        for failure in result.failed:
            LOGGER.error(
                "not indexed %s/%s (%s): %s",
                failure.index,
                failure.doc_id,
                failure.status,
                failure.error,
            )
        return result

    async def _send(
        self, actions: list[dict[str, Any]], result: WriteResult, seen: set[str]
    ) -> None:
        async for ok, item in async_streaming_bulk(
            self.es,
            actions,
            chunk_size=self.chunk_size,
            raise_on_error=False,
            raise_on_exception=False,
            max_retries=self.max_retries,
            initial_backoff=self.initial_backoff,
            max_backoff=self.max_backoff,
            retry_on_status=RETRY_ON_STATUS,
        ):
            (info,) = item.values()
            seen.add(str(info.get("_id", "")))
            if ok:
                result.written += 1
            elif _is_stale(info):
                result.stale += 1
            else:
                result.failed.append(_failed_item(info))


def _is_stale(info: dict[str, Any]) -> bool:
    """Refused because the index holds a newer version of the record: nothing to do."""
    error = info.get("error")
    return info.get("status") == 409 and isinstance(error, dict) and (
        error.get("type") == "version_conflict_engine_exception"
    )


def _failed(action: dict[str, Any], status: int | str, error: str) -> FailedDocument:
    return FailedDocument(index=action["_index"], doc_id=action["_id"], status=status, error=error)


def _failed_item(info: dict[str, Any]) -> FailedDocument:
    return FailedDocument(
        index=str(info.get("_index", "")),
        doc_id=str(info.get("_id", "")),
        status=info.get("status", "?"),
        error=str(info.get("error", "")),
    )

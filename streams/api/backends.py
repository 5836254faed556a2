"""Where the API reads articles and alerts from: the SQLite store or Elasticsearch.

The API is a reader. It never creates or migrates the SQLite file the embedded runner owns
(it opens it read-only and reports "not reachable" while the file is missing), and it reads
the Elasticsearch aliases the indexer writes. Both backends answer the same three questions,
so the HTTP handlers do not know which one is in use.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, Protocol, TypeVar

from elasticsearch import AsyncElasticsearch, NotFoundError, TransportError

from indexer.elastic import Credentials, connect, is_ready
from indexer.elastic_search import search as es_search
from indexer.search import SearchHit
from indexer.sqlite_store import SqliteStore
from indexer.templates import DEFAULT_PREFIX, names
from streams.api.security import redact_url
from streams.records import Alert, Incident

__all__ = [
    "Backend",
    "BackendUnavailable",
    "ElasticBackend",
    "SqliteBackend",
    "open_readonly",
]

LOGGER = logging.getLogger(__name__)
T = TypeVar("T")

MISSING_STORE = "no SQLite store at {path}; run `newswatch run` or set NEWSWATCH_STORE_PATH"


class BackendUnavailable(Exception):
    """The store cannot answer right now (missing file, cluster down); the API says 503."""


class Backend(Protocol):
    name: str
    location: str

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def reachable(self) -> bool: ...

    async def search(self, query: str, limit: int) -> list[SearchHit]: ...

    async def latest_alerts(self, limit: int, subscription_ids: Collection[str] | None = None) -> list[Alert]:
        """Newest first; only the alerts of ``subscription_ids`` when given."""
        ...

    async def latest_incidents(self, limit: int) -> list[Incident]:
        """The most recently changed incidents, newest first."""
        ...

    async def incident(self, incident_id: str) -> Incident | None: ...

    async def deliveries(self, limit: int, subscription_ids: Collection[str]) -> list[dict[str, Any]]:
        """The delivery log's newest outcomes for the alerts of ``subscription_ids``."""
        ...


def open_readonly(path: Path) -> SqliteStore:
    """The existing store, read-only; ``BackendUnavailable`` if there is none."""
    try:
        return SqliteStore(path, read_only=True)
    except FileNotFoundError as exc:
        raise BackendUnavailable(MISSING_STORE.format(path=path)) from exc


class SqliteBackend:
    """The embedded store, read in a worker thread so a slow query never blocks the loop."""

    name = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.location = str(path)

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def reachable(self) -> bool:
        try:
            await asyncio.to_thread(self._count_alerts)
        except (BackendUnavailable, sqlite3.Error) as exc:
            LOGGER.info("sqlite store not reachable: %s", exc)
            return False
        return True

    async def search(self, query: str, limit: int) -> list[SearchHit]:
        return await asyncio.to_thread(self._read, lambda s: s.search(query, limit))

    async def latest_alerts(self, limit: int, subscription_ids: Collection[str] | None = None) -> list[Alert]:
        return await asyncio.to_thread(
            self._read, lambda s: [Alert.from_json(r) for r in s.latest_alerts(limit, subscription_ids)]
        )

    async def latest_incidents(self, limit: int) -> list[Incident]:
        return await asyncio.to_thread(self._read, lambda s: s.latest_incidents(limit))

    async def incident(self, incident_id: str) -> Incident | None:
        return await asyncio.to_thread(self._read, lambda s: s.get_incident(incident_id))

    async def deliveries(self, limit: int, subscription_ids: Collection[str]) -> list[dict[str, Any]]:
        return await asyncio.to_thread(self._read, lambda s: s.latest_deliveries(limit, subscription_ids))

    def _count_alerts(self) -> int:
        with open_readonly(self.path) as store:
            return store.count("alerts")


    def _read(self, query: Callable[[SqliteStore], T]) -> T:
        """``query`` on a connection opened, used and closed in this (worker) thread."""
        try:
            with open_readonly(self.path) as store:
                result = query(store)
        except sqlite3.Error as exc:
            raise BackendUnavailable(f"SQLite store {self.path}: {exc}") from exc
        return result


DELIVERY_ORDER: list[dict[str, Any]] = [{"finished_at": {"order": "desc", "unmapped_type": "date"}}]
INCIDENT_ORDER: list[dict[str, Any]] = [{"updated_at": {"order": "desc", "unmapped_type": "date"}}]
ALERT_ORDER: list[dict[str, Any]] = [
    {"created_at": {"order": "desc", "unmapped_type": "date"}},
    {"indexed_at": {"order": "desc", "unmapped_type": "date"}},
]


class ElasticBackend:
    """The ``<prefix>-articles`` and ``<prefix>-alerts`` aliases the indexer writes."""

    name = "elasticsearch"

    def __init__(
        self, url: str, prefix: str = DEFAULT_PREFIX, credentials: Credentials | None = None
    ) -> None:
        self.location = redact_url(url)  # shown in /health and error bodies
        self.prefix = prefix
        self._url = url
        self._credentials = credentials
        self._es: AsyncElasticsearch | None = None

    @property
    def es(self) -> AsyncElasticsearch:
        if self._es is None:
            raise RuntimeError("ElasticBackend used before start()")
        return self._es

    async def start(self) -> None:
        self._es = connect(self._url, credentials=self._credentials, request_timeout=10.0, max_retries=1)

    async def close(self) -> None:
        if self._es is not None:
            await self._es.close()

    async def reachable(self) -> bool:
        return await is_ready(self.es)

    async def search(self, query: str, limit: int) -> list[SearchHit]:
        try:
            return await es_search(self.es, query, limit, prefix=self.prefix)
        except NotFoundError:
            return []  # nothing indexed yet
        except TransportError as exc:
            raise BackendUnavailable(f"Elasticsearch at {self.location}: {exc}") from exc

    async def latest_alerts(self, limit: int, subscription_ids: Collection[str] | None = None) -> list[Alert]:
        query = None if subscription_ids is None else {"terms": {"subscription_id": sorted(subscription_ids)}}
        hits = await self._search("alerts", ALERT_ORDER, limit, query)
        return [Alert.from_dict(hit["_source"]) for hit in hits]

    async def latest_incidents(self, limit: int) -> list[Incident]:
        hits = await self._search("incidents", INCIDENT_ORDER, limit)
        return [Incident.from_dict(hit["_source"]) for hit in hits]

    async def incident(self, incident_id: str) -> Incident | None:
        hits = await self._search("incidents", INCIDENT_ORDER, 1, {"ids": {"values": [incident_id]}})
        return Incident.from_dict(hits[0]["_source"]) if hits else None

    async def deliveries(self, limit: int, subscription_ids: Collection[str]) -> list[dict[str, Any]]:
        query = {"terms": {"subscription_id": sorted(subscription_ids)}}
        hits = await self._search("deliveries", DELIVERY_ORDER, limit, query)
        return [hit["_source"] for hit in hits]

    async def _search(
        self, kind: str, sort: list[dict[str, Any]], size: int, query: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        try:
            index = names(kind, self.prefix).alias
            resp = await self.es.search(index=index, sort=sort, size=size, query=query)
        except NotFoundError:
            return []  # nothing indexed yet
        except TransportError as exc:
            raise BackendUnavailable(f"Elasticsearch at {self.location}: {exc}") from exc
        hits: list[dict[str, Any]] = resp["hits"]["hits"]
        return hits

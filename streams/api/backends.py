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
from pathlib import Path
from typing import Any, Protocol

from elasticsearch import AsyncElasticsearch, NotFoundError, TransportError

from indexer.elastic import Credentials, connect, is_ready
from indexer.elastic_search import search as es_search
from indexer.search import SearchHit
from indexer.sqlite_store import SqliteStore
from indexer.templates import DEFAULT_PREFIX, names
from streams.records import Alert

__all__ = [
    "Backend",
    "BackendUnavailable",
    "ElasticBackend",
    "SqliteBackend",
    "open_readonly",
]

LOGGER = logging.getLogger(__name__)

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

    async def latest_alerts(self, limit: int) -> list[Alert]: ...


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
        return await asyncio.to_thread(self._search, query, limit)

    async def latest_alerts(self, limit: int) -> list[Alert]:
        return await asyncio.to_thread(self._latest_alerts, limit)

    def _count_alerts(self) -> int:
        with open_readonly(self.path) as store:
            return store.count("alerts")

    def _search(self, query: str, limit: int) -> list[SearchHit]:
        try:
            with open_readonly(self.path) as store:
                return store.search(query, limit)
        except sqlite3.Error as exc:
            raise BackendUnavailable(f"SQLite store {self.path}: {exc}") from exc

    def _latest_alerts(self, limit: int) -> list[Alert]:
        try:
            with open_readonly(self.path) as store:
                records = store.latest_alerts(limit)
        except sqlite3.Error as exc:
            raise BackendUnavailable(f"SQLite store {self.path}: {exc}") from exc
        return [Alert.from_json(record) for record in records]


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
        self.location = url
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
            raise BackendUnavailable(f"Elasticsearch at {self._url}: {exc}") from exc

    async def latest_alerts(self, limit: int) -> list[Alert]:
        try:
            resp = await self.es.search(
                index=names("alerts", self.prefix).alias, sort=ALERT_ORDER, size=limit
            )
        except NotFoundError:
            return []
        except TransportError as exc:
            raise BackendUnavailable(f"Elasticsearch at {self._url}: {exc}") from exc
        return [Alert.from_dict(hit["_source"]) for hit in resp["hits"]["hits"]]

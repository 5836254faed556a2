"""The HTTP service monitoring teams (and the docker-compose ``api`` service) use.

GET /               an Arabic, right-to-left page: latest alerts, live updates, search
GET /health         which backend answers and whether it is reachable
GET /search?q=      full-text search over articles (Elasticsearch if configured, else SQLite)
GET /alerts         the latest alerts, newest first
GET /alerts/stream  Server-Sent Events, one per new alert (Kafka if configured, else SQLite)

Handlers only translate HTTP to backend calls; which store answers is decided once, here,
from the settings.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path
from typing import Any

from aiohttp import web

from streams.api.backends import Backend, BackendUnavailable, ElasticBackend, SqliteBackend
from streams.api.feeds import AlertFeed, KafkaAlertFeed, SqliteAlertFeed, kafka_reachable
from streams.api.sse import stream_alerts
from streams.extraction.arabic import normalize
from streams.records import Alert
from streams.settings import Settings

__all__ = ["BACKEND", "FEED", "create_app", "run_api", "serving"]

LOGGER = logging.getLogger(__name__)

PAGE = Path(__file__).resolve().parent / "page.html"
BACKEND = web.AppKey("backend", Backend)
FEED = web.AppKey("feed", AlertFeed)
KAFKA = web.AppKey("kafka_bootstrap", str)
STOPPING = web.AppKey("stopping", asyncio.Event)
KEEPALIVE = web.AppKey("keepalive", float)

SEARCH_LIMIT = (10, 100)  # default, maximum
ALERTS_LIMIT = (50, 500)


def create_app(
    settings: Settings,
    *,
    alerts_topic: str | None = None,
    index_prefix: str | None = None,
    poll_interval: float = 1.0,
    keepalive: float = 15.0,
) -> web.Application:
    """The aiohttp application for ``settings``; nothing connects until it starts.

    The alerts topic defaults to the engine's name for it (``topic_prefix`` + ``alerts``) and
    the Elasticsearch aliases to ``index_prefix``; the keywords override both.
    """
    app = web.Application()
    app[BACKEND] = _backend(settings, index_prefix or settings.index_prefix)
    app[FEED] = _feed(settings, alerts_topic, poll_interval)
    app[STOPPING] = asyncio.Event()
    app[KEEPALIVE] = keepalive
    if settings.kafka_bootstrap:
        app[KAFKA] = settings.kafka_bootstrap
    app.cleanup_ctx.append(_backend_lifecycle)
    app.on_shutdown.append(_stop_streams)
    app.router.add_get("/", page)
    app.router.add_get("/health", health)
    app.router.add_get("/search", search)
    app.router.add_get("/alerts", alerts)
    app.router.add_get("/alerts/stream", alerts_stream)
    return app


def _backend(settings: Settings, index_prefix: str) -> Backend:
    if settings.elasticsearch_url:
        return ElasticBackend(settings.elasticsearch_url, index_prefix, settings.elasticsearch_credentials())
    return SqliteBackend(settings.store_path)


def _feed(settings: Settings, alerts_topic: str | None, poll_interval: float) -> AlertFeed:
    if settings.kafka_bootstrap:
        from streams.engines.kafka.admin import topic_name  # the engine's naming rule; imports Faust

        return KafkaAlertFeed(settings.kafka_bootstrap, alerts_topic or topic_name(settings, Alert.topic))
    return SqliteAlertFeed(settings.store_path, poll_interval)


async def _backend_lifecycle(app: web.Application) -> AsyncIterator[None]:
    await app[BACKEND].start()
    yield
    await app[BACKEND].close()


async def _stop_streams(app: web.Application) -> None:
    app[STOPPING].set()


def json_response(data: Any, status: int = 200) -> web.Response:
    """JSON in UTF-8 with Arabic as written, not ``\\uXXXX`` escapes."""
    return web.json_response(data, status=status, dumps=partial(json.dumps, ensure_ascii=False))


def error(status: int, message: str) -> web.Response:
    return json_response({"error": message}, status=status)


class BadRequest(web.HTTPBadRequest):
    """A 400 whose body is ``{"error": message}``."""

    def __init__(self, message: str) -> None:
        body = json.dumps({"error": message}, ensure_ascii=False)
        super().__init__(text=body, content_type="application/json")


def _limit(request: web.Request, default: int, maximum: int) -> int:
    raw = request.query.get("limit", "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise BadRequest(f"limit must be an integer between 1 and {maximum}")
    return int(raw)


async def page(request: web.Request) -> web.Response:
    return web.Response(body=PAGE.read_bytes(), content_type="text/html", charset="utf-8")


async def health(request: web.Request) -> web.Response:
    """200 while the process serves; ``?strict=1`` answers 503 when a backend is unreachable."""
    backend = request.app[BACKEND]
    feed = request.app[FEED]
    reachable = await backend.reachable()
    body: dict[str, Any] = {
        "backend": backend.name,
        "location": backend.location,
        "reachable": reachable,
        "stream": feed.name,
    }
    if KAFKA in request.app:
        body["stream_reachable"] = await kafka_reachable(request.app[KAFKA])
        reachable = reachable and body["stream_reachable"]
    body["status"] = "ok" if reachable else "degraded"
    strict = request.query.get("strict") in ("1", "true", "yes")
    return json_response(body, status=503 if strict and not reachable else 200)


async def search(request: web.Request) -> web.Response:
    query = request.query.get("q", "").strip()
    if not normalize(query).strip():
        raise BadRequest("missing query: pass the words to search for as ?q=...")
    limit = _limit(request, *SEARCH_LIMIT)
    backend = request.app[BACKEND]
    try:
        hits = await backend.search(query, limit)
    except BackendUnavailable as exc:
        return error(503, str(exc))
    found = [dataclasses.asdict(hit) for hit in hits]
    return json_response({"query": query, "backend": backend.name, "count": len(found), "hits": found})


async def alerts(request: web.Request) -> web.Response:
    limit = _limit(request, *ALERTS_LIMIT)
    backend = request.app[BACKEND]
    try:
        latest = await backend.latest_alerts(limit)
    except BackendUnavailable as exc:
        return error(503, str(exc))
    return json_response(
        {"backend": backend.name, "count": len(latest), "alerts": [a.to_dict() for a in latest]}
    )


async def alerts_stream(request: web.Request) -> web.StreamResponse:
    app = request.app
    return await stream_alerts(request, app[FEED], keepalive=app[KEEPALIVE], stopping=app[STOPPING])


@contextlib.asynccontextmanager
async def serving(app: web.Application, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
    """Serve ``app`` inside an event loop that is already running; yields the base URL.

    ``port=0`` picks a free port, which is what tests and embedding callers want.
    """
    runner = web.AppRunner(app, shutdown_timeout=2.0)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound = runner.addresses[0]
        yield f"http://{bound[0]}:{bound[1]}"
    finally:
        await runner.cleanup()


def run_api(settings: Settings, host: str, port: int) -> None:
    """Serve until SIGINT/SIGTERM."""
    app = create_app(settings)
    LOGGER.info("newswatch api on http://%s:%d (backend %s)", host, port, app[BACKEND].name)
    web.run_app(app, host=host, port=port, print=None, shutdown_timeout=5.0)

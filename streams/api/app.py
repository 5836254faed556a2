"""The HTTP service monitoring teams use (``newswatch api``; the docker-compose ``api`` service).

``create_app(settings)`` builds a FastAPI app: the routes in ``routes.py``, its OpenAPI document
at ``/openapi.json`` and docs at ``/docs``, security headers and per-route metrics on every
response, and errors as ``{"error": ..., "fields": [{"field", "reason"}]}``. Which store answers
(SQLite or Elasticsearch, SQLite or Kafka for the live stream) is decided once, here, from the
settings; nothing connects until the app starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from streams.api.backends import Backend, ElasticBackend, SqliteBackend
from streams.api.deps import ApiState
from streams.api.feeds import AlertFeed, KafkaAlertFeed, SqliteAlertFeed
from streams.api.metrics import ApiMetrics
from streams.api.routes import STATIC, router
from streams.api.schemas import ErrorBody, FieldError
from streams.api.security import CSP, DOCS_CSP, SECURITY_HEADERS, RateLimiter, StreamSlots
from streams.ops.sources import SourceHealthProbe
from streams.records import Alert
from streams.settings import Settings

__all__ = ["create_app", "run_api", "serving"]

LOGGER = logging.getLogger(__name__)

GRACEFUL_SHUTDOWN_S = 1


def _backend(settings: Settings, index_prefix: str) -> Backend:
    if settings.elasticsearch_url:
        return ElasticBackend(settings.elasticsearch_url, index_prefix, settings.elasticsearch_credentials())
    return SqliteBackend(settings.store_path)


def _feed(settings: Settings, alerts_topic: str | None, poll_interval: float) -> AlertFeed:
    if settings.kafka_bootstrap:
        from streams.engines.kafka.admin import topic_name  # the engine's naming rule; imports Faust

        return KafkaAlertFeed(settings.kafka_bootstrap, alerts_topic or topic_name(settings, Alert.topic))
    return SqliteAlertFeed(settings.store_path, poll_interval)


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    state: ApiState = app.state.parts
    state.open()
    await state.backend.start()
    publishing = None
    if state.kafka_bootstrap:  # workers and notifiers follow the subscriptions (and silences) topic
        from streams.engines.kafka.subscriptions import SubscriptionPublisher

        publisher = SubscriptionPublisher(
            state.settings, state.teams.version, state.teams.subscriptions, silences=state.teams.silences
        )
        publishing = asyncio.create_task(publisher.run())
    try:
        yield
    finally:
        if publishing is not None:
            publishing.cancel()
        state.stopping.set()
        await state.backend.close()
        state.close()


class Hardening:
    """ASGI middleware: security headers on every response, and requests counted per route."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        csp = DOCS_CSP if scope["path"] == "/docs" else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                headers.append((b"content-security-policy", csp.encode()))
                message["headers"] = headers
                route = getattr(scope.get("route"), "path", "(unmatched)")
                self.metrics.requests.labels(route, str(message["status"])).inc()
                self.metrics.latency.labels(route).observe(time.perf_counter() - started)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _error(
    status: int,
    message: str,
    fields: list[FieldError] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(error=message, fields=fields or []).model_dump()
    return JSONResponse(body, status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return _error(exc.status_code, str(exc.detail), headers=exc.headers)


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    """422 naming each field and the reason; the offending input is not echoed (it may hold a
    channel's credentials)."""
    assert isinstance(exc, RequestValidationError)
    fields = [
        FieldError(field=".".join(str(part) for part in error["loc"]), reason=error["msg"])
        for error in exc.errors()
    ]
    return _error(422, "invalid input", fields)


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (401, "no valid team token"),
        (404, "not found, or not this team's"),
        (422, "invalid input: each field and the reason"),
        (429, "over the team's request rate or stream cap"),
        (503, "the backend does not answer"),
    )
}


def create_app(
    settings: Settings,
    *,
    alerts_topic: str | None = None,
    index_prefix: str | None = None,
    poll_interval: float = 1.0,
    keepalive: float = 15.0,
) -> FastAPI:
    """The app for ``settings``. The alerts topic defaults to the engine's name for it
    (``topic_prefix`` + ``alerts``) and the Elasticsearch aliases to ``index_prefix``."""
    metrics = ApiMetrics(None if settings.elasticsearch_url else settings.store_path)
    app = FastAPI(
        title="newswatch",
        summary="Alerts on attacks and casualties reported by Arabic news sites",
        version="1.0",
        lifespan=_lifespan,
        docs_url=None,
        redoc_url=None,
        responses=ERRORS,
    )
    app.state.parts = ApiState(
        backend=_backend(settings, index_prefix or settings.index_prefix),
        feed=_feed(settings, alerts_topic, poll_interval),
        limiter=RateLimiter(settings.api_rate_limit),
        slots=StreamSlots(settings.api_streams_per_team, settings.api_max_streams),
        metrics=metrics,
        keepalive=keepalive,
        kafka_bootstrap=settings.kafka_bootstrap,
        teams_path=str(settings.teams_path),
        settings=settings,
        sources=SourceHealthProbe(settings),
    )
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_middleware(Hardening, metrics=metrics)
    return app


def _config(app: FastAPI, settings: Settings | None, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
        limit_concurrency=settings.api_max_connections if settings else None,
    )


@contextlib.asynccontextmanager
async def serving(
    app: FastAPI, host: str = "127.0.0.1", port: int = 0, settings: Settings | None = None
) -> AsyncIterator[str]:
    """Serve ``app`` inside an event loop that is already running; yields the base URL.

    ``port=0`` picks a free port, which is what tests and embedding callers want.
    """
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(_config(app, settings, host, port))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("the API server stopped while starting")
            await asyncio.sleep(0.01)
        bound = sock.getsockname()
        yield f"http://{bound[0]}:{bound[1]}"
    finally:
        app.state.parts.stopping.set()
        server.should_exit = True
        await task
        sock.close()


def run_api(settings: Settings, host: str, port: int) -> None:
    """Serve until SIGINT/SIGTERM."""
    app = create_app(settings)
    LOGGER.info("newswatch api on http://%s:%d (backend %s)", host, port, app.state.parts.backend.name)
    uvicorn.Server(_config(app, settings, host, port)).run()

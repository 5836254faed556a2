"""Server-Sent Events: the wire format and the per-client pump.

One event per alert: ``id`` is the alert id (so a reconnecting ``EventSource`` sends it back
as ``Last-Event-ID``), ``event`` is ``new`` or ``update``, ``data`` is the alert as one line of
UTF-8 JSON with Arabic unescaped. A comment line is sent when the feed is positioned
(``: ready``) and every ``keepalive`` seconds, so proxies keep the connection and a closed
client is noticed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time

from aiohttp import web

from streams.api.feeds import AlertFeed, FeedItem
from streams.records import Alert

__all__ = ["SSE_HEADERS", "comment", "format_alert", "stream_alerts"]

LOGGER = logging.getLogger(__name__)

SSE_HEADERS = {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",  # nginx: do not buffer the stream
}
RETRY_MS = 3000
TICK_S = 1.0
QUEUE_SIZE = 1000


def format_alert(alert: Alert) -> bytes:
    """One SSE event; ``json.dumps`` escapes newlines, so ``data`` is a single line."""
    data = json.dumps(alert.to_dict(), ensure_ascii=False, sort_keys=True)
    return f"id: {alert.alert_id}\nevent: {alert.kind}\ndata: {data}\n\n".encode()


def comment(text: str) -> bytes:
    return f": {text}\n\n".encode()


def _client_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


async def stream_alerts(
    request: web.Request, feed: AlertFeed, *, keepalive: float, stopping: asyncio.Event
) -> web.StreamResponse:
    """Send the feed to one client until it disconnects, the feed fails or the app stops."""
    response = web.StreamResponse(headers=SSE_HEADERS)
    await response.prepare(request)
    await response.write(f"retry: {RETRY_MS}\n\n".encode())
    queue: asyncio.Queue[FeedItem] = asyncio.Queue(QUEUE_SIZE)
    task = asyncio.create_task(feed.follow(request.headers.get("Last-Event-ID"), queue.put))
    try:
        await _pump(request, response, queue, task, keepalive, stopping)
    except ConnectionResetError:
        LOGGER.debug("SSE client went away")
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    return response


async def _pump(
    request: web.Request,
    response: web.StreamResponse,
    queue: asyncio.Queue[FeedItem],
    task: asyncio.Task[None],
    keepalive: float,
    stopping: asyncio.Event,
) -> None:
    last_write = time.monotonic()
    while not stopping.is_set() and not _client_gone(request):
        try:
            item = await asyncio.wait_for(queue.get(), TICK_S)
        except TimeoutError:
            if task.done():
                _log_feed_end(task)
                return
            if time.monotonic() - last_write >= keepalive:
                await response.write(comment("keep-alive"))
                last_write = time.monotonic()
            continue
        await response.write(format_alert(item) if isinstance(item, Alert) else comment("ready"))
        last_write = time.monotonic()


def _log_feed_end(task: asyncio.Task[None]) -> None:
    exc = task.exception()
    if exc is not None:
        LOGGER.error("alert feed failed; closing the stream so the client reconnects: %r", exc)

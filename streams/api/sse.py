"""Server-Sent Events: the wire format and the per-client pump.

One event per alert: ``id`` is the alert id (so a reconnecting ``EventSource`` sends it back
as ``Last-Event-ID``), ``event`` is ``new`` or ``update``, ``data`` is the alert as one line of
UTF-8 JSON with Arabic unescaped. A comment line is sent when the feed is positioned
(``: ready``) and every ``keepalive`` seconds, so proxies keep the connection and a closed
client is noticed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable

from streams.api.feeds import AlertFeed, FeedItem
from streams.records import Alert

__all__ = ["SSE_HEADERS", "comment", "event_stream", "format_alert"]

LOGGER = logging.getLogger(__name__)

SSE_HEADERS = {
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


async def event_stream(
    feed: AlertFeed,
    last_event_id: str | None,
    *,
    keepalive: float,
    stopping: asyncio.Event,
    accept: Callable[[Alert], bool],
) -> AsyncIterator[bytes]:
    """The SSE body for one client: the feed's alerts that ``accept`` lets through, until the
    client goes (the server cancels this generator), the feed fails or the app stops."""
    yield f"retry: {RETRY_MS}\n\n".encode()
    queue: asyncio.Queue[FeedItem] = asyncio.Queue(QUEUE_SIZE)
    task = asyncio.create_task(feed.follow(last_event_id, queue.put))
    last_write = time.monotonic()
    try:
        while not stopping.is_set():
            try:
                item = await asyncio.wait_for(queue.get(), TICK_S)
            except TimeoutError:
                if task.done():
                    _log_feed_end(task)
                    return
                if time.monotonic() - last_write >= keepalive:
                    yield comment("keep-alive")
                    last_write = time.monotonic()
                continue
            if not isinstance(item, Alert):
                yield comment("ready")
            elif accept(item):
                yield format_alert(item)
            else:
                continue
            last_write = time.monotonic()
    finally:
        task.cancel()


def _log_feed_end(task: asyncio.Task[None]) -> None:
    exc = task.exception()
    if exc is not None:
        LOGGER.error("alert feed failed; closing the stream so the client reconnects: %r", exc)

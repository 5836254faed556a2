"""``newswatch run`` stops within seconds on SIGINT/SIGTERM, even while a server trickles."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from tests.end_to_end.hostile.sites import STORY, rss, trickle

STOP_WITHIN_SECONDS = 5.0


@pytest.fixture
async def trickling_site() -> AsyncIterator[tuple[str, asyncio.Event]]:
    """A site whose story trickles a byte per second for an hour; ``hit`` is set once the
    crawler is inside that request."""
    hit = asyncio.Event()
    slow = trickle(b"x" * 3600, 1.0)

    async def story(request: web.Request) -> web.StreamResponse:
        hit.set()
        return await slow(request)

    async def feed(request: web.Request) -> web.Response:
        links = [f"http://{request.host}{STORY}"]
        return web.Response(body=rss(links).encode(), content_type="application/rss+xml")

    async def home(request: web.Request) -> web.Response:
        return web.Response(text="<html><body></body></html>", content_type="text/html")

    app = web.Application()
    app.router.add_get(STORY, story)
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/", home)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}", hit
    await runner.cleanup()


@pytest.mark.parametrize(
    ("sig", "once"), [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGTERM, True)]
)
async def test_run_stops_promptly_while_a_request_trickles(trickling_site, tmp_path: Path, sig, once):
    base, hit = trickling_site
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - id: slow\n    name: slow\n    homepage: {base}/\n    feeds: [{base}/feed.xml]\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "NEWSWATCH_SOURCES_FILE": str(sources),
        "NEWSWATCH_STORE_PATH": str(tmp_path / "store.sqlite3"),
        "NEWSWATCH_ALLOW_PRIVATE_HOSTS": base.removeprefix("http://"),
        "NEWSWATCH_REQUEST_DEADLINE": "3600",  # only the signal may end this request
        "NEWSWATCH_REQUEST_TIMEOUT": "60",
        "NEWSWATCH_HOST_DELAY": "0",
    }
    args = [sys.executable, "-m", "streams.cli", "run", *(["--once"] if once else [])]
    process = await asyncio.create_subprocess_exec(
        *args, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    try:
        await asyncio.wait_for(hit.wait(), 30)
        process.send_signal(sig)
        started = time.monotonic()
        _, stderr = await asyncio.wait_for(process.communicate(), STOP_WITHIN_SECONDS)
        stopped_after = time.monotonic() - started
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert stopped_after < STOP_WITHIN_SECONDS

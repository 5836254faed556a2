"""Clients dropping the live stream must not crash the API (they used to segfault it in
libsqlite3: the store was closed on the loop thread under a query running in a worker thread).

The API runs as its own process (``newswatch api``), so a crash is seen as a dead process."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from indexer.sqlite_store import SqliteStore
from tests.unit.streams.api.helpers import alert, bearer, make_team, sse_events, wait_ready

START_S = 20.0
STEP_S = 10.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[str, str, subprocess.Popen[bytes]]]:
    store = tmp_path / "store.sqlite3"
    with SqliteStore(store) as db:
        for i in range(50):
            db.put_alert(alert(f"old-{i}"))
    token = make_team(tmp_path / "teams.sqlite3", "t", ("idlib",))
    port = free_port()
    env = {
        **os.environ,
        "NEWSWATCH_STORE_PATH": str(store),
        "NEWSWATCH_TEAMS_PATH": str(tmp_path / "teams.sqlite3"),
        "NEWSWATCH_API_STREAMS_PER_TEAM": "20",
    }
    env.pop("NEWSWATCH_ELASTICSEARCH_URL", None)
    env.pop("NEWSWATCH_KAFKA_BOOTSTRAP", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "streams.cli", "api", "--port", str(port)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        yield f"http://127.0.0.1:{port}", token, process
    finally:
        process.terminate()
        process.wait(timeout=10)


async def wait_up(url: str, process: subprocess.Popen[bytes]) -> None:
    async with asyncio.timeout(START_S), httpx.AsyncClient(base_url=url) as http:
        while True:
            assert process.poll() is None, "the API exited while starting"
            try:
                if (await http.get("/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                await asyncio.sleep(0.1)


async def open_and_drop(http: httpx.AsyncClient, last_event_id: str | None = None) -> None:
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    async with asyncio.timeout(STEP_S), http.stream("GET", "/alerts/stream", headers=headers) as response:
        assert response.status_code == 200
        await wait_ready(sse_events(response))


async def test_ten_clients_dropping_at_once_then_one_reconnecting_thirty_times(
    api: tuple[str, str, subprocess.Popen[bytes]],
) -> None:
    url, token, process = api
    await wait_up(url, process)
    async with httpx.AsyncClient(base_url=url, headers=bearer(token), timeout=STEP_S) as http:
        await asyncio.gather(*(open_and_drop(http, f"old-{i}") for i in range(10)))
        for i in range(30):
            await open_and_drop(http, "old-0" if i % 2 else None)
        await asyncio.sleep(1.5)  # polls of dropped clients still running in their threads finish
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        response = await http.get("/alerts", params={"limit": "5"})
        assert response.status_code == 200 and response.json()["count"] == 5
        metrics = (await http.get("/metrics")).text
        assert "newswatch_live_streams 0.0" in metrics

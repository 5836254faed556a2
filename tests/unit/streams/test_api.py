"""The HTTP API against a real temporary SQLite store, served on 127.0.0.1 and queried with httpx."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from indexer.sqlite_store import SqliteStore
from streams.api import create_app, serving
from streams.records import Actor, Alert, Incident, Location, Toll
from streams.settings import Settings
from tests.factories import make_article

STREAM_WAIT_S = 5.0


article = make_article


def alert(alert_id: str, kind: str = "new", killed: int = 5) -> Alert:
    incident = Incident(
        incident_id=f"inc-{alert_id}",
        type="airstrike",
        date_start="2020-01-22",
        date_end="2020-01-22",
        actors=[Actor("ru", "القوات الروسية", "Russian forces", "perpetrator")],
        locations=[Location("maarat", "معرة النعمان", "Maarat al-Numan", "Idlib")],
        toll=[Toll("civilians", killed_min=killed, killed_max=killed)],
        evidence="قتل خمسة مدنيين في غارة جوية على مدينة معرة النعمان.",
    )
    reason = f"غارة في إدلب ({alert_id})"
    return Alert(alert_id, "idlib", incident.incident_id, kind, reason, incident, "2020-01-22T10:00:00")


def settings_for(path: Path) -> Settings:
    return Settings(store_path=path, elasticsearch_url=None, kafka_bootstrap=None)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    with SqliteStore(path) as store:
        store.put_article(
            article("1", "غارات على معرة النعمان", "قتل خمسة مدنيين في غارة جوية على مدينة معرة النعمان.")
        )
        store.put_article(
            article("2", "اشتباكات في ريف حلب", "دارت اشتباكات عنيفة بين الفصائل وقوات النظام بريف حلب.")
        )
        store.put_article(article("3", "معرض للكتاب", "افتتحت وزارة الثقافة معرضاً للكتاب في دمشق."))
        for alert_id in ("a-first", "a-second", "a-third"):
            store.put_alert(alert(alert_id))
    return path


@pytest.fixture
async def client(store_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings_for(store_path), poll_interval=0.1, keepalive=0.5)
    async with serving(app) as url, httpx.AsyncClient(base_url=url, timeout=10) as http:
        yield http


async def sse_events(response: httpx.Response) -> AsyncIterator[dict[str, Any]]:
    """Parsed SSE blocks: ``{"id", "event", "data", "comment"}`` (what is present)."""
    block: dict[str, Any] = {}
    async for line in response.aiter_lines():
        if not line:
            if block:
                yield block
            block = {}
        elif line.startswith(":"):
            block["comment"] = line[1:].strip()
        else:
            name, _, value = line.partition(":")
            block[name] = value[1:] if value.startswith(" ") else value


async def next_alert_event(events: AsyncIterator[dict[str, Any]]) -> dict[str, Any]:
    async for block in events:
        if "data" in block:
            return block
    raise AssertionError("stream ended without an alert")


async def wait_ready(events: AsyncIterator[dict[str, Any]]) -> None:
    async for block in events:
        if block.get("comment") == "ready":
            return
    raise AssertionError("stream ended before the feed was ready")


async def test_health_reports_the_sqlite_backend(client: httpx.AsyncClient, store_path: Path) -> None:
    body = (await client.get("/health")).json()
    assert body["backend"] == "sqlite"
    assert body["reachable"] is True
    assert body["status"] == "ok"
    assert body["location"] == str(store_path)


async def test_health_without_a_store_is_degraded_and_strict_says_503(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path / "missing.sqlite3"))
    async with serving(app) as url, httpx.AsyncClient(base_url=url) as http:
        relaxed = await http.get("/health")
        strict = await http.get("/health", params={"strict": "1"})
        searched = await http.get("/search", params={"q": "غارة"})
    assert relaxed.status_code == 200
    assert relaxed.json()["reachable"] is False
    assert strict.status_code == 503
    assert searched.status_code == 503
    assert "no SQLite store" in searched.json()["error"]
    assert not (tmp_path / "missing.sqlite3").exists()  # the API never creates the store


@pytest.mark.parametrize("query", ["غارة جوية", "غَارَةٍ جَوِّيَّةٍ", "مَعَرَّة النُّعْمَان", "معره النعمان"])
async def test_search_with_and_without_diacritics(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get("/search", params={"q": query})
    assert response.status_code == 200
    body = response.json()
    assert [hit["article_id"] for hit in body["hits"]] == ["1"]
    hit = body["hits"][0]
    assert set(hit) == {"article_id", "title", "url", "source_id", "published_at", "snippet", "score"}
    assert hit["title"] == "غارات على معرة النعمان"


async def test_search_json_is_utf8_with_arabic_unescaped(client: httpx.AsyncClient) -> None:
    response = await client.get("/search", params={"q": "حلب"})
    assert "charset=utf-8" in response.headers["content-type"]
    assert "اشتباكات في ريف حلب".encode() in response.content
    assert b"\\u06" not in response.content


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}, {"q": "\u064e\u064f"}])
async def test_search_without_a_query_is_400(client: httpx.AsyncClient, params: dict[str, str]) -> None:
    response = await client.get("/search", params=params)
    assert response.status_code == 400
    assert "missing query" in response.json()["error"]


@pytest.mark.parametrize("limit", ["0", "abc", "-1", "100000"])
async def test_bad_limit_is_400(client: httpx.AsyncClient, limit: str) -> None:
    response = await client.get("/alerts", params={"limit": limit})
    assert response.status_code == 400
    assert "limit" in response.json()["error"]


async def test_alerts_newest_first_and_limited(client: httpx.AsyncClient) -> None:
    body = (await client.get("/alerts")).json()
    assert [a["alert_id"] for a in body["alerts"]] == ["a-third", "a-second", "a-first"]
    assert body["alerts"][0]["incident"]["locations"][0]["name_ar"] == "معرة النعمان"
    limited = (await client.get("/alerts", params={"limit": "2"})).json()
    assert [a["alert_id"] for a in limited["alerts"]] == ["a-third", "a-second"]


async def test_stream_delivers_an_alert_stored_after_the_client_connected(
    client: httpx.AsyncClient, store_path: Path
) -> None:
    async with asyncio.timeout(STREAM_WAIT_S), client.stream("GET", "/alerts/stream") as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse_events(response)
        await wait_ready(events)
        with SqliteStore(store_path) as store:
            store.put_alert(alert("a-live", kind="update", killed=12))
        event = await next_alert_event(events)
    assert event["id"] == "a-live"
    assert event["event"] == "update"
    data = json.loads(event["data"])
    assert data["incident"]["toll"][0]["killed_max"] == 12
    assert "غارة في إدلب" in event["data"]  # UTF-8, not \u escapes


async def test_stream_resumes_after_last_event_id(client: httpx.AsyncClient) -> None:
    headers = {"Last-Event-ID": "a-first"}
    async with (
        asyncio.timeout(STREAM_WAIT_S),
        client.stream("GET", "/alerts/stream", headers=headers) as response,
    ):
        events = sse_events(response)
        ids = [(await next_alert_event(events))["id"] for _ in range(2)]
    assert ids == ["a-second", "a-third"]


async def test_stream_sends_keepalive_comments(client: httpx.AsyncClient) -> None:
    async with asyncio.timeout(STREAM_WAIT_S), client.stream("GET", "/alerts/stream") as response:
        async for block in sse_events(response):
            if block.get("comment") == "keep-alive":
                break


async def test_server_stops_promptly_with_a_client_connected(store_path: Path) -> None:
    app = create_app(settings_for(store_path), poll_interval=0.1)
    server = serving(app)
    url = await server.__aenter__()
    async with (
        asyncio.timeout(STREAM_WAIT_S),
        httpx.AsyncClient(base_url=url) as http,
        http.stream("GET", "/alerts/stream") as response,
    ):
        await wait_ready(sse_events(response))
        started = time.monotonic()
        await server.__aexit__(None, None, None)
        assert time.monotonic() - started < 2.5


async def test_page_is_arabic_rtl_and_self_contained(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    html = response.text
    assert re.search(r'<html[^>]*\blang="ar"', html)
    assert re.search(r'<html[^>]*\bdir="rtl"', html)
    assert '<meta charset="utf-8">' in html
    assert "EventSource(" in html and "alerts/stream" in html and "search?" in html
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.IGNORECASE)
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=", html, re.IGNORECASE)

"""The HTTP API against real temporary SQLite stores, served on 127.0.0.1 and queried with httpx."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from indexer.sqlite_store import SqliteStore
from streams.api import create_app, serving
from tests.unit.streams.api.helpers import (
    alert,
    article,
    bearer,
    make_team,
    next_alert_event,
    settings_for,
    sse_events,
    wait_ready,
)

STREAM_WAIT_S = 5.0


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
            store.put_incident(alert(alert_id).incident)
    return path


@pytest.fixture
def token(store_path: Path) -> str:
    return make_team(store_path.with_name("teams.sqlite3"), "idlib-watch", ("idlib",))


@pytest.fixture
async def client(store_path: Path, token: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings_for(store_path), poll_interval=0.1, keepalive=0.5)
    async with serving(app) as url, httpx.AsyncClient(base_url=url, timeout=10) as http:
        http.headers.update(bearer(token))
        yield http


async def test_healthz_needs_no_token_and_says_what_answers(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz", headers={"Authorization": ""})
    assert response.status_code == 200
    assert response.json() == {
        "backend": "sqlite", "reachable": True, "stream": "sqlite", "status": "ok", "failing_sources": []
    }


async def test_health_reports_the_sqlite_backend(client: httpx.AsyncClient, store_path: Path) -> None:
    body = (await client.get("/health")).json()
    assert body["backend"] == "sqlite"
    assert body["reachable"] is True
    assert body["status"] == "ok"
    assert body["location"] == str(store_path)


async def test_health_without_a_store_is_degraded_and_strict_says_503(tmp_path: Path) -> None:
    token = make_team(tmp_path / "teams.sqlite3", "t")
    app = create_app(settings_for(tmp_path / "missing.sqlite3"))
    async with serving(app) as url, httpx.AsyncClient(base_url=url, headers=bearer(token)) as http:
        relaxed = await http.get("/healthz")
        strict = await http.get("/healthz", params={"strict": "true"})
        searched = await http.get("/search", params={"q": "غارة"})
    assert relaxed.status_code == 200
    assert relaxed.json()["reachable"] is False and relaxed.json()["status"] == "degraded"
    assert strict.status_code == 503
    assert searched.status_code == 503
    assert "no SQLite store" in searched.json()["error"]
    assert not (tmp_path / "missing.sqlite3").exists()  # the API never creates the store


@pytest.mark.parametrize(
    "path", ["/health", "/search?q=x", "/alerts", "/alerts/stream", "/metrics", "/subscriptions",
             "/incidents.csv", "/incidents.geojson", "/incidents.acled.csv", "/teams/me", "/deliveries"],
)
@pytest.mark.parametrize("header", [None, "Bearer nope", "Bearer nwt_000000000000_wrong", "Basic abc"])
async def test_every_data_route_needs_a_valid_token(
    client: httpx.AsyncClient, path: str, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    client.headers.pop("Authorization")
    response = await client.get(path, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]


async def test_page_docs_and_openapi_are_public(client: httpx.AsyncClient) -> None:
    client.headers.pop("Authorization")
    for path in ("/", "/docs", "/openapi.json", "/static/vendor/leaflet/leaflet.js", "/static/app.js"):
        assert (await client.get(path)).status_code == 200, path
    spec = (await client.get("/openapi.json")).json()
    assert {"/subscriptions", "/alerts", "/alerts/stream", "/healthz", "/incidents.csv"} <= set(spec["paths"])
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


async def test_security_headers_on_every_response(client: httpx.AsyncClient) -> None:
    for path in ("/", "/healthz", "/alerts", "/nowhere"):
        headers = (await client.get(path)).headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "server" not in headers


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
    assert "اشتباكات في ريف حلب".encode() in response.content
    assert b"\\u06" not in response.content


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}, {"q": "\u064e\u064f"}])
async def test_search_without_a_query_is_422(client: httpx.AsyncClient, params: dict[str, str]) -> None:
    response = await client.get("/search", params=params)
    assert response.status_code == 422
    body = response.json()
    assert "missing query" in body["error"] or body["fields"][0]["field"] == "query.q"


@pytest.mark.parametrize("limit", ["0", "abc", "-1", "100000"])
async def test_bad_limit_is_422_naming_the_field(client: httpx.AsyncClient, limit: str) -> None:
    response = await client.get("/alerts", params={"limit": limit})
    assert response.status_code == 422
    (problem,) = response.json()["fields"]
    assert problem["field"] == "query.limit" and problem["reason"]


async def test_alerts_newest_first_and_limited(client: httpx.AsyncClient) -> None:
    body = (await client.get("/alerts")).json()
    assert [a["alert_id"] for a in body["alerts"]] == ["a-third", "a-second", "a-first"]
    assert body["alerts"][0]["incident"]["locations"][0]["name_ar"] == "معرة النعمان"
    limited = (await client.get("/alerts", params={"limit": "2"})).json()
    assert [a["alert_id"] for a in limited["alerts"]] == ["a-third", "a-second"]


async def test_one_card_per_incident_lists_its_subscriptions(
    client: httpx.AsyncClient, store_path: Path, tmp_path: Path
) -> None:
    from streams.api.store import SqliteTeamStore
    from streams.pipeline.subscriptions import SubscriptionSpec

    teams = SqliteTeamStore(tmp_path / "teams.sqlite3")
    (team,) = teams.teams()
    teams.add_subscription(team.team_id, SubscriptionSpec(name="مفخخات", places=["idlib"]), "bombs")
    teams.close()
    with SqliteStore(store_path) as store:
        store.put_alert(alert("b-1", subscription_id="bombs", incident_id="inc-a-third"))
        update = alert("b-2", kind="update", killed=9, subscription_id="bombs", incident_id="inc-a-third")
        store.put_alert(update)
    body = (await client.get("/alerts", params={"group": "incident"})).json()
    order = [card["incident_id"] for card in body["incidents"]]
    assert order == ["inc-a-third", "inc-a-second", "inc-a-first"]
    card = body["incidents"][0]
    assert {s["id"] for s in card["subscriptions"]} == {"idlib", "bombs"}
    assert {s["name"] for s in card["subscriptions"]} == {"مفخخات", "idlib"}
    assert card["updated"] is True and card["alerts"] == 3


async def test_stream_delivers_an_alert_stored_after_the_client_connected(
    client: httpx.AsyncClient, store_path: Path
) -> None:
    async with asyncio.timeout(STREAM_WAIT_S), client.stream("GET", "/alerts/stream") as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse_events(response)
        await wait_ready(events)
        with SqliteStore(store_path) as store:
            store.put_alert(alert("someone-else", subscription_id="not-ours"))
            store.put_alert(alert("a-live", kind="update", killed=12))
        event = await next_alert_event(events)
    assert event["id"] == "a-live"  # another team's alert is not sent
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


async def test_server_stops_promptly_with_a_client_connected(store_path: Path, token: str) -> None:
    app = create_app(settings_for(store_path), poll_interval=0.1)
    server = serving(app)
    url = await server.__aenter__()
    async with (
        asyncio.timeout(STREAM_WAIT_S),
        httpx.AsyncClient(base_url=url, headers=bearer(token)) as http,
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
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.IGNORECASE)
    for src in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert src.startswith("/static/"), src


async def test_metrics_count_requests_and_the_store(client: httpx.AsyncClient) -> None:
    await client.get("/alerts")
    text = (await client.get("/metrics")).text
    assert 'newswatch_http_requests_total{route="/alerts",status="200"} 1.0' in text
    assert 'newswatch_articles{source="a"} 3.0' in text
    assert 'newswatch_alerts_raised{kind="new"} 3.0' in text
    assert "newswatch_store_up 1.0" in text
    assert "newswatch_last_alert_age_seconds" in text


async def test_metrics_show_the_embedded_deliveries_per_output(
    client: httpx.AsyncClient, store_path: Path
) -> None:
    from streams.records import Delivery

    with SqliteStore(store_path) as store:  # what the embedded run's dispatcher wrote
        store.put_delivery(Delivery("a-first", "apprise-tgram-1a2b3c4d", "delivered", 1))
        store.put_delivery(Delivery("a-second", "apprise-tgram-1a2b3c4d", "delivered", 2))
        store.put_delivery(Delivery("a-third", "webhook", "failed", 5, "HTTP 503"))
    text = (await client.get("/metrics")).text
    assert 'newswatch_deliveries_total{output="apprise-tgram-1a2b3c4d",status="delivered"} 2.0' in text
    assert 'newswatch_deliveries_total{output="webhook",status="failed"} 1.0' in text

"""The API's health shows the news sources that fail, as the embedded engine left them in its
store: ``/healthz`` (public, the page's badge) their ids, ``/health`` each one's state."""

from __future__ import annotations

from pathlib import Path

import httpx

from crawlers.schedule import TargetState
from indexer.sqlite_store import SqliteStore
from streams.api import create_app, serving
from streams.engines.embedded.runner import StoredCrawlState
from tests.unit.streams.api.helpers import bearer, make_team, settings_for


async def crawled(path: Path, *states: TargetState) -> None:
    """Target states saved as the embedded crawl loop saves them."""
    with SqliteStore(path) as store:
        crawl_state = StoredCrawlState(store)
        for state in states:
            await crawl_state.save_target(state)


async def test_failing_sources_degrade_the_health_with_their_names_and_state(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    await crawled(
        store_path,
        TargetState("sana", "http://sana.example/feed", last_success=1_700_000_000.0),
        TargetState("enab", "http://enab.example/feed", failures=3, last_error="http-503",
                    last_success=1_700_000_000.0),
        TargetState("enab", "http://enab.example/sitemap.xml", last_success=1_700_000_100.0),
        TargetState("gone", "http://gone.example/rss", failures=1, last_error="connect"),
    )
    token = make_team(tmp_path / "teams.sqlite3", "t")
    async with serving(create_app(settings_for(store_path))) as url, httpx.AsyncClient(base_url=url) as http:
        public = await http.get("/healthz")
        strict = await http.get("/healthz", params={"strict": "true"})
        detailed = (await http.get("/health", headers=bearer(token))).json()
    assert public.status_code == 200
    assert public.json()["status"] == "degraded" and public.json()["reachable"] is True
    assert public.json()["failing_sources"] == ["enab", "gone"]
    assert "failing_source_health" not in public.json()  # the detail needs a token
    assert strict.status_code == 200  # the API still serves: only a dead store or stream is 503
    assert detailed["status"] == "degraded"
    assert detailed["failing_source_health"] == [
        {
            "source_id": "enab",
            "targets": 2,
            "failing_targets": 1,
            "consecutive_failures": 3,
            "last_success": "2023-11-14T22:15:00+00:00",
            "last_error": "http://enab.example/feed: http-503",
        },
        {
            "source_id": "gone",
            "targets": 1,
            "failing_targets": 1,
            "consecutive_failures": 1,
            "last_success": None,
            "last_error": "http://gone.example/rss: connect",
        },
    ]


async def test_sources_that_recovered_leave_the_health_ok(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    feed = "http://enab.example/feed"
    await crawled(store_path, TargetState("enab", feed, failures=2, last_error="timeout"))
    await crawled(store_path, TargetState("enab", feed, last_success=1_700_000_000.0))
    token = make_team(tmp_path / "teams.sqlite3", "t")
    async with serving(create_app(settings_for(store_path))) as url, httpx.AsyncClient(base_url=url) as http:
        body = (await http.get("/health", headers=bearer(token))).json()
    assert body["status"] == "ok"
    assert body["failing_sources"] == [] and body["failing_source_health"] == []


async def test_a_store_that_cannot_be_read_leaves_the_sources_unknown(tmp_path: Path) -> None:
    store_path = tmp_path / "store.sqlite3"
    store_path.write_bytes(b"not a database at all, " * 100)
    async with serving(create_app(settings_for(store_path))) as url, httpx.AsyncClient(base_url=url) as http:
        response = await http.get("/healthz", params={"strict": "true"})
    assert response.status_code == 503
    assert response.json()["failing_sources"] is None and response.json()["status"] == "degraded"

"""Subscriptions over HTTP: validation (422 naming field and reason), CRUD, redacted channels,
limits, and the matcher seeing a new subscription within seconds."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from indexer.sqlite_store import SqliteStore
from streams.api import create_app, serving
from streams.api.store import LiveSubscriptions, SqliteTeamStore
from streams.pipeline.alerts import Matcher
from tests.unit.streams.api.helpers import bearer, incident, make_team, settings_for

SECRET_CHANNEL = "tgram://123456:SECRETBOTTOKEN/-100200"


@pytest.fixture
async def http(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    SqliteStore(tmp_path / "store.sqlite3").close()
    token = make_team(tmp_path / "teams.sqlite3", "t")
    app = create_app(settings_for(tmp_path / "store.sqlite3", api_rate_limit="30/second"))
    async with serving(app) as url, httpx.AsyncClient(base_url=url, headers=bearer(token)) as client:
        yield client


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        ({"places": ["idlibb"]}, "body.places", "did you mean idlib"),
        ({"actors": ["hts2"]}, "body.actors", "did you mean hts"),
        ({"types": ["bombing"]}, "body.types", "unknown event type"),
        ({"min_kiled": 5}, "body.min_kiled", "Extra inputs are not permitted"),
        ({"keywords": "مفخخة"}, "body.keywords", "valid list"),
        ({"min_killed": -3}, "body.min_killed", "greater than or equal to 0"),
        ({"min_injured": "many"}, "body.min_injured", "valid integer"),
        ({"channels": ["ftp://x/y"]}, "body.channels", "unsupported channel scheme"),
        ({"channels": ["https:///nohost"]}, "body.channels", "needs a host"),
        ({"sources": ["bad source"]}, "body.sources.0", "pattern"),
        ({"policy": {"mode": "digest"}}, "body.policy", "every_hours"),
        ({"policy": {"mode": "hourly"}}, "body.policy.mode", "'immediate' or 'digest'"),
        ({"keywords": ["\u064e"]}, "body.keywords", "no letters"),
        ({"keywords": ["x"] * 51}, "body.keywords", "at most 50"),
    ],
)
async def test_invalid_subscriptions_are_422_with_field_and_reason(
    http: httpx.AsyncClient, body: dict[str, Any], field: str, reason: str
) -> None:
    response = await http.post("/subscriptions", json=body)
    assert response.status_code == 422
    problems = response.json()["fields"]
    assert any(p["field"] == field and reason in p["reason"] for p in problems), problems


async def test_invalid_json_is_422(http: httpx.AsyncClient) -> None:
    headers = {"Content-Type": "application/json"}
    response = await http.post("/subscriptions", content=b"{not json", headers=headers)
    assert response.status_code == 422


async def test_create_read_replace_delete(http: httpx.AsyncClient) -> None:
    body = {
        "name": "سيارات مفخخة في إدلب",
        "keywords": ["سيارة مُفخّخة", "عبوة ناسفة"],
        "exclude": ["تدريب"],
        "places": ["إدلب"],
        "actors": ["isis"],
        "types": ["explosion"],
        "min_killed": 2,
        "channels": [SECRET_CHANNEL, "https://user:pw@hooks.example.org/path/SECRET"],
        "policy": {"mode": "digest", "every_hours": 6, "updates": False},
    }
    created = await http.post("/subscriptions", json=body)
    assert created.status_code == 201
    sub = created.json()
    assert sub["places"] == ["idlib"] and sub["keywords"] == ["سياره مفخخه", "عبوه ناسفه"]
    assert "SECRET" not in created.text and "pw" not in created.text
    assert sub["channels"][1].startswith("https://hooks.example.org/")
    fetched = (await http.get(f"/subscriptions/{sub['id']}")).json()
    assert fetched == sub
    # sent back as shown, the redacted channels keep their stored URLs
    replaced = await http.put(f"/subscriptions/{sub['id']}", json={**fetched, "id": None} | {"min_killed": 5})
    assert replaced.status_code == 422  # id is not a field of the body
    payload = {k: v for k, v in fetched.items() if k != "id"} | {"min_killed": 5}
    replaced = await http.put(f"/subscriptions/{sub['id']}", json=payload)
    assert replaced.status_code == 200 and replaced.json()["min_killed"] == 5
    assert replaced.json()["channels"] == sub["channels"]
    assert (await http.delete(f"/subscriptions/{sub['id']}")).status_code == 204
    assert (await http.get(f"/subscriptions/{sub['id']}")).status_code == 404


async def test_rate_limit_answers_429_with_retry_after(http: httpx.AsyncClient) -> None:
    statuses = [r.status_code for r in await asyncio.gather(*(http.get("/teams/me") for _ in range(60)))]
    assert 429 in statuses and statuses.count(200) <= 30
    refused = await http.get("/teams/me")
    if refused.status_code == 429:
        assert int(refused.headers["retry-after"]) >= 1


async def test_stream_cap_per_team(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "store.sqlite3").close()
    token = make_team(tmp_path / "teams.sqlite3", "t")
    app = create_app(settings_for(tmp_path / "store.sqlite3", api_streams_per_team=2), poll_interval=0.1)
    async with (
        serving(app) as url,
        httpx.AsyncClient(base_url=url, headers=bearer(token), timeout=5) as client,
        client.stream("GET", "/alerts/stream") as first,
        client.stream("GET", "/alerts/stream") as second,
    ):
        assert first.status_code == second.status_code == 200
        third = await client.get("/alerts/stream")
        assert third.status_code == 429 and "at most 2" in third.json()["error"]


async def test_the_matcher_sees_a_subscription_created_over_http_within_seconds(
    http: httpx.AsyncClient, tmp_path: Path
) -> None:
    teams = SqliteTeamStore(tmp_path / "teams.sqlite3")
    matcher = Matcher([])
    live = LiveSubscriptions(matcher.replace, teams)
    follower = asyncio.create_task(live.follow(interval=0.1))
    try:
        assert matcher.match(incident("i1"), "now") == []
        created = (await http.post("/subscriptions", json={"places": ["idlib"], "min_killed": 3})).json()
        async with asyncio.timeout(3):
            while not (alerts := matcher.match(incident("i1"), "now")):
                await asyncio.sleep(0.05)
        assert [a.subscription_id for a in alerts] == [created["id"]]
        with SqliteStore(tmp_path / "store.sqlite3") as store:
            store.put_incident(incident("i2"))
        silenced = await http.post("/incidents/i2/silence", params={"until": "2999-01-01T00:00:00Z"})
        assert silenced.status_code == 200
        matcher.muted = teams.is_silenced
        assert matcher.match(incident("i2"), "now") == []  # silenced for this team
        assert len(matcher.match(incident("i3"), "now")) == 1
    finally:
        follower.cancel()
        teams.close()

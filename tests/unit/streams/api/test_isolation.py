"""Three teams with 1,000 subscriptions between them: each sees and changes only its own."""

from __future__ import annotations

import asyncio
import itertools
import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from indexer.sqlite_store import SqliteStore
from streams.api import create_app, serving
from streams.api.store import SqliteTeamStore
from streams.pipeline.subscriptions import SubscriptionSpec
from tests.unit.streams.api.helpers import (
    alert,
    bearer,
    make_team,
    next_alert_event,
    settings_for,
    sse_events,
    wait_ready,
)

TEAMS = ("amber", "blue", "cedar")
SUBSCRIPTIONS = 1000
PLACES = ["idlib", "aleppo", "al_bab", "ariha", "raqqa"]
World = tuple[httpx.AsyncClient, dict[str, str], dict[str, list[str]]]


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    """A served API, each team's token and its subscription ids."""
    store_path = tmp_path / "store.sqlite3"
    SqliteStore(store_path).close()
    tokens = {name: make_team(tmp_path / "teams.sqlite3", name) for name in TEAMS}
    owned: dict[str, list[str]] = {name: [] for name in TEAMS}
    teams = SqliteTeamStore(tmp_path / "teams.sqlite3")
    by_name = {team.name: team.team_id for team in teams.teams()}
    for i, team in zip(range(SUBSCRIPTIONS), itertools.cycle(TEAMS), strict=False):
        spec = SubscriptionSpec(name=f"{team}-{i}", places=[PLACES[i % len(PLACES)]], min_killed=i % 7)
        owned[team].append(teams.add_subscription(by_name[team], spec).id)
    teams.close()
    app = create_app(settings_for(store_path), poll_interval=0.1)
    async with serving(app) as url, httpx.AsyncClient(base_url=url, timeout=20) as http:
        with SqliteStore(store_path) as store:
            for team, ids in owned.items():
                for n, subscription_id in enumerate(ids[:3]):
                    record = alert(f"{team}-alert-{n}", subscription_id=subscription_id)
                    record.incident_id = record.incident.incident_id = f"inc-{n}"
                    store.put_alert(record)
                    store.put_incident(record.incident)
                    put_delivery(store_path, record.alert_id)
        yield http, tokens, owned


def put_delivery(store_path: Path, alert_id: str) -> None:
    """A delivery outcome as the delivery stage records it (its ``deliveries`` table)."""
    record = {"alert_id": alert_id, "output": "webhook", "status": "delivered", "attempts": 1}
    with sqlite3.connect(store_path) as db:
        db.execute(
            "CREATE TABLE IF NOT EXISTS deliveries (alert_id TEXT NOT NULL, output TEXT NOT NULL, "
            "status TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (alert_id, output))"
        )
        row = (alert_id, "webhook", "delivered", json.dumps(record))
        db.execute("INSERT INTO deliveries VALUES (?,?,?,?)", row)


async def test_each_teams_delivery_log_is_its_own(world: World) -> None:
    http, tokens, _ = world
    for team in TEAMS:
        body = (await http.get("/deliveries", headers=bearer(tokens[team]))).json()
        assert {d["alert_id"] for d in body["deliveries"]} == {f"{team}-alert-{n}" for n in range(3)}


async def test_each_team_lists_only_its_subscriptions(world: World) -> None:
    http, tokens, owned = world
    assert sum(len(ids) for ids in owned.values()) == SUBSCRIPTIONS
    for team in TEAMS:
        body = (await http.get("/subscriptions", headers=bearer(tokens[team]))).json()
        assert body["count"] == len(owned[team])
        assert {s["id"] for s in body["subscriptions"]} == set(owned[team])


async def test_another_teams_subscription_is_404_for_read_change_and_delete(world: World) -> None:
    http, tokens, owned = world
    for reader, owner in itertools.permutations(TEAMS, 2):
        victim = owned[owner][0]
        before = (await http.get(f"/subscriptions/{victim}", headers=bearer(tokens[owner]))).json()
        headers = bearer(tokens[reader])
        assert (await http.get(f"/subscriptions/{victim}", headers=headers)).status_code == 404
        put = await http.put(f"/subscriptions/{victim}", json={"places": ["homs"]}, headers=headers)
        assert put.status_code == 404
        assert (await http.delete(f"/subscriptions/{victim}", headers=headers)).status_code == 404
        mine = await http.get(f"/subscriptions/{victim}", headers=bearer(tokens[owner]))
        assert mine.status_code == 200 and mine.json() == before


async def test_alerts_and_cards_are_the_teams_own(world: World) -> None:
    http, tokens, owned = world
    for team in TEAMS:
        alerts = (await http.get("/alerts", headers=bearer(tokens[team]))).json()["alerts"]
        assert {a["alert_id"] for a in alerts} == {f"{team}-alert-{n}" for n in range(3)}
        found = await cards(http, bearer(tokens[team]))
        assert {s["id"] for card in found for s in card["subscriptions"]} <= set(owned[team])


async def cards(http: httpx.AsyncClient, headers: dict[str, str]) -> list[dict[str, Any]]:
    response = await http.get("/alerts", params={"group": "incident"}, headers=headers)
    incidents: list[dict[str, Any]] = response.json()["incidents"]
    return incidents


async def test_acknowledge_and_silence_are_per_team(world: World) -> None:
    http, tokens, _ = world
    amber, blue = bearer(tokens["amber"]), bearer(tokens["blue"])
    assert (await http.post("/incidents/inc-0/ack", headers=amber)).status_code == 200
    silenced = await http.post(
        "/incidents/inc-0/silence", params={"until": "2999-01-01T00:00:00Z"}, headers=amber
    )
    assert silenced.status_code == 200 and silenced.json()["silenced_until"].startswith("2999-01-01")
    mine = {c["incident_id"]: c for c in (await cards(http, amber))}
    theirs = {c["incident_id"]: c for c in (await cards(http, blue))}
    assert mine["inc-0"]["acked_at"] and mine["inc-0"]["silenced_until"]
    assert theirs["inc-0"]["acked_at"] is None and theirs["inc-0"]["silenced_until"] is None
    assert (await http.post("/incidents/no-such/ack", headers=amber)).status_code == 404


async def test_the_live_stream_carries_only_the_teams_alerts(world: World, tmp_path: Path) -> None:
    http, tokens, owned = world
    blue = bearer(tokens["blue"])
    async with asyncio.timeout(10), http.stream("GET", "/alerts/stream", headers=blue) as response:
        events = sse_events(response)
        await wait_ready(events)
        with SqliteStore(tmp_path / "store.sqlite3") as store:
            store.put_alert(alert("amber-live", subscription_id=owned["amber"][5]))
            store.put_alert(alert("blue-live", subscription_id=owned["blue"][5]))
        assert (await next_alert_event(events))["id"] == "blue-live"


async def test_a_deleted_subscription_is_gone_for_its_team(world: World) -> None:
    http, tokens, owned = world
    headers = bearer(tokens["cedar"])
    victim = owned["cedar"][-1]
    assert (await http.delete(f"/subscriptions/{victim}", headers=headers)).status_code == 204
    assert (await http.get(f"/subscriptions/{victim}", headers=headers)).status_code == 404
    assert (await http.get("/subscriptions", headers=headers)).json()["count"] == len(owned["cedar"]) - 1

"""Records, teams and SSE parsing shared by the API tests (unit and integration)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from streams.api.store import SqliteTeamStore
from streams.extraction import places
from streams.pipeline.subscriptions import SubscriptionSpec
from streams.pipeline.tolls import headline_toll
from streams.records import Actor, Alert, Casualties, Incident, Report, Toll
from streams.settings import Settings
from tests.factories import make_article

article = make_article


def incident(incident_id: str, killed: int = 5, sources: tuple[str, ...] = ("a",)) -> Incident:
    reports = [
        Report(f"art-{s}", s, f"ev-{s}", counts=[Casualties(killed=killed, group="civilians")])
        for s in sources
    ]
    return Incident(
        incident_id=incident_id,
        type="airstrike",
        date_start="2020-01-22",
        date_end="2020-01-22",
        actors=[Actor("russia", "القوات الروسية", "Russian forces", "perpetrator")],
        locations=[places.lookup("maarat_al_numan")],
        toll=[Toll("civilians", killed_min=killed, killed_max=killed)],
        reports=reports,
        headline=headline_toll(reports),
        first_seen="2020-01-22T10:00:00",
        updated_at="2020-01-22T10:00:00",
        evidence="قتل خمسة مدنيين في غارة جوية على مدينة معرة النعمان.",
    )


def alert(alert_id: str, kind: str = "new", killed: int = 5, subscription_id: str = "idlib",
          incident_id: str | None = None) -> Alert:
    record = incident(incident_id or f"inc-{alert_id}", killed)
    reason = f"غارة في إدلب ({alert_id})"
    return Alert(alert_id, subscription_id, record.incident_id, kind, reason, record, "2020-01-22T10:00:00")


def settings_for(store_path: Path, teams_path: Path | None = None, **extra: Any) -> Settings:
    extra.setdefault("api_rate_limit", "10000/second")
    return Settings(
        store_path=store_path,
        teams_path=teams_path or store_path.with_name("teams.sqlite3"),
        elasticsearch_url=None,
        kafka_bootstrap=None,
        **extra,
    )


def make_team(teams_path: Path, name: str, subscription_ids: tuple[str, ...] = ()) -> str:
    """A team with subscriptions of the given ids (to places: idlib); returns its token."""
    store = SqliteTeamStore(teams_path)
    try:
        team, token = store.create_team(name)
        for subscription_id in subscription_ids:
            store.add_subscription(team.team_id, SubscriptionSpec(places=["idlib"]), subscription_id)
    finally:
        store.close()
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def sse_events(response: Any) -> AsyncIterator[dict[str, Any]]:
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

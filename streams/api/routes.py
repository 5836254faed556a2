"""The HTTP routes. Handlers translate HTTP to store and backend calls and nothing more.

Public (no data): ``/`` and ``/static`` (the page and its scripts), ``/docs`` and
``/openapi.json`` (the API's description), ``/healthz``. Everything else needs a team token and
shows that team only its own subscriptions, alerts, incident marks and deliveries; another
team's object is a 404, as if it did not exist.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse

from crawlers.health import SourceHealth, failing
from streams.api import exports
from streams.api.backends import BackendUnavailable
from streams.api.deps import ApiState, CurrentTeam, Parts
from streams.api.feeds import kafka_reachable
from streams.api.schemas import (
    AlertsPage,
    DeliveryLog,
    DetailedHealth,
    Health,
    IncidentCard,
    IncidentCards,
    MarkOut,
    SearchPage,
    SubscriptionList,
    SubscriptionOut,
    SubscriptionRef,
    TeamOut,
)
from streams.api.security import TooManyStreams, redact_channel
from streams.api.sse import SSE_HEADERS, event_stream
from streams.api.store import IncidentMark, Team
from streams.extraction.arabic import normalize
from streams.pipeline.subscriptions import Subscription, SubscriptionSpec
from streams.records import Alert, Incident

__all__ = ["router"]

STATIC = Path(__file__).resolve().parent / "static"
MAX_SUBSCRIPTIONS_PER_TEAM = 5000
EXPORT_LIMIT = 10_000
SUBSCRIPTION_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
INCIDENT_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"

router = APIRouter()
SubscriptionId = Annotated[str, Query(pattern=SUBSCRIPTION_ID)]
Limit = Annotated[int, Query(ge=1, le=500)]


def _unavailable(exc: BackendUnavailable) -> HTTPException:
    return HTTPException(503, str(exc))


# Public


@router.get("/", include_in_schema=False)
async def page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


@router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="newswatch API",
        swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )


@dataclasses.dataclass
class _Checked:
    body: dict[str, Any]  # the public health body
    serving: bool  # the store (and the stream, in Kafka mode) answer
    failing: list[SourceHealth] | None  # None: the sources' health could not be read


async def _health(state: ApiState) -> _Checked:
    reachable = await state.backend.reachable()
    body: dict[str, Any] = {
        "backend": state.backend.name,
        "reachable": reachable,
        "stream": state.feed.name,
    }
    if state.kafka_bootstrap:
        body["stream_reachable"] = await kafka_reachable(state.kafka_bootstrap)
        reachable = reachable and body["stream_reachable"]
    health = await state.sources.read()
    sources = None if health is None else failing(health)
    body["failing_sources"] = None if sources is None else [h.source_id for h in sources]
    body["status"] = "ok" if reachable and not sources else "degraded"
    return _Checked(body, reachable, sources)


def _health_response(checked: _Checked, strict: bool) -> JSONResponse:
    """``strict`` answers 503 when the API cannot serve (a store or the stream does not answer);
    failing news sources degrade the status, but the API still serves what it has."""
    status = 503 if strict and not checked.serving else 200
    return JSONResponse(checked.body, status_code=status)


@router.get(
    "/healthz", response_model=Health, responses={503: {"model": Health}}, tags=["health"]
)
async def healthz(state: Parts, strict: bool = False) -> JSONResponse:
    """Liveness, backend reachability and the ids of failing news sources, for load balancers
    and the page's status badge (no token). ``strict=true`` answers 503 while a store or the
    stream does not answer."""
    return _health_response(await _health(state), strict)


# Team routes


@router.get(
    "/health", response_model=DetailedHealth, responses={503: {"model": DetailedHealth}}, tags=["health"]
)
async def health(state: Parts, team: CurrentTeam, strict: bool = False) -> JSONResponse:
    """``/healthz`` plus where the backend is (credentials removed) and each failing source's
    state: last success, failed polls in a row, last error."""
    checked = await _health(state)
    checked.body["location"] = state.backend.location
    sources = checked.failing
    checked.body["failing_source_health"] = None if sources is None else [h.to_dict() for h in sources]
    return _health_response(checked, strict)


@router.get("/metrics", response_class=Response, tags=["health"])
def metrics(state: Parts, team: CurrentTeam) -> Response:
    """Prometheus metrics (text exposition format)."""
    return Response(state.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")


@router.get("/teams/me", response_model=TeamOut, tags=["teams"])
def me(team: CurrentTeam) -> TeamOut:
    """The team the token belongs to."""
    return TeamOut(**dataclasses.asdict(team))


@router.get("/search", response_model=SearchPage, tags=["articles"])
async def search(
    state: Parts,
    team: CurrentTeam,
    q: Annotated[str, Query(min_length=1, max_length=500, description="words to find")],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> SearchPage:
    """Full-text search over articles (Arabic normalised: diacritics and letter forms ignored)."""
    query = q.strip()
    if not normalize(query).strip():
        raise HTTPException(422, "missing query: pass the words to search for as ?q=...")
    try:
        hits = await state.backend.search(query, limit)
    except BackendUnavailable as exc:
        raise _unavailable(exc) from exc
    found = [dataclasses.asdict(hit) for hit in hits]
    return SearchPage(query=query, backend=state.backend.name, count=len(found), hits=found)


def _team_ids(state: ApiState, team: Team) -> set[str]:
    return state.teams.subscription_ids(team.team_id)


@router.get(
    "/alerts", response_model=AlertsPage | IncidentCards, tags=["alerts"],
    responses={200: {"description": "alerts newest first, or one card per incident with group=incident"}},
)
async def alerts(
    state: Parts,
    team: CurrentTeam,
    limit: Limit = 50,
    group: Annotated[Literal["alert", "incident"], Query()] = "alert",
) -> AlertsPage | IncidentCards:
    """The team's latest alerts, newest first; ``group=incident`` gives one card per incident
    with the matching subscriptions listed on it."""
    ids = await asyncio.to_thread(_team_ids, state, team)
    try:
        if group == "alert":
            latest = await state.backend.latest_alerts(limit, ids)
            found = [a.to_dict() for a in latest]
            return AlertsPage(backend=state.backend.name, count=len(found), alerts=found)
        latest = await state.backend.latest_alerts(limit * 10, ids)
    except BackendUnavailable as exc:
        raise _unavailable(exc) from exc
    subscriptions = await asyncio.to_thread(state.teams.team_subscriptions, team.team_id)
    marks = await asyncio.to_thread(state.teams.marks, team.team_id)
    cards = _cards(latest, {s.id: s for s in subscriptions}, marks)[:limit]
    return IncidentCards(backend=state.backend.name, count=len(cards), incidents=cards)


def _cards(
    latest: list[Alert], subscriptions: dict[str, Subscription], marks: dict[str, IncidentMark]
) -> list[IncidentCard]:
    """One card per incident, in the order of each incident's newest alert."""
    grouped: dict[str, list[Alert]] = {}
    for alert in latest:  # newest first
        grouped.setdefault(alert.incident_id, []).append(alert)
    cards = []
    for incident_id, group in grouped.items():
        newest = max(group, key=lambda a: a.incident.version)
        incident = newest.incident
        toll = incident.headline  # the one toll rule: streams.pipeline.tolls.headline_toll
        mark = marks.get(incident_id)
        refs = {a.subscription_id: subscriptions.get(a.subscription_id) for a in group}
        cards.append(
            IncidentCard(
                incident_id=incident_id,
                incident=incident.to_dict(),
                subscriptions=[SubscriptionRef(id=i, name=s.name if s else i) for i, s in refs.items()],
                alerts=len(group),
                updated=any(a.kind == "update" for a in group),
                first_alert_at=min(a.created_at for a in group),
                last_alert_at=max(a.created_at for a in group),
                killed=toll.killed, killed_min=toll.killed_min, killed_max=toll.killed,
                injured=toll.injured,
                sources=len({r.source_id for r in incident.reports if r.source_id}),
                acked_at=mark.acked_at if mark else None,
                silenced_until=mark.silenced_until if mark else None,
            )
        )
    return cards


@router.get(
    "/alerts/stream", response_class=StreamingResponse, tags=["alerts"],
    responses={200: {"content": {"text/event-stream": {}}, "description": "one SSE event per new alert"},
               429: {"description": "too many open streams"}},
)
def alerts_stream(request: Request, state: Parts, team: CurrentTeam) -> StreamingResponse:
    """Server-Sent Events: the team's alerts as they are raised (``id`` = alert id, so
    ``Last-Event-ID`` resumes after it)."""
    try:
        state.slots.acquire(team.team_id)
    except TooManyStreams as exc:
        state.metrics.refused.labels("streams").inc()
        raise HTTPException(429, str(exc), headers={"Retry-After": "5"}) from exc
    state.metrics.streams.inc()
    cache: dict[str, Any] = {"version": None, "ids": set()}

    def accept(alert: Alert) -> bool:
        version = state.teams.version()
        if version != cache["version"]:
            cache["ids"], cache["version"] = state.teams.subscription_ids(team.team_id), version
        return alert.subscription_id in cache["ids"]

    async def body() -> AsyncIterator[bytes]:
        try:
            async for chunk in event_stream(
                state.feed, request.headers.get("Last-Event-ID"), keepalive=state.keepalive,
                stopping=state.stopping, accept=accept,
            ):
                yield chunk
        finally:
            state.slots.release(team.team_id)
            state.metrics.streams.dec()

    return StreamingResponse(body(), media_type="text/event-stream; charset=utf-8", headers=SSE_HEADERS)


@router.get("/deliveries", response_model=DeliveryLog, tags=["alerts"])
async def deliveries(state: Parts, team: CurrentTeam, limit: Limit = 100) -> DeliveryLog:
    """The team's delivery log: each of its alerts' outcome on each channel, newest first."""
    ids = await asyncio.to_thread(_team_ids, state, team)
    try:
        found = await state.backend.deliveries(limit, ids)
    except BackendUnavailable as exc:
        raise _unavailable(exc) from exc
    return DeliveryLog(count=len(found), deliveries=found)


# Subscriptions


def _keep_known_channels(spec: SubscriptionSpec, before: Subscription) -> SubscriptionSpec:
    """A channel sent back as it was shown (redacted) keeps its stored URL."""
    shown = {redact_channel(url): url for url in before.channels}
    return spec.model_copy(update={"channels": [shown.get(c, c) for c in spec.channels]})


def _missing(kind: str, object_id: str) -> HTTPException:
    return HTTPException(404, f"no {kind} {object_id!r} for this team")


@router.get("/subscriptions", response_model=SubscriptionList, tags=["subscriptions"])
def list_subscriptions(state: Parts, team: CurrentTeam) -> SubscriptionList:
    found = state.teams.team_subscriptions(team.team_id)
    return SubscriptionList(count=len(found), subscriptions=[SubscriptionOut.of(s) for s in found])


@router.post(
    "/subscriptions", response_model=SubscriptionOut, status_code=201, tags=["subscriptions"],
    responses={409: {"description": "the team has as many subscriptions as allowed"}},
)
def create_subscription(state: Parts, team: CurrentTeam, spec: SubscriptionSpec) -> SubscriptionOut:
    """A new subscription; the matcher sees it within seconds."""
    if len(state.teams.subscription_ids(team.team_id)) >= MAX_SUBSCRIPTIONS_PER_TEAM:
        raise HTTPException(409, f"a team may have at most {MAX_SUBSCRIPTIONS_PER_TEAM} subscriptions")
    return SubscriptionOut.of(state.teams.add_subscription(team.team_id, spec))


@router.get("/subscriptions/{subscription_id}", response_model=SubscriptionOut, tags=["subscriptions"])
def get_subscription(state: Parts, team: CurrentTeam, subscription_id: str) -> SubscriptionOut:
    found = state.teams.subscription(team.team_id, subscription_id)
    if found is None:
        raise _missing("subscription", subscription_id)
    return SubscriptionOut.of(found)


@router.put("/subscriptions/{subscription_id}", response_model=SubscriptionOut, tags=["subscriptions"])
def replace_subscription(
    state: Parts, team: CurrentTeam, subscription_id: str, spec: SubscriptionSpec
) -> SubscriptionOut:
    before = state.teams.subscription(team.team_id, subscription_id)
    if before is None:
        raise _missing("subscription", subscription_id)
    spec = _keep_known_channels(spec, before)
    after = state.teams.replace_subscription(team.team_id, subscription_id, spec)
    if after is None:
        raise _missing("subscription", subscription_id)
    return SubscriptionOut.of(after)


@router.delete("/subscriptions/{subscription_id}", status_code=204, tags=["subscriptions"])
def delete_subscription(state: Parts, team: CurrentTeam, subscription_id: str) -> Response:
    if not state.teams.delete_subscription(team.team_id, subscription_id):
        raise _missing("subscription", subscription_id)
    return Response(status_code=204)


# Incidents: marks and exports


async def _known_incident(state: ApiState, incident_id: str) -> Incident:
    try:
        incident = await state.backend.incident(incident_id)
    except BackendUnavailable as exc:
        raise _unavailable(exc) from exc
    if incident is None:
        raise _missing("incident", incident_id)
    return incident


@router.post("/incidents/{incident_id}/ack", response_model=MarkOut, tags=["incidents"])
async def acknowledge(state: Parts, team: CurrentTeam, incident_id: str) -> MarkOut:
    """Mark an incident as seen by this team (shown on its card)."""
    await _known_incident(state, incident_id)
    return MarkOut.of(await asyncio.to_thread(state.teams.acknowledge, team.team_id, incident_id))


@router.post("/incidents/{incident_id}/silence", response_model=MarkOut, tags=["incidents"])
async def silence(
    state: Parts,
    team: CurrentTeam,
    incident_id: str,
    until: Annotated[datetime, Query(description="ISO 8601 time with zone; no alerts for it until then")],
) -> MarkOut:
    """No more alerts about this incident for this team until ``until``."""
    if until.tzinfo is None:
        raise HTTPException(422, "until needs a time zone, e.g. 2026-01-01T12:00:00Z")
    if until <= datetime.now(UTC):
        raise HTTPException(422, "until must be in the future")
    await _known_incident(state, incident_id)
    return MarkOut.of(await asyncio.to_thread(state.teams.silence, team.team_id, incident_id, until))


async def _incidents(state: ApiState, limit: int) -> list[Incident]:
    try:
        return await state.backend.latest_incidents(limit)
    except BackendUnavailable as exc:
        raise _unavailable(exc) from exc


ExportLimit = Annotated[int, Query(ge=1, le=EXPORT_LIMIT)]
CSV: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}}}}


def _csv(text: str, name: str) -> Response:
    return Response(
        text, media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/incidents.csv", response_class=Response, responses=CSV, tags=["exports"])
async def incidents_csv(state: Parts, team: CurrentTeam, limit: ExportLimit = 1000) -> Response:
    """The latest incidents, one row each, with their headline toll and its range."""
    return _csv(exports.incidents_csv(await _incidents(state, limit)), "incidents.csv")


@router.get("/incidents.acled.csv", response_class=Response, responses=CSV, tags=["exports"])
async def incidents_acled(state: Parts, team: CurrentTeam, limit: ExportLimit = 1000) -> Response:
    """The latest incidents in ACLED's columns and event types."""
    return _csv(exports.acled_csv(await _incidents(state, limit)), "incidents-acled.csv")


@router.get(
    "/incidents.geojson", response_class=Response, tags=["exports"],
    responses={200: {"content": {"application/geo+json": {}}, "description": "GeoJSON"}},
)
async def incidents_geojson(state: Parts, team: CurrentTeam, limit: ExportLimit = 1000) -> Response:
    """The latest located incidents as a GeoJSON FeatureCollection of points."""
    body = json.dumps(exports.geojson(await _incidents(state, limit)), ensure_ascii=False)
    return Response(body, media_type="application/geo+json")

"""The API's response bodies (request bodies are ``SubscriptionSpec``): its OpenAPI contract."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from streams.api.security import redact_channel
from streams.api.store import IncidentMark
from streams.pipeline.subscriptions import Policy, Subscription

__all__ = [
    "AlertsPage",
    "DeliveryLog",
    "ErrorBody",
    "FieldError",
    "Health",
    "IncidentCard",
    "IncidentCards",
    "MarkOut",
    "SearchPage",
    "SourceHealthOut",
    "SubscriptionList",
    "SubscriptionOut",
    "TeamOut",
]


class FieldError(BaseModel):
    field: str = Field(description="where the problem is, e.g. body.places.0 or query.limit")
    reason: str


class ErrorBody(BaseModel):
    error: str
    fields: list[FieldError] = Field(default_factory=list)


class Health(BaseModel):
    status: str = Field(description="ok, or degraded when a backend does not answer or a source fails")
    backend: str
    reachable: bool
    stream: str
    stream_reachable: bool | None = None
    failing_sources: list[str] | None = Field(
        description="ids of the news sources whose latest polls failed (null: could not be read)"
    )


class SourceHealthOut(BaseModel):
    source_id: str
    targets: int = Field(description="its feeds, sitemaps and section pages")
    failing_targets: int = Field(description="of those, how many failed at their latest poll")
    consecutive_failures: int = Field(description="failed polls since each target's last success, summed")
    last_success: str | None = Field(description="when a target was last read (ISO 8601, UTC); null: never")
    last_error: str | None = Field(description="URL and reason of the target that failed most in a row")


class DetailedHealth(Health):
    location: str = Field(description="where the backend is (credentials removed)")
    failing_source_health: list[SourceHealthOut] | None = Field(
        description="each failing source's state (null: could not be read)"
    )


class TeamOut(BaseModel):
    team_id: str
    name: str
    created_at: str


class SubscriptionOut(BaseModel):
    id: str
    name: str
    keywords: list[str]
    exclude: list[str]
    actors: list[str]
    places: list[str]
    types: list[str]
    sources: list[str]
    min_killed: int
    min_injured: int
    channels: list[str] = Field(description="channel URLs with their credentials replaced by a fingerprint")
    policy: Policy

    @classmethod
    def of(cls, subscription: Subscription) -> SubscriptionOut:
        return cls(
            id=subscription.id, name=subscription.name, keywords=list(subscription.keywords),
            exclude=list(subscription.exclude), actors=list(subscription.actors),
            places=list(subscription.places), types=list(subscription.types),
            sources=list(subscription.sources), min_killed=subscription.min_killed,
            min_injured=subscription.min_injured,
            channels=[redact_channel(c) for c in subscription.channels], policy=subscription.policy,
        )


class SubscriptionList(BaseModel):
    count: int
    subscriptions: list[SubscriptionOut]


class AlertsPage(BaseModel):
    backend: str
    count: int
    alerts: list[dict[str, Any]]


class SubscriptionRef(BaseModel):
    id: str
    name: str


class MarkOut(BaseModel):
    incident_id: str
    acked_at: str | None
    silenced_until: str | None

    @classmethod
    def of(cls, mark: IncidentMark) -> MarkOut:
        return cls(incident_id=mark.incident_id, acked_at=mark.acked_at, silenced_until=mark.silenced_until)


class IncidentCard(BaseModel):
    """One incident as the team's alerts tell it: the newest snapshot, every matching subscription."""

    incident_id: str
    incident: dict[str, Any]
    subscriptions: list[SubscriptionRef]
    alerts: int
    updated: bool = Field(description="true once an update alert followed the first")
    first_alert_at: str
    last_alert_at: str
    killed: int
    killed_min: int
    killed_max: int
    injured: int
    sources: int
    acked_at: str | None = None
    silenced_until: str | None = None


class IncidentCards(BaseModel):
    backend: str
    count: int
    incidents: list[IncidentCard]


class DeliveryLog(BaseModel):
    count: int
    deliveries: list[dict[str, Any]] = Field(
        description="alert_id, output, status (delivered | failed), attempts, reason, times"
    )


class SearchPage(BaseModel):
    query: str
    backend: str
    count: int
    hits: list[dict[str, Any]]

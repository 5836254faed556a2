"""Alerts: match incidents to subscriptions, one alert per (subscription, incident).

A subscription names any of: keywords (phrases, matched on normalised text), actors, places
(a governorate contains its districts and towns), event types and a minimum number killed.
Every field given must match; within a field any value may. After the first alert for an
incident, a subscription hears of it again only when the toll rises or the account becomes
disputed, and the update says what changed. Alert ids are derived from subscription,
incident and incident version, so a replay produces the same ids.

Matching 1,000 subscriptions per incident stays cheap through an inverted index: each
subscription is filed under its most selective field, and only the subscriptions filed under
the incident's places, actors, types (or under "any") are checked in full.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from streams.extraction import places
from streams.extraction.arabic import normalize
from streams.pipeline.merge import total_injured, total_killed
from streams.records import Alert, Incident, stable_id

__all__ = ["AlertState", "IncidentFacts", "Matcher", "Subscription", "load_subscriptions"]

ANY = "*"


@dataclass(frozen=True)
class Subscription:
    id: str
    name: str = ""
    keywords: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    min_killed: int = 0

    def matches(self, facts: IncidentFacts) -> bool:
        if self.types and facts.type not in self.types:
            return False
        if self.min_killed and facts.killed < self.min_killed:
            return False
        if self.actors and facts.actors.isdisjoint(self.actors):
            return False
        if self.places and facts.places.isdisjoint(self.places):
            return False
        return not self.keywords or any(keyword in facts.text for keyword in self.keywords)

    def index_keys(self) -> list[str]:
        """Where the inverted index files this subscription (its most selective field)."""
        if self.places:
            return [f"place:{value}" for value in self.places]
        if self.actors:
            return [f"actor:{value}" for value in self.actors]
        if self.types:
            return [f"type:{value}" for value in self.types]
        return [ANY]


@dataclass(frozen=True)
class IncidentFacts:
    """What subscriptions are matched against, computed once per incident."""

    type: str
    killed: int
    actors: frozenset[str]
    places: frozenset[str]
    text: str

    @classmethod
    def of(cls, incident: Incident) -> IncidentFacts:
        return cls(
            type=incident.type,
            killed=total_killed(incident),
            actors=frozenset(_actor_keys(incident)),
            places=frozenset(_place_keys(incident)),
            text=normalize(incident.evidence),
        )


def _actor_keys(incident: Incident) -> set[str]:
    keys = set()
    for actor in incident.actors:
        keys |= {actor.id, normalize(actor.name_ar), normalize(actor.name_en)}
    return keys


def _place_keys(incident: Incident) -> set[str]:
    return {ancestor for loc in incident.locations for ancestor in places.ancestors(loc.id)}


def _place_id(value: str) -> str:
    if value in places.place_entries():
        return value
    found = places.find_places(value)
    if not found:
        raise ValueError(f"unknown place {value!r}: use a place id or name from the gazetteer")
    return found[0].id


def _subscription(entry: dict) -> Subscription:
    return Subscription(
        id=str(entry["id"]),
        name=str(entry.get("name", entry["id"])),
        keywords=tuple(normalize(k) for k in entry.get("keywords", [])),
        actors=tuple(normalize(a) for a in entry.get("actors", [])),
        places=tuple(_place_id(p) for p in entry.get("places", [])),
        types=tuple(entry.get("types", [])),
        min_killed=int(entry.get("min_killed", 0)),
    )


def load_subscriptions(path: Path) -> list[Subscription]:
    """Read a subscriptions YAML file (a top-level ``subscriptions:`` list)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("subscriptions", [])
    if not isinstance(entries, list):
        raise ValueError(f"{path}: 'subscriptions' must be a list")
    try:
        return [_subscription(entry) for entry in entries]
    except KeyError as exc:
        raise ValueError(f"{path}: every subscription needs an {exc.args[0]!r}") from exc


@dataclass(frozen=True)
class AlertState:
    """What a subscription was last told about an incident."""

    killed: int
    injured: int
    contested: bool


def _state(incident: Incident) -> AlertState:
    return AlertState(total_killed(incident), total_injured(incident), incident.contested)


def _sent_key(subscription_id: str, incident_id: str) -> str:
    return f"{subscription_id}|{incident_id}"


def _changes(before: AlertState, after: AlertState) -> list[str]:
    changes = []
    if after.killed > before.killed:
        changes.append(f"killed rose from {before.killed} to {after.killed}")
    if after.injured > before.injured:
        changes.append(f"injured rose from {before.injured} to {after.injured}")
    if after.contested and not before.contested:
        changes.append("the account is now disputed")
    return changes


def _summary(incident: Incident) -> str:
    place = incident.locations[0].name_en if incident.locations else "unknown place"
    killed = total_killed(incident)
    return f"{incident.type} in {place}" + (f", {killed} killed" if killed else "")


@dataclass
class Matcher:
    """The alert stage; ``sent`` is its state (a Faust table in the distributed engine)."""

    subscriptions: list[Subscription]
    sent: dict[str, AlertState] = field(default_factory=dict)
    _index: dict[str, list[Subscription]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for subscription in self.subscriptions:
            for key in subscription.index_keys():
                self._index.setdefault(key, []).append(subscription)

    def states(self, incident_id: str) -> dict[str, AlertState]:
        """What each subscription was told about one incident (to keep in a table)."""
        suffix = f"|{incident_id}"
        return {key[: -len(suffix)]: state for key, state in self.sent.items() if key.endswith(suffix)}

    def load_states(self, incident_id: str, states: dict[str, AlertState]) -> None:
        """Take back what ``states`` returned, e.g. from a table, before matching the incident."""
        for subscription_id, state in states.items():
            self.sent[_sent_key(subscription_id, incident_id)] = state

    def restore(self, alert: Alert) -> None:
        """Take back what an alert already told its subscriber (at start-up)."""
        key = _sent_key(alert.subscription_id, alert.incident_id)
        state = _state(alert.incident)
        known = self.sent.get(key)
        if known is None or known.killed <= state.killed:
            self.sent[key] = state

    def candidates(self, facts: IncidentFacts) -> Iterable[Subscription]:
        keys = [ANY]
        keys += [f"place:{place}" for place in facts.places]
        keys += [f"actor:{actor}" for actor in facts.actors]
        keys.append(f"type:{facts.type}")
        seen: dict[str, Subscription] = {}
        for key in keys:
            for subscription in self._index.get(key, ()):
                seen.setdefault(subscription.id, subscription)
        return seen.values()

    def match(self, incident: Incident, now: str = "") -> list[Alert]:
        facts = IncidentFacts.of(incident)
        alerts = []
        for subscription in self.candidates(facts):
            if subscription.matches(facts):
                alert = self._alert(subscription, incident, now)
                if alert is not None:
                    alerts.append(alert)
        return alerts

    def _alert(self, subscription: Subscription, incident: Incident, now: str) -> Alert | None:
        key = _sent_key(subscription.id, incident.incident_id)
        after = _state(incident)
        before = self.sent.get(key)
        if before is None:
            kind, reason = "new", f"{subscription.name}: {_summary(incident)}"
        else:
            changes = _changes(before, after)
            if not changes:
                return None
            kind, reason = "update", f"{subscription.name}: " + "; ".join(changes)
        self.sent[key] = after
        return Alert(
            alert_id=stable_id("alert", subscription.id, incident.incident_id, incident.version),
            subscription_id=subscription.id,
            incident_id=incident.incident_id,
            kind=kind,
            reason=reason,
            incident=incident,
            created_at=now,
        )

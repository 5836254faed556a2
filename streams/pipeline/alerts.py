"""Alerts: match incidents to subscriptions, one alert per (subscription, incident).

Subscriptions and what they match (``IncidentFacts``) are defined in
``streams.pipeline.subscriptions``. After the first alert for an incident, a subscription hears
of it again only when the headline toll (``streams.pipeline.tolls.headline_toll``) rises or the
account becomes disputed, and the update says what changed. When incidents merge, what a
subscription was told about any of them carries over to the merged incident: no second "new"
alert, and an update when it had been told of several of them. An alert's id is derived from
what it announces (subscription, incident, kind, killed, injured, disputed), not from the order
reports came in, so both engines and a replay produce the same ids for the same announcement.

Matching 1,000 subscriptions per incident stays cheap through an inverted index: each
subscription is filed under its most selective field, and only the subscriptions filed under
the incident's places, actors, types (or under "any") are checked in full.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from streams.pipeline.subscriptions import ANY, IncidentFacts, Subscription, load_subscriptions
from streams.records import Alert, Incident, stable_id

__all__ = ["AlertState", "IncidentFacts", "Matcher", "Subscription", "alert_id", "load_subscriptions"]




@dataclass(frozen=True)
class AlertState:
    """What a subscription was last told about an incident; ``merged``: the absorbed incidents
    it had been told about whose news is folded into this state."""

    killed: int
    injured: int
    contested: bool
    merged: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlertState:
        return cls(data["killed"], data["injured"], data["contested"], tuple(data.get("merged", ())))

    def union(self, other: AlertState) -> AlertState:
        return AlertState(
            max(self.killed, other.killed),
            max(self.injured, other.injured),
            self.contested or other.contested,
            tuple(sorted({*self.merged, *other.merged})),
        )


def _state(incident: Incident) -> AlertState:
    return AlertState(incident.headline.killed, incident.headline.injured, incident.contested)


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
    killed = incident.headline.killed
    return f"{incident.type} in {place}" + (f", {killed} killed" if killed else "")


Muted = Callable[[str, str], bool]


def alert_id(subscription_id: str, incident_id: str, kind: str, told: AlertState) -> str:
    """The same announcement gets the same id, whichever engine or replay makes it."""
    merged = ",".join(told.merged)
    figures = (told.killed, told.injured, told.contested)
    return stable_id("alert", subscription_id, incident_id, kind, *figures, merged)


@dataclass
class Matcher:
    """The alert stage; ``sent`` is its state (a Faust table in the distributed engine).

    ``muted(team_id, incident_id)``, when given, is asked before an alert is raised for a
    team's subscription: a team that silenced an incident hears nothing more of it.
    """

    subscriptions: list[Subscription]
    sent: dict[str, AlertState] = field(default_factory=dict)
    muted: Muted | None = None
    _index: dict[str, list[Subscription]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.replace(self.subscriptions)

    def subscription(self, subscription_id: str) -> Subscription | None:
        """The subscription of that id, None when unknown (its channels and policy decide
        where its alerts go)."""
        return self._by_id.get(subscription_id)

    def replace(self, subscriptions: list[Subscription]) -> None:
        """Match against ``subscriptions`` from now on (what was sent is kept)."""
        self.subscriptions = list(subscriptions)
        self._by_id = {s.id: s for s in self.subscriptions}
        self._index = {}
        for subscription in self.subscriptions:
            for key in subscription.index_keys():
                self._index.setdefault(key, []).append(subscription)

    def states(self, incident_id: str) -> dict[str, AlertState]:
        """What each subscription was told about one incident (to keep in a table)."""
        suffix = f"|{incident_id}"
        return {key[: -len(suffix)]: state for key, state in self.sent.items() if key.endswith(suffix)}

    def load_states(self, incident_id: str, states: dict[str, AlertState]) -> None:
        """Take back what ``states`` returned, e.g. from a table, before matching the incident
        (and before matching one that absorbed it: see ``Incident.merged_from``)."""
        for subscription_id, state in states.items():
            self.sent[_sent_key(subscription_id, incident_id)] = state

    def restore(self, alert: Alert) -> None:
        """Take back what an alert already told its subscriber (at start-up)."""
        key = _sent_key(alert.subscription_id, alert.incident_id)
        state = _state(alert.incident)
        known = self.sent.get(key)
        self.sent[key] = state if known is None else known.union(state)

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
        """Alerts for the incident as it is now; none for one absorbed into another."""
        if incident.superseded_by is not None:
            return []
        facts = IncidentFacts.of(incident)
        alerts = []
        for subscription in self.candidates(facts):
            if subscription.matches(facts) and not self._muted(subscription, incident):
                alert = self._alert(subscription, incident, now)
                if alert is not None:
                    alerts.append(alert)
        return alerts

    def _muted(self, subscription: Subscription, incident: Incident) -> bool:
        if self.muted is None or not subscription.team_id:
            return False
        return self.muted(subscription.team_id, incident.incident_id)

    def _told(self, subscription_id: str, incident: Incident) -> tuple[AlertState | None, int]:
        """What the subscription was told about this incident and the absorbed ones, and how
        many incidents it was told about are newly found to be this one (0: no such news)."""
        own = self.sent.get(_sent_key(subscription_id, incident.incident_id))
        told, fresh = own, []
        for absorbed in incident.merged_from:
            state = self.sent.get(_sent_key(subscription_id, absorbed))
            if state is not None and (own is None or absorbed not in own.merged):
                fresh.append(absorbed)
                told = state if told is None else told.union(state)
        if told is None or not fresh:
            return told, 0
        told = dataclasses.replace(told, merged=tuple(sorted({*told.merged, *fresh})))
        return told, len(fresh) + (own is not None)

    def _alert(self, subscription: Subscription, incident: Incident, now: str) -> Alert | None:
        key = _sent_key(subscription.id, incident.incident_id)
        after = _state(incident)
        before, parts = self._told(subscription.id, incident)
        if before is None:
            kind, reason, told = "new", f"{subscription.name}: {_summary(incident)}", after
        else:
            told = before.union(after)
            changes = _changes(before, after)
            if parts > 1:
                changes.insert(0, f"{parts} incidents alerted on are one incident")
            self.sent[key] = told
            if not changes or not subscription.policy.updates:
                return None
            kind, reason = "update", f"{subscription.name}: " + "; ".join(changes)
        self.sent[key] = told
        return Alert(
            alert_id=alert_id(subscription.id, incident.incident_id, kind, told),
            subscription_id=subscription.id,
            incident_id=incident.incident_id,
            kind=kind,
            reason=reason,
            incident=incident,
            created_at=now,
        )

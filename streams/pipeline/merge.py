"""Incident merge: many reports of one real-world event become one incident.

Two events are one incident when their types are of one family (an air strike and shelling
are both bombardment; an attack, a clash and an ambush are all ground fighting), their places
are the same or one lies inside the other, and their dates are within a few days. Every report
is kept with its source, claimant and counts; the toll is a min–max range per group.

``merge_key`` is what the distributed engine keys events by, so that every report that could
join an incident reaches the same partition and the same table entry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from streams.extraction import places
from streams.records import Actor, Casualties, Event, Incident, Location, Report, Toll, stable_id

__all__ = [
    "DATE_WINDOW_DAYS",
    "Merger",
    "family",
    "is_same_incident",
    "merge_event",
    "merge_key",
    "total_injured",
    "total_killed",
]

DATE_WINDOW_DAYS = 2
MAX_EVIDENCE_CHARS = 4000
FAMILIES = {
    "airstrike": "bombardment",
    "shelling": "bombardment",
    "attack": "ground",
    "armed_clash": "ground",
    "ambush": "ground",
    "explosion": "explosion",
    "assassination": "assassination",
}
BROAD_LEVELS = frozenset({"country", "admin1", None})
UNATTRIBUTED = "unspecified"
LEVEL_ORDER = {"town": 0, "subdistrict": 1, "district": 2, "admin1": 3, "country": 4}


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, "other")


def merge_key(record: Event | Incident) -> str:
    """Partition key: type family and governorate (reports of one incident share both)."""
    governorate = next((loc.admin1 for loc in record.locations if loc.admin1), None)
    return f"{family(record.type)}:{governorate or 'unknown'}"


def _dates_close(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return True
    days = abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    return days <= DATE_WINDOW_DAYS


def _outer(ours: Location, theirs: Location) -> Location | None:
    """The larger of two places when one is (or lies inside) the other."""
    if ours.id == theirs.id or places.contains(ours.id, theirs.id):
        return ours
    return theirs if places.contains(theirs.id, ours.id) else None


def _actors_overlap(event: Event, incident: Incident) -> bool:
    ours = {actor.id for actor in event.actors}
    return bool(ours & {actor.id for actor in incident.actors})


def _sites(locations: list[Location]) -> list[Location]:
    """Where it happened: the most specific places named (a report also names the areas
    around them, which say nothing about whether two events are one)."""
    if not locations:
        return []
    finest = min(LEVEL_ORDER.get(loc.level or "", len(LEVEL_ORDER)) for loc in locations)
    return [loc for loc in locations if LEVEL_ORDER.get(loc.level or "", len(LEVEL_ORDER)) == finest]


def _places_match(event: Event, incident: Incident) -> bool:
    """Same or nested sites; a site given only as a whole governorate is only enough when
    the actors agree too."""
    ours, theirs = _sites(event.locations), _sites(incident.locations)
    for outer in (_outer(a, b) for a in ours for b in theirs):
        if outer is None:
            continue
        if outer.level not in BROAD_LEVELS or _actors_overlap(event, incident):
            return True
    return False


def is_same_incident(event: Event, incident: Incident) -> bool:
    if family(event.type) != family(incident.type):
        return False
    if not any(_dates_close(event.date, d) for d in (incident.date_start, incident.date_end)):
        return False
    return _places_match(event, incident)


def _report(event: Event) -> Report:
    return Report(
        article_id=event.article_id,
        source_id=event.source_id,
        event_id=event.event_id,
        claimed_by=list(event.claimed_by),
        counts=list(event.casualties),
        contested=event.contested,
    )


def _group_counts(counts: list[Casualties]) -> dict[str, Casualties]:
    """One report's largest figures per group (a report may give an overall and a part)."""
    groups: dict[str, Casualties] = {}
    for count in counts:
        group = count.group or UNATTRIBUTED
        seen = groups.setdefault(group, Casualties(group=group))
        seen.killed = _max(seen.killed, count.killed)
        seen.injured = _max(seen.injured, count.injured)
        seen.approximate = seen.approximate or count.approximate
    return groups


def _max(first: int | None, second: int | None) -> int | None:
    values = [v for v in (first, second) if v is not None]
    return max(values) if values else None


def _min(first: int | None, second: int | None) -> int | None:
    values = [v for v in (first, second) if v is not None]
    return min(values) if values else None


def tolls(reports: list[Report]) -> list[Toll]:
    """Per group, the smallest and largest figures any report gave."""
    result: dict[str, Toll] = {}
    for report in reports:
        for group, count in _group_counts(report.counts).items():
            toll = result.setdefault(group, Toll(group=group))
            toll.killed_min = _min(toll.killed_min, count.killed)
            toll.killed_max = _max(toll.killed_max, count.killed)
            toll.injured_min = _min(toll.injured_min, count.injured)
            toll.injured_max = _max(toll.injured_max, count.injured)
            toll.approximate = toll.approximate or count.approximate
    return sorted(result.values(), key=lambda toll: toll.group)


def report_total(report: Report, field_name: str) -> int:
    """One report's figure: its named groups added up, or its unattributed figure when that is
    larger ("مقتل 7 أشخاص" and "بينهم 5 مدنيين" are the same dead, not 12)."""
    groups = _group_counts(report.counts)
    unattributed = getattr(groups.pop(UNATTRIBUTED, Casualties()), field_name) or 0
    return max(unattributed, sum(getattr(count, field_name) or 0 for count in groups.values()))


def _highest_total(incident: Incident, field_name: str) -> int:
    """The highest figure any one report gives (adding across reports would count one victim
    once per outlet)."""
    return max((report_total(report, field_name) for report in incident.reports), default=0)


def total_killed(incident: Incident) -> int:
    return _highest_total(incident, "killed")


def total_injured(incident: Incident) -> int:
    return _highest_total(incident, "injured")


def _union_actors(incident: Incident, event: Event) -> list[Actor]:
    actors = {actor.id: actor for actor in incident.actors}
    for actor in event.actors:
        known = actors.get(actor.id)
        if known is None or (known.role == "mentioned" and actor.role != "mentioned"):
            actors[actor.id] = actor
    return list(actors.values())


def _most_specific_first(locations: Iterable[Location]) -> list[Location]:
    return sorted(locations, key=lambda loc: LEVEL_ORDER.get(loc.level or "", len(LEVEL_ORDER)))


def _union_locations(incident: Incident, event: Event) -> list[Location]:
    merged = {loc.id: loc for loc in incident.locations}
    for loc in event.locations:
        merged.setdefault(loc.id, loc)
    return _most_specific_first(merged.values())


def new_incident(event: Event, now: str) -> Incident:
    incident = Incident(
        incident_id=stable_id("incident", event.event_id),
        type=event.type,
        date_start=event.date,
        date_end=event.date,
        actors=list(event.actors),
        locations=_most_specific_first(event.locations),
        reports=[_report(event)],
        contested=event.contested,
        first_seen=now,
        updated_at=now,
        evidence=event.evidence[:MAX_EVIDENCE_CHARS],
    )
    incident.toll = tolls(incident.reports)
    return incident


def merge_event(incident: Incident, event: Event, now: str) -> Incident:
    """The incident with one more report; ``version`` rises only when something changed."""
    if any(report.event_id == event.event_id for report in incident.reports):
        return incident
    reports = [*incident.reports, _report(event)]
    dates = sorted(d for d in (incident.date_start, incident.date_end, event.date) if d)
    evidence = incident.evidence
    if event.evidence and event.evidence not in evidence:
        evidence = f"{evidence}\n{event.evidence}"[:MAX_EVIDENCE_CHARS]
    return dataclasses.replace(
        incident,
        date_start=dates[0] if dates else None,
        date_end=dates[-1] if dates else None,
        actors=_union_actors(incident, event),
        locations=_union_locations(incident, event),
        reports=reports,
        toll=tolls(reports),
        contested=incident.contested or event.contested,
        updated_at=now,
        version=incident.version + 1,
        evidence=evidence,
    )


@dataclass
class Merger:
    """The merge stage over in-memory state (the Faust agent keeps the same state in a table)."""

    incidents: dict[str, Incident] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=dict)

    def add(self, event: Event, now: str) -> tuple[Incident, Incident | None]:
        """``(incident after, incident before)``; before is None for a new incident."""
        key = merge_key(event)
        for incident_id in self.by_key.get(key, []):
            before = self.incidents[incident_id]
            if is_same_incident(event, before):
                after = merge_event(before, event, now)
                self.incidents[incident_id] = after
                return after, before
        incident = new_incident(event, now)
        self.restore(incident)
        return incident, None

    def restore(self, incident: Incident) -> None:
        """Take back a stored incident (at start-up), so new reports can still join it."""
        if incident.incident_id not in self.incidents:
            self.by_key.setdefault(merge_key(incident), []).append(incident.incident_id)
        self.incidents[incident.incident_id] = incident

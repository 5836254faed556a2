"""Incident merge: many reports of one real-world event become one incident.

Which reports are one incident depends on the set of reports, never on their order:

* Two reports are *linked* when their types are of one family (an air strike and shelling are
  both bombardment; a clash and an ambush are both ground fighting; an "attack" is of every
  family, since outlets call every kind of violence one; two kinds of one named party's act in
  one town on one day are one act told two ways, ``_name_one_actor``), their dates are within
  ``DATE_WINDOW_DAYS`` (an undated report is close to any date), and their sites (the most
  specific places each names) are the same or one lies inside the other; when the
  larger of the two is only a governorate, their actors must overlap too. A report whose sites
  lie far apart (a roundup, or a report naming an earlier incident's town) matches by the first
  it names only (``Feature.scattered``); a report that calls its incident a later one at its
  place ("قصف جديد"، "هجوم ثان") is not linked to a report of an earlier day (``Feature.later``),
  nor, unless it only tells a running fight's day, to a report of its own day that does not say
  so and gives other figures (``Feature.second``: "قتيل بانفجار ثان في المدينة بعد ساعات من
  تفجير السوق" is not the market's "سبعة قتلى").
* An incident is a connected component of linked reports.
* A report of type "other" (figures with no attack word: "six of the wounded died of their
  wounds", another outlet's own count) is a *follow-up*: it links nothing, but hangs from the
  report it matches best by the same date and place rules, in any family (closest date, then
  the earliest of its sites met, then the finer site, then the smaller event id), and joins that
  report's incident. So it never
  joins two incidents together. A follow-up that matches no report is an incident of its own
  until one arrives. A report that names no place finer than its country ("شهيدان بغارة ...
  شرقي لبنان") hangs the same way: it could be any of the country's incidents of its days, so it
  joins the one whose actors it shares and never bridges two. So does a report that gives dead or
  wounded in a governorate and names nobody ("20 قتيلا بتفجير في دمشق"): it joins an incident
  there without the shared actor a linked report needs (``Feature.unattributed``).
* An incident's id comes from the smallest event id among its linked reports (a lone
  follow-up's: its own). When a new report links two incidents, or brings a smaller event id,
  the id changes: the incident is sent under its new id with ``merged_from`` listing the ids it
  absorbed, and each absorbed incident is sent once more with ``superseded_by``. Every other
  field (type, dates, actors, places, tolls, evidence) is computed from the reports, so the
  final incidents are the same whatever order the reports came in.

``merge_key`` partitions reports: only reports under one key are compared, and every report
that could join an incident shares its key (the country: a report that names only the country,
or a governorate another outlet leaves out, must meet the incident; follow-ups join any family,
so the family is not part of it). Per key the state is JSON-ready table entries (a Faust table in
Kafka mode, SQLite in embedded mode): each report day has a list of the incidents with a report
that day, and the key's own value names the days that have one; each incident has an entry for
its record and one for its comparison data, its *distinct* report features (a new report costs
one comparison per distinct type family, date, sites and actors of an incident, not one per
report) and its reports' event ids. A report reads the lists of the days close to its date, the
comparison data of the incidents they name and the records of those it joins, and writes a
day's list only when an incident is new to that day: a country with hundreds of incidents is
never one value to read or re-encode per report (nor one Kafka message over its size limit). A
day lists at most ``MAX_INCIDENTS_PER_DAY`` incidents. An incident whose entries have expired
(``streams.pipeline.expiry``) is forgotten when a report would have used it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from streams.extraction import places
from streams.extraction.extract import calls_itself_another, calls_itself_second
from streams.pipeline.tolls import headline_toll, split_counts, tolls
from streams.records import Actor, Event, Incident, Location, Report, stable_id

__all__ = [
    "DATE_WINDOW_DAYS",
    "MAX_INCIDENTS_PER_DAY",
    "Feature",
    "MergeState",
    "family",
    "follows",
    "incident_id_for",
    "linked",
    "merge_key",
]

DATE_WINDOW_DAYS = 2
MAX_EVIDENCE_CHARS = 4000
MAX_REPORT_EVIDENCE_CHARS = 1000
# The evidence an incident's reports keep together. A report without it is a few hundred bytes,
# so an incident that hundreds of outlets report stays far below Kafka's 1 MB message limit
# (it travels whole on ``incidents`` and ``alerts`` and is kept whole as merge state); past the
# budget, reports keep their figures and ids and the incident its own evidence.
MAX_REPORTS_EVIDENCE_CHARS = 60_000
# Per merge key (a country) and report day: past it, a day's first listed incident leaves that
# day's list (a country's worst day of a war has far fewer); the list, ids only, stays about 20 KB.
MAX_INCIDENTS_PER_DAY = 1000
UNDATED = ""  # the day of an undated report
FAMILIES = {
    "airstrike": "bombardment",
    "shelling": "bombardment",
    "attack": "any",
    "armed_clash": "ground",
    "ambush": "ground",
    "explosion": "explosion",
    "assassination": "assassination",
}
# "هجوم" is what outlets call every kind of violence: the car bomb and storming of a hotel
# (another outlet's "explosion"), a drone strike, the shooting of one man (another outlet's
# "assassination"). A report of type attack is of the family every other family meets; the
# place and date rules still decide.
ANY_FAMILY = "any"
# Actors that name a kind of force, not one party (lexicons/actors.yaml's generic fallbacks, and
# "unknown gunmen"): two reports naming one of them are not thereby about one party's act.
GENERIC_ACTORS = frozenset({"unknown", "armed_groups", "state_forces"})
FOLLOW_UP = "other"
BROAD_LEVELS = frozenset({"country", "admin1", "governorate", None})
GOVERNORATE_LEVELS = frozenset({"admin1", "governorate"})
LEVEL_ORDER = {"village": 0, "town": 0, "subdistrict": 1, "district": 2, "admin1": 3, "governorate": 3,
               "country": 4}
ROLE_ORDER = {"perpetrator": 0, "target": 1}
MAX_FIGURES = 8  # figures an incident keeps per feature of its reports (``Feature.figures``)
Figures = tuple[int | None, int | None]  # a report's dead and wounded
SEPARATE_KM = 15.0  # two sites a report names this far apart are separate places, not one area


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, FOLLOW_UP)


def merge_key(record: Event | Incident) -> str:
    """Partition key: the country of the first place named (every report of one incident names
    a place in it, at whatever level: town, governorate or only the country)."""
    if isinstance(record, Incident) and record.merge_key:
        return record.merge_key
    country = next((loc.country for loc in record.locations if loc.country), None)
    return country or "unknown"


def incident_id_for(event_id: str) -> str:
    return stable_id("incident", event_id)


@functools.lru_cache(maxsize=4096)
def _level_rank(level: str | None) -> int:
    return LEVEL_ORDER.get(level or "", len(LEVEL_ORDER))


@dataclass(frozen=True)
class Feature:
    """What the merge compares a report by."""

    family: str
    date: str | None
    sites: tuple[str, ...]
    level: str | None
    actors: frozenset[str]
    later: bool = False  # the report calls its incident a later one at its place (``linked``)
    counted: bool = True  # it gives a figure of dead or wounded (``unattributed``)
    second: bool = False  # later, and not only a running fight's day (``linked``)
    # its highest dead and wounded (``_second_beside``); not part of what tells features apart: an
    # incident keeps one feature for reports that differ only in their figures, with the first
    # ``MAX_FIGURES`` of their figures (``_Index.add_anchor``), so a rising toll adds no feature
    figures: frozenset[Figures] = field(default=frozenset(), compare=False)

    @classmethod
    def of(
        cls,
        event_type: str,
        day: str | None,
        locations: Iterable[Location],
        actors: Iterable[str],
        evidence: str = "",
        counted: bool = True,
        figures: Figures = (None, None),
    ) -> Feature:
        """Sites are the most specific places named (a report also names the areas around
        them, which say nothing about whether two events are one), in the order the report
        names them: the first is the one it is about (``_preference``)."""
        located = list(locations)
        finest = min((_level_rank(loc.level) for loc in located), default=None)
        sites = [loc for loc in located if _level_rank(loc.level) == finest]
        level = sites[0].level if sites else None
        named = tuple(dict.fromkeys(s.id for s in sites))
        later = bool(evidence) and calls_itself_another(evidence)
        second = later and calls_itself_second(evidence)
        return cls(family(event_type), day, named, level, frozenset(actors), later, counted, second,
                   frozenset({figures}) if figures != (None, None) else frozenset())

    @property
    def hangs(self) -> bool:
        """A report that only hangs from another (``_follow``) and links nothing: a follow-up,
        or a report that names no place finer than a country ("شهيدان بغارة ... شرقي لبنان"),
        which could be any of the country's incidents of its day and must not join two, or one
        that names only a governorate and nobody in it ("انفجار يهز العاصمة"): it could be any
        of the governorate's incidents of its day (``_places_match``)."""
        return self.family == FOLLOW_UP or self.level == "country" or self.unattributed

    @property
    def unattributed(self) -> bool:
        """Figures of dead or wounded in a governorate, and no actor at all: the figures are of one
        of its incidents (a country is too wide to hang from any of its incidents with no actor
        to tell them apart, and a governorate named with no figure and no actor is mostly a
        report's passing mention of the area)."""
        return self.counted and self.level in GOVERNORATE_LEVELS and not self.actors

    @property
    def scattered(self) -> bool:
        """Places farther apart than ``SEPARATE_KM`` at the finest level the report names (a
        district named with its city, "المنصورة في عدن"، "حي الحرشة في الزاوية", is one area even
        where the gazetteer does not put one inside the other): a roundup of the day
        ("12 شهيدا في غارتين: تسعة في جباليا وثلاثة في بيت لاهيا"), or a report that names the
        place of an earlier incident it recalls ("بعد قصف سوق قعطبة صباح اليوم"). Linked by any
        of its sites, it would join the incidents of both places into one: it links by the place
        it names first (``linked``), and its figures may be the sum of several incidents
        (``headline_toll``'s ``pooled``)."""
        return any(places.km_apart(a, b) > SEPARATE_KM for a, b in combinations(self.sites, 2))

    def dump(self) -> list[Any]:
        return [self.family, self.date, list(self.sites), self.level, sorted(self.actors), self.later,
                self.counted, self.second, [list(f) for f in sorted(self.figures, key=_figures_order)]]

    @classmethod
    def load(cls, data: list[Any]) -> Feature:
        """From ``dump()``'s form; one stored before ``later`` was part of it has five items, one
        stored before ``counted`` was, six (read as giving figures), before ``second`` and
        ``figures``, seven."""
        later = bool(data[5]) if len(data) > 5 else False
        counted = bool(data[6]) if len(data) > 6 else True
        second = bool(data[7]) if len(data) > 7 else False
        figures = frozenset((f[0], f[1]) for f in data[8]) if len(data) > 8 else frozenset()
        return cls(data[0], data[1], tuple(data[2]), data[3], frozenset(data[4]), later, counted, second,
                   figures)

    def with_figures(self, other: Feature) -> Feature:
        """This feature with ``other``'s figures too, at most ``MAX_FIGURES`` (the first in order)."""
        both = sorted(self.figures | other.figures, key=_figures_order)[:MAX_FIGURES]
        return dataclasses.replace(self, figures=frozenset(both))


def _days_apart(first: str | None, second: str | None) -> int:
    if not first or not second:
        return 0
    return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)


def _places_match(a: Feature, b: Feature, hanging: bool = False) -> bool:
    """Same or nested sites; when the larger is a whole governorate, the actors must agree, or
    (``hanging``: ``a`` only hangs from ``b``, ``Feature.hangs``) it is ``a``'s and ``a`` names
    nobody, or the town's report names nobody and the two give the same figures
    (``_silent_same_toll``)."""
    for ours in a.sites:
        for theirs in b.sites:
            if ours == theirs or places.contains(ours, theirs):
                wider = a
            elif places.contains(theirs, ours):
                wider = b
            else:
                continue
            hangs_unattributed = hanging and wider is a and a.unattributed
            if wider.level not in BROAD_LEVELS or a.actors & b.actors or hangs_unattributed:
                return True
            if not hanging and _silent_same_toll(b if wider is a else a, a, b):
                return True
    return False


def _silent_same_toll(finer: Feature, a: Feature, b: Feature) -> bool:
    """The report of the town names nobody, so it cannot disagree on who did it, and the two
    give the same dead or wounded: "ستة قتلى بانفجار في بلدة X" and "تنظيم Y يتبنى تفجيرا في
    محافظة Z قتل ستة" are one bombing. Without the same figure a governorate's report that names
    a party would tie every town's unattributed incident of its days to its own."""
    return not finer.actors and finer.level not in BROAD_LEVELS and _same_figure(a, b)


def follows(report: Feature, anchor: Feature) -> bool:
    """Close dates and same or nested sites: enough for a follow-up to hang from ``anchor``,
    unless the report calls its incident a later one than ``anchor``'s (``_later_than``,
    ``_second_beside``: "جريحان بانفجار ثان في المدينة بعد ساعات من تفجير الحافلة" does not
    hang from the bus bomb's report), as it would not link to it either."""
    return (
        _days_apart(report.date, anchor.date) <= DATE_WINDOW_DAYS
        and _places_match(report, anchor, hanging=report.hangs)
        and not _later_than(report, anchor)
        and not _second_beside(report, anchor)
    )


def _families_meet(a: str, b: str) -> bool:
    return a == b or ANY_FAMILY in (a, b)


def linked(a: Feature, b: Feature) -> bool:
    """The symmetric relation whose connected components are incidents. The first site each
    names must be, hold or lie in one of the other's (the same test as any site for a report of
    one site): a roundup of two places, or a report that names an earlier incident's place, links
    only to the incident of the place it is about, and two reports naming the same two places in
    either order still link."""
    return (
        (_families_meet(a.family, b.family) or _name_one_actor(a, b))
        and _days_apart(a.date, b.date) <= DATE_WINDOW_DAYS
        and _places_match(a, b)
        and (not a.scattered or _first_site_met(a, b) == 0)
        and (not b.scattered or _first_site_met(b, a) == 0)
        and not _later_than(a, b)
        and not _later_than(b, a)
        and not _second_beside(a, b)
        and not _second_beside(b, a)
    )


def _second_beside(report: Feature, other: Feature) -> bool:
    """``report`` calls its incident another than an earlier one ("تفجير ثان في المدينة اليوم"،
    "قتل مدنيان بعد ساعات من الغارة على السوق") and ``other``, of the same day, does not and
    gives other figures or none: ``other`` tells the earlier incident. The same dead or the same
    wounded are the same incident told without saying it came second; two reports that both say
    so may be one."""
    if not (report.second and report.date and other.date) or other.later:
        return False
    return other.date[:10] == report.date[:10] and not _same_figure(report, other)


def _name_one_actor(a: Feature, b: Feature) -> bool:
    """Both name one actor by its name (not "مسلحون مجهولون"، "قوات الأمن"), one town or village
    and one day: two kinds of one party's act there are one act told two ways ("غارة إسرائيلية
    على سيارة في المدينة" and "إسرائيل تعلن اغتيال قيادي في المدينة"). A governorate or a day
    apart is too wide: one party does several things in a governorate over two days."""
    if not (a.date and b.date and a.date[:10] == b.date[:10]):
        return False
    if a.level in BROAD_LEVELS or b.level in BROAD_LEVELS or not set(a.sites) & set(b.sites):
        return False
    return bool((a.actors & b.actors) - GENERIC_ACTORS)


def _later_than(report: Feature, other: Feature) -> bool:
    """``report`` calls its incident a later one at its place ("قصف جديد على الأتارب"، "هجوم
    ثان خلال 24 ساعة") and ``other`` is of an earlier day: the incident it says came before."""
    if not (report.later and report.date and other.date):
        return False
    return other.date[:10] < report.date[:10]


def _preference(report: Feature, anchor: Feature, anchor_event: str) -> list[Any]:
    """Which anchor a follow-up hangs from: smallest wins (closest date, the anchor that gives
    the same dead or the same wounded, the earliest of the report's sites the anchor's lie in or
    around, finer site, event id). A count of the governorate's six dead and nine wounded is the
    bus bomb's that counted six and nine, not the town's shooting of that day, however finer its
    place: one statement's figures, retold, are how an analyst ties a report to its incident."""
    return [
        _days_apart(report.date, anchor.date),
        0 if _same_figure(report, anchor) else 1,
        _first_site_met(report, anchor),
        _level_rank(anchor.level),
        anchor_event,
    ]


def _first_site_met(report: Feature, anchor: Feature) -> int:
    """The position, among ``report``'s sites, of the first that is, holds or lies in one of
    ``anchor``'s (the number of its sites when none does)."""
    for position, ours in enumerate(report.sites):
        if any(ours == theirs or places.contains(ours, theirs) or places.contains(theirs, ours)
               for theirs in anchor.sites):
            return position
    return len(report.sites)


def _stored_rank(rank: list[Any] | None) -> list[Any] | None:
    """A follow-up's preference as stored; one stored before the site's position was part of it
    (``[days, level, event]``) gets position 0, which every one-site report has, and one stored
    before the figures were (``[days, position, level, event]``) is read as giving other figures
    (an anchor that gives the same then wins, as for a new report)."""
    if rank is not None and len(rank) == 3:
        rank = [rank[0], 0, *rank[1:]]
    if rank is not None and len(rank) == 4:
        return [rank[0], 1, *rank[1:]]
    return rank


def _same_figure(report: Feature, anchor: Feature) -> bool:
    """The two give the same number of dead, or of wounded (any of the figures each keeps)."""
    return any(
        a is not None and a == b
        for ours in report.figures
        for theirs in anchor.figures
        for a, b in zip(ours, theirs, strict=True)
    )


def _report(event: Event) -> Report:
    counts, added = split_counts(event)
    actors: dict[str, str] = {}
    for actor in event.actors:
        actors[actor.id] = _better_role(actors.get(actor.id), actor.role)
    return Report(
        article_id=event.article_id,
        source_id=event.source_id,
        event_id=event.event_id,
        claimed_by=list(event.claimed_by),
        counts=counts,
        contested=event.contested,
        type=event.type,
        date=event.date,
        locations=[loc.id for loc in event.locations],
        actors=actors,
        added=added,
        evidence=event.evidence[:MAX_REPORT_EVIDENCE_CHARS],
    )


def _figures_order(figures: Figures) -> tuple[int, int]:
    killed, injured = figures
    return (-1 if killed is None else killed, -1 if injured is None else injured)


def _figures(report: Report) -> Figures:
    """The highest figures of dead and of wounded the report gives as a toll."""
    killed = max((c.killed for c in report.counts if c.killed is not None), default=None)
    injured = max((c.injured for c in report.counts if c.injured is not None), default=None)
    return killed, injured


def _counted(report: Report) -> bool:
    """Whether the report gives a figure of dead or wounded."""
    return any(c.killed is not None or c.injured is not None for c in (*report.counts, *report.added))


def _better_role(known: str | None, role: str) -> str:
    if known is None:
        return role
    return min(known, role, key=lambda r: (ROLE_ORDER.get(r, len(ROLE_ORDER)), r))


@dataclass
class _Index:
    """One incident's comparison data: distinct features of its linked reports (with the
    smallest event id having each), each follow-up's feature and current preference, and the
    event ids of all its reports (a replayed report is recognised by them; set when the
    incident is stored)."""

    anchors: dict[Feature, str] = field(default_factory=dict)
    followups: dict[str, tuple[Feature, list[Any] | None]] = field(default_factory=dict)
    events: set[str] = field(default_factory=set)

    def add_anchor(self, feature: Feature, event_id: str) -> None:
        """A feature met before keeps the smaller event id and takes the new one's figures (a
        scan of the distinct features, as ``linked`` makes: the stored key holds the figures)."""
        known = self.anchors.get(feature)
        if known is None:
            self.anchors[feature] = event_id
            return
        stored = next(f for f in self.anchors if f == feature)
        del self.anchors[stored]
        self.anchors[stored.with_figures(feature)] = min(known, event_id)

    def absorb(self, other: _Index) -> None:
        for feature, event_id in other.anchors.items():
            self.add_anchor(feature, event_id)
        self.followups.update(other.followups)

    def days(self) -> list[str]:
        """The days of its reports (what ``_close_days`` is compared with)."""
        found = {_day(f.date) for f in self.anchors} | {_day(f.date) for f, _ in self.followups.values()}
        return sorted(found)

    def dump(self) -> dict[str, Any]:
        return {
            "anchors": [[f.dump(), e] for f, e in self.anchors.items()],
            "followups": [[e, f.dump(), rank] for e, (f, rank) in self.followups.items()],
            "events": sorted(self.events),
        }

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> _Index:
        return cls(
            {Feature.load(f): e for f, e in data["anchors"]},
            {e: (Feature.load(f), _stored_rank(rank)) for e, f, rank in data["followups"]},
            set(data.get("events", ())),
        )


def _day(moment: str | None) -> str:
    return moment[:10] if moment else UNDATED


def _close_days(moment: str | None) -> set[str] | None:
    """The days a report of ``moment`` could link to or hang from (``follows``' date rule as a
    set, so that an incident is ruled out without reading it); None: any day (undated)."""
    if not moment:
        return None
    day = date.fromisoformat(moment[:10])
    close = {
        (day + timedelta(days=shift)).isoformat() for shift in range(-DATE_WINDOW_DAYS, DATE_WINDOW_DAYS + 1)
    }
    close.add(UNDATED)  # an undated report is close to any date
    return close


def _upgraded(incident: Incident) -> Incident:
    """An incident stored before reports carried their own type, date, places and actors:
    each report takes the incident's."""
    if all(report.type for report in incident.reports):
        return incident
    reports = [
        report if report.type else dataclasses.replace(
            report,
            type=incident.type,
            date=incident.date_start,
            locations=[loc.id for loc in incident.locations],
            actors={actor.id: actor.role for actor in incident.actors},
            evidence=incident.evidence[:MAX_REPORT_EVIDENCE_CHARS],
        )
        for report in incident.reports
    ]
    return dataclasses.replace(incident, reports=reports)


def _report_feature(report: Report, incident: Incident) -> Feature:
    catalogue = {loc.id: loc for loc in incident.locations}
    located = [catalogue[i] for i in report.locations if i in catalogue]
    return Feature.of(report.type, report.date, located, report.actors, report.evidence, _counted(report),
                      _figures(report))


def _index_of(incident: Incident) -> _Index:
    index = _Index()
    features = {report.event_id: _report_feature(report, incident) for report in incident.reports}
    for report in incident.reports:
        if not features[report.event_id].hangs:
            index.add_anchor(features[report.event_id], report.event_id)
    for report in incident.reports:
        if features[report.event_id].hangs:
            parent = report.parent
            rank = None
            if parent in features:
                rank = _preference(features[report.event_id], features[parent], parent)
            index.followups[report.event_id] = (features[report.event_id], rank)
    return index


def _main_type(reports: list[Report]) -> str:
    """The type most reports give; of equals, a specific one before the generic attack."""
    counts = Counter(report.type for report in reports)
    return min(counts, key=lambda kind: (-counts[kind], family(kind) == ANY_FAMILY, kind))


def _actors(reports: list[Report], catalogue: Mapping[str, Actor]) -> list[Actor]:
    roles: dict[str, str] = {}
    for report in reports:
        for actor_id, role in report.actors.items():
            roles[actor_id] = _better_role(roles.get(actor_id), role)
    actors = [dataclasses.replace(catalogue[i], role=role) for i, role in roles.items() if i in catalogue]
    return sorted(actors, key=lambda a: (ROLE_ORDER.get(a.role, len(ROLE_ORDER)), a.id))


def _locations(reports: list[Report], catalogue: Mapping[str, Location]) -> list[Location]:
    """Most specific first; among equals, the place most reports name."""
    named = Counter(i for report in reports for i in dict.fromkeys(report.locations))
    found = [catalogue[i] for i in named if i in catalogue]
    return sorted(found, key=lambda loc: (_level_rank(loc.level), -named[loc.id], loc.id))


def _build(
    incident_id: str,
    reports: list[Report],
    parts: list[Incident],
    event: Event,
    key: str,
    now: str,
    merged_from: list[str],
) -> Incident:
    """The incident its reports make (``parts``: the incidents it replaces or updates). A report
    is held once: the first of ``reports`` with its event id, which the callers make the one being
    merged. A part may hold it already when it comes again after a takeover: the incident's record
    and its comparison data are separate table writes, and a worker taking the partition over can
    read the record with the report but the comparison data from before it, so ``add`` does not
    take it for a replay."""
    unique: dict[str, Report] = {}
    for report in reports:
        unique.setdefault(report.event_id, report)
    reports = _within_evidence_budget(sorted(unique.values(), key=lambda r: r.event_id))
    anchors = [r for r in reports if family(r.type) != FOLLOW_UP]
    dates = sorted(r.date for r in reports if r.date)
    actor_catalogue = {a.id: a for part in parts for a in part.actors} | {a.id: a for a in event.actors}
    place_catalogue = {loc.id: loc for part in parts for loc in part.locations}
    place_catalogue |= {loc.id: loc for loc in event.locations}
    evidence = "\n".join(dict.fromkeys(r.evidence for r in reports if r.evidence))
    pooled = {
        r.event_id
        for r in reports
        if Feature.of(r.type, r.date, [place_catalogue[i] for i in r.locations if i in place_catalogue],
                      r.actors).scattered
    }
    return Incident(
        incident_id=incident_id,
        type=_main_type(anchors or reports),
        date_start=dates[0] if dates else None,
        date_end=dates[-1] if dates else None,
        actors=_actors(reports, actor_catalogue),
        locations=_locations(reports, place_catalogue),
        toll=tolls(reports),
        reports=reports,
        contested=any(r.contested for r in reports),
        first_seen=min((p.first_seen for p in parts if p.first_seen), default=now),
        updated_at=now,
        version=max((p.version for p in parts), default=0) + 1,
        evidence=evidence[:MAX_EVIDENCE_CHARS],
        headline=headline_toll(reports, pooled),
        merge_key=key,
        merged_from=merged_from,
    )


def _within_evidence_budget(reports: list[Report]) -> list[Report]:
    """``reports`` with the evidence of those past ``MAX_REPORTS_EVIDENCE_CHARS`` left out."""
    kept = []
    budget = MAX_REPORTS_EVIDENCE_CHARS
    for report in reports:
        if len(report.evidence) > budget:
            report = dataclasses.replace(report, evidence="")
        budget -= len(report.evidence)
        kept.append(report)
    return kept


class MergeState:
    """The incidents of one merge key, and what a new report is compared with.

    ``records`` maps incident id → incident (as a dict), ``indexes`` incident id → its
    comparison data (``_Index.dump()``) and ``lists`` a report day (``""``: undated) → the ids
    of the incidents with a report that day, first listed first; by default plain dicts, in the
    steps views of the step's table. The key's own value (``dump()``) only names the days that
    have a list. A report reads the lists of the days close to its date and the comparison data
    of the incidents they name, and writes a day's list only when an incident is new to it: a
    key's cost per report grows with the incidents of a few days, never with all it keeps.
    ``index`` holds the comparison data read so far.
    """

    def __init__(
        self,
        key: str,
        records: MutableMapping[str, dict[str, Any]] | None = None,
        indexes: MutableMapping[str, dict[str, Any]] | None = None,
        lists: MutableMapping[str, list[str]] | None = None,
        days: Iterable[str] = (),
    ) -> None:
        self.key = key
        self.records = records if records is not None else {}
        self.indexes = indexes if indexes is not None else {}
        self.lists = lists if lists is not None else {}
        self.days = set(days)  # the days with a list
        self.index: dict[str, _Index] = {}
        self._listed: dict[str, set[str]] = {}  # incident id -> the day lists it was read from
        self._read: dict[str, list[str]] = {}  # day -> its list, as read or written here
        # a day's list was written: the key's value is written with it, so that it never
        # expires (``streams.pipeline.expiry``) before a list it names
        self.lists_changed = False

    @classmethod
    def load(
        cls,
        key: str,
        value: Any,
        records: MutableMapping[str, dict[str, Any]] | None = None,
        indexes: MutableMapping[str, dict[str, Any]] | None = None,
        lists: MutableMapping[str, list[str]] | None = None,
    ) -> MergeState:
        """From ``dump()``'s form; ``records``, ``indexes`` and ``lists`` hold what it names."""
        if not value:
            return cls(key, records, indexes, lists)
        if "order" not in value:
            return cls(key, records, indexes, lists, value["days"])
        state = cls(key, records, indexes, lists)  # stored before the incidents were listed by day
        days = dict(value.get("days") or {})  # the stored value is the table's: left as it is
        if "index" in value:  # and before each incident's comparison data had its own entry
            owners: dict[str, list[str]] = {}
            for event_id, incident_id in value["events"].items():
                owners.setdefault(incident_id, []).append(event_id)
            for incident_id, data in value["index"].items():
                index = _Index.load({**data, "events": owners.get(incident_id, [])})
                state.indexes[incident_id] = index.dump()
                days[incident_id] = index.days()
        for incident_id in value["order"]:
            state._list(incident_id, [day or UNDATED for day in days.get(incident_id, ())])
        return state

    def dump(self) -> dict[str, Any]:
        """The key's own value: the days that have a list of incidents."""
        return {"days": sorted(self.days)}

    def live(self) -> list[Incident]:
        """The key's incidents, by the days of their reports."""
        found = dict.fromkeys(iid for day in sorted(self.days) for iid in self._day_list(day) or ())
        return [Incident.from_dict(self.records[iid]) for iid in found if self.records.get(iid) is not None]

    def restore(self, incident: Incident) -> None:
        """Take back a stored incident (at start-up), so new reports can still join it."""
        if incident.superseded_by is not None:
            return
        incident = _upgraded(incident)
        self._put(incident, _index_of(incident))

    def add(self, event: Event, now: str) -> list[Incident]:
        """Every incident the report changed: absorbed ones (``superseded_by`` set) first."""
        holders = [iid for iid, index in self._near(event.date) if event.event_id in index.events]
        if holders:  # a replay; the incident that absorbed the others holds the most reports
            return self._replayed(max(holders, key=lambda iid: len(self.index[iid].events)), now)
        report = _report(event)
        feature = Feature.of(event.type, event.date, event.locations, report.actors, event.evidence,
                             _counted(report), _figures(report))
        if feature.hangs:
            return self._follow(report, feature, event, now)
        return self._link(report, feature, event, now)

    def _near(self, moment: str | None) -> list[tuple[str, _Index]]:
        """The incidents with a report close in date to ``moment``, their comparison data read."""
        close = _close_days(moment)
        found: dict[str, _Index] = {}
        for day in sorted(self.days if close is None else self.days & close):
            for incident_id in list(self._day_list(day) or ()):
                if incident_id in found:
                    continue
                self._listed.setdefault(incident_id, set()).add(day)
                if incident_id not in self.index:
                    stored = self.indexes.get(incident_id)
                    if stored is None:  # expired
                        self._forget(incident_id)
                        continue
                    self.index[incident_id] = _Index.load(stored)
                found[incident_id] = self.index[incident_id]
        return list(found.items())

    def _day_list(self, day: str) -> list[str] | None:
        """The incidents listed under ``day``; None when it has no list (or it expired)."""
        if day not in self.days:
            return None
        if day not in self._read:
            ids = self.lists.get(day)
            if ids is None:
                self.days.discard(day)
                return None
            self._read[day] = ids
        return self._read[day]

    def _write_list(self, day: str, ids: list[str]) -> None:
        if ids:
            if day not in self.days:  # the key's value changes anyway: drop the days that expired
                self.days = {known for known in self.days if known in self.lists}
            self._read[day] = self.lists[day] = ids
            self.days.add(day)
            self.lists_changed = True
        else:
            self._read.pop(day, None)
            self.lists.pop(day, None)
            self.days.discard(day)

    def _list(self, incident_id: str, days: Iterable[str]) -> None:
        """List the incident under each of ``days`` that does not list it yet; a day keeps the
        ``MAX_INCIDENTS_PER_DAY`` last listed."""
        for day in days:
            ids = self._day_list(day) or []
            if incident_id not in ids:
                self._write_list(day, [*ids, incident_id][-MAX_INCIDENTS_PER_DAY:])
            self._listed.setdefault(incident_id, set()).add(day)

    def _record(self, incident_id: str) -> Incident:
        return Incident.from_dict(self.records[incident_id])

    def _missing(self, incident_ids: Iterable[str]) -> bool:
        """Forget the incidents among ``incident_ids`` whose record is gone (expired); true if any."""
        gone = [iid for iid in incident_ids if self.records.get(iid) is None]
        for incident_id in gone:
            self._forget(incident_id)
        return bool(gone)

    def _put(self, incident: Incident, index: _Index) -> Incident:
        self.records[incident.incident_id] = incident.to_dict()
        index.events = {report.event_id for report in incident.reports}
        self.index[incident.incident_id] = index
        self.indexes[incident.incident_id] = index.dump()
        self._list(incident.incident_id, index.days())
        return incident

    def _forget(self, incident_id: str) -> None:
        days = self._listed.pop(incident_id, set())
        index = self.index.pop(incident_id, None)
        days.update(index.days() if index is not None else ())
        for day in sorted(days):
            ids = self._day_list(day)
            if ids and incident_id in ids:
                self._write_list(day, [iid for iid in ids if iid != incident_id])
        self.indexes.pop(incident_id, None)

    def _follow(self, report: Report, feature: Feature, event: Event, now: str) -> list[Incident]:
        best = self._anchor_for(feature)
        while best is not None and self._missing([best[1]]):
            best = self._anchor_for(feature)
        if best is None:
            incident = _build(incident_id_for(report.event_id), [report], [], event, self.key, now, [])
            return [self._put(incident, _Index(followups={report.event_id: (feature, None)}))]
        rank, incident_id = best
        report.parent = rank[-1]
        part = self._record(incident_id)
        index = self.index[incident_id]
        index.followups[report.event_id] = (feature, rank)
        reports = [report, *part.reports]
        incident = _build(incident_id, reports, [part], event, self.key, now, part.merged_from)
        return [self._put(incident, index)]

    def _anchor_for(self, feature: Feature) -> tuple[list[Any], str] | None:
        """The preference and incident of the report a follow-up would hang from, if any."""
        best: tuple[list[Any], str] | None = None
        for incident_id, index in self._near(feature.date):
            for anchor, anchor_event in index.anchors.items():
                if follows(feature, anchor):
                    rank = _preference(feature, anchor, anchor_event)
                    if best is None or rank < best[0]:
                        best = (rank, incident_id)
        return best

    def _movers(self, feature: Feature, event_id: str) -> dict[str, dict[str, list[Any]]]:
        """Follow-ups that would rather hang from the new report: incident id → event id → rank."""
        movers: dict[str, dict[str, list[Any]]] = {}
        for incident_id, index in self._near(feature.date):
            for followup, (followup_feature, known) in index.followups.items():
                if follows(followup_feature, feature):
                    rank = _preference(followup_feature, feature, event_id)
                    if known is None or rank < known:
                        movers.setdefault(incident_id, {})[followup] = rank
        return movers

    def _link(self, report: Report, feature: Feature, event: Event, now: str) -> list[Incident]:
        while True:
            near = self._near(feature.date)
            joined = [i for i, index in near if any(linked(feature, f) for f in index.anchors)]
            movers = self._movers(feature, report.event_id)
            if not self._missing([*joined, *movers]):
                break
        index = _Index()
        index.add_anchor(feature, report.event_id)
        reports, parts, losers = [report], [], []
        for incident_id, index_part in near:
            moving = movers.get(incident_id, {})
            if incident_id not in joined and not moving:
                continue
            part = self._record(incident_id)
            orphan = not index_part.anchors
            if incident_id in joined or orphan:
                parts.append(part)
                index.absorb(index_part)
                reports += part.reports
            else:
                losers.append((part, moving))
                reports += [r for r in part.reports if r.event_id in moving]
            for followup, rank in moving.items():
                index.followups[followup] = (index_part.followups[followup][0], rank)
        moved = {followup for moving in movers.values() for followup in moving}
        reports = [
            dataclasses.replace(r, parent=report.event_id) if r.event_id in moved else r for r in reports
        ]
        new_id = incident_id_for(min(index.anchors.values()))
        absorbed = sorted({i for p in parts for i in (p.incident_id, *p.merged_from)} - {new_id})
        # the new incident is written before its parts are removed or shrunk: a worker that takes
        # the partition over may restore any prefix of these table writes, and a prefix then holds
        # a report twice at worst (``_build`` keeps it once when they meet again), never nowhere
        incident = self._put(_build(new_id, reports, parts, event, self.key, now, absorbed), index)
        changed = [
            self._supersede(part, new_id, now) for part in parts if part.incident_id != new_id
        ]
        changed += [self._shrink(part, moving, event, now) for part, moving in losers]
        changed.append(incident)
        return changed

    def _replayed(self, holder: str, now: str) -> list[Incident]:
        """A report merged already, into ``holder``: nothing changes, unless a worker that took
        the partition over restored the table writes of that merge only in part (``_link``
        writes the new incident before it removes its parts): an incident ``holder`` absorbed
        whose record is still there is superseded now. Only what ``holder`` names is repaired;
        a report the restored writes left in two incidents stays in both rather than leave one
        of them on a guess."""
        return [
            self._supersede(self._record(part), holder, now)
            for part in self._record(holder).merged_from
            if part != holder and self.records.get(part) is not None
        ]

    def _supersede(self, part: Incident, new_id: str, now: str) -> Incident:
        self._forget(part.incident_id)
        del self.records[part.incident_id]
        return dataclasses.replace(part, superseded_by=new_id, updated_at=now, version=part.version + 1)

    def _shrink(self, part: Incident, moving: Mapping[str, Any], event: Event, now: str) -> Incident:
        """An incident whose follow-ups now hang from a report elsewhere."""
        index = self.index[part.incident_id]
        for followup in moving:
            del index.followups[followup]
        reports = [r for r in part.reports if r.event_id not in moving]
        incident = _build(part.incident_id, reports, [part], event, self.key, now, part.merged_from)
        return self._put(incident, index)

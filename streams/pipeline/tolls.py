"""Tolls: what an incident's reports say about the dead and wounded, and its one headline toll.

The headline toll is the figure alerts, Elasticsearch documents, the SQLite store, the API and
the page all show. ``headline_toll`` is its only definition:

1. A report's figure is its named groups added up, or its unattributed figure when that is
   larger ("مقتل 7 أشخاص بينهم 5 مدنيين" is 7 dead, not 12).
2. Reports are not added up: ten outlets reporting the same dead would count them ten times.
   The headline is the highest figure any report gives (later reports usually carry the risen
   toll), and ``*_min`` the lowest.
3. A figure read as deaths *added* to an earlier toll ("توفي ستة من الجرحى متأثرين بجراحهم",
   vocabulary in ``lexicons/tolls.yaml``) is not a toll. The largest such increment counts on
   top of the lowest toll any report gave: a conservative reading, since it never adds more
   than the reports' own rise already shows. An increment from an article that also states a
   whole toll ("ارتفعت حصيلة ... إلى أحد عشر") is already inside that toll and adds nothing.
4. Wounded figures are never increments (those still being treated are a current count). The
   headline's wounded are those of the report that gives the highest death toll: one
   statement's dead and wounded go together, and when the wounded die the latest statement
   counts fewer wounded ("أربعة قتلى وأربعة جرحى" after "ثلاثة قتلى وخمسة جرحى"). When that
   report counts no wounded, the highest figure any report gives.
5. ``approximate`` when any report's figure is vague ("عشرات", "at least").
6. A death toll given as a correction ("صححت الحكومة الحصيلة إلى 18 قتيلا بدلا من 21", "تسعة
   قتلى وليس 15 كما تداولت وسائل إعلام", vocabulary in ``lexicons/tolls.yaml``) replaces the
   higher figures: the headline is the highest corrected figure, or a figure of a report dated
   after the last correction's (the toll rises again when the wounded die: "ارتفع عدد الضحايا
   إلى 89" the day after "عدلت السلطات الحصيلة إلى 84 بدلا من 103"). The phrase is looked for in
   the report's evidence, which a report past the incident's evidence budget no longer keeps
   (then its figure counts as any other).

7. A report that names several separate places (``merge.Feature.scattered``: a roundup, "12
   شهيدا في غارتين على شمال القطاع") may give their total, not this incident's toll: its
   figures count only when no other report of the incident gives a death toll.

8. The attackers' dead are not the incident's victims: in a report of an attack, an ambush, a
   bombing or an assassination (``ATTACKED``) that gives dead of its victims, the dead it counts
   as militants (``casualties.militants_group``: "مقتل خمسة جنود وستة مهاجمين"، "مقتل ستة جنود
   وتحييد 20 إرهابيا") are the attackers the guards killed, and stay out of its figure. Their
   number is still kept in the per-group ranges. Where armed men are the ones struck (an air
   strike, shelling) or fight each other (a clash), every dead counts.

9. An armed group's own count is a boast until someone else counts: a report whose source is
   the group it names as the perpetrator ("تبنت حركة الشباب الهجوم، وقالت إنه قتل أكثر من 30"،
   "جيش تحرير بلوشستان: قتلنا 30 جنديا") counts only when no other report of the incident gives
   a death toll (as rule 7's roundups). Not one that tells another account beside the claim
   ("، فيما قال وزير الأمن إن الحصيلة ارتفعت إلى تسعة"): its figures may be that account's.

Per-group min–max ranges (``tolls``) keep what each report said, group by group.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Collection, Iterable
from pathlib import Path

import yaml

from streams.extraction.actors import actor_entries, find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import militants_group, rank_among_dead
from streams.records import Casualties, Event, HeadlineToll, Report, Toll

__all__ = ["UNATTRIBUTED", "headline_toll", "is_increment", "report_figure", "split_counts", "tolls"]

LEXICON = Path(__file__).parent / "lexicons" / "tolls.yaml"
UNATTRIBUTED = "unspecified"
EVIDENCE_SEPARATOR = " … "
# Kinds of violence in which armed men attack their victims (rule 8): the militants dead in them
# are the attackers.
ATTACKED = frozenset({"attack", "ambush", "explosion", "assassination"})
# Kinds of armed groups (gazetteers/actors.yaml) whose claims count their victims their own way
# (rule 9): not states' forces.
BOASTERS = frozenset(
    {"jihadist", "insurgent", "opposition", "paramilitary", "palestinian", "iran_axis", "kurdish"}
)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    return {
        kind: re.compile("|".join(re.escape(normalize(phrase)) for phrase in data[kind]))
        for kind in ("incremental", "cumulative", "corrective", "other_accounts")
    }


def _sentence_of(count: Casualties, evidence: str) -> str:
    """The evidence sentence a count was read from (its text's first words), or its own text."""
    head = count.text.split(EVIDENCE_SEPARATOR.strip())[0].strip()
    sentences = evidence.split(EVIDENCE_SEPARATOR)
    found = next((s for s in sentences if head and normalize(head) in normalize(s)), "")
    return f"{count.text} {found}"


def is_increment(count: Casualties, evidence: str) -> bool:
    """Deaths added to an earlier toll ("died of their wounds"), not a toll of their own. One
    victim who died of his wounds, named by his rank among the dead and counted as that rank
    ("وفاة شرطي خامس متأثرا بجراحه": 5), is the toll so far, as extraction read it."""
    if not count.killed or count.killed == rank_among_dead(count.text):
        return False
    sentence = normalize(_sentence_of(count, evidence))
    patterns = _patterns()
    return bool(patterns["incremental"].search(sentence)) and not patterns["cumulative"].search(sentence)


def _is_correction(report: Report, figure: int) -> bool:
    """Whether a sentence of the report that gives its death toll ``figure`` corrects it (rule 6)."""
    return any(count.killed == figure and _corrects(count.text, report.evidence) for count in report.counts)


@functools.lru_cache(maxsize=1024)
def _corrects(text: str, evidence: str) -> bool:
    """Cached: an incident's headline is computed again from all its reports at each new one.
    A report's evidence is at most ``merge.MAX_REPORT_EVIDENCE_CHARS``, so the cache holds a
    few MB at most."""
    sentence = normalize(_sentence_of(Casualties(text=text), evidence))
    return bool(_patterns()["corrective"].search(sentence))


def split_counts(event: Event) -> tuple[list[Casualties], list[Casualties]]:
    """An event's figures as ``(tolls, increments)``."""
    tolls_: list[Casualties] = []
    added: list[Casualties] = []
    for count in event.casualties:
        (added if is_increment(count, event.evidence) else tolls_).append(count)
    return tolls_, added


def _group_counts(counts: Iterable[Casualties]) -> dict[str, Casualties]:
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


def report_figure(counts: Iterable[Casualties], field_name: str) -> int | None:
    """One report's figure (rule 1), None when it gives none."""
    groups = _group_counts(counts)
    if all(getattr(count, field_name) is None for count in groups.values()):
        return None
    unattributed = getattr(groups.pop(UNATTRIBUTED, Casualties()), field_name) or 0
    return max(unattributed, sum(getattr(count, field_name) or 0 for count in groups.values()))


def _victims(report: Report) -> list[Casualties]:
    """The report's counts with the attackers' dead left out (rule 8)."""
    if report.type not in ATTACKED:
        return report.counts
    attackers = militants_group()
    if not any(c.group == attackers and c.killed is not None for c in report.counts):
        return report.counts
    if not any(c.group not in (attackers, None) and c.killed is not None for c in report.counts):
        return report.counts  # no victims counted apart from them: a figure of its own
    return [dataclasses.replace(c, killed=None) if c.group == attackers else c for c in report.counts]


def _wounded_only(counts: Iterable[Casualties]) -> list[Casualties]:
    return [
        Casualties(injured=c.injured, approximate=c.approximate, group=c.group)
        for c in counts
        if c.injured is not None
    ]


def _figures(reports: list[Report]) -> tuple[list[int], list[int], list[int], list[int]]:
    """Every report's killed toll, its wounded figure, the increments that count (rule 3), and
    the wounded figures of the reports giving the highest killed toll (rule 4)."""
    injured, increments = [], []
    pairs: list[tuple[int, int]] = []
    corrected: list[int] = []
    corrected_on = ""
    dated: list[tuple[int, str]] = []  # every killed toll with its report's day
    with_toll = set()
    for report in reports:
        dead = report_figure(_victims(report), "killed")
        wounded = report_figure([*report.counts, *report.added], "injured")
        if dead is not None:
            day = (report.date or "")[:10]
            dated.append((dead, day))
            with_toll.add(report.article_id or report.event_id)
            if _is_correction(report, dead):
                corrected.append(dead)
                corrected_on = max(corrected_on, day)
        if wounded is not None:
            injured.append(wounded)
            if dead is not None:
                pairs.append((dead, wounded))
    for report in reports:
        if report.added and (report.article_id or report.event_id) not in with_toll:
            increments.append(report_figure(report.added, "killed") or 0)
    killed = [figure for figure, _ in dated]
    if corrected:  # rule 6: the higher figures were wrong, unless a later day's
        killed = [
            figure for figure, day in dated
            if figure <= max(corrected) or (corrected_on and day > corrected_on)
        ]
        increments = []
    most = max(killed, default=0)
    return killed, injured, increments, [wounded for dead, wounded in pairs if dead == most]


@functools.lru_cache(maxsize=4096)
def _sources(claimed_by: tuple[str, ...]) -> frozenset[str]:
    """The organisations of the armed groups the report's sources name (its ``claimed_by``:
    "جماعة نصرة الإسلام والمسلمين"); not a state's forces, whose statements are most often the
    only count there is."""
    return frozenset(
        m.entry.group or m.entry.id
        for name in claimed_by for m in find_actors(normalize(name)) if m.entry.kind in BOASTERS
    )


def is_boast(report: Report) -> bool:
    """The report's source is the armed group it names as the perpetrator, and it tells no
    other account beside the group's: no toll risen, corrected or added to, no other source's
    words (rule 9)."""
    entries = actor_entries()
    doers = {
        (entries[actor].group or actor) if actor in entries else actor
        for actor, role in report.actors.items() if role == "perpetrator"
    }
    # one organisation under its names and branches: "ولايات تنظيم الدولة" claims for "داعش"
    if not (doers and report.claimed_by and doers & _sources(tuple(report.claimed_by))):
        return False
    evidence = normalize(report.evidence)
    return not any(pattern.search(evidence) for pattern in _patterns().values())


def headline_toll(reports: list[Report], pooled: Collection[str] = frozenset()) -> HeadlineToll:
    """The incident's one toll: the rule in this module's docstring (``pooled``: the event ids of
    the reports whose figures may be several incidents' total, rule 7; boasts, rule 9, count as
    they do)."""
    for own in (
        [report for report in reports if report.event_id not in pooled and not is_boast(report)],
        [report for report in reports if report.event_id not in pooled],
    ):
        if len(own) < len(reports) and any(report_figure(r.counts, "killed") is not None for r in own):
            reports = own
            break
    killed, injured, increments, beside_most = _figures(reports)
    headline = max(killed, default=0)
    if increments:
        headline = max(headline, min(killed, default=0) + max(increments))
    return HeadlineToll(
        killed=headline,
        injured=max(beside_most or injured, default=0),
        killed_min=min(killed, default=headline),
        injured_min=min(injured, default=0),
        approximate=any(c.approximate for r in reports for c in (*r.counts, *r.added)),
    )


def tolls(reports: list[Report]) -> list[Toll]:
    """Per group, the smallest and largest figures any report gave (increments are not tolls,
    so only their wounded figures count)."""
    result: dict[str, Toll] = {}
    for report in reports:
        for group, count in _group_counts([*report.counts, *_wounded_only(report.added)]).items():
            toll = result.setdefault(group, Toll(group=group))
            toll.killed_min = _min(toll.killed_min, count.killed)
            toll.killed_max = _max(toll.killed_max, count.killed)
            toll.injured_min = _min(toll.injured_min, count.injured)
            toll.injured_max = _max(toll.injured_max, count.injured)
            toll.approximate = toll.approximate or count.approximate
    return sorted(result.values(), key=lambda toll: toll.group)

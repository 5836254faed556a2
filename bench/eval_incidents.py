"""Incident grouping on hand-annotated streams of news: which reports the pipeline makes one
incident, the toll it keeps for it, and how many "new" alerts a subscriber to everything gets.

Every report of a set goes through the pipeline's own steps (``streams.pipeline.topology``:
duplicates, extraction, merge, settle, alerts) in one process, tables in memory, in order of
publication, with its publication time as the clock. Scores, over the reports that have a gold
incident:

- pairwise precision/recall/F1 of "these two reports are one incident";
- gold incidents split (their reports in more than one incident) and incidents wrongly joined
  (reports of more than one gold incident in one);
- "new" alerts per gold incident for a subscription to everything (ideal: 1.0), and "new"
  alerts for incidents made only of reports that describe no incident;
- the final toll per gold incident: headline killed exactly the analyst's figure, or the
  incident's killed range (lowest figure a report gave .. headline) meeting the range the
  analyst accepts; headline injured exactly, where the analyst gives a final figure.

    .venv/bin/python -m bench.eval_incidents                    # the blind set, as JSON
    .venv/bin/python -m bench.eval_incidents -v                 # and every miss on stderr
    .venv/bin/python -m bench.eval_incidents --by-stream        # and figures per stream
    .venv/bin/python -m bench.eval_incidents --set blind2       # the second blind set
    .venv/bin/python -m bench.eval_incidents --set blind3       # the third blind set
    .venv/bin/python -m bench.eval_incidents --set blind4       # the fourth blind set
    .venv/bin/python -m bench.eval_incidents --set blind5       # the fifth blind set
    .venv/bin/python -m bench.eval_incidents --set blind6       # the sixth blind set
    .venv/bin/python -m bench.eval_incidents --set blind7       # the seventh blind set
    .venv/bin/python -m bench.eval_incidents --set blind8       # the eighth blind set
    .venv/bin/python -m bench.eval_incidents --set blind9       # the ninth blind set
    .venv/bin/python -m bench.eval_incidents --set blind10      # the tenth blind set
    .venv/bin/python -m bench.eval_incidents --set blind11      # the eleventh blind set
    .venv/bin/python -m bench.eval_incidents --set blind12      # the twelfth blind set
    .venv/bin/python -m bench.eval_incidents --set blind13      # the thirteenth blind set
    .venv/bin/python -m bench.eval_incidents path/to/streams.yaml -v   # any set
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.engines.embedded.router import Router  # noqa: E402
from streams.extraction.extract import article_from_text  # noqa: E402
from streams.pipeline import settle  # noqa: E402
from streams.pipeline.alerts import Matcher  # noqa: E402
from streams.pipeline.steps import Out  # noqa: E402
from streams.pipeline.subscriptions import Subscription  # noqa: E402
from streams.pipeline.topology import TICK_TOPIC, pipeline_steps  # noqa: E402
from streams.records import Alert, Incident  # noqa: E402

EVAL_DIR = ROOT / "tests" / "fixtures" / "incident_eval"
SETS = {
    "blind": EVAL_DIR / "blind_incidents.yaml",
    "blind2": EVAL_DIR / "blind_incidents2.yaml",  # written blind after the first was used
    "blind3": EVAL_DIR / "blind_incidents3.yaml",  # written blind after the second was used
    "blind4": EVAL_DIR / "blind_incidents4.yaml",  # written blind after the third was used
    "blind5": EVAL_DIR / "blind_incidents5.yaml",  # written blind after the fourth was used
    "blind6": EVAL_DIR / "blind_incidents6.yaml",  # written blind after the fifth was used
    "blind7": EVAL_DIR / "blind_incidents7.yaml",  # written blind after the sixth was used
    "blind8": EVAL_DIR / "blind_incidents8.yaml",  # written blind after the seventh was used
    "blind9": EVAL_DIR / "blind_incidents9.yaml",  # written blind after the eighth was used
    "blind10": EVAL_DIR / "blind_incidents10.yaml",  # written blind after the ninth was used
    "blind11": EVAL_DIR / "blind_incidents11.yaml",  # written blind after the tenth was used
    "blind12": EVAL_DIR / "blind_incidents12.yaml",  # written blind after the eleventh was used
    "blind13": EVAL_DIR / "blind_incidents13.yaml",  # written blind after the twelfth was used
}
EVERYTHING = "everything"  # the subscription every incident matches


# --------------------------------------------------------------------------- the arithmetic


def pairwise(gold: Mapping[str, str], system: Mapping[str, set[str]]) -> dict[str, float]:
    """Precision/recall/F1 of "same incident" over the pairs of reports in ``gold`` (report →
    gold label); ``system`` maps a report to the incidents holding it (none: it joins nobody)."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_system = bool(system.get(a, set()) & system.get(b, set()))
        tp += same_gold and same_system
        fp += same_system and not same_gold
        fn += same_gold and not same_system
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pair_precision": round(precision, 3), "pair_recall": round(recall, 3), "pair_f1": round(f1, 3)}


def splits(gold: Mapping[str, str], system: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Gold labels whose reports sit in more than one incident → those incidents."""
    held: dict[str, set[str]] = {}
    for report, label in gold.items():
        held.setdefault(label, set()).update(system.get(report, set()))
    return {label: ids for label, ids in held.items() if len(ids) > 1}


def joins(gold: Mapping[str, str], system: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Incidents holding reports of more than one gold incident → those gold labels."""
    labels: dict[str, set[str]] = {}
    for report, label in gold.items():
        for incident in system.get(report, set()):
            labels.setdefault(incident, set()).add(label)
    return {incident: found for incident, found in labels.items() if len(found) > 1}


def owner(gold: Mapping[str, str], reports: Iterable[str]) -> str | None:
    """The gold label most of ``reports`` carry (ties: the first label in name order); None
    when no report of them has a gold incident."""
    votes = Counter(gold[r] for r in reports if r in gold)
    if not votes:
        return None
    best = max(votes.values())
    return min(label for label, n in votes.items() if n == best)


def new_alerts(gold: Mapping[str, str], alerted: Iterable[list[str]]) -> tuple[Counter[str], int]:
    """"new" alerts per gold label (each alert's incident, by the reports it held then, goes to
    its ``owner``), and how many went to incidents of reports with no gold incident."""
    per_label: Counter[str] = Counter()
    stray = 0
    for reports in alerted:
        label = owner(gold, reports)
        if label is None:
            stray += 1
        else:
            per_label[label] += 1
    return per_label, stray


@dataclass(frozen=True)
class GoldToll:
    killed: int
    injured: int | None
    killed_range: tuple[int, int]

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> GoldToll:
        low, high = data.get("killed_range") or (data["killed"], data["killed"])
        return cls(int(data["killed"]), data.get("injured"), (int(low), int(high)))


@dataclass(frozen=True)
class SystemToll:
    killed: int
    injured: int
    killed_min: int


def toll_hits(gold: GoldToll, found: SystemToll | None) -> tuple[bool, bool, bool | None]:
    """(killed exact, killed range meets the analyst's, injured exact or None if not scored)."""
    if found is None:
        return False, False, None if gold.injured is None else False
    low, high = gold.killed_range
    within = min(found.killed_min, found.killed) <= high and found.killed >= low
    injured = None if gold.injured is None else found.injured == gold.injured
    return found.killed == gold.killed, within, injured


# --------------------------------------------------------------------------- running the pipeline


@dataclass
class Outcome:
    """What the pipeline made of a set: the last version of each incident, the alerts of the
    subscription to everything (with the reports their incident held), dead letters."""

    incidents: dict[str, Incident] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)
    dead_letters: int = 0
    duplicates: int = 0

    def take(self, out: Out) -> None:
        if out.topic == "incidents":
            incident = Incident.from_json(out.value)
            self.incidents[incident.incident_id] = incident
        elif out.topic == "alerts":
            self.alerts.append(Alert.from_json(out.value))
        elif out.topic == "dead-letters":
            self.dead_letters += 1
        elif out.topic == "checked-articles":
            self.duplicates += json.loads(out.value).get("duplicate_of") is not None

    def live(self) -> list[Incident]:
        return [i for i in self.incidents.values() if i.superseded_by is None]


def _moment(published: str) -> datetime:
    moment = datetime.fromisoformat(published)
    if moment.tzinfo is None:
        raise ValueError(f"published {published!r} has no UTC offset")
    return moment


def article_url(report: Mapping[str, Any]) -> str:
    return f"https://{report['outlet']}.example/news/{report['id']}"


def run_pipeline(reports: list[dict[str, Any]]) -> tuple[Outcome, dict[str, str]]:
    """All ``reports`` through the pipeline's steps in publication order; the outcome, and the
    report id of each article id."""
    clock = [0.0]
    stamp = [""]
    matcher = Matcher([Subscription(id=EVERYTHING)])
    steps = pipeline_steps(matcher, clock=lambda: clock[0], stamp=lambda: stamp[0])
    tables: dict[str, dict[str, Any]] = {name: {} for step in steps for name in step.tables}
    outcome = Outcome()
    router = Router(steps, tables, outcome.take)  # type: ignore[arg-type]  # plain dicts suffice
    by_article: dict[str, str] = {}
    longest = settle.SettleWindow().longest
    for report in sorted(reports, key=lambda r: (_moment(r["published"]), r["id"])):
        moment = _moment(report["published"])
        if clock[0]:  # the engines tick every second: what the last report changed is released
            clock[0] = min(clock[0] + longest, moment.timestamp())  # when it is due, not days later
            router.send(TICK_TOPIC, "0", settle.tick(clock[0]))
        clock[0], stamp[0] = moment.timestamp(), moment.astimezone(UTC).isoformat(timespec="seconds")
        router.send(TICK_TOPIC, "0", settle.tick(clock[0]))
        article = article_from_text(report["text"], report["published"], article_url(report))
        article = dataclasses.replace(article, source_id=report["outlet"])
        by_article[article.article_id] = report["id"]
        router.send("articles", article.article_id, article.to_json())
    router.send(TICK_TOPIC, "0", settle.tick(clock[0] + 86400.0, flush=True))
    return outcome, by_article


# --------------------------------------------------------------------------- scoring a set


def load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["streams"])


def evaluate(streams: list[dict[str, Any]], misses: list[str] | None = None) -> dict[str, Any]:
    """Scores of one pipeline run over every report of ``streams``."""
    reports = [report for stream in streams for report in stream["reports"]]
    outcome, by_article = run_pipeline(reports)
    return _score(streams, outcome, by_article, misses)


def _score(
    streams: list[dict[str, Any]],
    outcome: Outcome,
    by_article: Mapping[str, str],
    misses: list[str] | None,
) -> dict[str, Any]:
    gold = {r["id"]: r["incident"] for s in streams for r in s["reports"] if r.get("incident")}
    tolls = {label: GoldToll.of(toll) for s in streams for label, toll in s["incidents"].items()}
    live = outcome.live()
    system: dict[str, set[str]] = {}
    for incident in live:
        for part in incident.reports:
            report = by_article.get(part.article_id or "")
            if report is not None:
                system.setdefault(report, set()).add(incident.incident_id)
    split, joined = splits(gold, system), joins(gold, system)
    alerted = [
        [by_article.get(p.article_id or "", "") for p in alert.incident.reports]
        for alert in outcome.alerts
        if alert.kind == "new" and alert.subscription_id == EVERYTHING
    ]
    per_label, stray = new_alerts(gold, alerted)
    updates = sum(a.kind == "update" for a in outcome.alerts)
    exact = within = injured_ok = injured_all = 0
    by_id = {i.incident_id: i for i in live}
    for label, want in sorted(tolls.items()):
        found = _main_incident(label, gold, system, by_id)
        toll = None if found is None else SystemToll(**_headline(found))
        hit_exact, hit_within, hit_injured = toll_hits(want, toll)
        exact, within = exact + hit_exact, within + hit_within
        if hit_injured is not None:
            injured_ok, injured_all = injured_ok + hit_injured, injured_all + 1
        if misses is not None and not (hit_exact and hit_within and hit_injured is not False):
            got = f"{toll.killed_min}..{toll.killed} injured {toll.injured}" if toll else "no incident"
            wanted = f"{want.killed} {list(want.killed_range)} injured {want.injured}"
            misses.append(f"toll {label}: want killed {wanted}, got killed {got}")
    labels = sorted(tolls)
    if misses is not None:
        _note_grouping(gold, system, split, joined, per_label, labels, live, by_article, misses)
    scores: dict[str, Any] = pairwise(gold, system)
    scores.update(
        {
            "reports": len(by_article),
            "gold_incidents": len(labels),
            "reports_in_no_incident": sum(1 for r in gold if not system.get(r)),
            "incidents_split": len(split),
            "incidents_wrongly_joined": len(joined),
            "new_alerts_per_incident": round(sum(per_label.values()) / max(len(labels), 1), 3),
            "incidents_with_one_new_alert": sum(per_label[label] == 1 for label in labels),
            "incidents_with_no_alert": sum(per_label[label] == 0 for label in labels),
            "new_alerts_without_incident": stray,
            "update_alerts": updates,
            "killed_exact": round(exact / max(len(labels), 1), 3),
            "killed_within_range": round(within / max(len(labels), 1), 3),
            "injured_exact": round(injured_ok / max(injured_all, 1), 3),
            "dead_letters": outcome.dead_letters,
        }
    )
    return scores


def _headline(incident: Incident) -> dict[str, int]:
    head = incident.headline
    return {"killed": head.killed, "injured": head.injured, "killed_min": head.killed_min}


def _main_incident(
    label: str, gold: Mapping[str, str], system: Mapping[str, set[str]], live: Mapping[str, Incident]
) -> Incident | None:
    """The incident holding most of ``label``'s reports; of equals, one most of whose reports
    are ``label``'s (a report's background event may sit in an earlier incident), then the
    smaller id."""
    votes = Counter(i for report, lab in gold.items() if lab == label for i in system.get(report, set()))
    if not votes:
        return None
    best = max(votes.values())
    tied = sorted(i for i, n in votes.items() if n == best)
    held = {i: [r for r, ids in system.items() if i in ids] for i in tied}
    return live[next((i for i in tied if owner(gold, held[i]) == label), tied[0])]


def _note_grouping(
    gold: Mapping[str, str],
    system: Mapping[str, set[str]],
    split: Mapping[str, set[str]],
    joined: Mapping[str, set[str]],
    per_label: Counter[str],
    labels: list[str],
    live: list[Incident],
    by_article: Mapping[str, str],
    misses: list[str],
) -> None:
    members = {
        i.incident_id: sorted(by_article.get(p.article_id or "", "?") for p in i.reports) for i in live
    }
    keys = {i.incident_id: i.merge_key for i in live}  # another key: the merge never compared them
    for label, ids in sorted(split.items()):
        parts = (f"[{keys[i]}] " + ",".join(members[i]) for i in sorted(ids))
        misses.append(f"split {label}: " + " | ".join(parts))
    for incident, found in sorted(joined.items()):
        misses.append(f"joined {sorted(found)} in {incident}: {','.join(members[incident])}")
    for report in sorted(r for r in gold if not system.get(r)):
        misses.append(f"no incident for {report} (gold {gold[report]})")
    for label in labels:
        if per_label[label] != 1:
            misses.append(f"alerts {label}: {per_label[label]} new")
    for made in live:
        reports = members[made.incident_id]
        if not any(r in gold for r in reports):
            misses.append(f"incident without gold: {made.incident_id} {made.type} {','.join(reports)}")


def by_stream(streams: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Scores per stream, each run through a pipeline of its own."""
    return {stream["id"]: evaluate([stream]) for stream in streams}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a streams YAML file (default: --set)")
    parser.add_argument("--set", choices=sorted(SETS), default="blind", help="a named set")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss on stderr")
    parser.add_argument("--by-stream", action="store_true", help="figures per stream as well")
    args = parser.parse_args()
    streams = load(args.path or SETS[args.set])
    misses: list[str] | None = [] if args.verbose else None
    scores = evaluate(streams, misses)
    if args.by_stream:
        scores["by_stream"] = by_stream(streams)
    print(json.dumps(scores, indent=2))
    for line in misses or []:
        print(line, file=sys.stderr)


if __name__ == "__main__":
    main()

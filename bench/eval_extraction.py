"""Extraction quality on hand-annotated reports: casualty-count P/R/F1, actor and location
recall, contested accuracy, and events produced from non-violent texts.

    .venv/bin/python -m bench.eval_extraction            # print scores as JSON
    .venv/bin/python -m bench.eval_extraction --write    # pin them as the new baseline
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.extract import article_from_text, extract  # noqa: E402
from streams.places import ancestors  # noqa: E402

REPORTS = ROOT / "tests" / "fixtures" / "extraction_eval" / "reports.yaml"
BASELINE = ROOT / "bench" / "extraction_baseline.json"


def _counts(events: list[Any]) -> Counter[tuple[str, int]]:
    found: Counter[tuple[str, int]] = Counter()
    for event in events:
        for c in event.casualties:
            for kind in ("killed", "injured"):
                value = getattr(c, kind)
                if value is not None:
                    found[(kind, value)] += 1
    return found


def _gold_counts(gold: dict[str, Any]) -> Counter[tuple[str, int]]:
    return Counter([("killed", v) for v in gold.get("killed", [])]) + Counter(
        [("injured", v) for v in gold.get("injured", [])]
    )


def evaluate(path: Path = REPORTS) -> dict[str, float]:
    """Scores over every report in ``path``."""
    tp = fp = fn = 0
    actors_hit = actors_all = places_hit = places_all = 0
    contested_ok = contested_all = false_events = 0
    for report in yaml.safe_load(path.read_text(encoding="utf-8")):
        gold = report["gold"]
        events = extract(article_from_text(report["text"], report.get("published")))
        if gold.get("no_events"):
            false_events += len(events)
            continue
        pred, want = _counts(events), _gold_counts(gold)
        hit = sum((pred & want).values())
        tp, fp, fn = tp + hit, fp + sum(pred.values()) - hit, fn + sum(want.values()) - hit
        found_actors = {a.id for e in events for a in e.actors}
        actors_hit += sum(a in found_actors for a in gold.get("actors", []))
        actors_all += len(gold.get("actors", []))
        found_places = {p for e in events for loc in e.locations for p in ancestors(loc.id)}
        places_hit += sum(p in found_places for p in gold.get("locations", []))
        places_all += len(gold.get("locations", []))
        contested_ok += any(e.contested for e in events) == bool(gold.get("contested"))
        contested_all += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "casualty_precision": round(precision, 3),
        "casualty_recall": round(recall, 3),
        "casualty_f1": round(f1, 3),
        "actor_recall": round(actors_hit / max(actors_all, 1), 3),
        "location_recall": round(places_hit / max(places_all, 1), 3),
        "contested_accuracy": round(contested_ok / max(contested_all, 1), 3),
        "false_events_nonviolent": false_events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="pin scores as the baseline")
    args = parser.parse_args()
    scores = evaluate()
    print(json.dumps(scores, indent=2))
    if args.write:
        BASELINE.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

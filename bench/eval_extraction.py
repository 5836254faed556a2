"""Extraction quality on hand-annotated reports: casualty-count P/R/F1, actor and location
recall, place precision (``false_places``: places found that are neither a gold place nor
inside or around one), contested accuracy, events produced from non-violent texts, and
``wrong_perpetrators``: parties a report names only as the victims' side or a mediator (its gold
``not_perpetrators``) that an event gives the role "perpetrator".

    .venv/bin/python -m bench.eval_extraction            # print scores as JSON
    .venv/bin/python -m bench.eval_extraction --write    # pin them as the new baseline
    .venv/bin/python -m bench.eval_extraction --set heldout        # the held-out reports
    .venv/bin/python -m bench.eval_extraction --set world --by-country  # beyond Syria, per country
    .venv/bin/python -m bench.eval_extraction --set blind --by-country  # blind held-out, world-wide
    .venv/bin/python -m bench.eval_extraction --set fresh --by-country  # written after its fixes
    .venv/bin/python -m bench.eval_extraction --set blind2 --by-country # blind, longer wire stories
    .venv/bin/python -m bench.eval_extraction --set blind3 --by-country # blind, features/roundups/claims
    .venv/bin/python -m bench.eval_extraction --set blind4 --by-country # blind, bulletins/live blogs/local
    .venv/bin/python -m bench.eval_extraction --set blind5 --by-country # blind, world desks far away
    .venv/bin/python -m bench.eval_extraction --set blind6 --by-country # blind, statements/digests
    .venv/bin/python -m bench.eval_extraction --set blind7 --by-country # blind, named victims/Maghreb/Gulf
    .venv/bin/python -m bench.eval_extraction --set blind8 --by-country # blind, full-length web articles
    .venv/bin/python -m bench.eval_extraction --set blind9 --by-country # blind, numbers and precision
    .venv/bin/python -m bench.eval_extraction --set blind10 --by-country # blind, genres and dialect
    .venv/bin/python -m bench.eval_extraction --set blind11 --by-country # blind, local places and forces
    .venv/bin/python -m bench.eval_extraction --set blind12 --by-country # blind, homonyms and datelines
    .venv/bin/python -m bench.eval_extraction --set blind13 --by-country # blind, tickers and short items
    .venv/bin/python -m bench.eval_extraction --set blind14 --by-country # blind, kinds of violence
    .venv/bin/python -m bench.eval_extraction --set blind15 --by-country # blind, conflicts of 2024-2026
    .venv/bin/python -m bench.eval_extraction --set blind16 --by-country # blind, false alarms and misses
    .venv/bin/python -m bench.eval_extraction --set blind17 --by-country # blind, where: local places
    .venv/bin/python -m bench.eval_extraction --set blind18 --by-country # blind, who: attribution
    .venv/bin/python -m bench.eval_extraction --set blind19 --by-country # blind, tolls as written
    .venv/bin/python -m bench.eval_extraction --set blind20 --by-country # blind, roundups of incidents
    .venv/bin/python -m bench.eval_extraction --set blind21 --by-country # blind, the day after
    .venv/bin/python -m bench.eval_extraction --set blind22 --by-country # blind, wars of 2013-2020
    .venv/bin/python -m bench.eval_extraction --set blind23 --by-country # blind, one day's feed
    .venv/bin/python -m bench.eval_extraction --set blind24 --by-country # blind, Africa's wars
    .venv/bin/python -m bench.eval_extraction --set blind25 --by-country # blind, the day after, again
    .venv/bin/python -m bench.eval_extraction --set blind26 --by-country # blind, strikes from afar
    .venv/bin/python -m bench.eval_extraction --set blind27 --by-country # blind, another day's feed
    .venv/bin/python -m bench.eval_extraction --set blind28 --by-country # blind, local pages at war
    .venv/bin/python -m bench.eval_extraction --set blind29 --by-country # blind, who: names of 2025-26
    .venv/bin/python -m bench.eval_extraction --set blind30 --by-country # blind, a big day not about war
    .venv/bin/python -m bench.eval_extraction --set blind31 --by-country # blind, the incident recalled
    .venv/bin/python -m bench.eval_extraction --set blind32 --by-country # blind, violence far away
    .venv/bin/python -m bench.eval_extraction --set blind33 --by-country # blind, accidents and attacks alike
    .venv/bin/python -m bench.eval_extraction --set blind34 --by-country # blind, a fifth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind35 --by-country # blind, a sixth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind36 --by-country # blind, accidents, a fresh sample
    .venv/bin/python -m bench.eval_extraction --set blind37 --by-country # blind, the recalled incident, anew
    .venv/bin/python -m bench.eval_extraction --set blind38 --by-country # blind, a seventh day's feed
    .venv/bin/python -m bench.eval_extraction --set blind39 --by-country # blind, violent words, no violence
    .venv/bin/python -m bench.eval_extraction --set blind40 --by-country # blind, who did it, anew
    .venv/bin/python -m bench.eval_extraction --set blind41 --by-country # blind, where: every level, anew
    .venv/bin/python -m bench.eval_extraction --set blind42 --by-country # blind, an eighth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind43 --by-country # blind, far away, anew
    .venv/bin/python -m bench.eval_extraction --set blind46 --by-country # blind, violent words, anew
    .venv/bin/python -m bench.eval_extraction --set blind44 --by-country # blind, a ninth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind48 --by-country # blind, far away, a third time
    .venv/bin/python -m bench.eval_extraction --set blind47 --by-country # blind, a tenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind45 --by-country # blind, below the city, anew
    .venv/bin/python -m bench.eval_extraction --set blind49 --by-country # blind, an eleventh day's feed
    .venv/bin/python -m bench.eval_extraction --set blind51 --by-country # blind, violent words, a third time
    .venv/bin/python -m bench.eval_extraction --set blind50 --by-country # blind, below the city, again
    .venv/bin/python -m bench.eval_extraction --set blind52 --by-country # blind, a twelfth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind53 --by-country # blind, who did it, a third time
    .venv/bin/python -m bench.eval_extraction --set blind54 --by-country # blind, a thirteenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind55 --by-country # blind, far away, a fourth time
    .venv/bin/python -m bench.eval_extraction --set blind56 --by-country # blind, a fourteenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind57 --by-country # blind, below the city, a third time
    .venv/bin/python -m bench.eval_extraction --set blind58 --by-country # blind, Africa's wars, anew
    .venv/bin/python -m bench.eval_extraction --set blind59 --by-country # blind, a fifteenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind60 --by-country # blind, violent words, a fourth time
    .venv/bin/python -m bench.eval_extraction --set blind62 --by-country # blind, who did it, a fourth time
    .venv/bin/python -m bench.eval_extraction --set blind61 --by-country # blind, a sixteenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind63 --by-country # blind, a seventeenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind64 --by-country # blind, full-length articles, anew
    .venv/bin/python -m bench.eval_extraction --set blind65 --by-country # blind, the day after, a third time
    .venv/bin/python -m bench.eval_extraction --set blind67 --by-country # blind, an eighteenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind66 --by-country # blind, violent words, a fifth time
    .venv/bin/python -m bench.eval_extraction --set blind68 --by-country # blind, violent words, a sixth time
    .venv/bin/python -m bench.eval_extraction --set blind69 --by-country # blind, a nineteenth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind71 --by-country # blind, where: local outlets' places
    .venv/bin/python -m bench.eval_extraction --set blind70 --by-country # blind, the day after, a 4th sample
    .venv/bin/python -m bench.eval_extraction --set blind72 --by-country # blind, a twentieth day's feed
    .venv/bin/python -m bench.eval_extraction --set blind75 --by-country # blind, a 21st day's feed
    .venv/bin/python -m bench.eval_extraction --set blind78 --by-country # blind, a 22nd day, local outlets
    .venv/bin/python -m bench.eval_extraction --set blind79 --by-country # blind, a 23rd day, a crawler's take
    .venv/bin/python -m bench.eval_extraction --set blind73 --by-country # blind, where: below the city, 4th
    .venv/bin/python -m bench.eval_extraction --set blind74 --by-country # blind, violent words, a 7th time
    .venv/bin/python -m bench.eval_extraction --set blind77 --by-country # blind, the day after, a 5th sample
    .venv/bin/python -m bench.eval_extraction --set blind76 --by-country # blind, where: below the city, 5th
    .venv/bin/python -m bench.eval_extraction --set blind81 --by-country # blind, violent words, an 8th time
    .venv/bin/python -m bench.eval_extraction --set blind80 --by-country # blind, where: below the city, 6th
    .venv/bin/python -m bench.eval_extraction --set blind84 --by-country # blind, violent words, a 9th time
    .venv/bin/python -m bench.eval_extraction --set blind82 --by-country # blind, a 24th day, rare outlets
    .venv/bin/python -m bench.eval_extraction --set blind83 --by-country # blind, where: below the city, 7th
    .venv/bin/python -m bench.eval_extraction path/to/reports.yaml -v   # any set, list misses
    .venv/bin/python -m bench.eval_extraction --all    # every registered set, one line each
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

from streams.extraction.extract import article_from_text, extract  # noqa: E402
from streams.extraction.places import ancestors  # noqa: E402

EVAL_DIR = ROOT / "tests" / "fixtures" / "extraction_eval"
REPORTS = EVAL_DIR / "reports.yaml"
SETS = {
    "dev": REPORTS,
    "heldout": EVAL_DIR / "heldout.yaml",
    "world": EVAL_DIR / "world.yaml",
    "blind": EVAL_DIR / "blind.yaml",
    "fresh": EVAL_DIR / "fresh.yaml",
    "blind2": EVAL_DIR / "blind2.yaml",
    "blind3": EVAL_DIR / "blind3.yaml",
    "blind4": EVAL_DIR / "blind4.yaml",
    "blind5": EVAL_DIR / "blind5.yaml",
    "blind6": EVAL_DIR / "blind6.yaml",
    "blind7": EVAL_DIR / "blind7.yaml",
    "blind8": EVAL_DIR / "blind8.yaml",
    "blind9": EVAL_DIR / "blind9.yaml",
    "blind10": EVAL_DIR / "blind10.yaml",
    "blind11": EVAL_DIR / "blind11.yaml",
    "blind12": EVAL_DIR / "blind12.yaml",
    "blind13": EVAL_DIR / "blind13.yaml",
    "blind14": EVAL_DIR / "blind14.yaml",
    "blind15": EVAL_DIR / "blind15.yaml",
    "blind16": EVAL_DIR / "blind16.yaml",
    "blind17": EVAL_DIR / "blind17.yaml",
    "blind18": EVAL_DIR / "blind18.yaml",
    "blind19": EVAL_DIR / "blind19.yaml",
    "blind20": EVAL_DIR / "blind20.yaml",
    "blind21": EVAL_DIR / "blind21.yaml",
    "blind22": EVAL_DIR / "blind22.yaml",
    "blind23": EVAL_DIR / "blind23.yaml",
    "blind24": EVAL_DIR / "blind24.yaml",
    "blind25": EVAL_DIR / "blind25.yaml",
    "blind26": EVAL_DIR / "blind26.yaml",
    "blind27": EVAL_DIR / "blind27.yaml",
    "blind28": EVAL_DIR / "blind28.yaml",
    "blind29": EVAL_DIR / "blind29.yaml",
    "blind30": EVAL_DIR / "blind30.yaml",
    "blind31": EVAL_DIR / "blind31.yaml",
    "blind32": EVAL_DIR / "blind32.yaml",
    "blind33": EVAL_DIR / "blind33.yaml",
    "blind34": EVAL_DIR / "blind34.yaml",
    "blind35": EVAL_DIR / "blind35.yaml",
    "blind36": EVAL_DIR / "blind36.yaml",
    "blind37": EVAL_DIR / "blind37.yaml",
    "blind38": EVAL_DIR / "blind38.yaml",
    "blind39": EVAL_DIR / "blind39.yaml",
    "blind40": EVAL_DIR / "blind40.yaml",
    "blind41": EVAL_DIR / "blind41.yaml",
    "blind42": EVAL_DIR / "blind42.yaml",
    "blind43": EVAL_DIR / "blind43.yaml",
    "blind46": EVAL_DIR / "blind46.yaml",
    "blind44": EVAL_DIR / "blind44.yaml",
    "blind48": EVAL_DIR / "blind48.yaml",
    "blind47": EVAL_DIR / "blind47.yaml",
    "blind45": EVAL_DIR / "blind45.yaml",
    "blind49": EVAL_DIR / "blind49.yaml",
    "blind51": EVAL_DIR / "blind51.yaml",
    "blind50": EVAL_DIR / "blind50.yaml",
    "blind52": EVAL_DIR / "blind52.yaml",
    "blind53": EVAL_DIR / "blind53.yaml",
    "blind54": EVAL_DIR / "blind54.yaml",
    "blind55": EVAL_DIR / "blind55.yaml",
    "blind56": EVAL_DIR / "blind56.yaml",
    "blind57": EVAL_DIR / "blind57.yaml",
    "blind58": EVAL_DIR / "blind58.yaml",
    "blind59": EVAL_DIR / "blind59.yaml",
    "blind60": EVAL_DIR / "blind60.yaml",
    "blind62": EVAL_DIR / "blind62.yaml",
    "blind61": EVAL_DIR / "blind61.yaml",
    "blind63": EVAL_DIR / "blind63.yaml",
    "blind64": EVAL_DIR / "blind64.yaml",
    "blind65": EVAL_DIR / "blind65.yaml",
    "blind67": EVAL_DIR / "blind67.yaml",
    "blind66": EVAL_DIR / "blind66.yaml",
    "blind68": EVAL_DIR / "blind68.yaml",
    "blind69": EVAL_DIR / "blind69.yaml",
    "blind71": EVAL_DIR / "blind71.yaml",
    "blind70": EVAL_DIR / "blind70.yaml",
    "blind72": EVAL_DIR / "blind72.yaml",
    "blind75": EVAL_DIR / "blind75.yaml",
    "blind78": EVAL_DIR / "blind78.yaml",
    "blind79": EVAL_DIR / "blind79.yaml",
    "blind73": EVAL_DIR / "blind73.yaml",
    "blind74": EVAL_DIR / "blind74.yaml",
    "blind77": EVAL_DIR / "blind77.yaml",
    "blind76": EVAL_DIR / "blind76.yaml",
    "blind81": EVAL_DIR / "blind81.yaml",
    "blind80": EVAL_DIR / "blind80.yaml",
    "blind84": EVAL_DIR / "blind84.yaml",
    "blind82": EVAL_DIR / "blind82.yaml",
    "blind83": EVAL_DIR / "blind83.yaml",
}
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


def evaluate(path: Path = REPORTS, misses: list[str] | None = None) -> dict[str, float]:
    """Scores over every report in ``path``; ``misses`` collects one line per error."""
    return _score(yaml.safe_load(path.read_text(encoding="utf-8")), misses)


def by_country(path: Path) -> dict[str, dict[str, float]]:
    """Scores per ``country`` of the reports (Syria for reports that name none)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for report in yaml.safe_load(path.read_text(encoding="utf-8")):
        groups.setdefault(report.get("country", "SY"), []).append(report)
    return {country: _score(reports) for country, reports in sorted(groups.items())}


def false_places(found: set[str], gold: list[str]) -> set[str]:
    """The places of ``found`` that are neither a gold place nor one of its ancestors or
    descendants: Syria or Aleppo for a gold al-Bab is right (less precise, not wrong), a town
    in another country is a false place (an alert to the wrong subscribers)."""
    return {
        p for p in found
        if not any(p in ancestors(g) or g in ancestors(p) for g in gold)
    }


def _score(reports: list[dict[str, Any]], misses: list[str] | None = None) -> dict[str, float]:
    tp = fp = fn = 0
    actors_hit = actors_all = places_hit = places_all = 0
    places_found = places_false = 0
    contested_ok = contested_all = false_events = wrong_perpetrators = 0
    for report in reports:
        gold = report["gold"]
        events = extract(article_from_text(report["text"], report.get("published")))
        if gold.get("no_events"):
            false_events += len(events)
            if events and misses is not None:
                misses.append(f"{report['id']}: {len(events)} event(s) from non-violent text")
            continue
        pred, want = _counts(events), _gold_counts(gold)
        hit = sum((pred & want).values())
        tp, fp, fn = tp + hit, fp + sum(pred.values()) - hit, fn + sum(want.values()) - hit
        found_actors = {a.id for e in events for a in e.actors}
        blamed = {
            a.id for e in events for a in e.actors
            if a.role == "perpetrator" and a.id in gold.get("not_perpetrators", [])
        }
        wrong_perpetrators += len(blamed)
        actors_hit += sum(a in found_actors for a in gold.get("actors", []))
        actors_all += len(gold.get("actors", []))
        found_places = {p for e in events for loc in e.locations for p in ancestors(loc.id)}
        places_hit += sum(p in found_places for p in gold.get("locations", []))
        places_all += len(gold.get("locations", []))
        named = {loc.id for e in events for loc in e.locations}
        wrong = false_places(named, gold.get("locations", []))
        places_found, places_false = places_found + len(named), places_false + len(wrong)
        contested_ok += any(e.contested for e in events) == bool(gold.get("contested"))
        contested_all += 1
        if misses is not None:
            _note_misses(report["id"], events, pred, want, found_actors, found_places, gold, misses)
            if wrong:
                misses.append(f"{report['id']}: false places {sorted(wrong)}")
            if blamed:
                misses.append(f"{report['id']}: wrongly blamed {sorted(blamed)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "casualty_precision": round(precision, 3),
        "casualty_recall": round(recall, 3),
        "casualty_f1": round(f1, 3),
        "actor_recall": round(actors_hit / actors_all, 3) if actors_all else 1.0,
        "location_recall": round(places_hit / places_all, 3) if places_all else 1.0,
        "location_precision": place_precision(places_found, places_false),
        "false_places": places_false,
        "contested_accuracy": round(contested_ok / max(contested_all, 1), 3),
        "false_events_nonviolent": false_events,
        "wrong_perpetrators": wrong_perpetrators,
    }


def place_precision(found: int, false: int) -> float:
    """The share of the distinct places found per report that are right (1.0 when none)."""
    return round((found - false) / found, 3) if found else 1.0


def _note_misses(
    rid: str,
    events: list[Any],
    pred: Counter[tuple[str, int]],
    want: Counter[tuple[str, int]],
    found_actors: set[str],
    found_places: set[str],
    gold: dict[str, Any],
    misses: list[str],
) -> None:
    if pred != want:
        misses.append(f"{rid}: counts extra {dict(pred - want)} missing {dict(want - pred)}")
    lost = [a for a in gold.get("actors", []) if a not in found_actors]
    if lost:
        misses.append(f"{rid}: actors missing {lost}")
    lost = [p for p in gold.get("locations", []) if p not in found_places]
    if lost:
        misses.append(f"{rid}: locations missing {lost}")
    if any(e.contested for e in events) != bool(gold.get("contested")):
        misses.append(f"{rid}: contested should be {bool(gold.get('contested'))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a reports YAML file (default: --set)")
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="a named report set")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss on stderr")
    parser.add_argument("--write", action="store_true", help="pin dev-set scores as the baseline")
    parser.add_argument("--by-country", action="store_true", help="scores per country as well")
    parser.add_argument("--all", action="store_true", help="every registered set, one line each")
    args = parser.parse_args()
    if args.all:
        for name, set_path in SETS.items():
            print(json.dumps({"set": name, **evaluate(set_path)}))
        return
    path = args.path or SETS[args.set]
    misses: list[str] | None = [] if args.verbose else None
    scores: dict[str, Any] = dict(evaluate(path, misses))
    if args.by_country:
        scores["by_country"] = by_country(path)
    print(json.dumps(scores, indent=2))
    for line in misses or []:
        print(line, file=sys.stderr)
    if args.write and path != REPORTS:
        parser.error("--write pins the dev set only")
    if args.write:
        BASELINE.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""Alert matching throughput: incidents matched per second against 10,000 subscriptions.

Compares the Matcher's inverted index with checking every subscription (the obvious way),
in the same run, on the same synthetic incidents and subscriptions (places from the gazetteer,
actors, types, keywords, exclusions, sources and killed/injured thresholds mixed like a real
subscriber base of many teams).

    .venv/bin/python -m bench.bench_alerts [--subscriptions 10000] [--incidents 2000]
"""

from __future__ import annotations

import argparse
import random
import time

from streams.extraction import places
from streams.extraction.arabic import normalize
from streams.pipeline.alerts import IncidentFacts, Matcher, Subscription
from streams.pipeline.merge import MergeState, merge_key
from streams.records import Actor, Casualties, Event, Incident

TYPES = ["airstrike", "shelling", "explosion", "armed_clash", "attack", "ambush", "assassination"]
ACTORS = ["isis", "hts", "sdf", "syrian_government", "russia", "turkey", "sna", "tip"]
KEYWORDS = ["مفخخة", "عبوة ناسفة", "طائرة مسيرة", "لغم", "اغتيال", "كمين"]
SOURCES = ["sham", "furat", "enab", "smart", "halab"]


def subscriptions(count: int, rng: random.Random) -> list[Subscription]:
    place_ids = list(places.place_entries())
    subs = []
    for i in range(count):
        kind = i % 4
        subs.append(
            Subscription(
                id=f"s{i}",
                places=(rng.choice(place_ids),) if kind in (0, 1) else (),
                actors=(rng.choice(ACTORS),) if kind == 2 else (),
                types=(rng.choice(TYPES),) if kind in (1, 3) else (),
                keywords=(normalize(rng.choice(KEYWORDS)),) if kind == 3 else (),
                exclude=(normalize("تدريب"),) if i % 5 == 0 else (),
                sources=(rng.choice(SOURCES),) if i % 7 == 0 else (),
                min_killed=rng.choice([0, 0, 3, 10]),
                min_injured=rng.choice([0, 0, 0, 5]),
                team_id=f"team-{i % 50}",
            )
        )
    return subs


def incidents(count: int, rng: random.Random) -> list[Incident]:
    towns = [p for p, e in places.place_entries().items() if e.level == "town"]
    result = []
    for i in range(count):
        event = Event(
            event_id=f"e{i}",
            type=rng.choice(TYPES),
            date="2020-01-25",
            actors=[Actor(rng.choice(ACTORS), "", "", "perpetrator")],
            locations=[places.lookup(rng.choice(towns))],
            casualties=[Casualties(killed=rng.randrange(20), injured=rng.randrange(30), group="civilians")],
            evidence=f"انفجرت {rng.choice(KEYWORDS)} قرب السوق",
        )
        event.source_id = rng.choice(SOURCES)
        (incident,) = MergeState(merge_key(event)).add(event, "2020-01-25T00:00:00")
        result.append(incident)
    return result


def indexed_ids(matcher: Matcher, incident: Incident) -> list[str]:
    facts = IncidentFacts.of(incident)
    return [s.id for s in matcher.candidates(facts) if s.matches(facts)]


def brute_force(subs: list[Subscription], incident: Incident) -> list[str]:
    facts = IncidentFacts.of(incident)
    return [s.id for s in subs if s.matches(facts)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--incidents", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(3)
    subs = subscriptions(args.subscriptions, rng)
    sample = incidents(args.incidents, rng)

    matcher = Matcher(subs)
    start = time.perf_counter()
    indexed = [sorted(indexed_ids(matcher, i)) for i in sample]
    indexed_rate = len(sample) / (time.perf_counter() - start)

    start = time.perf_counter()
    brute = [sorted(brute_force(subs, i)) for i in sample]
    brute_rate = len(sample) / (time.perf_counter() - start)

    start = time.perf_counter()
    for incident in sample:
        matcher.match(incident)
    full_rate = len(sample) / (time.perf_counter() - start)

    assert indexed == brute, "the index must find exactly what a full scan finds"
    matches = sum(map(len, indexed))
    print(f"{len(subs)} subscriptions, {len(sample)} incidents, {matches} alerts\n")
    print("| matcher | incidents/s |")
    print("|---|---|")
    print(f"| inverted index (streams.pipeline.alerts.Matcher) | {indexed_rate:,.0f} |")
    print(f"| check every subscription | {brute_rate:,.0f} |")
    print(f"| Matcher.match (index + alert records + repeat suppression) | {full_rate:,.0f} |")


if __name__ == "__main__":
    main()

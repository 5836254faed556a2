"""The incident scorer's arithmetic on tiny hand-built cases, and its pipeline run on a small
stream written for this test."""

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.eval_incidents import (  # noqa: E402
    GoldToll,
    SystemToll,
    evaluate,
    joins,
    new_alerts,
    owner,
    pairwise,
    splits,
    toll_hits,
)

# a, b, c are one incident; d, e another
GOLD = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}


def test_perfect_grouping_scores_one() -> None:
    system = {"a": {"1"}, "b": {"1"}, "c": {"1"}, "d": {"2"}, "e": {"2"}}
    assert pairwise(GOLD, system) == {"pair_precision": 1.0, "pair_recall": 1.0, "pair_f1": 1.0}
    assert splits(GOLD, system) == {}
    assert joins(GOLD, system) == {}


def test_a_split_incident_loses_recall_not_precision() -> None:
    # x split into {a, b} and {c}: gold pairs ab ac bc de, found ab de
    system = {"a": {"1"}, "b": {"1"}, "c": {"3"}, "d": {"2"}, "e": {"2"}}
    scores = pairwise(GOLD, system)
    assert scores["pair_precision"] == 1.0
    assert scores["pair_recall"] == 0.5
    assert scores["pair_f1"] == 0.667
    assert splits(GOLD, system) == {"x": {"1", "3"}}


def test_a_wrong_join_loses_precision() -> None:
    # everything in one incident: 10 pairs found, 4 of them right
    system = {r: {"1"} for r in GOLD}
    scores = pairwise(GOLD, system)
    assert scores["pair_precision"] == 0.4
    assert scores["pair_recall"] == 1.0
    assert joins(GOLD, system) == {"1": {"x", "y"}}


def test_a_report_in_no_incident_pairs_with_nobody() -> None:
    system = {"a": {"1"}, "b": {"1"}, "d": {"2"}, "e": {"2"}}
    assert pairwise(GOLD, system)["pair_recall"] == 0.5
    assert splits(GOLD, system) == {}


def test_a_report_in_two_incidents_pairs_with_both() -> None:
    system = {"a": {"1"}, "b": {"1"}, "c": {"1", "2"}, "d": {"2"}, "e": {"2"}}
    scores = pairwise(GOLD, system)
    assert scores["pair_recall"] == 1.0
    assert scores["pair_precision"] == round(4 / 6, 3)
    assert splits(GOLD, system) == {"x": {"1", "2"}}


def test_no_pairs_is_perfect() -> None:
    assert pairwise({"a": "x"}, {})["pair_f1"] == 1.0


def test_an_alert_belongs_to_the_incident_most_of_its_reports_are() -> None:
    assert owner(GOLD, ["a", "b", "d"]) == "x"
    assert owner(GOLD, ["a", "d"]) == "x"  # a tie: the first label by name
    assert owner(GOLD, ["background"]) is None
    per_label, stray = new_alerts(GOLD, [["a"], ["b", "c"], ["d", "e", "a"], ["z"]])
    assert per_label == Counter({"x": 2, "y": 1})
    assert stray == 1


def test_toll_exact_and_within_the_analysts_range() -> None:
    gold = GoldToll.of({"killed": 12, "injured": 30, "killed_range": [10, 15]})
    assert toll_hits(gold, SystemToll(killed=12, injured=30, killed_min=7)) == (True, True, True)
    assert toll_hits(gold, SystemToll(killed=9, injured=30, killed_min=9)) == (False, False, True)
    assert toll_hits(gold, SystemToll(killed=20, injured=1, killed_min=8)) == (False, True, False)
    assert toll_hits(gold, SystemToll(killed=16, injured=1, killed_min=16)) == (False, False, False)
    assert toll_hits(gold, None) == (False, False, False)


def test_without_a_range_within_means_the_figure_is_in_the_incidents_range() -> None:
    gold = GoldToll.of({"killed": 5, "injured": None})
    assert toll_hits(gold, SystemToll(killed=7, injured=3, killed_min=4)) == (False, True, None)
    assert toll_hits(gold, SystemToll(killed=4, injured=3, killed_min=4)) == (False, False, None)
    assert toll_hits(gold, None) == (False, False, None)


STREAM: dict[str, Any] = {
    "id": "test",
    "incidents": {"t_blast": {"killed": 4, "injured": 9}},
    "reports": [
        {
            "id": "t1",
            "outlet": "one",
            "published": "2021-03-01T10:00:00+03:00",
            "incident": "t_blast",
            "text": "مقتل أربعة أشخاص بانفجار سيارة مفخخة في الموصل\n"
            "قتل أربعة أشخاص وأصيب تسعة آخرون بانفجار سيارة مفخخة في سوق النبي يونس بمدينة الموصل"
            " صباح اليوم، بحسب مصدر في الشرطة.",
        },
        {
            "id": "t2",
            "outlet": "two",
            "published": "2021-03-01T11:00:00+03:00",
            "incident": None,
            "text": "افتتاح معرض للكتاب في أربيل\n"
            "افتتح في أربيل اليوم معرض للكتاب بمشاركة مئات دور النشر العربية والأجنبية.",
        },
    ],
}


def test_a_stream_runs_through_the_pipeline_steps() -> None:
    scores = evaluate([STREAM])
    assert scores["reports"] == 2
    assert scores["gold_incidents"] == 1
    assert scores["reports_in_no_incident"] == 0
    assert scores["new_alerts_per_incident"] == 1.0
    assert scores["new_alerts_without_incident"] == 0
    assert scores["killed_exact"] == 1.0
    assert scores["dead_letters"] == 0


def test_a_time_without_offset_is_refused() -> None:
    stream = {**STREAM, "reports": [{**STREAM["reports"][0], "published": "2021-03-01T10:00:00"}]}
    with pytest.raises(ValueError, match="no UTC offset"):
        evaluate([stream])

"""The extraction scorer's place-precision arithmetic on hand-picked gazetteer ids."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.eval_extraction import false_places, place_precision  # noqa: E402


def test_a_place_around_or_inside_a_gold_place_is_not_false() -> None:
    # Syria and the Aleppo governorate contain al-Bab: less precise, not wrong
    assert false_places({"sy", "aleppo", "bab_district", "al_bab"}, ["al_bab"]) == set()
    # a town inside a gold governorate is right too
    assert false_places({"al_bab"}, ["aleppo"]) == set()


def test_a_place_elsewhere_is_false() -> None:
    assert false_places({"al_bab", "ng_minna"}, ["al_bab"]) == {"ng_minna"}
    # with no gold place, every place found is false
    assert false_places({"iq"}, []) == {"iq"}


def test_precision_is_the_share_of_places_found_that_are_right() -> None:
    assert place_precision(8, 2) == 0.75
    assert place_precision(3, 1) == 0.667
    assert place_precision(0, 0) == 1.0

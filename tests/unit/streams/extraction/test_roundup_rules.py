"""Daily roundups: many incidents in one report, each in its own town with its own toll, and
the districts that place a town (the twentieth blind set's lessons, on sentences of their own)."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import events, places_of


@pytest.mark.parametrize(
    ("village", "seat"),
    [("ps_yabad", "ps_janin"), ("ps_idhna", "ps_hebron"), ("ps_al_birah", "ps_ramallah"),
     ("ps_balatah", "ps_nablus")],
)
def test_a_west_bank_town_lies_in_its_governorate_s_seat(village: str, seat: str) -> None:
    assert seat in ancestors(village)
    assert "ps_west_bank" in ancestors(village)


def test_a_west_bank_village_s_incident_is_in_its_governorate() -> None:
    text = "أصيب شابان برصاص قوات الاحتلال خلال اقتحامها بلدة يعبد جنوب غرب جنين صباح اليوم."
    found = {a for e in events(text) for p in places_of(e) for a in ancestors(p)}
    assert "ps_janin" in found

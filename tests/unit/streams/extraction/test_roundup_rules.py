"""Daily roundups: many incidents in one report, each in its own town with its own toll, and
the districts that place a town (the twentieth blind set's lessons, on sentences of their own)."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import counts, events, places_of


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


@pytest.mark.parametrize(
    "text",
    [
        "حصاد الجولة: الفيصلي ينجو من كمين الوحدات ويخطف تعادلاً قاتلاً في الدقيقة 90 في عمان.",
        "انفجار ضحك في مسرح الكويت: مسرحية جديدة تقتل الملل لدى الجمهور طوال ثلاث ليال.",
        "وفي صيدا، اقتحم مودعون غاضبون فرعاً لمصرف للمطالبة بودائعهم وغادروا بعد ساعة.",
        "ضربات الجفاف تضرب حقول القمح في سهل حوران وتقتل آمال المزارعين هذا الموسم.",
    ],
)
def test_a_roundup_of_sport_stage_banks_and_crops_is_no_incident(text: str) -> None:
    assert events(text) == []


def test_the_town_the_wounded_were_taken_to_is_not_the_site() -> None:
    text = ("قتل جنديان وأصيب ثلاثة في كمين لمسلحين قرب بلدة أيورو غرب النيجر، "
            "ونقل الجرحى إلى نيامي لتلقي العلاج.")
    found = {p for e in events(text) for p in places_of(e)}
    assert "ne_ayorou" in found
    assert "ne_niamey" not in found


def test_a_government_named_by_its_capital_after_a_glued_preposition_is_no_site() -> None:
    text = "قالت وزارة الداخلية التابعة لحكومة صنعاء إن 4 أشخاص قتلوا بقصف على مديرية حيس."
    found = {p for e in events(text) for p in places_of(e)}
    assert not any(p.startswith("ye_sana") for p in found)


def test_elazig_is_found_as_arabic_news_spells_it() -> None:
    text = "قتل شرطيان في هجوم بعبوة ناسفة على دورية في ولاية ألازيغ شرقي تركيا."
    found = {a for e in events(text) for p in places_of(e) for a in ancestors(p)}
    assert "tr_elazg" in found


def test_an_equal_toll_in_a_place_apart_is_a_roundup_s_next_incident() -> None:
    text = ("هجمات على الجيش العراقي\n"
            "قتل جنديان بانفجار عبوة ناسفة على دورية في محافظة الأنبار. "
            "وفي محافظة البصرة، قتل جنديان بهجوم على نقطة تفتيش.")
    assert sorted(c.killed for e in events(text) for c in e.casualties) == [2, 2]


def test_an_equal_toll_retold_in_the_same_place_stays_one_incident() -> None:
    text = ("هجوم على الجيش العراقي\n"
            "قتل جنديان بانفجار عبوة ناسفة على دورية في محافظة الأنبار. "
            "وقال مصدر أمني إن الجنديين قتلا قرب مدينة الرمادي في الأنبار.")
    assert sorted(c.killed for e in events(text) for c in e.casualties if c.killed) == [2]


def test_a_village_belonging_to_a_district_is_no_namesake_abroad() -> None:
    text = ("هجوم على قرية في ديالى\n"
            "قتل راعيان برصاص مسلحين في قرية الروضة التابعة لقضاء المقدادية في محافظة ديالى.")
    found = {p for e in events(text) for p in places_of(e)}
    assert not any(p.startswith("sy_") for p in found)
    assert "iq_diyala" in {a for p in found for a in ancestors(p)}


def test_a_subset_after_the_count_s_own_description_is_still_a_subset() -> None:
    assert counts("قتل 6 أشخاص من أسرة واحدة، بينهم 4 نساء، وأصيب رجلان آخران بقصف على الحي.") == [
        ("killed", 6), ("injured", 2)]


def test_gunmen_named_by_their_tribe_are_tribal_forces() -> None:
    text = "قتل جنديان في اشتباك مع مسلحين قبليين عند نقطة تفتيش في مأرب."
    assert "tribal_forces" in {a.id for e in events(text) for a in e.actors}


@pytest.mark.parametrize(
    ("text", "actor"),
    [("استشهد 5 أشخاص في غارتين إسرائيليتين على بلدة في قضاء صور.", "israel"),
     ("قتل سائق برصاص عصابة خطف على طريق دمشق - السويداء.", "unknown")],
)
def test_a_dual_strike_and_a_kidnapping_gang_name_their_doers(text: str, actor: str) -> None:
    assert actor in {a.id for e in events(text) for a in e.actors}

"""Rules prompted by the seventeenth blind set (tests/fixtures/extraction_eval/blind17.yaml:
where incidents happen: villages, camps, roads, markets, districts and names several countries
share), each checked here on reports written for the test, not on the set's own sentences."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import actor_ids, counts, events, only, places_of, tolls

# --- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل رجل وأصيب اثنان بقصف مدفعي على حي سكني.", [("killed", 1), ("injured", 2)]),
        ("استشهد طفل وأصيب خمسة بصواريخ سقطت على سوق شعبي.", [("killed", 1), ("injured", 5)]),
        ("قتلت امرأة وأصيب ثلاثة بغارات استهدفت القرية.", [("killed", 1), ("injured", 3)]),
    ],
)
def test_a_bare_number_before_the_means_of_the_verb_counts_people(text: str, want: list) -> None:
    # "بقذائف"، "بغارة" are the means; the amount before them counts the wounded, not shells
    assert counts(text) == want


@pytest.mark.parametrize(
    "text",
    ["شنت الطائرات 3 غارات على المنطقة.", "سقطت 4 قذائف على الحي.", "ارتفعت الأسعار 5 بالمئة."],
)
def test_an_amount_of_things_is_still_no_count(text: str) -> None:
    assert counts(text) == []


# --- places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "foreign"),
    [
        # a market named like an Egyptian town, north-east of the Iraqi capital
        ("انفجرت عبوة في سوق الحسينية الكبير شمال شرقي العاصمة بغداد وأصابت أربعة أشخاص.",
         "iq_baghdad_city", "eg_al_husayniyah"),
        # a refugee camp named like a Moroccan city, south of the Lebanese city
        ("قتل شخصان بغارة على مخيم الرشيدية للاجئين جنوب مدينة صور.", "lb_tyre", "ma_errachidia"),
    ],
)
def test_a_place_placed_by_its_direction_from_a_city_is_no_foreign_namesake(
    text: str, place: str, foreign: str
) -> None:
    found = places_of(only(text))
    assert place in found
    assert foreign not in found


def test_a_foreign_town_in_a_list_of_places_stays() -> None:
    # no direction places the first name: it is not read as near the second
    found = places_of(only("قتل ثلاثة أشخاص في هجومين منفصلين في الرشيدية المغربية وفي مدينة صور."))
    assert "ma_errachidia" in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # towns GeoNames names in Latin letters only, with the spellings of Arabic news
        ("قتل أربعة جنود في هجوم على موقع عسكري قرب بلدة دامبوا بولاية بورنو.", "ng_damboa"),
        ("أصيب خمسة أشخاص بانفجار في سوق مدينة ماستونغ بإقليم بلوشستان.", "pk_mastung"),
        ("قتل ستة مدنيين في هجوم لمسلحين على قرية قرب موسيمبوا دا برايا.", "mz_mocimboa_da_praia"),
        ("سقطت قذائف على حي في مدينة روتشورو وقتلت ثلاثة أشخاص.", "cd_rutshuru"),
        ("قتل شخصان في قصف على مدينة بابنوسة.", "sd_babanusah"),
        # towns GeoNames lacks (gazetteers/extra_towns.yaml)
        ("استشهد مواطن بغارة على بلدة عيتا الشعب الحدودية.", "lb_aita_al_shaab"),
        ("قتل جنديان بهجوم انتحاري على قافلة في مير علي بشمال وزيرستان.", "pk_mir_ali"),
        ("قتل ثلاثة مدنيين في هجوم على بلدة كولوفاتا.", "cm_kolofata"),
    ],
)
def test_towns_of_the_attacks_beyond_geonames_arabic_names_are_found(text: str, place: str) -> None:
    assert place in places_of(only(text))


def test_a_town_named_like_a_common_word_needs_its_place_word() -> None:
    # "الخيام" are tents as well as the Lebanese town
    assert "lb_khiam" not in places_of(only("قتل خمسة نازحين بقصف على الخيام في مدينة رفح."))
    assert "lb_khiam" in places_of(only("استشهد مواطنان بغارة على منزل في بلدة الخيام."))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GeoNames keeps Al Fulah under South Kordofan's old code too: Kadugli is not West Kordofan's
        ("قتل خمسة مدنيين بقصف مدفعي على مدينة كادقلي.", "sd_south_kordofan"),
        ("قتل أربعة أشخاص بانفجار في ولاية بغلان شمالي أفغانستان.", "af_baghlan"),
    ],
)
def test_towns_lie_in_their_own_division(text: str, place: str) -> None:
    assert any(place in ancestors(p) for p in places_of(only(text)))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل 12 قرويا في هجوم شنه مسلحو كوديكو على قرية في إيتوري.", "codeco"),
        ("تبنى تنظيم داعش خراسان الهجوم على حافلة في كابل.", "is_provinces"),
    ],
)
def test_the_armed_groups_of_local_wars_are_named(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


# --- non-violent text ---------------------------------------------------------------------------


def test_the_fighting_people_fled_is_no_incident() -> None:
    assert not events("وزعت منظمة إغاثية سلالا غذائية على الأسر النازحين من القتال في مخيم قرب المدينة.")
    assert not events("افتتح مستوصف جديد لخدمة العائلات التي فرت من المعارك في الريف الجنوبي.")


@pytest.mark.parametrize(
    "text",
    [
        "أعادت البلدية افتتاح السوق المركزي بعد ترميمه إثر تضرره جراء القصف والاشتباكات قبل أعوام.",
        "بدأت أعمال إعادة بناء الجسر بعد سنوات من تدميره بالغارات.",
    ],
)
def test_a_place_s_damage_told_as_its_past_is_no_incident(text: str) -> None:
    assert not events(text)


def test_a_toll_beside_a_damage_told_as_its_past_stays() -> None:
    assert tolls("قتل رجلان في منزلهما بعد تدميره بغارة جوية على القرية.") == [(2, None)]


def test_a_town_name_with_its_place_word_needs_no_cue_before_it() -> None:
    # GeoNames lacks it, so it is no known town whose bare name is taken: "بلدة" is its cue
    assert "lb_khiam" in places_of(only("تعرضت بلدة الخيام لقصف مدفعي أدى إلى إصابة شخصين."))

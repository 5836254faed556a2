"""Rules prompted by the thirteenth blind set (tests/fixtures/extraction_eval/blind13.yaml: short
feed and ticker items with little context), each checked here on items written for the test,
not on the set's own sentences."""

import pytest

from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- the present of headlines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("مسلحون يقتلون 5 رعاة قرب بلدة في ولاية زمفرة", (5, None)),
        ("مسيرتان تقتلان 3 مدنيين في ريف إدلب", (3, None)),
        ("قذيفة هاون تصيب 4 أطفال في حي سكني بالحديدة", (None, 4)),
        ("عبوة ناسفة تصيب جنديين في ديالى", (None, 2)),
        ("مستوطنون يهاجمون قرية قرب رام الله ويصيبون 3 مزارعين", (None, 3)),
    ],
)
def test_a_headline_in_the_present_counts_its_victims(text: str, toll: tuple) -> None:
    assert tolls(text) == [toll]


def test_a_bomber_who_blows_herself_up_in_the_present_is_an_explosion() -> None:
    got = events("انتحارية تفجر نفسها قرب مسجد في مايدوغوري.. 6 قتلى")
    assert [e.type for e in got] == ["explosion"]
    assert tolls("انتحارية تفجر نفسها قرب مسجد في مايدوغوري.. 6 قتلى") == [(6, None)]


def test_the_bomber_killed_by_a_force_is_one_attacker_dead() -> None:
    assert counts("قوة أمنية تقتل انتحارياً قبل وصوله إلى السوق في كركوك") == [("killed", 1)]


# --- figures that are no tolls -------------------------------------------------------------


def test_the_kidnapped_counted_before_a_killing_are_not_killed() -> None:
    assert counts("اختطاف 12 مسافراً ومقتل سائق في هجوم على حافلة بولاية زمفرة") == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "مقتل وإصابة 14 بتفجير سيارة مفخخة في سوق بمقديشو",
        "قتل وجرح 9 من عناصر الأمن بهجوم في الأنبار",
    ],
)
def test_one_figure_for_the_dead_and_wounded_before_it_is_no_count(text: str) -> None:
    assert [c for c in counts(text) if c[1] is not None] == []


def test_a_number_glued_to_a_colon_names_an_outlet_not_victims() -> None:
    assert counts("حمص 24: مقتل شاب برصاص مجهولين في حي الوعر") == [("killed", 1)]


# --- actors of short items -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("أعماق: جنود الخلافة يقتلون 3 من عناصر الجيش في ريف كركوك", "isis"),
        ("وكالة أعماق: مقتل جنديين بهجوم في ديالى", "isis"),
        ("اغتيال مسؤول في المجلس الانتقالي بعبوة ناسفة في لحج", "stc"),
        ("الدفاع التركية: مقتل جندي بهجوم في شمال العراق", "turkey"),
        ("غارات أمريكية بريطانية على صنعاء تقتل 3", "uk"),
        ("الغارات الأميركية البريطانية على صعدة تقتل شخصين", "uk"),
        ("مقتل مهاجرَين برصاص خفر السواحل الليبي قبالة زوارة", "libyan_gov_forces"),
        ("مقتل مهاجر برصاص خفر السواحل قبالة الزاوية الليبية", "libyan_gov_forces"),
    ],
)
def test_short_items_name_their_actors(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_a_second_nationality_keeps_the_first() -> None:
    assert {"us_forces", "uk"} <= actor_ids("غارات أمريكية وبريطانية على الحديدة تقتل 4")


# --- places of short items -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a division's name borne by its small seat town needs no place word
        ("مأرب | مقتل جندي بقصف حوثي", "ye_marib"),
        ("مأرب 🔴 3 جرحى بانفجار لغم", "ye_marib"),
        ("إصابة 3 بانفجار في مخيم للنازحين قرب سوق في منطقة بري", "so_bari"),
        ("غووزا: مقتل 4 قرويين بهجوم لبوكو حرام", "ng_borno_state"),
        ("إصابة شاب برصاص الاحتلال في بيتا", "ps_west_bank"),
    ],
)
def test_short_items_find_their_places(text: str, place: str) -> None:
    from streams.extraction.places import ancestors

    assert place in {a for p in place_ids(text) for a in ancestors(p)}


def test_a_persian_plain_is_not_the_iranian_town_dasht() -> None:
    assert [p.id for p in find_places("انفجار في دشت برجي غرب كابل")] == ["af_kabul"]


def test_ground_is_not_the_somali_region() -> None:
    assert "so_bari" not in {p.id for p in find_places("هجوم بري على مواقع الجيش في كسمايو")}


def test_a_nationality_adjective_decides_between_places_of_one_name() -> None:
    # "منطقة البحيرة" is Egypt's Beheira and Chad's Lac; the Chadian army says which
    assert place_ids("هجوم على ثكنة للجيش التشادي في منطقة البحيرة يقتل 9 جنود") == {"td_lac_region"}
    egypt = place_ids("مقتل 3 بانفجار في منطقة البحيرة شمال القاهرة")
    assert "eg_beheira" in egypt and "td_lac_region" not in egypt


def test_a_seat_named_in_a_wire_dateline_is_not_the_town() -> None:
    # "لحج - ..." is where the report was filed; the same name as a label or after "على" is
    # the place of the item
    assert place_ids("لحج - استشهد شاب بقصف على قرية في مديرية حيفان جنوبي تعز") == {
        "ye_hayfan", "ye_taiz"}
    assert "ye_lahij_city" in place_ids("قصف حوثي على لحج يقتل مدنيين اثنين")

"""Extraction rules and gazetteer data prompted by the eighth blind incident set
(tests/fixtures/incident_eval/blind_incidents8.yaml): villages and towns the gazetteer lacked,
and a village named with the seat of its district. Each is checked here on reports written for
the test, not on the set's own sentences."""

import pytest

from tests.unit.streams.extraction.reading import only


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("غارة على عيناثا\nاستشهد شاب بغارة من مسيرة على دراجة نارية في بلدة عيناثا صباح اليوم.",
         "lb_aynata"),
        ("قصف على يارون\nأصيب مواطنان بقصف مدفعي على أطراف بلدة يارون الجنوبية ليل أمس.", "lb_yaroun"),
        ("هجوم في كولاتشي\nقتل شرطي برصاص مسلحين هاجموا دوريته في كولاتشي مساء أمس.", "pk_kulachi"),
        ("هجوم في درابن\nقتل جنديان في هجوم على موقع أمني في منطقة درابن فجر اليوم.", "pk_daraban"),
        ("تفجير في بلعد\nقتل أربعة أشخاص بانفجار عبوة ناسفة في سوق بلدة بلعد صباح اليوم.", "so_balcad"),
        ("هجوم في شيرورو\nقتل مسلحون سبعة قرويين في منطقة شيرورو ليل أمس.", "ng_shiroro"),
        ("لغم في ساقية سيدي يوسف\nأصيب جندي بانفجار لغم قرب ساقية سيدي يوسف اليوم.",
         "tn_sakiet_sidi_youssef"),
    ],
)
def test_the_villages_and_towns_the_gazetteer_lacked_are_read(text: str, place: str) -> None:
    assert location_ids(text)[0] == place


def test_a_village_named_with_its_district_s_seat_is_the_only_site_of_its_rank() -> None:
    ids = location_ids(
        "غارة على سيارة في الجنوب\n"
        "استشهد مواطنان بغارة من مسيرة على سيارة في بلدة عيترون قضاء بنت جبيل ظهر اليوم."
    )
    assert ids[0] == "lb_aitaroun"
    assert "lb_bent_jbail" not in ids


def test_two_villages_of_one_district_keep_no_site_in_common() -> None:
    first = location_ids(
        "غارة على منزل\nاستشهد مواطن بغارة على منزل في بلدة يارون في قضاء بنت جبيل مساء اليوم."
    )
    second = location_ids(
        "غارة على سيارة\nاستشهد شابان بغارة على سيارة عند مدخل بلدة عيناثا في قضاء بنت جبيل اليوم."
    )
    assert not set(first) & set(second)


def test_the_district_s_seat_gives_way_in_its_rank_among_the_places() -> None:
    # the victims' home towns named after the site's district do not come first
    ids = location_ids(
        "تشييع جنديين\n"
        "شيع أهالي الكاف وسيدي بوزيد جنديين قتلا في انفجار لغم قرب ساقية سيدي يوسف أمس."
    )
    assert ids[0] == "tn_sakiet_sidi_youssef"
    assert "tn_el_kef" not in ids


def test_a_town_named_alone_is_still_the_site() -> None:
    assert location_ids("قصف على بنت جبيل\nأصيب ثلاثة مواطنين بقصف مدفعي على مدينة بنت جبيل اليوم.") == [
        "lb_bent_jbail"
    ]


def test_rabak_is_rabak_not_kosti_across_the_river() -> None:
    # GeoNames gives Kosti Rabak's name as well (lexicons/places.yaml town_not_names)
    text = "قصف على ربك\nأصيب ثلاثة مدنيين بقصف مسيرة على محطة كهرباء في مدينة ربك اليوم."
    assert location_ids(text)[0] == "sd_rabak"
    assert location_ids("قصف على كوستي\nقتل مدنيان بقصف مسيرة على سوق مدينة كوستي اليوم.")[0] == "sd_kosti"

"""Extraction rules and gazetteer data prompted by the forty-fifth blind set
(tests/fixtures/extraction_eval/blind45.yaml): villages and sub-district towns below the city
that the gazetteer lacked, a town measured from another ("الواقعة على بعد ... من Y"), and
a reference point written with its city's word. Each is checked here on reports written for the
test, not on the set's own sentences."""

import pytest

from tests.unit.streams.extraction.reading import counts, only


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قصف على ناحية الرشاد\nأصيب راع بقذيفة هاون سقطت قرب بلدة الرشاد مساء أمس.", "iq_al_rashad"),
        ("عبوة في البو عيثة\nقتل شرطي بانفجار عبوة لاصقة في منطقة البو عيثة فجر اليوم.", "iq_al_bu_aitha"),
        ("قناص في الشقب\nأصيب مزارع برصاص قناص في قرية الشقب ظهر اليوم.", "ye_al_shaqab"),
        ("لغم في بيت مغاري\nقتل راع بانفجار لغم أرضي في منطقة بيت مغاري صباح اليوم.",
         "ye_bayt_maghari"),
        ("معارك الخوي\nقتل جنديان في هجوم على بلدة الخوي صباح اليوم.", "sd_al_khuwei"),
        ("ثأر في النخيلة\nقتل مزارع برصاص مسلحين في قرية النخيلة فجر اليوم.", "eg_al_nukhayla"),
        ("هجوم على ديالاساغو\nقتل مسلحون سبعة رعاة قرب ديالاساغو ليل أمس.", "ml_diallassagou"),
        ("اشتباك في الثعلة\nقتل شاب في اشتباك مسلح في قرية الثعلة ليل أمس.", "thaala"),
        ("قصف على كويا\nأصيب مزارع بقصف مدفعي على أطراف بلدة كويا اليوم.", "kuwayya"),
    ],
)
def test_the_villages_below_the_city_are_read(text: str, place: str) -> None:
    assert location_ids(text)[0] == place


@pytest.mark.parametrize(
    ("text", "site", "point"),
    [
        ("هجوم على بلدة صرمان\nقتل حارس برصاص مسلحين في بلدة صرمان، الواقعة على بعد 60 كيلومتراً "
         "غرب العاصمة طرابلس، فجر اليوم.", "ly_surman", "ly_tripoli"),
        ("عبوة في تلكلخ\nقتل جندي بانفجار عبوة في مدينة تلكلخ الواقعة على بعد 45 كيلومتراً غرب "
         "مدينة حمص صباح اليوم.", "talkalakh", "homs_city"),
    ],
)
def test_a_town_measured_from_another_is_the_site_and_the_other_only_its_point(
    text: str, site: str, point: str
) -> None:
    ids = location_ids(text)
    assert ids[0] == site
    assert point not in ids


def test_a_distance_after_a_comma_may_be_the_event_s_and_keeps_both_places() -> None:
    # the convoy was on its way to Bamako when it was hit 40 km from Kayes: both stay
    ids = location_ids(
        "هجوم على قافلة\nقتل سائقان في هجوم على قافلة متجهة إلى باماكو، على بعد 40 كيلومتراً "
        "غرب مدينة كايس، اليوم."
    )
    assert "ml_kayes" in ids


def test_a_distance_from_a_border_is_no_distance_from_the_country() -> None:
    ids = location_ids(
        "كمين في تيلابيري\nقتل ستة جنود في كمين قرب بلدة في منطقة تيلابيري، على بعد 50 "
        "كيلومتراً من الحدود مع مالي، أمس."
    )
    assert ids[0] == "ne_tillaberi"
    assert "ml" not in ids


def test_a_point_written_with_its_city_word_is_the_city_not_the_province() -> None:
    # "ناحية الرشاد جنوب غربي مدينة كركوك": the city is only the point, the sub-district town
    # the site
    ids = location_ids(
        "هجوم في الرشاد\nقتل راعيان بهجوم مسلح على أطراف ناحية الرشاد جنوب غربي مدينة كركوك "
        "مساء أمس."
    )
    assert ids[0] == "iq_al_rashad"
    assert "iq_kirkuk_city" not in ids


def test_a_quarter_named_like_a_foreign_town_is_no_place_abroad() -> None:
    # "حي عمر المختار" is a quarter of many Arab cities, not Libya's village of that name
    ids = location_ids(
        "عبوة في الموصل\nالموصل - أصيب مدنيان بانفجار عبوة ناسفة في حي عمر المختار صباح اليوم."
    )
    assert ids == ["iq_mosul"]


def test_a_quarter_of_the_article_s_own_country_stays() -> None:
    ids = location_ids(
        "قصف على حلب\nحلب - قتل مدني بقذيفة سقطت على حي الشيخ مقصود صباح اليوم."
    )
    assert ids[0] == "sheikh_maqsoud"


def test_a_bare_point_named_like_the_site_s_province_is_the_province() -> None:
    # "جنوب غربي كركوك" after a sub-district of the province: the province, not the city
    ids = location_ids(
        "هجوم في الرشاد\nقتل جندي بهجوم على نقطة تفتيش في ناحية الرشاد جنوب غربي كركوك ليل أمس."
    )
    assert ids[0] == "iq_al_rashad"
    assert "iq_kirkuk" in ids
    assert "iq_kirkuk_city" not in ids


def test_a_capital_named_as_the_point_stays_as_it_is_read() -> None:
    # "شمالي العاصمة بغداد" is said of the city and of its province alike
    ids = location_ids(
        "عبوة في الطارمية\nقتل جندي بانفجار عبوة في قضاء الطارمية شمالي العاصمة بغداد مساء أمس."
    )
    assert ids[0] == "iq_at_tarmiyah"
    assert "iq_baghdad_city" in ids


def test_a_second_side_joined_past_the_first_side_s_description_is_counted() -> None:
    # "و9 من عناصر الحركة" after the first side's long description: the same verb's second toll
    assert counts(
        "قتل ثلاثة من أفراد الشرطة المحلية في السوق و9 من مسلحي حركة الشباب"
    ) == [("killed", 3), ("killed", 9)]


def test_a_second_amount_after_a_clause_mark_is_not_joined_from_afar() -> None:
    # after a comma the amount opens a phrase of its own, with no verb: no toll
    assert counts(
        "قتل ثلاثة من أفراد الشرطة المحلية في السوق، و9 من مسلحي حركة الشباب فروا"
    ) == [("killed", 3)]

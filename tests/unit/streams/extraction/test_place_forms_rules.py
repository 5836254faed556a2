"""Rules prompted by the forty-first blind set (tests/fixtures/extraction_eval/blind41.yaml:
where it happened, at every level: villages below their district, quarters, roads, distances,
camps, ports and bases, namesakes and datelines), each checked here on reports written for the
test, not on the set's own sentences."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import events, only, places_of

# --- towns the gazetteer lacked ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Iraq's sub-districts, by their place word where the name is a common word too
        ("قتل شرطيان بهجوم مسلح على نقطة تفتيش في قضاء حديثة غربي الأنبار.", "iq_hadithah"),
        ("أصيب ثلاثة جنود بانفجار عبوة ناسفة في ناحية جلولاء.", "iq_jalawla"),
        ("قتل مدني بسقوط قذيفة هاون على ناحية الضلوعية.", "iq_dhuluiya"),
        ("قتل راع بانفجار عبوة قرب ناحية آمرلي.", "iq_amerli"),
        ("هاجم مسلحو داعش نقطة للجيش في ناحية قره تبه وقتلوا جنديين.", "iq_qara_tapa"),
        # the fronts and ports of Ukraine and Russia the press spells in Arabic letters
        ("قتل شخصان بقصف روسي على مدينة هوليايبولي.", "ua_hulyaypole"),
        ("أصيب خمسة أشخاص بهجوم بمسيرات على ميناء نوفوروسيسك.", "ru_novorossiysk"),
        ("قتلت امرأة بغارة بمسيرة على بلدة فاسيليفكا.", "ua_vasylivka"),
        # Darfur's camps of the displaced and Somalia's air bases
        ("قتل سبعة نازحين بقصف مدفعي على مخيم كلمة قرب نيالا.", "sd_kalma"),
        ("سقطت قذائف هاون على قاعدة باليدوغلي الجوية وأصيب جنديان.", "so_baledogle"),
    ],
)
def test_towns_of_the_attacks_the_gazetteer_lacked_are_found(text: str, place: str) -> None:
    assert place in places_of(only(text))


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة جنود بهجوم بأسلحة حديثة على موقع في الأنبار.",
        "قتل شخصان في هجوم على قرية قرب الفلوجة، وقال مصدر إنه لا يعرف شيئاً عنه.",
    ],
)
def test_a_town_named_like_a_common_word_needs_its_place_word(text: str) -> None:
    # "حديثة" is modern and "عنه" about him: Haditha and Anah only after their place word
    found = places_of(only(text))
    assert "iq_hadithah" not in found and "iq_anah" not in found


def test_a_camp_lies_in_the_city_it_is_named_beside() -> None:
    # a camp's attack given as the camp or as its city is the same place
    event = only("قتل خمسة نازحين بقصف على مخيم زمزم جنوب مدينة الفاشر.")
    assert any("sd_el_fasher" in ancestors(p) for p in places_of(event))
    assert "sd_el_fasher" in ancestors("sd_zamzam")


# --- a quarter, and a town placed from another -----------------------------------------------------


def test_a_quarter_said_to_be_in_another_city_is_no_namesake_quarter() -> None:
    # Damascus has a quarter "حي الميدان"; one in Aleppo is Aleppo's
    event = only("قتل مدنيان بسقوط قذيفة على حي الميدان في مدينة حلب.")
    assert "midan" not in places_of(event)
    assert any("aleppo" in ancestors(p) for p in places_of(event))


@pytest.mark.parametrize(
    ("text", "site", "point"),
    [
        ("قتل ثلاثة أشخاص في اشتباكات بمنطقة جنزور غرب العاصمة طرابلس.", "ly_janzur", "ly_tripoli"),
        ("قتل أربعة مدنيين بقصف على بلدة ساكي غرب مدينة غوما.", "cd_sake", "cd_goma"),
    ],
)
def test_a_town_placed_by_its_direction_from_a_city_is_the_site_not_the_city(
    text: str, site: str, point: str
) -> None:
    found = places_of(only(text))
    assert site in found and point not in found


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a suburb within a few kilometres is the city's as well
        ("استشهد شاب برصاص الاحتلال في بلدة بني سهيلا شرق خان يونس.", "ps_khan_yunis"),
        # a camp named after a place, placed from a city, is the city's
        ("قتل ثمانية نازحين بصاروخ سقط على مخيم السويداء للنازحين شمالي مدينة مأرب.", "ye_ma_rib"),
    ],
)
def test_a_suburb_or_a_camp_placed_from_a_city_keeps_the_city(text: str, city: str) -> None:
    assert city in places_of(only(text))


def test_a_province_given_as_the_point_stays() -> None:
    # only a town is a mere point: a province a town is placed in holds it
    found = places_of(only("قتل جندي بهجوم على نقطة في قضاء حديثة غرب الأنبار."))
    assert "iq_hadithah" in found and any("iq_anbar" in ancestors(p) for p in found)


def test_an_air_base_named_after_its_town_is_the_town() -> None:
    event = only("سقط صاروخان على قاعدة بلد الجوية دون إصابات.")
    assert "iq_balad" in places_of(event)


def test_a_road_crash_in_the_maghreb_s_words_is_no_event() -> None:
    # "حادثة سير" is the feminine of "حادث سير"
    text = (
        "مصرع ثلاثة أشخاص في حادثة سير\n"
        "لقي ثلاثة أشخاص مصرعهم في حادثة سير مروعة بعد اصطدام شاحنة بسيارة قرب مدينة فاس."
    )
    assert events(text) == []


def test_a_point_named_like_the_site_s_province_stays() -> None:
    # "جنوب تعز" after a district of Taiz may be the province's south: the name is kept, as the
    # province that holds the district (not the city, which it may not be)
    found = places_of(only("قتل طفلان بقذيفة سقطت على قرية في مديرية حيفان جنوب تعز."))
    assert "ye_hayfan" in found and "ye_taiz" in found
    assert "ye_taiz_city" not in found


def test_a_quarter_placed_from_its_city_keeps_the_city() -> None:
    # "حي X شمالي مدينة Y" is Y's quarter, whatever town elsewhere is called X
    found = places_of(only("قتل طفل بقذيفة هاون سقطت على حي الروضة شمالي مدينة تعز."))
    assert "ye_taiz_city" in found

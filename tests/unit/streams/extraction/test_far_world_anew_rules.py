"""Rules and data prompted by the forty-third blind set (tests/fixtures/extraction_eval/
blind43.yaml: violence far from the Arab world, a fresh sample), each checked here on sentences
written for the test, not on the set's own."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.places import find_places, place_entries
from tests.unit.streams.extraction.reading import events


def _found_by_sound(text: str) -> set[str]:
    return {p.id for p in find_places(text) if p.resolved_by == "sound"}


# --- towns found by the sound of their name --------------------------------------------------


def test_a_town_below_the_world_layers_floor_outside_the_focus_countries_is_found_by_sound() -> None:
    # Putyvl has some 15,000 people: too few for a name of the world layer in Ukraine, enough
    # for a name found by sound after a town word in a story that names Ukraine
    assert place_entries()["ua_putyvl"].population < 15000
    assert _found_by_sound("قصفت القوات الروسية مدينة بوتيفل في مقاطعة سومي شمال أوكرانيا") == {"ua_putyvl"}


def test_a_town_after_a_municipality_word_is_found_by_sound() -> None:
    text = "انفجرت سيارة مفخخة في بلدية بوينافينتورا الساحلية، بحسب ما أعلنت السلطات في بوغوتا"
    assert {p.id for p in find_places(text) if p.resolved_by == "sound"} == {"co_3688452"}


@pytest.mark.parametrize(
    "text",
    [
        "قتل شخصان في منطقة سوبور في الهند",  # an area is no town word
        "قتل شخصان في بلدية بوينافينتورا",  # no country named
    ],
)
def test_an_area_or_municipality_word_finds_no_town_without_a_name_and_a_country(text: str) -> None:
    assert _found_by_sound(text) == set()


# --- towns, districts and regions as the world desks name them -------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("أطلق مسلحون النار على مصلين في كنيسة ببلدة كاجيرو جنوب ولاية كادونا", "ng_kajuru"),
        ("تظاهر طلاب في مدينة أمبو غرب العاصمة أديس أبابا", "et_hagere_hiywet"),
        ("فرضت السلطات حظر تجول في بلدة تيليا شمالي النيجر", "ne_tillia"),
        ("داهمت قوات الأمن منزلاً في سوبور شمال سريناغار", "in_sopur"),
        ("تبادل الجيش إطلاق النار مع متمردين قرب كابانكالان في الفلبين", "ph_kabankalan"),
        ("نفذت القوات عملية تمشيط في ضواحي لاميتان بجزيرة باسيلان", "ph_lamitan_city"),
        ("قتل صيادون في جزيرة باركارام ببحيرة تشاد", "td_barkaram"),
        ("قالت حركة طالبان إن طائرة مسيرة قصفت سيارة في مديرية برمل", "af_barmal"),
        ("فر سكان بلدة ديبايين من القصف الجوي في ساغاينغ", "mm_depayin"),
    ],
)
def test_a_far_town_is_found_by_the_spelling_of_the_arabic_desks(text: str, place: str) -> None:
    assert place in {p.id for p in find_places(text)}


def test_guma_in_benue_is_not_goma_in_the_congo_and_holds_its_villages() -> None:
    found = {p.id for p in find_places("هاجم رعاة مسلحون قرية يلواتا في منطقة غوما بولاية بينو وسط نيجيريا")}
    assert "cd_goma" not in found and "ng_yelwata" in found
    assert place_entries()["ng_yelwata"].parent == "ng_guma"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل جنديان في هجوم لانفصاليين في الإقليم الشمالي الغربي في الكاميرون", "cm_northwest"),
        ("فرضت السلطات حظر تجول في الإقليم الجنوبي الغربي في الكاميرون", "cm_southwest"),
    ],
)
def test_cameroons_english_speaking_regions_by_their_adjective_are_not_burkina_fasos_north(
    text: str, place: str
) -> None:
    found = {p.id for p in find_places(text)}
    assert place in found and "bf_nord_region" not in found


# --- armed groups under their Arabic names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("نصب مقاتلون من جيش الشعب الجديد كميناً لقافلة عسكرية في جزيرة سامار", "npa"),
        ("اتهمت السلطات الجناح المسلح للحزب الشيوعي الفلبيني بإحراق معدات شركة تعدين", "npa"),
        ("قالت طهران إن مسلحي بيجاك تسللوا عبر الحدود إلى محافظة كردستان", "pjak"),
        ("اشتبك الحرس الثوري مع عناصر من حزب الحياة الحرة الكردستاني قرب مريوان", "pjak"),
    ],
)
def test_the_far_insurgents_are_named_by_their_arabic_names(text: str, actor: str) -> None:
    assert actor in {m.entry.id for m in find_actors(normalize(text))}


# --- disasters and crashes in the words of their reports --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة الانهيارات الأرضية في إقليم سيدامو إلى 57 قتيلاً بعد أيام من الأمطار",
        "قال الدفاع المدني إن زلزالاً بقوة 5.8 درجات ضرب جزيرة سولاويسي وقتل 34 شخصاً",
        "قتل سبعة أشخاص وأصيب 15 عندما اصطدمت شاحنة وقود بحافلة صغيرة على طريق سريع في ولاية بيهار",
    ],
)
def test_a_disaster_or_a_crash_told_in_these_words_is_no_event(text: str) -> None:
    assert events(text) == []


def test_a_bus_that_a_car_bomb_rammed_is_still_an_attack() -> None:
    assert events("قتل تسعة أشخاص عندما اصطدمت سيارة مفخخة بحافلة تقل جنوداً في ولاية بلوشستان")


# --- a common noun that names a place bare ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال عاملون في القطاع الصحي إن المستشفى في مدينة بونيا استقبل جرحى",
        "يعاني القطاع الزراعي في ولاية بلاتو من هجمات الرعاة",
        "دعت الحكومة الكينية القطاع الخاص إلى دعم ضحايا الهجوم",
    ],
)
def test_the_sector_and_its_adjective_is_not_the_gaza_strip(text: str) -> None:
    assert "ps_gaza_strip" not in {p.id for p in find_places(text)}


@pytest.mark.parametrize(
    "text", ["قصفت الطائرات مناطق في القطاع الساحلي", "استشهد ثلاثة في غارة شمال القطاع"]
)
def test_the_strip_bare_or_with_its_own_adjectives_is_still_the_gaza_strip(text: str) -> None:
    assert "ps_gaza_strip" in {p.id for p in find_places(text)}

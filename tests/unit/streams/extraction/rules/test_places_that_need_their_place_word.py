"""A place whose name is also a common word counts only with the place word (town, village,
province, wilayat...) or the phrase that marks it as a place; with that word it is still found."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import events, only, place_ids, places_of


def _found_by_sound(text: str) -> set[str]:
    return {p.id for p in find_places(text) if p.resolved_by == "sound"}


def _place_ids(text: str) -> list[str]:
    return [p.id for p in find_places(text)]


def test_the_town_of_qanawat_is_still_a_place() -> None:
    assert "qanawat" in place_ids("قتل شاب برصاص مسلحين مجهولين في بلدة قنوات بريف السويداء.")


def test_the_village_of_al_arbaeen_is_still_a_place() -> None:
    assert "arbaeen" in place_ids("قتل مدنيان في قصف على قرية الأربعين في ريف حماة.")


def test_kuma_in_north_darfur_only_in_its_unambiguous_forms() -> None:
    text = "الفاشر - قتل أربعة مدنيين بقصف مدفعي لقوات الدعم السريع على بلدة الكومة."
    assert "sd_kuma" in place_ids(text)
    heap = "قتل ثلاثة مدنيين بقصف على حي سكني في الفاشر وتحولت المنازل إلى الكومة من الركام."
    assert "sd_kuma" not in place_ids(heap)


@pytest.mark.parametrize(
    "text",
    [
        "قتل شخصان في منطقة سوبور في الهند",  # an area is no town word
        "قتل شخصان في بلدية بوينافينتورا",  # no country named
    ],
)
def test_an_area_or_municipality_word_finds_no_town_without_a_name_and_a_country(text: str) -> None:
    assert _found_by_sound(text) == set()


def test_by_land_is_no_town_and_tillaberi_spelt_apart_is() -> None:
    assert find_places(normalize("بدأت القوات قصفاً برياً على المواقع")) == []
    assert [p.id for p in find_places(normalize("هجوم على قرية في منطقة تيلا بري"))] == ["ne_tillaberi"]


def test_the_red_sea_is_no_egyptian_governorate_and_the_governorate_still_is() -> None:
    assert find_places(normalize("استهدفت سفينة في البحر الأحمر")) == []
    assert [p.id for p in find_places(normalize("سقطت قذيفة في محافظة البحر الأحمر"))] == [
        "eg_red_sea_governorate"]


def test_names_that_are_also_common_words_count_in_their_place_phrase() -> None:
    bannu = only("قتل خمسة جنود في هجوم انتحاري على معسكر للجيش في مدينة بنو شمال غربي باكستان.")
    assert "pk_bannu" in places_of(bannu)
    el_oued = only("قتل جنديان في اشتباك مع مسلحين خلال عملية تمشيط بولاية الوادي.")
    assert "dz_el_oued" in places_of(el_oued)


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


def test_a_town_whose_name_is_a_word_needs_its_kind() -> None:
    assert "iq_al_adhaim" not in place_ids("قتل جندي في هجوم على الطريق العظيم قرب بعقوبة اليوم.")
    assert "iq_al_adhaim" in place_ids("قتل جندي بانفجار عبوة في ناحية العظيم شمالي ديالى اليوم.")


def test_chami_with_its_place_word_is_found() -> None:
    text = "نواكشوط - قتل شاب في شجار بين منقبين عن الذهب قرب بلدة الشامي شمال البلاد."
    assert "mr_chami" in place_ids(text)


def test_palmyra_itself_is_still_found() -> None:
    assert "palmyra" in place_ids("قتل أربعة جنود بهجوم على حاجز قرب مدينة تدمر")
    assert "palmyra" in place_ids("قتل ثلاثة مدنيين بقصف على تدمر")


def test_a_place_after_fire_opened_on_it_is_still_the_place() -> None:
    assert "iq_baqubah" in place_ids("أطلق مسلحون النار على حاجز في بعقوبة فقتلوا جندياً")


def test_the_village_of_that_name_with_its_place_word_is_still_a_place() -> None:
    text = "دير الزور - قتل شاب برصاص مجهولين في قرية سويدان بريف الميادين."
    assert "suwaydan" in place_ids(text)


def test_a_village_after_a_nightly_attack_on_is_still_a_place() -> None:
    text = "بيروت - قتل مزارع في هجوم ليلي على بلدة عيترون الحدودية."
    assert "lb_aitaroun" in place_ids(text)


def test_bawshar_named_with_its_wilayat_is_still_a_place() -> None:
    text = "مسقط - توفي شخص وأصيب آخر في هجوم بسكين على محل تجاري في ولاية بوشر."
    assert "om_bawshar" in place_ids(text)


def test_tear_gas_is_no_place_and_m_sila_named_as_a_province_still_is() -> None:
    gas = place_ids(
        "إصابات في احتجاجات\n"
        "أصيب 12 متظاهراً بالرصاص والقنابل المسيلة للدموع في ساحة وسط مدينة الكوت."
    )
    assert "dz_m_sila" not in gas
    assert "dz_m_sila" in place_ids(
        "كمين في الجزائر\nقتل جنديان في كمين نصبه إرهابيون في ولاية المسيلة."
    )


def test_a_province_after_its_own_word_is_still_the_province() -> None:
    assert "iq_babil" in place_ids("قتل 3 أشخاص بانفجار عبوة في محافظة بابل.")


def test_a_quarter_named_by_a_number_word_is_still_a_place() -> None:
    assert "arbaeen" in place_ids("قتل مدنيان بقذيفة سقطت على حي الأربعين في مدينة حماة.")


def test_a_town_name_with_its_place_word_needs_no_cue_before_it() -> None:
    # GeoNames lacks it, so it is no known town whose bare name is taken: "بلدة" is its cue
    assert "lb_khiam" in places_of(only("تعرضت بلدة الخيام لقصف مدفعي أدى إلى إصابة شخصين."))


def test_the_adjective_indian_is_no_iraqi_town_but_the_town_named_as_one_is() -> None:
    assert _place_ids("قال الجيش في الشطر الخاضع للإدارة الهندية من كشمير") == []
    assert "iq_al_hindiyah" in _place_ids("سقطت قذيفة في مدينة الهندية")


def test_a_common_word_listed_only_inside_its_place_phrase_stays_a_word() -> None:
    assert find_places("نشرت الوكالة صور الدمار") == []
    assert find_places("قرب كنيس قديم") == []


def test_the_tank_district_is_read_only_with_its_place_word() -> None:
    assert "pk_tank" in place_ids("عبوة في تانك\nقتل شرطي بانفجار عبوة في مقاطعة تانك اليوم.")
    assert "pk_tank" not in place_ids("قصف\nدمرت الطائرات تانك ومدرعة قرب الحدود اليوم.")


def test_a_plural_place_word_is_the_cue_of_every_name_of_its_list() -> None:
    # "في مدن X وY وZ": the third small town has no cue of its own in its two words before
    found = place_ids(
        "هاجم مسلحون مواقع للجيش في مدن كايس وديبولي وساندري غربي مالي وقتلوا ثلاثة جنود."
    )
    assert {"ml_diboli", "ml_sandare"} <= found


def test_the_second_end_of_a_road_is_not_a_list_of_places() -> None:
    # "على الطريق بين X وY": Y is the road's end, its list word is none
    found = place_ids("قتل أربعة جنود في كمين على الطريق بين كايس وديبولي غربي مالي.")
    assert "ml_diboli" not in found


def test_chahna_is_a_jijel_commune_only_as_a_commune() -> None:
    text = "قضت مفرزة للجيش على إرهابيين اثنين في عملية تمشيط قرب بلدية الشحنة بولاية جيجل."
    assert "dz_chahna" in {p for e in events(text) for p in places_of(e)}
    assert all("dz_chahna" not in places_of(e) for e in events("قتل شخصان في قصف طال الشحنة قرب الميناء."))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قال الجيش إن خمسة جنود قتلوا في صد هجوم إرهابي على معسكر بوني.", "ml_boni"),
        ("قتل عشرة جنود في هجوم لمسلحين على ثكنة تيرا غرب النيجر.", "ne_tera"),
    ],
)
def test_an_army_camp_or_barracks_named_after_its_village_gives_the_village(text: str, place: str) -> None:
    assert place in place_ids(text)


def test_a_camp_word_alone_is_no_place() -> None:
    assert place_ids("قتل خمسة جنود في هجوم على معسكر للجيش.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "تبنت جماعة نصرة الإسلام والمسلمين الهجوم على بارسالوغو وزعمت أنها قتلت عشرات الجنود.",
        "قتل 12 جنديا في الهجوم على بارسالوغو أمس.",
    ],
)
def test_a_small_town_after_an_attacks_on_is_the_place_attacked(text: str) -> None:
    # "بارسالوغو" alone, a town too small to be taken bare, is the place after "الهجوم على"
    assert "bf_barsalogho" in place_ids(text)


def test_on_after_a_word_that_is_no_attack_is_no_place_word() -> None:
    assert "bf_barsalogho" not in place_ids("قتل 12 جنديا في هجوم، وأثنى المسؤول على بارسالوغو وأهلها.")

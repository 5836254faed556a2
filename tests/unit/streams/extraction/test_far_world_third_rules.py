"""Rules and data prompted by the forty-eighth blind set (tests/fixtures/extraction_eval/
blind48.yaml: violence far from the Arab world, a third sample), each checked here on sentences
written for the test, not on the set's own."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.places import find_places, place_entries


def _found(text: str) -> set[str]:
    return {p.id for p in find_places(text)}


# --- countries and regions under the names the desks use --------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("نزح آلاف السكان من القرى الحدودية شمالي ميانمار", "mm"),
        ("قالت منظمات إغاثة إن المعارك في بورما دفعت الآلاف إلى الفرار", "mm"),
        ("أعلنت حكومة موزامبيق حالة الطوارئ في الشمال", "mz"),
    ],
)
def test_a_country_is_named_by_the_short_names_the_desks_write(text: str, country: str) -> None:
    assert country in _found(text)


def test_a_town_after_a_town_word_is_found_by_sound_once_myanmar_is_named() -> None:
    # Myanmar named alone used to name no country, so no town of it could be found by sound
    found = find_places("قصف الطيران مدينة هينثادا جنوبي ميانمار")
    assert {p.id for p in found if p.resolved_by == "sound"} == {"mm_hinthada"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("أغلقت جماعة مسلحة الطرق المؤدية إلى منطقة سيكاسو جنوبي مالي", "ml_sikasso_region"),
        ("قالت السلطات إن الحصار يطال بلدات منطقة كوليكورو", "ml_koulikoro_region"),
    ],
)
def test_malis_southern_regions_are_regions_not_their_seats(text: str, region: str) -> None:
    assert region in _found(text)
    assert "ml_sikasso" not in _found(text)


@pytest.mark.parametrize(
    ("text", "division", "seat"),
    [
        ("قال حاكم مقاطعة ساراتوف إن مسيرة سقطت على مصفاة نفط", "ru_saratov_oblast", "ru_saratov"),
        ("أعلنت السلطات حالة الطوارئ في مقاطعة فولغوغراد بعد هجوم بالمسيرات", "ru_volgograd_oblast",
         "ru_volgograd"),
        ("قصف الطيران قرى في منطقة ماندالاي وسط ميانمار", "mm_mandalay_region", "mm_mandalay"),
    ],
)
def test_an_oblast_or_region_named_with_its_word_is_the_division_not_its_seat(
    text: str, division: str, seat: str
) -> None:
    found = _found(text)
    assert division in found and seat not in found


def test_a_town_of_shan_state_is_placed_inside_it() -> None:
    assert place_entries()["mm_kyaukme"].parent == "mm_shan"
    assert "mm_shan" in _found("اندلعت معارك عنيفة في ولاية شان شمالي ميانمار")


def test_a_town_of_the_sikasso_region_is_placed_inside_it() -> None:
    assert place_entries()["ml_bougouni"].parent == "ml_sikasso_region"


# --- towns the world desks name that the gazetteer lacked or read as their namesakes ---------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("اشتبكت القوات مع مسلحين في بلدة كومبو شمال غربي الكاميرون", "cm_kumbo"),
        ("فرضت السلطات حظر تجول في مقاطعة كاسيسي غربي أوغندا", "ug_kasese"),
        ("انتشرت تعزيزات عسكرية في نغيغمي على ضفاف بحيرة تشاد", "ne_nguigmi"),
        ("ألقى الطيران قنابل على بلدة كياوكمي في ولاية شان", "mm_kyaukme"),
        ("قتل صيادان في هجوم قرب باغا سولا في إقليم البحيرة", "td_baga_sola"),
        ("فرت عائلات من قرى منطقة أنكوابي في كابو ديلغادو", "mz_ancuabe"),
        ("استعاد الجيش السيطرة على مقر منطقة مويدومبي", "mz_muidumbe"),
        ("أحرق المتمردون منازل في منطقة كيسانغا الساحلية بموزمبيق", "mz_quissanga"),
        ("تعرضت دورية عسكرية لكمين في بلدة داتو بيانغ جنوبي الفلبين", "ph_datu_piang"),
        ("فتح مسلحون النار على جنود في بلدة لاس نافاس في الفلبين", "ph_las_navas"),
        ("أحرقت عصابة منازل في بوتيت ريفيير دو لارتيبونيت", "ht_petite_riviere_de_l_artibonite"),
    ],
)
def test_a_far_town_is_found_by_the_spelling_of_the_arabic_desks(text: str, place: str) -> None:
    assert place in _found(text)


def test_kumbo_in_the_north_west_is_not_the_larger_kumba_in_the_south_west() -> None:
    assert "cm_kumba" not in _found("قتل انفصاليون دركيا في بلدة كومبو في الكاميرون")


def test_baga_sola_in_chad_is_not_baga_in_nigeria() -> None:
    found = _found("هاجمت بوكو حرام موقعاً للجيش في باغا سولا غربي تشاد")
    assert "td_baga_sola" in found and "ng_baga" not in found


def test_a_name_after_a_town_word_is_sounded_out_even_when_it_is_a_word_with_a_clitic_too() -> None:
    # "باتشوكا" reads also as "ب" + a name (clitic_words.tsv); after "مدينة" it is Pachuca
    found = find_places("انفجرت عبوة ناسفة في مدينة باتشوكا وسط المكسيك")
    assert {p.id for p in found if p.resolved_by == "sound"} == {"mx_pachuca_de_soto"}


# --- armed groups under their Arabic names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قالت قوات الدفاع الشعبية إنها سيطرت على مركز للشرطة في ساغاينغ", "pdf"),
        ("تبنت جماعة حافظ غل بهادر تفجير سيارة مفخخة استهدف قافلة للجيش", "hafiz_gul_bahadur_group"),
        ("اشتبك الجنود مع مسلحين من حركة بانغسامورو الإسلامية للحرية في ماغينداناو", "biff"),
    ],
)
def test_the_far_armed_groups_are_named_by_their_arabic_names(text: str, actor: str) -> None:
    assert actor in {m.entry.id for m in find_actors(normalize(text))}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('قتل شرطيان بمسيرة ألقتها عصابات كارتل "خاليسكو الجيل الجديد" على دورية', "cjng"),
        ("تبنى مقاتلو «جيش التحرير الوطني الكولومبي» تفجير خط أنابيب", "eln"),
        ('اتهمت السلطات "جبهة المقاومة الوطنية الأفغانية" بالهجوم', "nrf"),
    ],
)
def test_a_groups_name_is_read_past_the_quotation_marks_the_desks_put_in_it(text: str, actor: str) -> None:
    found = [m for m in find_actors(normalize(text)) if m.entry.id == actor]
    assert found
    # the span is the text's own: it starts at the name's first letter
    assert normalize(text)[found[0].start] not in "\"«»“”"


def test_the_pkks_peoples_defence_forces_are_not_myanmars() -> None:
    text = "قالت قوات الدفاع الشعبي التابعة للعمال الكردستاني إنها انسحبت"
    assert "pdf" not in {m.entry.id for m in find_actors(normalize(text))}

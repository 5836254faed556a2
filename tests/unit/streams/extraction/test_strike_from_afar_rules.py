"""Rules and data prompted by the twenty-sixth blind set (tests/fixtures/extraction_eval/blind26.yaml:
drones, missiles and shells fired across a border or a sea, and attacks on ships), each checked
here on sentences written for the test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- the ports, bases and border towns such strikes hit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قصفت طائرات حربية خزانات الوقود في ميناء رأس عيسى شمال الحديدة فجر اليوم", "ye_ras_isa"),
        ("سقطت ثلاثة صواريخ داخل قاعدة عين الأسد غربي الأنبار مساء أمس", "iq_ain_al_asad"),
        ("استهدفت غارة جوية مقراً للفصائل في منطقة جرف النصر شمالي بابل", "iq_jurf_al_sakhar"),
        ("قصفت مقاتلات تركية مواقع للمسلحين في جبال قنديل قرب الحدود الإيرانية", "iq_qandil"),
        ("قتل ثلاثة أشخاص بقصف صاروخي على قرية قرب بنجكور في إقليم بلوشستان", "pk_panjgur"),
        ("أصيب مدنيان بقصف مدفعي على أطراف مدينة غوريس الأرمينية", "am_goris"),
        ("قتل طفل بقذيفة هاون سقطت على سوق في سبين بولدك", "af_spin_boldak"),
        ("أصيب جنديان بإطلاق نار قرب معبر تشمن الحدودي مع أفغانستان", "pk_chaman"),
        ("استهدفت مسيرة أطراف بلدة بليدا الجنوبية في قضاء بنت جبيل", "lb_blida"),
    ],
)
def test_the_places_of_strikes_from_afar_are_found(text: str, want: str) -> None:
    assert want in place_ids(text)


def test_a_base_named_with_its_word_is_the_town_and_silk_alone_is_no_place() -> None:
    assert "iq_harir" in place_ids("أصيب جنديان بقصف صاروخي على قاعدة حرير مساء أمس")
    assert "iq_harir" not in place_ids("قصفت مسيرة مصنعاً للحرير في الموصل")


def test_the_krai_named_with_its_word_holds_its_coastal_towns() -> None:
    got = place_ids("اندلع حريق في مصفاة توابسي بإقليم كراسنودار إثر هجوم بطائرات مسيرة")
    assert got <= {"ru_tuapse", "ru_krasnodar_krai"} and "ru_tuapse" in got


# --- the armies of the Caucasus and the Iranian Kurdish opposition -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قصفت القوات الأذربيجانية مواقع حدودية بالمدفعية ما أدى إلى مقتل جندي", "azerbaijan"),
        ("قال الجيش الأرميني إن جنديين أصيبا بنيران قناصة عبر الحدود", "armenia"),
        ("قتل خمسة بقصف بالمسيرات على مقر للحزب الديمقراطي الكردستاني الإيراني قرب أربيل", "kdpi"),
    ],
)
def test_the_caucasus_armies_and_the_iranian_kurdish_parties_are_actors(text: str, want: str) -> None:
    assert want in actor_ids(text)


# --- "آخر" before its noun is "the last" ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تعهد وزير الدفاع بمواصلة العمليات حتى تحييد آخر إرهابي في المنطقة",
        "قال القائد إن قواته ستقاتل حتى قتل آخر مسلح في الجبال",
    ],
)
def test_the_last_militant_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_another_after_its_noun_or_alone_still_counts_one() -> None:
    assert tolls("قتل جندي بقذيفة على موقعه وأصيب آخر بجروح") == [(1, 1)]
    assert counts("قتل مدني وأصيب جندي آخر بقصف على البلدة") == [("killed", 1), ("injured", 1)]


# --- stories in the vocabulary of strikes that report none ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أجرت البحرية تجربة إطلاق ناجحة لصاروخ كروز جديد أصاب هدفه في عرض البحر.",
        "أعلن الجيش إطلاقاً تجريبياً لصاروخ باليستي متوسط المدى سقط في المنطقة المحددة.",
        "وقعت وزارة الدفاع عقداً لشراء منظومة دفاع جوي قادرة على اعتراض الصواريخ والمسيرات.",
        "ارتفعت أقساط التأمين على الناقلات العابرة للمضيق بعد الهجمات على السفن.",
        "أعلنت سلطة الطيران استئناف الرحلات في المطار بعد أسابيع من توقفها إثر القصف بالمسيرات.",
        "عادت الحركة إلى الميناء بعد نحو شهر من توقفها إثر الهجمات بالصواريخ.",
        "قال مسؤول إن عدد السفن العابرة تراجع إلى النصف مقارنة بما كان عليه قبل بدء الهجمات.",
    ],
)
def test_tests_purchases_insurance_and_reopenings_are_no_incidents(text: str) -> None:
    assert events(text) == []


def test_a_strike_with_its_toll_beside_a_purchase_is_still_an_incident() -> None:
    text = "قتل ثلاثة مدنيين بغارة بطائرة مسيرة على سوق البلدة، بعد يوم من توقيع عقد لشراء طائرات."
    assert tolls(text) == [(3, None)]


# --- a verb that is a place's name, with its object; the authorities in Sanaa ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "غارة إسرائيلية تدمر مبنى من ثلاث طبقات وتقتل أربعة في ريف دمشق",
        "مسيرة تدمر منزلاً في بلدة سرمين وتصيب طفلين",
    ],
)
def test_destroys_with_its_object_is_not_palmyra(text: str) -> None:
    assert "palmyra" not in place_ids(text)


def test_palmyra_itself_is_still_found() -> None:
    assert "palmyra" in place_ids("قتل أربعة جنود بهجوم على حاجز قرب مدينة تدمر")
    assert "palmyra" in place_ids("قتل ثلاثة مدنيين بقصف على تدمر")


def test_the_government_in_sanaa_is_the_houthis() -> None:
    text = "قالت وزارة الصحة في حكومة صنعاء إن خمسة قتلوا بغارات على ميناء الحديدة"
    assert "houthis" in actor_ids(text)


# --- where a missile was fired from is not where it hit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "hit", "origin"),
    [
        ("اعترضت الدفاعات صاروخاً باليستياً أطلق من اليمن نحو مدينة إيلات دون إصابات", "il_eilat", "ye"),
        ("أصيب ثلاثة بقذائف أطلقت من داخل الأراضي السورية على بلدة الرمثا", "jo_ar_ramtha", "sy"),
        ("قتل مدني بمسيرة انطلقت من العراق واستهدفت قرية في محافظة الحسكة", "hasakah", "iq"),
    ],
)
def test_the_country_a_strike_was_fired_from_is_not_its_place(text: str, hit: str, origin: str) -> None:
    got = place_ids(text)
    assert hit in got and origin not in got


def test_a_place_after_fire_opened_on_it_is_still_the_place() -> None:
    assert "iq_baqubah" in place_ids("أطلق مسلحون النار على حاجز في بعقوبة فقتلوا جندياً")


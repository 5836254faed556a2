"""How figures are read, and the numbers that count no one: ages, years, days, units, road
numbers, amounts of things, figures inside names, and one figure for the dead and the wounded
together."""

import datetime as dt

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.dates import dates_a_person, names_a_month, names_earlier_year
from streams.extraction.numbers import number_value, parse_quantity
from tests.unit.streams.extraction.reading import counts, tolls


def test_an_amount_of_things_beside_is_still_no_count() -> None:
    assert counts("انفجرت عبوة إلى جانب 3 سيارات متوقفة في الشارع.") == []


def test_a_figure_glued_to_the_next_head_is_not_that_heads_count() -> None:
    # "40 والجرحى" is not forty wounded: the "و" opens the next head
    assert ("injured", 40) not in counts("وقال المسؤول إن عدد القتلى بلغ 40 والجرحى 95")


def test_a_clock_time_and_a_numbered_update_are_no_counts() -> None:
    assert counts("(تحديث 3) قتيلان في القصف") == [("killed", 2)]
    assert counts("14:20 سقوط قتيل بغارة على البلدة") == [("killed", 1)]


def test_a_figure_inside_a_group_s_name_is_no_toll() -> None:
    assert counts("الجيش يتهم إم 23 بإحراق قرية في شمال كيفو") == []
    assert tolls("مقتل أربعة مدنيين في هجوم نسبته السلطات إلى إم 23 قرب غوما") == [(4, None)]


def test_thousands_in_the_accusative_multiply_the_number_before_them() -> None:
    assert number_value("41 ألفاً و206") == 41206
    assert number_value("خمسة عشر ألفاً") == 15000


def test_a_larger_figure_after_and_is_not_added_to_a_smaller_one() -> None:
    assert number_value("34 و850") is None


def test_the_tonnes_seized_before_a_killing_verb_with_its_own_victim_are_no_toll() -> None:
    assert counts("الجيش يحبط تهريب 5 أطنان من المخدرات ويقتل مهرباً") == [("killed", 1)]


def test_decades_are_no_people() -> None:
    assert counts("قتل جنديان في هجوم على بلدة شهدت هدوءاً استمر ثلاثة عقود") == [("killed", 2)]


def test_a_weekday_with_the_article_is_no_count() -> None:
    assert counts("قتل الجنود الأربعاء الماضي في كمين") == [("killed", None)]


def test_an_age_between_the_victim_and_the_verb_is_no_part_of_the_count() -> None:
    assert counts("قالت الشرطة إن رجلاً في الأربعينات من عمره قتل بالرصاص، وأصيب آخر") == [
        ("killed", 1), ("injured", 1),
    ]


def test_an_age_by_its_decade_between_the_victim_and_the_verb() -> None:
    assert counts("أفاد مصدر طبي بأن سيدة في العقد السادس من العمر توفيت متأثرة بطعنات") == [
        ("killed", 1),
    ]


def test_a_unit_number_before_the_wounded_is_not_added_to_them() -> None:
    text = "أعلنت القيادة مقتل ثلاثة من عناصر الفوج 41 وإصابة خمسة آخرين في هجوم على موقعهم"
    assert counts(text) == [("killed", 3), ("injured", 5)]


def test_a_road_number_is_no_toll_but_people_counted_after_a_road_are() -> None:
    assert (1, None) in tolls("هجوم\nقتل سائق برصاص مسلحين على الطريق 8 قرب البلدة مساء أمس.")
    assert counts("قتل على الطريق 4 أشخاص برصاص مسلحين") == [("killed", 4)]


def test_a_birth_year_dates_no_toll() -> None:
    published = dt.date(2024, 3, 1)
    assert not names_earlier_year(normalize("ونعت الحركة القتيل وهو من مواليد عام 2001"), published)
    assert names_earlier_year(normalize("الهجوم الذي قتل فيه 9 عام 2019"), published)


def test_a_man_in_his_fourth_decade_is_one_dead() -> None:
    assert counts("لقي عامل في العقد الرابع من عمره مصرعه طعناً") == [("killed", 1)]
    assert tolls("أسيوط - مصرع عامل في العقد الخامس من عمره طعناً على يد جاره بمدينة أسيوط.") == [
        (1, None)
    ]


def test_a_man_of_middle_age_who_died_of_stab_wounds_is_killed() -> None:
    text = "سوسة - توفي كهل متأثراً بطعنات سكين تلقاها خلال خلاف مع أحد أقاربه بمدينة سوسة."
    assert tolls(text) == [(1, None)]


def test_two_men_of_middle_age_wounded_are_counted() -> None:
    text = "قابس - أصيب كهلان بجروح متفاوتة في اعتداء بسلاح أبيض بمدينة قابس ليلة أمس."
    assert tolls(text) == [(None, 2)]


def test_an_age_in_the_accusative_before_a_wounding_verb_is_no_count() -> None:
    assert counts("قتل رجل يبلغ من العمر 35 عاماً وأصيب ابنه بجروح") == [("killed", 1), ("injured", 1)]


def test_millions_displaced_after_thousands_of_dead_are_no_count() -> None:
    assert counts("سقط أكثر من 15 ألف قتيل و8 ملايين نازح") == [("killed", 15000)]


@pytest.mark.parametrize(
    "text",
    [
        "تعهد وزير الدفاع بمواصلة العمليات حتى تحييد آخر إرهابي في المنطقة",
        "قال القائد إن قواته ستقاتل حتى قتل آخر مسلح في الجبال",
    ],
)
def test_the_last_militant_is_no_count(text: str) -> None:
    assert counts(text) == []


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


def test_the_construct_form_of_two_hundred_is_an_amount() -> None:
    assert number_value("مئتي") == 200
    assert counts("قتل أكثر من مئتي شخص في القصف على السوق") == [("killed", 200)]


def test_an_ordinal_teen_is_no_amount() -> None:
    assert parse_quantity(normalize("في الجولة الحادية عشرة").split(), 3) is None
    assert counts("قتل 12 شخصاً بينهم 5 أطفال دون سن الثالثة عشرة، وأصيب 40 آخرون") == [
        ("killed", 12), ("injured", 40),
    ]


def test_a_cardinal_teen_after_a_plain_word_is_still_an_amount() -> None:
    assert counts("ارتفع عدد القتلى إلى خمسة عشر") == [("killed", 15)]


def test_a_birth_year_is_no_toll() -> None:
    assert dates_a_person(normalize("مواليد"))
    assert counts("قتل مدرس من مواليد 1985، وإصابة ثلاثة تلاميذ") == [("killed", 1), ("injured", 3)]


def test_a_day_of_a_month_after_the_verb_is_no_toll() -> None:
    assert names_a_month(normalize("تموز")) and names_a_month(normalize("تشرين"))
    assert counts("وقتل جنديان، فجر الأحد 9 تموز، بانفجار عبوة") == [("killed", 2)]


def test_a_combined_figure_with_its_people_noun_is_no_count() -> None:
    assert counts("أفاد مصدر بسقوط 20 شخصاً بين قتيل وجريح بانفجار في السوق") == []


def test_killed_and_wounded_together_are_still_no_count() -> None:
    assert tolls("سقط 14 بين قتيل وجريح في قصف على السوق.") == []


@pytest.mark.parametrize(
    "text",
    ["شنت الطائرات 3 غارات على المنطقة.", "سقطت 4 قذائف على الحي.", "ارتفعت الأسعار 5 بالمئة."],
)
def test_an_amount_of_things_is_still_no_count(text: str) -> None:
    assert counts(text) == []


def test_one_in_a_noun_phrase_is_no_glued_and() -> None:
    assert counts("أن أربعة أطفال من عائلة واحدة لقوا مصرعهم") == [("killed", 4)]


def test_a_reached_figure_of_no_dead_or_wounded_is_no_toll() -> None:
    assert counts("وبلغ عدد النازحين 5000 شخص") == []


def test_dead_and_wounded_in_one_figure_are_no_count() -> None:
    assert counts("خلف الهجوم 20 بين قتيل وجريح") == []
    assert counts("أسفر القصف عن سقوط العشرات بين قتلى وجرحى") == []


def test_one_kidnapped_by_a_gang_after_the_dead_is_not_one_more_dead() -> None:
    # "واختطفت آخر": the gang (a feminine subject) took another away; he is not killed
    assert counts("قتلت عصابة مسلحة جندياً واختطفت آخر في ولاية زامفارا.") == [("killed", 1)]
    assert counts("هاجم مسلحون قرية فقتلوا تسعة مزارعين واحتجزوا آخر.") == [("killed", 9)]


@pytest.mark.parametrize(
    "text",
    [
        "وحددت الحكومة التعويض عن كل قتيل بمبلغ خمسين ألف دينار.",
        "وتصرف الوزارة منحة شهرية لكل جريح أنهى علاجه.",
    ],
)
def test_a_casualty_noun_after_each_counts_no_one(text: str) -> None:
    # "كل قتيل" is every one of the dead, a rule or a payment per victim, not one death
    assert counts(text) == []


def test_a_lone_casualty_noun_still_counts_one() -> None:
    assert ("killed", 1) in counts("سقط قتيل في إطلاق نار على حاجز للشرطة.")


@pytest.mark.parametrize(
    "text",
    [
        "الدفاع التركية: تحييد 32 هدفا لتنظيم بي كا كا في العراق وسوريا",
        "أعلنت الوزارة أن مقاتلاتها دمرت مساء أمس 32 هدفا للتنظيم في شمالي العراق.",
    ],
)
def test_targets_struck_are_no_toll(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال أحد الجرحى من سريره في المستشفى إن الانفجار قلب الحافلة رأساً على عقب.",
        "وروت إحدى المصابات أن القذيفة سقطت وسط السوق.",
    ],
)
def test_one_of_the_hurt_quoted_as_a_witness_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_one_of_the_hurt_told_as_hurt_still_counts() -> None:
    assert counts("قتل ثلاثة وأصيب أحد المارة بجروح.") == [("killed", 3), ("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "رام الله 5-5-2026 وفا- أصيب أربعة مواطنين جراء اعتداء المستعمرين عليهم بالضرب.",
        "الخرطوم 12/3/2025 (سونا) - قتل أربعة مدنيين بقصف مدفعي على سوق المدينة.",
    ],
)
def test_the_figures_of_a_date_written_in_figures_are_no_toll(text: str) -> None:
    assert [value for _, value in counts(text)] == [4]


def test_a_matchs_minute_before_an_injury_is_no_count() -> None:
    # a number after a designator ("الدقيقة") with a noun glued to "ب" names, it counts no one
    assert ("injured", 60) not in counts("أصيب مدافع الفريق في الدقيقة 60 بإصابة قوية في الركبة")


def test_one_of_the_wounded_already_counted_is_no_new_casualty() -> None:
    assert counts("وقال الطبيب إن حالة أحد الجرحى خطيرة") == []
    assert counts("وتعرفت العائلة على جثة أحد القتلى") == [("killed", 1)]  # the body, once
    assert counts("وأصيب أحد المارة بشظايا") == [("injured", 1)]


def test_a_figure_inside_a_group_s_name_leaves_the_accusation_s_toll_standing() -> None:
    # the name's "23" neither counts nor takes "بقتل" from the toll after it
    assert tolls("اتهمت الحكومة حركة إم 23 بقتل 15 مدنياً في قرى بشمال كيفو") == [(15, None)]
    assert counts("تتهم إم 23 بقتل تسعة مدنيين قرب غوما") == [("killed", 9)]

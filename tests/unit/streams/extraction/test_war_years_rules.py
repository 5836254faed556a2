"""Rules and data prompted by the twenty-second blind set (tests/fixtures/extraction_eval/blind22.yaml:
the wars of 2013-2020, the Islamic State years, Yemen, Libya, Sinai, Lake Chad, Somalia,
Afghanistan and the attacks in Europe), each checked here on sentences written for the test, not
on the set's own."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import actor_ids, events, place_ids, tolls

# --- stories with violent words and no incident ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the dead recalled in a speech
        "واستذكر المحافظ في كلمته مئات الشهداء الذين سقطوا في معارك تحرير المدينة من الإرهاب.",
        # a court hearing a case
        "نظرت المحكمة في قضية تفجير السوق الذي قتل فيه 14 شخصاً، وقررت تأجيل الجلسة إلى الشهر المقبل.",
        # a war's toll beside its end or its length
        "قال الوسيط إن الاتفاق خطوة أولى نحو إنهاء حرب أودت بحياة آلاف المدنيين.",
        "وتأتي المحادثات بعد حرب استمرت 12 عاماً قتل فيها أكثر من 3000 جندي.",
        # an attack months before the news
        "أعادت السوق فتح أبوابها بعد ستة أشهر من التفجير الذي قتل فيه 20 شخصاً.",
        # a parade and a charity concert
        "نظمت الجماعة عرضاً عسكرياً في الميدان عرضت خلاله صواريخ وطائرات مسيرة.",
        "أحيت الفرقة حفلاً خيرياً لجمع التبرعات لعائلات ضحايا التفجير.",
    ],
)
def test_recalled_dead_trials_wars_parades_and_concerts_are_no_incident(text: str) -> None:
    assert events(text) == []


def test_an_opinion_column_that_names_an_attack_without_a_toll_is_no_incident() -> None:
    text = (
        "مقال: دروس الهجوم على المطار\n"
        "لم يكن الهجوم على المطار قبل سنوات حدثاً عابراً، بل اختباراً قاسياً لأجهزة الأمن التي "
        "رفضت التفاوض مع المهاجمين."
    )
    assert events(text) == []


# --- towns of the 2013-2020 battles that GeoNames lacks -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل 3 مدنيين بقذائف سقطت على منازل في تاجوراء ليل أمس.", "ly_tajoura"),
        ("قتل جنديان في هجوم لمسلحين على ثكنة في مدينة بن قردان.", "tn_ben_guerdane"),
        ("هاجم مسلحون منشأة للغاز قرب عين أميناس وقتلوا حارسين.", "dz_in_amenas"),
        ("أصيب مواطنان بمقذوف سقط على منزل في محافظة صامطة.", "sa_samtah"),
        ("قتل 12 صياداً في هجوم لمسلحين على بلدة باغا.", "ng_baga"),
        ("قتل 8 جنود في هجوم على قاعدة في بلدة العدي.", "so_el_adde"),
        ("أصيب شرطيان بانفجار عبوة في منطقة الدراز.", "bh_diraz"),
        ("قتلت الشرطة مهاجماً في مدينة كامبريلس بعد عملية دهس.", "es_cambrils"),
    ],
)
def test_towns_of_the_wars_of_2013_to_2020(text: str, place: str) -> None:
    assert place in place_ids(text)


def test_tajoura_lies_in_tripoli() -> None:
    assert "ly_tripoli" in ancestors("ly_tajoura")


# --- the forces and groups of the 2013-2020 wars ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قصفت ميليشيا الحوثي وقوات صالح حياً سكنياً في مدينة إب وقتلت 3 مدنيين.", "saleh_loyalists"),
        ("قتل 4 من مقاتلي المقاومة الجنوبية في اشتباكات مع الحوثيين شمال عدن.", "southern_resistance"),
        ("قتل 5 من عناصر المقاومة الشعبية في معارك مع الحوثيين في مديرية صبر بمحافظة تعز.",
         "popular_resistance"),
        ("قتل 4 جنود في اشتباكات مع مجلس شورى ثوار بنغازي في حي الصابري.",
         "benghazi_revolutionaries_shura_council"),
        ("أعلن مجلس شورى مجاهدي درنة مقتل 3 من عناصره في قصف جوي.", "derna_mujahideen_shura_council"),
        ("اتهمت الاستخبارات شبكة حقاني بتفجير قتل 9 أشخاص في كابل.", "haqqani_network"),
        ("تبنت جماعة صقور حرية كردستان تفجيراً قتل 5 أشخاص في إسطنبول.", "tak"),
        ("هاجم مسلحون من كتيبة الموقعون بالدماء حقلاً للنفط وقتلوا حارسين.", "al_mourabitoun"),
        ("قتل 6 من مقاتلي عملية البنيان المرصوص في اشتباكات مع تنظيم الدولة في سرت.", "libyan_gov_forces"),
        ("قالت حكومة الوفاق إن قواتها صدت هجوماً جنوب طرابلس قتل فيه 4 من عناصرها.", "libyan_gov_forces"),
        # the Houthis' name for the Saudi-led coalition
        ("قتل 6 مدنيين بغارات لطيران العدوان على مديرية حيدان.", "saudi_coalition"),
    ],
)
def test_forces_and_groups_of_the_wars_of_2013_to_2020(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        ("قال التحالف إن طائراته قتلت 20 مسلحاً حوثياً في محافظة صعدة.", "saudi_coalition", "coalition"),
        ("قال التحالف إن طائراته قتلت 12 من عناصر داعش قرب مدينة الرقة.", "coalition", "saudi_coalition"),
        ("قتل 7 مدنيين بقصف لطيران التحالف على مدينة الحديدة.", "saudi_coalition", "coalition"),
        ("قتل 9 مدنيين بقصف لطيران التحالف على قرية قرب الموصل.", "coalition", "saudi_coalition"),
    ],
)
def test_the_coalition_is_the_one_of_the_storys_country(text: str, actor: str, not_actor: str) -> None:
    found = actor_ids(text)
    assert actor in found
    assert not_actor not in found


def test_popular_resistance_in_somalia_is_the_clan_militias() -> None:
    text = "قتل 3 من عناصر المقاومة الشعبية في هجوم لحركة الشباب قرب مدينة بلدوين وسط الصومال."
    found = actor_ids(text)
    assert "macawisley" in found
    assert "popular_resistance" not in found


# --- quarters named after provinces, suburbs by their pronoun -------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("قتل 3 أشخاص بانفجار عبوة في حي القادسية شمالي مدينة تكريت.", "iq_tikrit", "iq_qadisiyah"),
        ("أصيب 4 مدنيين بسقوط قذيفة على حي بابل وسط بغداد.", "iq_baghdad_city", "iq_babil"),
    ],
)
def test_a_quarter_named_after_a_province_is_not_the_province(text: str, place: str, not_place: str) -> None:
    found = place_ids(text)
    assert place in found
    assert not_place not in found


def test_a_province_after_its_own_word_is_still_the_province() -> None:
    assert "iq_babil" in place_ids("قتل 3 أشخاص بانفجار عبوة في محافظة بابل.")


def test_a_suburb_named_by_its_citys_pronoun() -> None:
    assert "fr_saint_denis" in place_ids("قتل 5 أشخاص في هجمات ضربت باريس وضاحيتها سان دوني مساء أمس.")


# --- the kinds of people a toll spans, between the count and its verb ------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قال المجلس إن نحو 300 شخص بين مدنيين وعسكريين قتلوا في هجوم التنظيم على البلدة.", (300, None)),
        ("قال المستشفى إن 16 شخصاً بين نساء وأطفال أصيبوا في القصف على السوق.", (None, 16)),
    ],
)
def test_the_kinds_of_people_between_a_count_and_its_verb(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert tolls(text) == [toll]


def test_killed_and_wounded_together_are_still_no_count() -> None:
    assert tolls("سقط 14 بين قتيل وجريح في قصف على السوق.") == []


# --- figures called exaggerated, an attack put down to someone else -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال ناشطون إن 60 شخصاً قتلوا في هجوم المسلحين على القرية، لكن الجيش وصف الأرقام بأنها مبالغ فيها.",
        "تبنت الحركة الهجوم على البلدة الذي قتل فيه 20 شخصاً، لكن الرئيس قال إنه ليس من عمل الحركة.",
    ],
)
def test_a_toll_called_exaggerated_or_an_attack_disowned_for_its_claimant_is_contested(text: str) -> None:
    assert any(e.contested for e in events(text))


# --- the tens of a compound number are no place -----------------------------------------------------


def test_the_tens_of_a_compound_number_are_not_a_place_of_that_name() -> None:
    found = place_ids("قتل 30 مدنياً خلال الساعات الثماني والأربعين الماضية جراء غارات على مدينة الرقة.")
    assert "arbaeen" not in found


def test_a_quarter_named_by_a_number_word_is_still_a_place() -> None:
    assert "arbaeen" in place_ids("قتل مدنيان بقذيفة سقطت على حي الأربعين في مدينة حماة.")

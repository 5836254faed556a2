"""Rules prompted by the fifteenth blind set (tests/fixtures/extraction_eval/blind15.yaml: the
conflicts of 2024-2026, drones, Sudan, Lebanon, Yemen, the Sahel, Pakistan and Afghanistan,
Syria after 2024), each checked here on sentences written for the test, not on the set's own
sentences."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.event_types import find_triggers
from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- drones that strike and drones that do not ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "الرياض - حلقت 1500 طائرة مسيرة فوق بوليفارد الرياض في عرض ضوئي احتفالاً بيوم التأسيس.",
        "الخرطوم - بدأت وزارة الزراعة رش مزارع القمح في ولاية نهر النيل بالمسيرات لمكافحة الجراد.",
        "أنقرة - سلمت الشركة 20 مسيرة للجيش الأذربيجاني ضمن صفقة وقعت العام الماضي في باكو.",
    ],
)
def test_drones_that_strike_nothing_make_no_incident(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أربيل - استهدفت طائرة مسيرة مفخخة مطار أربيل الدولي فجر اليوم دون وقوع إصابات.",
        "الموصل - هجوم بطائرة مسيرة على موقع عسكري غربي الموصل دون وقوع إصابات.",
    ],
)
def test_a_drone_attack_without_casualties_is_still_an_incident(text: str) -> None:
    assert len(events(text)) == 1


# --- the forces of the wars of 2024-2026 by the names their reports use -----------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("كادوقلي - قتل مدنيان بقصف شنته الحركة الشعبية لتحرير السودان شمال على سوق المدينة.", "splm_n"),
        ("الدلنج - قصفت قوات الحلو أحياء في مدينة الدلنج وأصيب ثلاثة مدنيين.", "splm_n"),
        ("السويداء - قتل 4 مسلحين في اشتباكات بين فصائل درزية وقوات الحكومة في السويداء.", "druze_factions"),
        ("السويداء - قتل شخصان في هجوم لمسلحين من عشائر البدو على قرية في ريف السويداء.", "tribal_forces"),
        ("مقديشو - قتل 9 من مليشيات الخوارج في عملية للجيش الصومالي بإقليم هيران.", "al_shabaab"),
        ("بيشاور - قالت قوات الأمن إن 6 من عناصر فتنة الخوارج قتلوا في اشتباك بمنطقة خيبر.", "ttp"),
    ],
)
def test_the_forces_of_the_recent_wars_are_named(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_the_southern_opposition_is_not_the_northern_movement() -> None:
    text = "جوبا - قتل 5 جنود في هجوم شنته الحركة الشعبية لتحرير السودان في المعارضة على بلدة ناصر."
    assert "splm_io" in actor_ids(text)
    assert "splm_n" not in actor_ids(text)


# --- common words and French names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("نيامي - أعلن الجيش في بيانه مقتل 12 مسلحاً بغارة في منطقة تاهوا.", "ne_tahoua_region", "es_baena"),
        ("مقديشو - أصيب 3 أشخاص بقذيفة سقطت قرب مطار آدم عدي الدولي في مقديشو.", "so_mogadishu", "er_edd"),
        ("باماكو - قتل 3 سائقين في كمين نصبه مسلحون لشاحنات قرب كاي غربي مالي.", "ml_kayes", "ml_bamako"),
    ],
)
def test_common_words_are_no_places_and_kayes_is_named_as_french_says_it(
    text: str, place: str, not_place: str
) -> None:
    found = place_ids(text)
    assert place in found
    assert not_place not in found


# --- counts whose verb follows them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb closed its count: the figure after it is a subset of the same toll
        ("قالت الشرطة إن 14 شخصاً أصيبوا، ثلاثة منهم بجروح بالغة، في انفجار بالسوق.", [("injured", 14)]),
        ("أعلن المستشفى أن 9 أشخاص قتلوا، أربعة منهم أطفال، في القصف.", [("killed", 9)]),
        # ... nor the count of burnt trucks after it
        ("قال مصدر إن 3 سائقين قتلوا وأحرقت 25 شاحنة في الكمين.", [("killed", 3)]),
        # "و" opens a phrase of its own, whose people come after its verb
        ("قال المسعفون إن 4 مدنيين قتلوا وأصيب 11 آخرون في الغارة.", [("killed", 4), ("injured", 11)]),
        # after a count closed by its verb, a count with a verb of its own takes that verb's kind
        ("قال الجيش إن 4 جنود قتلوا وإن 30 مسلحاً قتلوا في الاشتباك.", [("killed", 4), ("killed", 30)]),
        ("قال المستشفى إن 15 شخصاً قتلوا و20 أصيبوا في الانفجار.", [("killed", 15), ("injured", 20)]),
        # "على الأقل" ends the count, and the subset after it is no count
        ("قتل 18 شخصاً على الأقل، بينهم 6 من رجال الشرطة، وأصيب 30 آخرون.", [("killed", 18), ("injured", 30)]),
    ],
)
def test_a_count_closed_by_its_verb_takes_no_object_after_it(text: str, expected: list) -> None:
    assert counts(text) == expected


# --- "وكان ... قد تبنى": the claim of the incident reported ------------------------------------

REPORT = "مقتل 9 جنود في هجوم شمالي مالي\nباماكو - قتل 9 جنود ماليين في هجوم على معسكر قرب تمبكتو أمس. "


@pytest.mark.parametrize(
    "claim",
    [
        "وكانت جماعة نصرة الإسلام والمسلمين قد تبنت الهجوم في بيان.",
        "وكانت جماعة نصرة الإسلام والمسلمين قد أعلنت مسؤوليتها عن الهجوم.",
        "وكان تنظيم نصرة الإسلام والمسلمين قد تبنى الهجوم عبر منصاته.",
    ],
)
def test_a_claim_told_with_wakana_qad_names_the_attacker(claim: str) -> None:
    text = REPORT + claim
    assert "jnim" in actor_ids(text)
    assert tolls(text) == [(9, None)]


def test_an_earlier_figure_told_with_wakana_qad_is_still_background() -> None:
    text = REPORT + "وكانت مصادر أمنية قد أعلنت في وقت سابق مقتل 5 جنود."
    assert tolls(text) == [(9, None)]


@pytest.mark.parametrize(
    ("text", "realised"),
    [
        ("قال الجيش إن الجماعة قد تشن هجوماً على المعسكر.", False),
        ("وكانت الجماعة قد تبنت الهجوم.", True),
    ],
)
def test_qad_before_a_past_verb_is_done_not_maybe(text: str, realised: bool) -> None:
    assert bool(find_triggers(normalize(text))) is realised


# --- a city named for its government or its backing -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("الحديدة - قالت وزارة الصحة في حكومة صنعاء إن 6 صيادين قتلوا بغارة على قارب قبالة الخوخة.",
         "ye_al_hudaydah", "ye_sanaa"),
        ("منبج - قتل 3 مقاتلين في هجوم شنته فصائل مدعومة من أنقرة على قرية قرب منبج.", "manbij", "tr_ankara"),
        ("منبج - قتل مقاتلان بقصف مسيرة على قرية قرب منبج، ولم يصدر تعليق من أنقرة.", "manbij", "tr_ankara"),
    ],
)
def test_a_city_named_for_its_government_or_backing_is_no_site(text: str, place: str, not_place: str) -> None:
    found = place_ids(text)
    assert place in found
    assert not_place not in found


def test_a_region_named_with_its_government_is_still_a_place() -> None:
    text = "قالت حكومة إقليم بلوشستان إن 3 عمال أصيبوا بانفجار عبوة في منجم للفحم."
    assert place_ids(text) == {"pk_balochistan"}


# --- a country named inside a force's name ------------------------------------------------------


def test_a_country_inside_a_force_name_is_no_site_nor_a_second_incident() -> None:
    text = ("كابل - قالت حكومة طالبان إن 12 مدنياً قتلوا في غارات على ولاية خوست. "
            "فيما قالت مصادر باكستانية إن الغارات استهدفت مخابئ لحركة طالبان باكستان.")
    found = events(text)
    assert len(found) == 1
    assert "pk" not in {loc.id for loc in found[0].locations}


def test_a_division_inside_a_force_name_is_still_its_place() -> None:
    assert "ye_shabwah" in place_ids("قتل جنديان من قوات دفاع شبوة بانفجار عبوة ناسفة على طريق فرعي.")


def test_an_attack_nobody_owned_is_the_work_of_unknown_attackers() -> None:
    text = "السليمانية - أصيب حارسان بهجوم بمسيرة على حقل للغاز في جمجمال، ولم تتبن أي جهة الهجوم."
    assert actor_ids(text) == {"unknown"}

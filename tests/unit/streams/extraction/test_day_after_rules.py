"""Rules and data prompted by the twenty-fifth blind set (tests/fixtures/extraction_eval/blind25.yaml:
follow-up reports as different desks write them), each checked here on sentences written for the
test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import counts, events, place_ids, tolls

# --- the dead counted by a definite number after their noun, before a relative pronoun -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("نشرت العائلة صور الضحايا الستة الذين قتلوا في القصف على البلدة أمس", [("killed", 6)]),
        ("أعلنت الوزارة أسماء المسعفين الثلاثة الذين استشهدوا في الغارة", [("killed", 3)]),
        ("نعت الحركة مقاتليها الأربعة الذين قتلوا في الكمين", [("killed", 4)]),
        ("كشفت الشرطة هوية الشهداء الخمسة الذين ارتقوا في القصف", [("killed", 5)]),
    ],
)
def test_a_definite_number_after_the_dead_and_a_relative_pronoun_counts_them(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert counts(text) == want


def test_the_killers_counted_the_same_way_are_not_the_dead() -> None:
    assert counts("اعتقلت الشرطة المسلحين الثلاثة الذين قتلوا الحارس") == [("killed", 1)]


def test_the_dead_counted_by_a_definite_number_with_no_verb_stay_uncounted() -> None:
    assert tolls("قال الجيش إن القتلى الثلاثة في الغارة على جباليا من عائلة واحدة.") == []


# --- a toll raised by bodies found, and an earlier figure after "بعدما كان" ------------------------


def test_bodies_found_that_raise_a_toll_count_only_the_new_total() -> None:
    text = "عثرت فرق الإنقاذ على 4 جثث تحت الأنقاض، ما يرفع عدد قتلى الغارة على البلدة إلى 15."
    assert tolls(text) == [(15, None)]


def test_a_correction_after_bahdama_kana_keeps_the_corrected_toll() -> None:
    text = (
        "عدلت الشبكة حصيلة القصف على السوق إلى 6 قتلى و11 جريحاً، بعدما كانت قد أعلنت في وقت "
        "سابق مقتل 9 أشخاص."
    )
    assert tolls(text) == [(6, 11)]


# --- the day after with no incident of its own: arrests, inquiries, rebuilding ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الشرطة توقيف خمسة أشخاص على صلة بالتفجير الذي استهدف محطة الحافلات الأسبوع الماضي.",
        "سلمت لجنة التحقيق في تفجير السوق تقريرها إلى رئيس الحكومة اليوم.",
        "بدأت البلدية أعمال إعادة تأهيل المدرسة التي دمرها القصف خلال الحرب.",
        "قررت المحكمة تمديد اعتقال شاب يشتبه في قتله جاره طعناً لمدة أسبوع.",
        "قال مكتب الأمم المتحدة في تقريره الدوري إن 25 مدنياً سقطوا بين قتيل وجريح في القصف.",
    ],
)
def test_a_follow_up_with_no_incident_of_its_own_is_no_event(text: str) -> None:
    assert events(text) == []


def test_an_arrest_told_after_the_dead_of_today_keeps_them() -> None:
    text = "قتل ثلاثة جنود في هجوم على حاجز قرب المدينة، واعتقلت القوات اثنين من المهاجمين."
    assert tolls(text) == [(3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفاع حصيلة حادث انقلاب الحافلة على الطريق الجبلي إلى 19 قتيلاً.",
        "ارتفع عدد قتلى تحطم الطائرة المدنية قرب المطار إلى 64.",
    ],
)
def test_tolls_of_crashes_with_no_attack_word_are_no_event(text: str) -> None:
    assert events(text) == []


# --- the wounded who died ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("توفي جريحان في المستشفى متأثرين بجروحهما", [("killed", 2)]),
        ("أعلنت المديرية وفاة جريح متأثراً بإصابته في الانفجار", [("killed", 1)]),
    ],
)
def test_a_wounded_noun_right_after_a_death_word_is_the_dead(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert counts(text) == want


# --- places: Beirut's southern suburbs, and a given name that is no town ---------------------------


def test_haret_hreik_is_a_place_inside_beirut() -> None:
    text = "غارة على الضاحية\nاستشهد مواطنان في غارة إسرائيلية على مبنى في حارة حريك بالضاحية الجنوبية."
    assert "lb_haret_hreik" in place_ids(text)


def test_the_given_name_sara_is_no_town_in_chad() -> None:
    text = "قصف على مستشفى\nقتلت الممرضة سارة عثمان في قصف على مستشفى في مدينة الأبيض."
    assert "td_sarh" not in place_ids(text)


def test_a_death_of_wounds_after_a_risen_toll_is_inside_it() -> None:
    text = (
        "ارتفعت حصيلة القصف على الحي إلى 9 قتلى و12 جريحاً، مشيراً إلى وفاة طفل متأثراً بجروحه "
        "صباح اليوم"
    )
    assert counts(text) == [("killed", 9), ("injured", 12)]


def test_a_death_of_wounds_with_no_risen_toll_before_it_counts() -> None:
    assert counts("توفي طفل متأثراً بجروحه التي أصيب بها في القصف على الحي") == [("killed", 1)]

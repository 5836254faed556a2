"""Rules and data prompted by the forty-ninth blind set (tests/fixtures/extraction_eval/
blind49.yaml: an eleventh day's feed, 20 May 2025), each checked here on sentences written for
the test, not on the set's own."""

from streams.extraction.numbers import number_value
from tests.unit.streams.extraction.reading import events

# --- numbers: thousands in the accusative, and two figures joined by "و" ----------------------


def test_thousands_in_the_accusative_multiply_the_number_before_them() -> None:
    assert number_value("41 ألفاً و206") == 41206
    assert number_value("خمسة عشر ألفاً") == 15000


def test_a_larger_figure_after_and_is_not_added_to_a_smaller_one() -> None:
    assert number_value("34 و850") is None


def test_a_war_toll_in_thousands_headlining_a_ministry_update_is_no_incident() -> None:
    text = (
        "الصحة: حصيلة العدوان ترتفع إلى 38 ألفاً و244 شهيداً\n"
        "أعلنت وزارة الصحة ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 38 ألفاً و244 "
        "شهيداً و88 ألفاً و33 إصابة، فيما لا يزال آلاف المفقودين تحت الأنقاض."
    )
    assert events(text) == []


# --- the attackers of "المهاجمين" when the army that repelled them is named first ------------


def test_the_attackers_killed_by_an_army_that_repelled_them_are_the_attacking_group() -> None:
    text = (
        "نيامي - قال الجيش النيجري إنه تصدى لهجوم شنته جماعة نصرة الإسلام والمسلمين على موقع "
        "عسكري قرب الحدود، وقتل 7 من المهاجمين، فيما قتل اثنان من جنوده."
    )
    by_group = {c.group: c.killed for e in events(text) for c in e.casualties}
    assert sorted(by_group.values()) == [2, 7]
    assert len(by_group) == 2

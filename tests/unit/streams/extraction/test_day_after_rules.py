"""Rules and data prompted by the twenty-fifth blind set (tests/fixtures/extraction_eval/blind25.yaml:
follow-up reports as different desks write them), each checked here on sentences written for the
test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import counts, tolls

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

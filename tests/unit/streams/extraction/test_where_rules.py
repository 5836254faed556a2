"""Rules prompted by the seventeenth blind set (tests/fixtures/extraction_eval/blind17.yaml:
where incidents happen: villages, camps, roads, markets, districts and names several countries
share), each checked here on reports written for the test, not on the set's own sentences."""

import pytest

from tests.unit.streams.extraction.reading import counts

# --- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل رجل وأصيب اثنان بقصف مدفعي على حي سكني.", [("killed", 1), ("injured", 2)]),
        ("استشهد طفل وأصيب خمسة بصواريخ سقطت على سوق شعبي.", [("killed", 1), ("injured", 5)]),
        ("قتلت امرأة وأصيب ثلاثة بغارات استهدفت القرية.", [("killed", 1), ("injured", 3)]),
    ],
)
def test_a_bare_number_before_the_means_of_the_verb_counts_people(text: str, want: list) -> None:
    # "بقذائف"، "بغارة" are the means; the amount before them counts the wounded, not shells
    assert counts(text) == want


@pytest.mark.parametrize(
    "text",
    ["شنت الطائرات 3 غارات على المنطقة.", "سقطت 4 قذائف على الحي.", "ارتفعت الأسعار 5 بالمئة."],
)
def test_an_amount_of_things_is_still_no_count(text: str) -> None:
    assert counts(text) == []

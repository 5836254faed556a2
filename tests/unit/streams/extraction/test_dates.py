import datetime as dt

import pytest

from streams.extraction.dates import resolve_date

PUB = dt.date(2021, 3, 18)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف فجر اليوم", dt.date(2021, 3, 18)),
        ("مساء أمس", dt.date(2021, 3, 17)),
        ("أول أمس", dt.date(2021, 3, 16)),
        ("يوم الخميس", dt.date(2021, 3, 18)),
        ("الاثنين الماضي", dt.date(2021, 3, 15)),
        ("في 9 آذار", dt.date(2021, 3, 9)),
        ("في 9 مارس 2019", dt.date(2019, 3, 9)),
        ("في 3 تشرين الثاني", dt.date(2020, 11, 3)),
        ("بتاريخ 02/01/2021", dt.date(2021, 1, 2)),
    ],
)
def test_dates_against_publication(text: str, expected: dt.date) -> None:
    assert resolve_date(text, PUB) == expected


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve_date("أمس", None) is None
    assert resolve_date("22 كانون الثاني 2020", None) == dt.date(2020, 1, 22)

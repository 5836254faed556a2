import pytest

from streams.extraction.arabic import tokens
from streams.extraction.numbers import number_value, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17", 17), ("١٢", 12), ("سبعة", 7), ("سبع", 7), ("إحدى عشرة", 11), ("اثنا عشر", 12),
        ("ثلاثة عشر", 13), ("عشرين", 20), ("تسعون", 90), ("خمسة وعشرين", 25),
        ("ثلاث وثلاثون", 33), ("مئة", 100), ("مائة وعشرون", 120), ("مئتين", 200),
        ("ثلاثمائة", 300), ("ألف", 1000), ("4 آلاف", 4000), ("اثنين", 2), ("واحدة", 1),
    ],
)
def test_exact_numbers_in_every_form(text: str, value: int) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize("text", ["عشرات", "العديد من", "عدد من", "بضعة", "مئات"])
def test_vague_amounts_are_approximate_without_a_number(text: str) -> None:
    q = parse_quantity(tokens(text), 0)
    assert q is not None and q.value is None and q.approximate


@pytest.mark.parametrize(
    ("text", "value"),
    [("ما لا يقل عن 6", 6), ("أكثر من عشرة", 10), ("نحو 40", 40), ("قرابة 15", 15),
     ("حوالي 8", 8), ("ما يصل إلى 30", 30), ("ما يزيد على 20", 20), ("حوالى 9", 9)],
)
def test_hedged_numbers_keep_the_number_and_mark_it_approximate(text: str, value: int) -> None:
    q = parse_quantity(tokens(text), 0)
    assert q is not None and (q.value, q.approximate) == (value, True)


def test_a_word_that_is_not_a_number_parses_to_nothing() -> None:
    assert parse_quantity(tokens("عناصر"), 0) is None
    assert number_value("قوات") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("ما بين 10 و15 ألف شخص", 10000), ("بين خمسة وعشرة آلاف", 5000), ("ما بين 800 و3500 قتيل", 800)],
)
def test_a_thousands_word_after_a_ranges_upper_bound_counts_its_lower_too(text: str, value: int) -> None:
    q = parse_quantity(tokens(text), 0)
    assert q is not None and q.value == value and q.approximate

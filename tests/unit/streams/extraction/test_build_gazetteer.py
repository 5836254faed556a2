"""The generated gazetteer data reproduces from its sources."""

import csv
from pathlib import Path

from streams.extraction.build_gazetteer import _arabic_names, clitic_words, common_names
from streams.extraction.places import CLITIC_WORDS, COMMON_NAMES


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t"))[1:]


def test_the_clitic_words_reproduce_from_the_gazetteer_and_word_frequencies() -> None:
    written = _rows(CLITIC_WORDS)
    assert written == clitic_words()
    surfaces = {row[0] for row in written}
    # words of their own, and a real split of Baghdad, which stays a split
    assert {"كمينا", "فرقه"} <= surfaces
    assert "وبغداد" not in surfaces


def test_the_common_names_reproduce_from_the_gazetteer_and_word_frequencies() -> None:
    written = _rows(COMMON_NAMES)
    assert written == common_names()
    names = {row[0] for row in written}
    # adjectives and nouns, not names written one way only
    assert {"البيضاء", "حربيه", "الفصايل"} <= names
    assert not {"بغداد", "الموصل", "حلب"} & names


def test_an_arabic_name_keeps_without_the_direction_marks_geonames_leaves_in_it() -> None:
    city = {"countrycode": "IL", "alternatenames": ["Kafr Qasim", "كفر قاسم\u200e", "قلنسوة\u200f"]}
    assert _arabic_names(city, set()) == ["كفر قاسم", "قلنسوة"]


def test_a_name_in_persian_letters_is_read_with_the_arabic_yeh_and_kaf_where_geonames_writes_so() -> None:
    # "ی" and "ک" are the Arabic "ي" and "ك" in Persian shapes; "گ" (as "پ" "چ" "ژ") stands for
    # a sound the press writes in more than one way, so a name with it stays out
    city = {"countrycode": "AF", "alternatenames": ["Fayzabad", "فیض آباد", "کشم", "گلبهار"]}
    assert _arabic_names(city, set()) == ["فيض آباد", "كشم"]
    # elsewhere GeoNames' Persian-letter names are Persian renderings of foreign ones
    abroad = {"countrycode": "UA", "alternatenames": ["Kyiv", "کیف", "كييف"]}
    assert _arabic_names(abroad, set()) == ["كييف"]

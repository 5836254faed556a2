"""The skeletons that match an Arabic spelling of a foreign name with GeoNames' Latin one."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.soundalike import arabic_keys, consonants, latin_key


def _sounds_alike(latin: str, country: str, arabic: str) -> bool:
    return latin_key(latin, country) in arabic_keys(normalize(arabic).split())


@pytest.mark.parametrize(
    ("latin", "country", "arabic"),
    [
        ("Yüksekova", "TR", "يوكسيكوفا"),  # "ü" folded, "v" as "ف", long vowels as "و"/"ي"
        ("Cizre", "TR", "جزرة"),  # Turkish "c" is "j"; a final vowel as "ة"
        ("Şırnak", "TR", "شرناق"),  # "ş" is "sh", "k" as "ق"
        ("Kassala", "SD", "كسلا"),  # a doubled letter written once
        ("Chaman", "PK", "تشامان"),  # "ch" as "تش" ...
        ("Chaman", "PK", "شامان"),  # ... or as "ش"
        ("Kharkiv", "UA", "خاركيف"),  # "kh" is "خ"
        ("Zamboanga", "PH", "زامبوانغا"),  # a hard "g" as "غ"
        ("Gwoza", "NG", "جوزا"),  # ... or as "ج"
        ("Ituri", "CD", "إيتوري"),  # an opening vowel carried by the alef
        ("Ouagadougou", "BF", "واغادوغو"),  # French "ou" before a vowel is "و"
        ("Tak Bai", "TH", "تاك باي"),  # word by word
        ("Jeddah", "SA", "جدة"),  # a final "h" after a vowel is not sounded
    ],
)
def test_the_press_spelling_of_a_name_sounds_like_its_latin_spelling(
    latin: str, country: str, arabic: str
) -> None:
    assert _sounds_alike(latin, country, arabic)


@pytest.mark.parametrize(
    ("latin", "country", "arabic"),
    [
        ("Ughelli", "NG", "كالا"),  # the same consonants, but one name opens with a vowel
        ("Jijiga", "ET", "جيجا"),  # a consonant repeated across a vowel is written twice
        ("Rylsk", "RU", "ريلسكي"),  # one ends with a vowel, the other does not
        ("Tak Bai", "TH", "تاكباي"),  # two words are not one
        ("Cizre", "SY", "جزرة"),  # outside Turkish "c" is "k" or "s"
    ],
)
def test_names_whose_skeletons_differ_do_not_sound_alike(latin: str, country: str, arabic: str) -> None:
    assert not _sounds_alike(latin, country, arabic)


def test_a_skeleton_marks_the_opening_and_closing_vowels_and_counts_only_consonants() -> None:
    assert latin_key("Ituri", "CD") == "_TR+"
    assert latin_key("Debre Markos", "ET") == "DBR+ MRKS"
    assert consonants("_TR+") == 2 and consonants("DBR+ MRKS") == 7


def test_every_reading_of_the_ambiguous_letters_is_kept() -> None:
    # "ك" is "k" or a hard "g"; "و" a consonant or a long vowel
    assert {"KWL+", "GWL+", "KL+", "GL+"} <= arabic_keys(["كولا"])
    # a word's first letter is never a vowel letter read as nothing
    assert all(not key.startswith("_") for key in arabic_keys(["يولا"]))

"""Arabic text normalisation: the one home for orthographic rules.

Search (SQLite and Elasticsearch) and extraction both go through ``normalize`` so that a
query or a gazetteer entry matches text however it was spelled: with or without diacritics,
tatweel, any alef/hamza form, ta marbuta or ha, alef maqsura or ya, Arabic-Indic digits.
"""

from __future__ import annotations

import re

__all__ = [
    "ARABIC_LETTER",
    "arabic_ratio",
    "normalize",
    "to_ascii_digits",
    "tokens",
]

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
LATIN_LETTER = re.compile("[A-Za-z]")
TOKEN = re.compile(r"[\w\u0621-\u064a]+", re.UNICODE)

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "٬": ",",
        "٫": ".",
    }
)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; everything else unchanged."""
    return text.translate(_DIGITS)


def normalize(text: str) -> str:
    """Fold spelling variants so that equal words compare equal.

    Lower-cases Latin text too, so one normalised field serves mixed-language search.
    """
    text = DIACRITICS.sub("", text).replace(TATWEEL, "")
    return to_ascii_digits(text).translate(_LETTERS).lower()


def tokens(text: str) -> list[str]:
    """Normalised word tokens (letters and digits), in order."""
    return TOKEN.findall(normalize(text))


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic: 0.0 for none, 1.0 for all."""
    arabic = len(ARABIC_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    total = arabic + latin
    return arabic / total if total else 0.0

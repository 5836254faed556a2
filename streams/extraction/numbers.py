"""Arabic quantities as news reports write them: digits, number words, bounds and vague amounts.

Casualty counts must be the number the report gives, never an invented one, so a parse
returns the value as written (``None`` for "عشرات", "العديد"), whether it is approximate
("نحو"، "أكثر من"), and the token span it came from. Works on normalised tokens
(``streams.extraction.arabic.tokens``): أ/إ/آ → ا, ة → ه, ى → ي, digits ASCII.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from streams.extraction.arabic import normalize, tokens

__all__ = ["Quantity", "number_value", "parse_quantity", "word_value"]

UNITS: dict[str, int] = {
    **dict.fromkeys(["واحد", "واحده", "احد", "احدي"], 1),
    **dict.fromkeys(["اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"], 2),
    **dict.fromkeys(["ثلاث", "ثلاثه"], 3),
    **dict.fromkeys(["اربع", "اربعه"], 4),
    **dict.fromkeys(["خمس", "خمسه"], 5),
    **dict.fromkeys(["ست", "سته"], 6),
    **dict.fromkeys(["سبع", "سبعه"], 7),
    **dict.fromkeys(["ثمان", "ثماني", "ثمانيه"], 8),
    **dict.fromkeys(["تسع", "تسعه"], 9),
    **dict.fromkeys(["عشر", "عشره"], 10),
}
TEENS_TAIL = frozenset({"عشر", "عشره"})
TENS: dict[str, int] = {
    **dict.fromkeys(["عشرون", "عشرين"], 20),
    **dict.fromkeys(["ثلاثون", "ثلاثين"], 30),
    **dict.fromkeys(["اربعون", "اربعين"], 40),
    **dict.fromkeys(["خمسون", "خمسين"], 50),
    **dict.fromkeys(["ستون", "ستين"], 60),
    **dict.fromkeys(["سبعون", "سبعين"], 70),
    **dict.fromkeys(["ثمانون", "ثمانين"], 80),
    **dict.fromkeys(["تسعون", "تسعين"], 90),
}
HUNDRED = frozenset(normalize(w) for w in ("مئة", "مائة", "ميه"))
HUNDREDS: dict[str, int] = {
    **dict.fromkeys(map(normalize, ["مئتان", "مئتين", "مائتان", "مائتين"]), 200),
    **{u + h: v * 100 for u, v in UNITS.items() if 3 <= v <= 9 for h in HUNDRED},
}
THOUSAND = frozenset({"الف"})
THOUSANDS = {"الفان": 2000, "الفين": 2000}
# A vague amount: never a number; (word, lower bound or None).
VAGUE_WORDS: dict[str, int | None] = {
    "عشرات": None,
    "مئات": None,
    "الاف": None,
    "العشرات": None,
    "المئات": None,
    "الالاف": None,
    "العديد": None,
    "عديد": None,
    "عدد": None,
    "بضعه": None,
    "بضع": None,
    "عده": None,
    "اعداد": None,
    "كثيرون": None,
}
VAGUE = {normalize(k): v for k, v in VAGUE_WORDS.items()}
# Hedges before a number: "ما لا يقل عن"، "أكثر من"، "نحو"... (normalised token sequences).
BOUNDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(b.split())
    for b in sorted(
        [
            "ما لا يقل عن", "لا يقل عن", "ما يزيد عن", "ما يزيد على", "يزيد عن", "اكثر من",
            "ازيد من", "اقل من", "نحو", "قرابه", "حوالي", "حوالى", "ما يقارب", "يقارب",
            "زهاء", "ما يصل الي", "يصل الي", "قد يصل الي", "اكثر", "ما يناهز", "يناهز",
            "تقريبا", "ما يربو علي", "يربو علي",
        ],
        key=lambda s: -len(s.split()),
    )
)
DIGITS = re.compile(r"^\d{1,6}$")


@dataclass(frozen=True)
class Quantity:
    """A parsed amount: ``value`` is None for vague words; ``end`` is exclusive."""

    value: int | None
    approximate: bool
    start: int
    end: int


def _strip_conj(token: str) -> str:
    return token[1:] if len(token) > 2 and token[0] == "و" else token


def word_value(token: str) -> int | None:
    """The value of one number word or digit string; None if it is not one."""
    if DIGITS.match(token):
        return int(token)
    for table in (UNITS, TENS, HUNDREDS, THOUSANDS):
        if token in table:
            return table[token]
    if token in HUNDRED:
        return 100
    if token in THOUSAND:
        return 1000
    return None


def _match_bound(toks: list[str], i: int) -> int:
    """Tokens taken by a hedge starting at ``i`` (0 if none)."""
    for bound in BOUNDS:
        if tuple(toks[i : i + len(bound)]) == bound:
            return len(bound)
    return 0


def _exact(toks: list[str], i: int) -> tuple[int, int] | None:
    """An exact number at ``toks[i]``: (value, end) — compounds and teens included."""
    first = toks[i] if i < len(toks) else ""
    value = word_value(first)
    if value is None:
        return None
    end = i + 1
    if first in UNITS and end < len(toks) and toks[end] in TEENS_TAIL and value < 10:
        value, end = value + 10, end + 1
    elif value < 1000 and end < len(toks) and (toks[end] in THOUSAND or toks[end] == "الاف"):
        value, end = value * 1000, end + 1
    elif value in (3, 4, 5, 6, 7, 8, 9) and end < len(toks) and toks[end] in HUNDRED:
        value, end = value * 100, end + 1
    return _add_compounds(toks, value, end)


def _add_compounds(toks: list[str], value: int, end: int) -> tuple[int, int]:
    """"خمسه وعشرين"، "مئه وخمسون": conjoined parts that are smaller than the whole so far."""
    while end < len(toks) and toks[end].startswith("و") and not DIGITS.match(toks[end]):
        part = word_value(_strip_conj(toks[end]))
        if part is None or part >= 1000 or (value < 10 and part < 20) or part == value:
            break
        if value < 10 and part % 10 != 0:
            break
        value, end = value + part, end + 1
    return value, end


def parse_quantity(toks: list[str], i: int) -> Quantity | None:
    """The amount starting at token ``i`` (a hedge, a number, or a vague word), if any."""
    hedge = _match_bound(toks, i)
    j = i + hedge
    if j >= len(toks):
        return None
    exact = _exact(toks, j)
    if exact is not None:
        value, end = exact
        return Quantity(value, hedge > 0, i, end)
    word = toks[j]
    if word in VAGUE:
        end = j + 1
        if end < len(toks) and toks[end] == "من":
            end += 1
        return Quantity(VAGUE[word], True, i, end)
    return None


def number_value(text: str) -> int | None:
    """The exact number a short phrase spells ("خمسة وعشرين" → 25, "١٢" → 12), else None."""
    toks = tokens(text)
    q = parse_quantity(toks, 0) if toks else None
    if q is None or q.end != len(toks):
        return None
    return q.value

"""Arabic quantities as news reports write them: digits, number words, bounds and vague amounts.

Casualty counts must be the number the report gives, never an invented one, so a parse
returns the value as written (``None`` for "عشرات", "العديد"), whether it is approximate
("نحو"، "أكثر من"), and the token span it came from. Works on normalised tokens
(``streams.extraction.arabic.tokens``): أ/إ/آ → ا, ة → ه, ى → ي, digits ASCII. The words are
data (``lexicons/numbers.yaml``); how they combine is the grammar below.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pydantic import Field, model_validator

from streams.extraction.arabic import AND, ARTICLE, normalize, tokens
from streams.extraction.data import Strict, load

__all__ = [
    "NumbersLexicon", "Quantity", "is_number_word", "lexicon", "number_value", "parse_quantity", "word_value",
]

DIGITS = re.compile(r"^\d{1,6}$")
Words = tuple[str, ...]


class NumbersLexicon(Strict):
    """``lexicons/numbers.yaml``: number words by value, vague amounts and hedges."""

    units: dict[int, Words] = Field(min_length=10, max_length=10)
    teen: Words
    tens: dict[int, Words] = Field(min_length=8, max_length=8)
    hundred: Words
    two_hundred: Words
    thousand: Words
    two_thousand: Words
    thousands: Words
    ordinals: Words
    vague: Words
    vague_of: Words
    bounds: Words
    range_openers: Words

    @model_validator(mode="after")
    def _every_value_once(self) -> NumbersLexicon:
        """The grammar composes 11-19, 21-99 and 300-900 from exactly these values."""
        if set(self.units) != set(range(1, 11)):
            raise ValueError(f"units must be 1-10, got {sorted(self.units)}")
        if set(self.tens) != set(range(20, 100, 10)):
            raise ValueError(f"tens must be 20, 30, ... 90, got {sorted(self.tens)}")
        return self


@dataclass(frozen=True)
class _Words:
    """The lexicon normalised into the tables the grammar reads."""

    units: dict[str, int]
    teen: frozenset[str]
    ordinals: frozenset[str]
    hundred: frozenset[str]
    # Every single word with a value: units, tens, hundreds (compounds included), thousands.
    values: dict[str, int]
    multiplier_thousand: frozenset[str]
    vague: frozenset[str]
    vague_of: frozenset[str]
    bounds: tuple[tuple[str, ...], ...]  # longest first
    ranges: tuple[tuple[str, ...], ...]  # longest first
    # The words an amount can begin with (besides digits): the grammar asks at every token
    # whether an amount starts there, and almost none is one of these.
    starters: frozenset[str]


def _norm(words: Words) -> list[str]:
    return [normalize(w) for w in words]


@functools.cache
def lexicon() -> NumbersLexicon:
    return load("lexicons/numbers.yaml", NumbersLexicon)


@functools.cache
def _words() -> _Words:
    lex = lexicon()
    units = {w: v for v, forms in lex.units.items() for w in _norm(forms)}
    hundred = frozenset(_norm(lex.hundred))
    values = {
        **units,
        **{w: v for v, forms in lex.tens.items() for w in _norm(forms)},
        **dict.fromkeys(hundred, 100),
        **dict.fromkeys(_norm(lex.two_hundred), 200),
        # "ثلاثمئة": a unit of 3-9 written together with the hundred.
        **{u + h: v * 100 for u, v in units.items() if 3 <= v <= 9 for h in hundred},
        **dict.fromkeys(_norm(lex.thousand), 1000),
        **dict.fromkeys(_norm(lex.two_thousand), 2000),
    }
    bounds = sorted((tuple(b.split()) for b in _norm(lex.bounds)), key=len, reverse=True)
    ranges = sorted((tuple(b.split()) for b in _norm(lex.range_openers)), key=len, reverse=True)
    vague = frozenset(_norm(lex.vague))
    return _Words(
        units=units,
        teen=frozenset(_norm(lex.teen)),
        ordinals=frozenset(_norm(lex.ordinals)),
        hundred=hundred,
        values=values,
        multiplier_thousand=frozenset(_norm(lex.thousand) + _norm(lex.thousands)),
        vague=vague,
        vague_of=frozenset(_norm(lex.vague_of)),
        bounds=tuple(bounds),
        ranges=tuple(ranges),
        starters=frozenset(values) | vague | {phrase[0] for phrase in (*bounds, *ranges)},
    )


@dataclass(frozen=True)
class Quantity:
    """A parsed amount: ``value`` is None for vague words; ``end`` is exclusive."""

    value: int | None
    approximate: bool
    start: int
    end: int


def _strip_conj(token: str) -> str:
    return token[1:] if len(token) > 2 and token[0] == AND else token


def word_value(token: str) -> int | None:
    """The value of one number word or digit string; None if it is not one."""
    if DIGITS.match(token):
        return int(token)
    return _words().values.get(token)


def _match_bound(toks: list[str], i: int) -> int:
    """Tokens taken by a hedge starting at ``i`` (0 if none)."""
    for bound in _words().bounds:
        if tuple(toks[i : i + len(bound)]) == bound:
            return len(bound)
    return 0


def _exact(toks: list[str], i: int) -> tuple[int, int] | None:
    """An exact number at ``toks[i]``: (value, end) — compounds and teens included."""
    first = toks[i] if i < len(toks) else ""
    value = word_value(first)
    if value is None:
        return None
    w = _words()
    end = i + 1
    nxt = toks[end] if end < len(toks) else ""
    if first in w.units and nxt in w.teen and value < 10:
        value, end = value + 10, end + 1  # "خمسة عشر" (and "خمسة عشر ألفاً" below)
        nxt = toks[end] if end < len(toks) else ""
    if value < 1000 and nxt in w.multiplier_thousand:
        value, end = value * 1000, end + 1
    elif 3 <= value <= 9 and nxt in w.hundred:
        value, end = value * 100, end + 1
    return _add_compounds(toks, value, end)


def _add_compounds(toks: list[str], value: int, end: int) -> tuple[int, int]:
    """"خمسه وعشرين"، "مئه وخمسون": conjoined parts that are smaller than the whole so far."""
    while end < len(toks) and toks[end].startswith(AND) and not DIGITS.match(toks[end]):
        part = word_value(_strip_conj(toks[end]))
        if part is None or part >= 1000 or (value < 10 and part < 20) or part == value:
            break
        if value >= 10 and part > value:
            break  # "53 و573": a second figure, not a part of the first
        if value < 10 and part % 10 != 0:
            break
        value, end = value + part, end + 1
    return value, end


def _range(toks: list[str], i: int) -> Quantity | None:
    """"ما بين 24 و26": the lower bound of a range, approximate; None if none starts at ``i``."""
    for opener in _words().ranges:
        j = i + len(opener)
        if tuple(toks[i:j]) != opener:
            continue
        low = _exact(toks, j)
        if low is None:
            return None
        k = low[1]
        if k < len(toks) and toks[k] == AND:
            k += 1
        elif k < len(toks) and toks[k].startswith(AND):
            toks = [*toks[:k], _strip_conj(toks[k]), *toks[k + 1 :]]
        high = _exact(toks, k) if k < len(toks) else None
        if high is None or high[0] <= low[0]:
            return None
        thousands = _words().multiplier_thousand
        if toks[high[1] - 1] in thousands and toks[low[1] - 1] not in thousands and low[0] * 1000 <= high[0]:
            # "ما بين 10 و15 ألف شخص": the thousands word after the upper bound counts the lower too
            return Quantity(low[0] * 1000, True, i, high[1])
        return Quantity(low[0], True, i, high[1])
    return None


def _ordinal(token: str) -> bool:
    """"الخامسة"، "الحادي": an ordinal's first word, with or without its article."""
    ordinals = _words().ordinals
    return token in ordinals or (token.startswith(ARTICLE) and token[len(ARTICLE):] in ordinals)


def is_number_word(token: str) -> bool:
    """A cardinal with or without its article ("الأربعين"، "ثماني") or an ordinal ("الثالثة")."""
    bare = token[len(ARTICLE):] if token.startswith(ARTICLE) else token
    return _words().values.get(bare) is not None or _ordinal(token)


def parse_quantity(toks: list[str], i: int) -> Quantity | None:
    """The amount starting at token ``i`` (a range, a hedge, a number, or a vague word), if any."""
    if i >= len(toks) or (toks[i] not in _words().starters and not DIGITS.match(toks[i])):
        return None
    if i > 0 and toks[i] in _words().teen and _ordinal(toks[i - 1]):
        return None  # "دون سن الخامسة عشرة": the second word of an ordinal, not ten
    span = _range(toks, i)
    if span is not None:
        return span
    hedge = _match_bound(toks, i)
    j = i + hedge
    if j >= len(toks):
        return None
    exact = _exact(toks, j)
    if exact is not None:
        value, end = exact
        return Quantity(value, hedge > 0, i, end)
    w = _words()
    if toks[j] in w.vague:
        end = j + 1
        if end < len(toks) and toks[end] in w.vague_of:
            end += 1
        return Quantity(None, True, i, end)
    return None


def number_value(text: str) -> int | None:
    """The exact number a short phrase spells ("خمسة وعشرين" → 25, "١٢" → 12), else None."""
    toks = tokens(text)
    q = parse_quantity(toks, 0) if toks else None
    if q is None or q.end != len(toks):
        return None
    return q.value

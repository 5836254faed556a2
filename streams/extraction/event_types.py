"""Violent trigger words and the event type they signal.

A sentence counts as violent only when it holds a trigger from ``lexicons/event_types.yaml``
after the neutral phrases ("وقف إطلاق النار"، "خفض التصعيد") are blanked out, so
political and diplomatic text yields nothing. Triggers preceded by words of intent or
possibility ("أي هجوم"، "قد يشنها"، "لشن هجوم") are not incidents either.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from streams.extraction.arabic import AliasMatcher, normalize

__all__ = ["Trigger", "event_type", "find_triggers", "mask_neutral", "precedence"]

LEXICON = Path(__file__).parent / "lexicons" / "event_types.yaml"
WORD = re.compile(r"\w+")
# Words right before a trigger that make it hypothetical, planned or prevented.
IRREALIS = frozenset(
    normalize(w)
    for w in (
        "أي", "لأي", "بأي", "قد", "سوف", "لشن", "لمنع", "منع", "تهدد", "يهدد", "تهديد",
        "لتنفيذ", "تحضر", "تتحضر", "يتحضر", "للتصدي", "لصد", "ستشن", "سيشن", "احتمال",
        "تخشى", "خشية", "مخاوف", "تحذير", "يحذر", "حذرت", "حذر", "تدين", "يدين",
    )
)


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int
    end: int
    word: str


@functools.cache
def _lexicon() -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    return data


def precedence() -> list[str]:
    """Event types, most specific first."""
    return list(_lexicon()["precedence"])  # type: ignore[call-overload]


@functools.cache
def _neutral() -> re.Pattern[str]:
    phrases = sorted((normalize(p) for p in _lexicon()["neutral"]), key=len, reverse=True)  # type: ignore[attr-defined]
    return re.compile("|".join(re.escape(p) for p in phrases))


@functools.cache
def _matcher() -> AliasMatcher[str]:
    mapping: dict[str, str] = {}
    types: dict[str, list[str]] = _lexicon()["types"]  # type: ignore[assignment]
    for kind in reversed(precedence()):
        for word in types.get(kind, []):
            mapping[normalize(word)] = kind
    return AliasMatcher(mapping)


def mask_neutral(norm_text: str) -> str:
    """Blank out neutral phrases, keeping every offset in place."""
    return _neutral().sub(lambda m: " " * len(m.group()), norm_text)


def _is_irrealis(norm_text: str, start: int) -> bool:
    before = WORD.findall(norm_text[max(0, start - 30) : start])[-2:]
    return any(w in IRREALIS for w in before)


def find_triggers(norm_text: str) -> list[Trigger]:
    """Realised violent triggers in normalised text, left to right."""
    masked = mask_neutral(norm_text)
    return [
        Trigger(kind, s, e, word)
        for s, e, word, kind in _matcher().finditer(masked)
        if not _is_irrealis(masked, s)
    ]


def event_type(triggers: list[Trigger]) -> str:
    """The most specific type among triggers ("other" when there are none)."""
    kinds = {t.type for t in triggers}
    return next((k for k in precedence() if k in kinds), "other")

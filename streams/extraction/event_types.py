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

from pydantic import model_validator

from streams.extraction.arabic import AND, CONJUNCTIONS, AliasMatcher, normalize, trie_regex
from streams.extraction.casualties import beheadings, finishing_verbs
from streams.extraction.data import Strict, load

__all__ = ["Trigger", "event_type", "find_triggers", "mask_neutral", "names_an_act", "precedence"]

WORD = re.compile(r"\w+")


class AccusedCourses(Strict):
    """An accusation of a course of attacks: the plural acts (``acts``) right after a verbal
    noun of doing (``doing``), with a word of accusation (``accusations``) a few words before."""

    accusations: tuple[str, ...]
    doing: tuple[str, ...]
    acts: tuple[str, ...]


class FoughtFoes(Strict):
    fights: tuple[str, ...]
    fierce: tuple[str, ...]
    against: tuple[str, ...]
    foes: tuple[str, ...]


class EventTypesLexicon(Strict):
    """``lexicons/event_types.yaml``; every type with triggers is ranked in ``precedence``,
    which ends with "other"."""

    precedence: tuple[str, ...]
    irrealis: tuple[str, ...]
    fears: tuple[str, ...]
    onsets: tuple[str, ...]
    perfect_particle: str
    perfect_verbs: tuple[str, ...]
    aftermath: tuple[str, ...]
    accused_courses: AccusedCourses
    neutral: tuple[str, ...]
    fought_foes: FoughtFoes
    weapons: tuple[str, ...]
    operations: tuple[str, ...]
    types: dict[str, tuple[str, ...]]

    @model_validator(mode="after")
    def _ranked(self) -> EventTypesLexicon:
        unranked = set(self.types) - set(self.precedence)
        if unranked or self.precedence[-1:] != ("other",):
            raise ValueError(f"types not in precedence (or precedence not ending in other): {unranked}")
        return self


@dataclass(frozen=True)
class Trigger:
    type: str
    start: int
    end: int
    word: str


KILLING = "other"  # the type of a death told with no act: "قتل"، "قضت ... على"


@functools.cache
def _lexicon() -> EventTypesLexicon:
    return load("lexicons/event_types.yaml", EventTypesLexicon)


def precedence() -> list[str]:
    """Event types, most specific first."""
    return list(_lexicon().precedence)


@functools.cache
def _irrealis() -> frozenset[str]:
    lex = _lexicon()
    return frozenset(normalize(w) for w in (*lex.irrealis, *lex.aftermath))


# In a neutral phrase, "#" stands for a figure in digits ("تفجير # لغم": engineers blowing up
# 350 mines), which a list of phrases could not spell out.
NUMBER_SLOT = "#"


@functools.cache
def _neutral() -> re.Pattern[str]:
    # one trie-shaped alternation: a plain one tries every phrase at every position of a sentence
    phrases = _lexicon().neutral
    plain = trie_regex(normalize(p) for p in phrases if NUMBER_SLOT not in p)
    slotted = [
        r"\d{1,6}".join(re.escape(normalize(part)) for part in p.split(NUMBER_SLOT))
        for p in phrases if NUMBER_SLOT in p
    ]
    return re.compile("|".join([*slotted, plain]))


@functools.cache
def _matcher() -> AliasMatcher[str]:
    mapping: dict[str, str] = {}
    types = _lexicon().types
    for kind in reversed(precedence()):
        for word in types.get(kind, []):
            mapping[normalize(word)] = kind
    return AliasMatcher(mapping)


@functools.cache
def _weapons() -> frozenset[str]:
    return frozenset(normalize(w) for w in (*_lexicon().weapons, *_lexicon().operations))


def names_an_act(trigger: Trigger) -> bool:
    """Whether a violent trigger names an act rather than only a weapon or an operation:
    "طائرة مسيرة" alone is a drone show or a crop sprayer as often as a strike ("هجوم بطائرة
    مسيرة" is an attack), "عملية أمنية" alone a search or an arrest."""
    return trigger.type != "other" and trigger.word not in _weapons()


@functools.cache
def _fought_foes() -> re.Pattern[str]:
    """A battle or a war waged on fire, water or disease ("تخوض الحماية المدنية معركة ضارية ضد
    ألسنة اللهب"، "حرب مفتوحة على الكوليرا"): the war word, its adjective, its link and its foe."""
    lex = _lexicon().fought_foes

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(sorted({re.escape(normalize(w)) for w in words}, key=len, reverse=True))

    return re.compile(
        rf"(?<!\w)(?:{alt(lex.fights)})(?:\s+(?:{alt(lex.fierce)}))?\s+(?:{alt(lex.against)})"
        rf"\s+(?:{alt(lex.foes)})(?!\w)"
    )


def mask_neutral(norm_text: str) -> str:
    """Blank out neutral phrases and the wars waged on fire, water or disease
    (``_fought_foes``), keeping every offset in place."""
    blank = _neutral().sub(lambda m: " " * len(m.group()), norm_text)
    return _fought_foes().sub(lambda m: " " * len(m.group()), blank)


@functools.cache
def _perfect() -> tuple[str, frozenset[str]]:
    lex = _lexicon()
    return normalize(lex.perfect_particle), frozenset(normalize(w) for w in lex.perfect_verbs)


@functools.cache
def _feared() -> re.Pattern[str]:
    """A fear's or a warning's word, at most one word of who fears, "من" and at most a word of
    onset ("من تجدد"، "من اندلاع") right before the trigger."""
    lex = _lexicon()
    fears = trie_regex(normalize(w) for w in lex.fears)
    onsets = trie_regex(normalize(w) for w in lex.onsets)
    return re.compile(
        rf"(?<!\w)[وف]?(?:{fears})(?:\s+[^\s.,،؛:!?]+)?\s+من\s+(?:[وف]?(?:{onsets})\s+)?$"
    )


def _is_feared(norm_text: str, start: int) -> bool:
    """"وسط مخاوف المزارعين من اعتداءات المستعمرين": the attacks feared, not one that happened."""
    return _feared().search(norm_text, max(0, start - 40), start) is not None


def _is_irrealis(norm_text: str, start: int) -> bool:
    if _is_feared(norm_text, start):
        return True
    particle, verbs = _perfect()
    irrealis = _irrealis()
    # "وسط مخاوف وتحذيرات من انفجار": the word after its conjunction (not "فقد", lost)
    before = [
        w[1:] if w[:1] in CONJUNCTIONS and w[1:] in irrealis and w[1:] != particle else w
        for w in WORD.findall(norm_text[max(0, start - 30) : start])[-2:]
    ]
    if not any(w in irrealis for w in before):
        return False
    following = [*before[1:], *WORD.findall(norm_text[start : start + 20])[:1]]
    return any(
        w in irrealis and not (w == particle and k < len(following) and following[k] in verbs)
        for k, w in enumerate(before)
    )


@functools.cache
def _accused_courses() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = _lexicon().accused_courses
    return tuple(frozenset(normalize(w) for w in words)  # type: ignore[return-value]
                 for words in (lex.accusations, lex.doing, lex.acts))


def _is_accused_course(norm_text: str, start: int, word: str) -> bool:
    """"متهمة الجماعة بشن هجمات على السفن"، "فرضت عقوبات ... متهمة الجيش بشن غارات": sanctions
    and designations that give a course of attacks as their reason report no one attack (a
    report's own "اتهمت الحكومة الجماعة بشن هجمات على القرى" still does)."""
    accusations, doing, acts = _accused_courses()
    if word not in acts:
        return False
    before = [w.removeprefix(AND) for w in WORD.findall(norm_text[max(0, start - 90) : start])[-8:]]
    return bool(before) and before[-1] in doing and any(w in accusations for w in before[:-1])


def find_triggers(norm_text: str) -> list[Trigger]:
    """Realised violent triggers in normalised text, left to right."""
    masked = mask_neutral(norm_text)
    found, dropped_end = [], -1
    for s, e, word, kind in _matcher().finditer(masked):
        # "جراء القصف والمعارك": a trigger joined by "و" to one just dropped goes with it
        joined = dropped_end >= 0 and masked[dropped_end:s].strip() == AND
        if _is_irrealis(masked, s) or joined or _is_accused_course(masked, s, word):
            dropped_end = e
        else:
            found.append(Trigger(kind, s, e, word))
            dropped_end = -1
    killings = [*finishing_verbs(masked), *beheadings(masked)]  # their words apart: "قضت ... على"
    finishing = [Trigger(KILLING, s, e, word) for s, e, word in killings
                 if not _is_irrealis(masked, s) and not any(t.start <= s < t.end for t in found)]
    return sorted([*found, *finishing], key=lambda t: t.start) if finishing else found


def event_type(triggers: list[Trigger]) -> str:
    """The most specific type among triggers ("other" when there are none)."""
    kinds = {t.type for t in triggers}
    return next((k for k in precedence() if k in kinds), "other")

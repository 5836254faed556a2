"""Armed actors: who is named in a sentence, and whether they attacked or were hit.

The gazetteer (``gazetteers/actors.yaml``) holds every actor once with its spellings; one
compiled alias pattern finds them all in a single pass over normalised text. Roles come
from the words around a mention: the subject of an attack verb ("استهدفت قوات النظام"),
the agent of an attack noun ("بقصف من", "برصاص") → perpetrator; the object of
"على مواقع"، "عناصر من"، "استهداف" → target; anything else → mentioned.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from typing import Literal

from streams.extraction.arabic import AliasMatcher, clitic_variants, normalize
from streams.extraction.data import Strict, load
from streams.records import Actor

__all__ = [
    "ActorEntry",
    "ActorMention",
    "actor_entries",
    "assign_roles",
    "find_actors",
    "suggest",
    "to_actor",
]

Kind = Literal[
    "government", "government_ally", "russia", "iran_axis", "jihadist", "opposition", "kurdish",
    "turkey", "coalition", "israel", "palestinian", "insurgent", "paramilitary", "unknown",
]


class ActorRow(Strict):
    """One actor of ``gazetteers/actors.yaml``."""

    id: str
    name_ar: str
    name_en: str
    kind: Kind
    group: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


@functools.cache
def actor_rows() -> tuple[ActorRow, ...]:
    return load("gazetteers/actors.yaml", tuple[ActorRow, ...])

WORD = re.compile(r"\w+")
ROLE_RANK = {"mentioned": 0, "target": 1, "perpetrator": 2}


def _norm_set(*words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


# Finite attack verbs: the actor after them (VSO) or before them (SVO) did it.
ATTACK_VERBS = _norm_set(
    "استهدف", "استهدفت", "استهدفوا", "قصف", "قصفت", "قصفوا", "هاجم", "هاجمت", "هاجموا", "شن",
    "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "اغتال", "اغتالت", "فجر", "فجرت", "أطلق", "أطلقت",
    "أعدم", "أعدمت", "قنص", "قنصت", "كمن", "كمنت", "دمر", "دمرت", "أسقط", "أسقطت", "اقتحم",
    "اقتحمت", "تسلل", "تسللت", "استهدفتها", "استهدفه", "يستهدف", "تستهدف", "تقصف", "يقصف",
    "يشن", "تشن", "تواصل", "يواصل", "واصل", "واصلت", "جدد", "جددت", "صعد", "صعدت",
    "وجهت", "وجه", "أغار", "أغارت", "اعتدت", "اعتدى", "خطف", "خطفت",
    "اختطف", "اختطفت", "اعتقل", "اعتقلت", "تصدت", "تصدى", "دهم", "دهمت", "داهم", "داهمت",
)
# Retaliation verbs: their subject answered fire, so it was the one attacked
# ("ردت القوات التركية على مصادر النيران").
RETALIATION_VERBS = _norm_set("رد", "ردت", "ردوا", "يرد", "ترد", "يردون", "تردان")
# Casualty words right before an actor: it is the one killed or hurt ("قُتل جندي تركي").
CASUALTY_CUES = _norm_set("قتل", "مقتل", "أصيب", "إصابة", "جرح", "استشهد", "مصرع", "قتلت", "أصيبت")
# Attack nouns whose following genitive is the attacker ("قصف قوات النظام"، "هجوم لداعش").
AGENT_NOUNS = _norm_set(
    "قصف", "هجوم", "هجمات", "غارة", "غارات", "ضربات", "ضربة", "نيران", "رصاص", "كمين",
    "قذائف", "قذيفة", "صواريخ", "صاروخ", "طائرة", "طائرات", "مسيرة", "مسيرات", "طيران",
    "مدفعية", "قناص", "قناصة", "رشاشات", "عبوة", "اعتداء", "اعتداءات", "تفجير", "قبل", "يد",
    "قصفا", "هجوما", "استهدافا", "سلاح", "نار", "قوات", "عدوان", "ضربة", "قصفه", "قنابل",
    "ألغام", "لغم", "انتحاري", "إنزال", "عملية", "استهداف",
)
# Nisba adjectives an attack noun may carry before its agent ("قصف مدفعي لقوات النظام").
ATTACK_ADJECTIVES = _norm_set(
    "مدفعي", "مدفعية", "صاروخي", "صاروخية", "جوي", "جوية", "بري", "برية", "عنيف", "عنيفة",
    "مكثف", "مكثفة", "متقطع", "متقطعة", "مباشر", "مباشرة", "جديد", "جديدة", "مماثل", "مماثلة",
    "مسيرة", "مسيّرة", "انتحارية", "حربية", "ثقيلة", "ثقيل", "مسلح", "مباغت", "إرهابي",
)
# People nouns right after an attack verb: the subject's head, so the actor after them did it
# ("هاجم عناصر من داعش"، "اغتال مسلحون من الهيئة").
SUBJECT_HEADS = _norm_set(
    "عناصر", "عنصر", "مسلحون", "مسلحين", "مقاتلو", "مقاتلون", "مجموعة", "مجموعات", "خلية",
    "خلايا", "دورية", "قوة", "قوات", "طائرة", "طائرات", "مسيرة", "مقاتلات", "أفراد", "عناصر",
)
# Action nouns whose following genitive is the one hit ("استهداف دورية"، "اغتيال قيادي").
OBJECT_NOUNS = _norm_set("استهداف", "اغتيال", "مهاجمة", "تصفية", "خطف", "اختطاف", "اعتقال")
# Words right before an actor that make it the target.
TARGET_CUES = _norm_set(
    "على", "ضد", "مواقع", "موقع", "نقاط", "نقطة", "مقر", "مقرات", "صفوف", "عناصر", "عنصر",
    "عنصرا", "عنصرين", "مقاتلين", "مقاتلي", "مقاتلا", "دورية", "دوريات", "رتل", "أرتال", "أرتالا",
    "تجمعات", "تجمع", "تحصينات", "حاجز", "حواجز", "قيادي", "قياديا", "قياديين", "جنود", "جندي",
    "جنديا", "مستودع", "مستودعات", "آليات", "آلية", "سيارة", "تمركز", "لتمركز", "معاقل", "معقل",
    "قاعدة", "منشآت", "مخازن", "مسلحي", "ضابط", "ضباط", "ضابطا", "مناطق", "خطوط", "ثكنة",
    "عربة", "دبابة", "مدرعة", "بين", "منهم", "قتلى", "جرحى", "أفراد", "أحد", "عسكريين",
    "عسكريا", "صفوفهم", "مجموعة", "خلية", "أنصار", "لعناصر", "حافلة", "مركز", "مراكز",
)


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name_ar: str
    name_en: str
    kind: str
    group: str


@dataclass(frozen=True)
class ActorMention:
    entry: ActorEntry
    start: int
    end: int
    alias: str


@functools.cache
def actor_entries() -> dict[str, ActorEntry]:
    """All actors by id, read once from the gazetteer."""
    return {r.id: ActorEntry(r.id, r.name_ar, r.name_en, r.kind, r.group) for r in actor_rows()}


def suggest(actor_id: str, n: int = 3) -> list[str]:
    """The known actor ids closest to an unknown one (for error messages)."""
    return difflib.get_close_matches(actor_id, actor_entries(), n=n, cutoff=0.5)


@functools.cache
def _matcher() -> AliasMatcher[ActorEntry]:
    entries = actor_entries()
    return AliasMatcher({alias: entries[r.id] for r in actor_rows() for alias in (r.name_ar, *r.aliases)})


@functools.cache
def _adjectives() -> AliasMatcher[ActorEntry]:
    entries = actor_entries()
    return AliasMatcher({a: entries[r.id] for r in actor_rows() for a in r.adjectives})


def find_actors(norm_text: str) -> list[ActorMention]:
    """Actor mentions in normalised text, left to right: names anywhere, nationality
    adjectives only as the agent of an attack noun ("قصف مدفعي تركي" → Turkish forces)."""
    found = [ActorMention(v, s, e, a) for s, e, a, v in _matcher().finditer(norm_text)]
    taken = [(m.start, m.end) for m in found]
    for s, e, a, v in _adjectives().finditer(norm_text):
        if any(ts <= s < te for ts, te in taken):
            continue
        before = _words_before(norm_text, s, 1)
        if before and _has(before, AGENT_NOUNS):
            found.append(ActorMention(v, s, e, a))
    return sorted(found, key=lambda m: m.start) if len(found) > len(taken) else found


def _words_before(norm_text: str, start: int, n: int) -> list[str]:
    """The ``n`` words before ``start``: clitic letters ("ل" of "لقوات") and the nisba
    adjectives of an attack noun ("قصف مدفعي") are skipped."""
    words = [w for w in WORD.findall(norm_text[max(0, start - 80) : start]) if not _is_clitic(w)]
    nouns = AGENT_NOUNS | ATTACK_ADJECTIVES
    while len(words) > 1 and _has(words[-1:], ATTACK_ADJECTIVES) and _has(words[-2:-1], nouns):
        words.pop()
    return words[-n:]


def _is_clitic(word: str) -> bool:
    return len(word) <= 2 and all(ch in "وفبلك" for ch in word)


def _has(words: list[str], lexicon: frozenset[str]) -> bool:
    return any(f in lexicon or (len(f) > 3 and f.endswith("ا") and f[:-1] in lexicon)
               for w in words for f in clitic_variants(w))


def _is_subject(before: list[str]) -> bool:
    """"هاجمت مجموعة من عناصر <actor>": only subject heads and "من" back to an attack verb."""
    k = len(before) - 1
    if k >= 0 and before[k] == "من":
        k -= 1
    if k < 1 or not _has(before[k : k + 1], SUBJECT_HEADS):
        return False
    while k >= 0 and (before[k] == "من" or _has(before[k : k + 1], SUBJECT_HEADS)):
        k -= 1
    return k >= 0 and _has(before[k : k + 1], ATTACK_VERBS)


def _role(norm_text: str, mention: ActorMention, verbs: list[int]) -> str:
    head = mention.alias.split(" ", 1)[0]
    if " " in mention.alias and _has([head], AGENT_NOUNS - {"قوات"}):
        return "perpetrator"  # a name that is itself an attack: "القصف الروسي"، "غارات التحالف"
    before = _words_before(norm_text, mention.start, 5)
    if _is_subject(before):
        return "perpetrator"
    before = before[-2:]
    if before and _has(before[-1:], OBJECT_NOUNS):
        return "target"
    if before and _has(before[-1:], TARGET_CUES):
        return "target"
    if _answers_fire(norm_text, mention.end) or (before and _has(before[-1:], RETALIATION_VERBS)):
        return "target"
    if before and _has(before[-1:], CASUALTY_CUES):
        return "target"  # "قُتل جندي تركي"، "مقتل عناصر النظام": the victim
    if before and _has(before[-2:], AGENT_NOUNS | ATTACK_VERBS):
        return "perpetrator"
    if len(before) == 2 and _has(before[-2:-1], TARGET_CUES):
        return "target"
    nxt = [v for v in verbs if v >= mention.end]
    if nxt and len(WORD.findall(norm_text[mention.end : nxt[0]])) <= 6:
        return "perpetrator"
    return "mentioned"


def _answers_fire(norm_text: str, end: int) -> bool:
    """"القوات التركية ردت على مصادر النيران": the actor right before a retaliation verb."""
    words = WORD.findall(norm_text[end : end + 40])[:2]
    return any(f in RETALIATION_VERBS for w in words for f in clitic_variants(w))


def assign_roles(norm_text: str, mentions: list[ActorMention]) -> dict[str, str]:
    """Each actor id's strongest role in this sentence (perpetrator > target > mentioned)."""
    verbs = [m.start() for m in WORD.finditer(norm_text) if _is_verb(m.group())]
    roles: dict[str, str] = {}
    for mention in mentions:
        role = _role(norm_text, mention, verbs)
        old = roles.get(mention.entry.id, "mentioned")
        roles[mention.entry.id] = role if ROLE_RANK[role] >= ROLE_RANK[old] else old
    return roles


def _is_verb(word: str) -> bool:
    return any(f in ATTACK_VERBS for f in clitic_variants(word))


def to_actor(entry: ActorEntry, role: str) -> Actor:
    """The record form of an actor with its role."""
    return Actor(entry.id, entry.name_ar, entry.name_en, role=role, kind=entry.kind)

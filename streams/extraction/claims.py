"""Who an account is attributed to, and whether another party disputes it.

"أعلنت وزارة الدفاع الروسية"، "بحسب المرصد السوري"، "نقلت سانا عن مصدر": an attribution
word followed (or preceded) closely by a known source or armed actor gives a claimant;
denials ("نفى"، "لا صحة"، "مزاعم") and a second source's different figure for the same toll
("، بينما قال الحاكم إن عدد القتلى لم يتجاوز ثلاثة") mark the account contested. Vocabulary
lives in ``lexicons/claims.yaml``.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from streams.extraction.actors import find_actors
from streams.extraction.arabic import COMMAS, AliasMatcher, clitic_variants, normalize, trie_regex
from streams.extraction.casualties import CasualtyItem, find_casualties, names_others
from streams.extraction.data import Strict, load

__all__ = ["denies", "find_claimants", "is_disputed", "retold_by_another_account", "rival_accounts"]

WORD = re.compile(r"\w+")
AFTER = 6
BEFORE = 3


class ClaimsLexicon(Strict):
    """``lexicons/claims.yaml``: attribution words, sources by canonical name, denials."""

    attribution: tuple[str, ...]
    speakers: tuple[str, ...]
    sources: dict[str, tuple[str, ...]]
    denial: tuple[str, ...]
    habitual_denial: tuple[str, ...]
    rival_openers: tuple[str, ...]
    rival_reports: tuple[str, ...]
    rival_heads: dict[Literal["killed", "injured"], tuple[str, ...]]
    that_words: tuple[str, ...]
    diverging: tuple[str, ...]
    only_words: tuple[str, ...]
    earlier_verbs: tuple[str, ...]


@functools.cache
def _lex() -> ClaimsLexicon:
    return load("lexicons/claims.yaml", ClaimsLexicon)


@functools.cache
def _attribution() -> frozenset[str]:
    return frozenset(normalize(w) for w in _lex().attribution)


@functools.cache
def _sources() -> AliasMatcher[str]:
    table = _lex().sources
    return AliasMatcher({alias: name for name, aliases in table.items() for alias in aliases})


@functools.cache
def _denials() -> AliasMatcher[bool]:
    """Denial words (True), and the longer phrases of a party's habit of denying (False),
    which match first and deny nothing of this account."""
    table = dict.fromkeys(_lex().denial, True)
    table.update(dict.fromkeys(_lex().habitual_denial, False))
    return AliasMatcher(table)


def _cue_positions(norm: str) -> list[tuple[int, int]]:
    """(start, end) of every attribution word."""
    cues = _attribution()
    return [
        (m.start(), m.end())
        for m in WORD.finditer(norm)
        if any(f in cues for f in clitic_variants(m.group()))
    ]


def _near_cue(norm: str, start: int, end: int, cues: list[tuple[int, int]]) -> bool:
    for c_start, c_end in cues:
        if c_end <= start and len(WORD.findall(norm[c_end:start])) < AFTER:
            return True
        if end <= c_start and len(WORD.findall(norm[end:c_start])) < BEFORE:
            return True
    return False


def _right_after_cue(norm: str, start: int, cues: list[tuple[int, int]]) -> bool:
    """An actor directly after an attribution verb ("أعلنت قسد"), or after its speaker there
    ("أعلن المتحدث باسم الجيش"), is speaking."""
    return any(
        c_end <= start and (not WORD.findall(norm[c_end:start]) or norm[c_end:start].strip() in _speakers())
        for _, c_end in cues
    )


@functools.cache
def _speakers() -> frozenset[str]:
    return frozenset(normalize(w) for w in _lex().speakers)


def find_claimants(norm: str, country: str | None = None) -> list[str]:
    """Sources the sentence attributes its account to, canonical Arabic names, in order;
    ``country`` is the story's, which generic names ("أعلن الجيش") are read by."""
    cues = _cue_positions(norm)
    if not cues:
        return []
    found: list[tuple[int, str]] = []
    for start, end, _, name in _sources().finditer(norm):
        if _near_cue(norm, start, end, cues):
            found.append((start, name))
    taken = [s for s, _ in found]
    for mention in find_actors(norm, country):
        if mention.start not in taken and _right_after_cue(norm, mention.start, cues):
            found.append((mention.start, mention.entry.name_ar))
    return list(dict.fromkeys(name for _, name in sorted(found)))


@functools.cache
def _rival_opener() -> re.Pattern[str]:
    words = trie_regex(normalize(w) for w in _lex().rival_openers)
    return re.compile(rf"(?:^|[{COMMAS}])\s*(?:{words})(?!\w)")


@functools.cache
def _rival_heads() -> AliasMatcher[str]:
    return AliasMatcher({head: kind for kind, heads in _lex().rival_heads.items() for head in heads})


@functools.cache
def _rival_reports() -> AliasMatcher[bool]:
    return AliasMatcher(dict.fromkeys(_lex().rival_reports, True))


@functools.cache
def _diverging() -> AliasMatcher[bool]:
    return AliasMatcher(dict.fromkeys(_lex().diverging, True))


def _diverges_before(norm: str, end: int) -> bool:
    """The sentence says, before ``end``, that its sources' figures differ."""
    return any(start < end for start, *_ in _diverging().finditer(norm))


@functools.cache
def _only_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _lex().only_words)


@functools.cache
def _earlier_verbs() -> frozenset[str]:
    return frozenset(normalize(w) for w in _lex().earlier_verbs)


def _earlier(part: str) -> bool:
    """"كانت الخلية قد أعلنت": the part tells an earlier account (``earlier_verbs`` then "قد")."""
    words = WORD.findall(part)
    verbs = _earlier_verbs()
    return any(w in verbs and "قد" in words[k + 1 : k + 5] for k, w in enumerate(words))


def _only(part: str, item: CasualtyItem) -> bool:
    """"إن 11 قتلوا فقط"، "إن 9 فقط": the figure said to be all, within three words after it."""
    return any(w in _only_words() for w in WORD.findall(part, item.end)[:3])


def _speaks_of_figures(part: str) -> bool:
    return any(True for _ in _rival_reports().finditer(part))


@functools.cache
def _that_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _lex().that_words)


def _says_that(part: str, start: int) -> bool:
    """An attribution word, then "إن"/"أن", before ``start``: the figure is what a source says
    ("قالت مصادر محلية إن 22 جندياً قتلوا"), not a further death a source is named for ("فيما
    استشهد شاب ثالث ... بزعم محاولته")."""
    that = [m.start() for m in WORD.finditer(part, 0, start) if m.group() in _that_words()]
    return any(c_end <= t for _, c_end in _cue_positions(part) for t in that)


def rival_accounts(norm: str) -> list[tuple[int, int, frozenset[str]]]:
    """Spans of the sentence that give another source's figure for a toll the sentence has
    already counted: "قتل 42 شخصاً، فيما قال الجيش إن الحصيلة 23 قتيلاً"، "وثق المرصد مقتل ستة،
    فيما تحدثت مصادر محلية عن سبعة قتلى". Each span comes with the kinds it disputes: a
    figure of a kind not counted before it ("، في حين أعلنت الوزارة في حصيلة أولية استشهاد 71
    وإصابة 289" after a count of the dead only) is the only figure of that kind, and counts."""
    spans = []
    for m in _rival_opener().finditer(norm):
        end = next((o.start() for o in _rival_opener().finditer(norm, m.end())), len(norm))
        part = norm[m.end() : end]
        diverging = _diverges_before(norm, m.start())
        if not _cue_positions(part) and not diverging:
            continue
        kinds = {kind for _, _, _, kind in _rival_heads().finditer(part)}
        # the part's own figures of each kind ("إن الحصيلة 25 قتيلاً و33 جريحاً")
        counted = [i for i in find_casualties(part, find_actors(part)) if i.value is not None]
        prefix = norm[: m.start()]
        before = [i for i in find_casualties(prefix, find_actors(prefix)) if i.value is not None]
        if not kinds and not _earlier(part) and (diverging or any(_only(part, i) for i in counted)):
            # "تضاربت الروايات ...، بينما قال قائد إن خمسة جنود قتلوا"، "، في حين قالت الشرطة إن
            # 11 قتلوا فقط": the same toll told by another account, whatever side it names
            told = {i.kind for i in before}
            kinds = {i.kind for i in counted if i.kind in told and (diverging or _only(part, i))}
            if not kinds:
                continue
        elif not kinds and not _speaks_of_figures(part):  # "، فيما تحدثت مصادر محلية عن سبعة قتلى"
            # "، بينما قالت مصادر محلية إن 22 جندياً قتلوا": the same people counted again, by
            # another source; other people ("إن ثلاثة مدنيين قتلوا" after soldiers), or people of
            # no side the sentence tells, are more dead
            again = {(i.kind, i.group) for i in before if i.group}
            kinds = {i.kind for i in counted if (i.kind, i.group) in again and _says_that(part, i.start)}
            if not kinds:
                continue
        kinds |= {i.kind for i in counted}
        disputed = frozenset(item.kind for item in before if item.kind in kinds)
        if disputed:
            spans.append((m.start(), end, disputed))
    return spans


def retold_by_another_account(norm: str, items: list[CasualtyItem]) -> list[CasualtyItem]:
    """The counts of a clause less those a second account gives again: the same figure of the
    same kind for the same side, told after an attribution and "إن" that follow the first
    ("قال الجيش إن خمسة جنود قتلوا، وقالت الحركة إن مقاتليها قتلوا خمسة جنود": five dead, told
    by both sides). People "آخرين" after the figure are more dead, not the same ones."""
    kept: list[CasualtyItem] = []
    for item in items:
        if not any(_same_toll_retold(norm, told, item) for told in kept):
            kept.append(item)
    return kept


def _same_toll_retold(norm: str, told: CasualtyItem, item: CasualtyItem) -> bool:
    if item.value is None or (told.kind, told.value) != (item.kind, item.value):
        return False
    if item.group not in (told.group, None) or told.end > item.start:
        return False
    after = WORD.findall(norm, item.end)[:1]
    if any(names_others(w) for w in after + WORD.findall(norm[item.start : item.end])):
        return False
    return _says_that(norm[told.end :], item.start - told.end)


def denies(norm: str) -> bool:
    """True when the text has a denial word (not a party's habit of denying)."""
    return any(real for *_, real in _denials().finditer(norm))


def is_disputed(norm: str) -> bool:
    """True when the sentence reports a denial or dispute of an account."""
    return denies(norm) or bool(rival_accounts(norm))

"""Arabic text normalisation: the one home for orthographic rules.

Search (SQLite and Elasticsearch) and extraction both go through ``normalize`` so that a
query or a gazetteer entry matches text however it was spelled: with or without diacritics,
tatweel, any alef/hamza form, ta marbuta or ha, alef maqsura or ya, Arabic-Indic digits.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

__all__ = [
    "AND",
    "ARABIC_LETTER",
    "ARTICLE",
    "CLITIC_PREFIX",
    "COMMAS",
    "SEMICOLONS",
    "SENTENCE_MARKS",
    "TANWIN_ALEF",
    "TOKEN_CACHE",
    "AliasMatcher",
    "arabic_ratio",
    "clitic_variants",
    "free_form",
    "normalize",
    "normalize_with_offsets",
    "to_ascii_digits",
    "tokens",
    "trie_regex",
    "unfolded_spellings",
]

V = TypeVar("V")

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
_DROPPED = re.compile(DIACRITICS.pattern[:-1] + TATWEEL + "]+")  # what ``normalize`` removes
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# Runs of letters: ``arabic_ratio`` sums their lengths, a fifth of the matches of one per letter.
ARABIC_LETTERS = re.compile(ARABIC_LETTER.pattern + "+")
# ASCII bytes that are not Latin letters: ``arabic_ratio`` counts Latin letters in the text's
# ASCII part, a tenth of the time of a regex over Arabic text.
_NOT_LATIN_LETTERS = bytes(b for b in range(128) if not (65 <= b <= 90 or 97 <= b <= 122))
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


# Digits and letters folded as (variant, form) pairs, each applied with ``str.replace`` when
# the text holds it: ``str.translate`` with a table that maps non-Latin characters looks every
# character up in the table (65 µs for a 1,400-character article), the replacements take 2 µs.
# No form is itself a variant, so the order of the pairs does not matter.
_FOLD: tuple[tuple[str, str], ...] = tuple(
    (chr(variant), chr(form) if isinstance(form, int) else str(form))
    for variant, form in {**_DIGITS, **_LETTERS}.items()
)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; everything else unchanged."""
    return text.translate(_DIGITS)


def normalize(text: str) -> str:
    """Fold spelling variants so that equal words compare equal.

    Lower-cases Latin text too, so one normalised field serves mixed-language search.
    """
    return _fold(_DROPPED.sub("", text))


def _fold(text: str) -> str:
    """Spelling variants and digits to one form, lower-cased (marks already removed): one
    character in, one character out, except for a few non-Arabic letters' lower case."""
    for variant, form in _FOLD:
        if variant in text:
            text = text.replace(variant, form)
    return text.lower()


def tokens(text: str) -> list[str]:
    """Normalised word tokens (letters and digits), in order."""
    return TOKEN.findall(normalize(text))


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic: 0.0 for none, 1.0 for all."""
    arabic = sum(map(len, ARABIC_LETTERS.findall(text)))
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN_LETTERS))
    total = arabic + latin
    return arabic / total if total else 0.0


# --- Clitics and alias matching ------------------------------------------------------------
# Gazetteers and lexicons hold bare words ("الجيش السوري", "إدلب"); running text glues
# conjunctions and prepositions onto them ("والجيش", "بإدلب", "للجيش" = ل + الجيش).
# The rules for those clitics live here, next to the other spelling rules.

CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
# The conjunction that joins the parts of a number and the items of a list ("خمسة وعشرين").
AND = "و"
ARTICLE = "ال"
# The alef of the indefinite accusative ("قصفاً" is written "قصفا" without its tanwin).
TANWIN_ALEF = "ا"
# Punctuation, Arabic and Latin forms: commas, semicolons (clause ends), sentence ends.
COMMAS = "،,"
SEMICOLONS = "؛;"
SENTENCE_MARKS = ".!?؟"
# Lazy: a whole word that is itself a name wins over a clitic split of it ("كبانة" is not
# "ك" + "بانة", "لبنان" not "ل" + "بنان"), unless the split makes a longer name
# ("بأم درمان" is "ب" + "أم درمان", not the town "بام"; ``AliasMatcher.finditer``).
CLITIC_PREFIX = "[وف]??[بلك]??"
_CLITIC = re.compile("[وف]?[بلك]?")
_CLITIC_LETTERS = frozenset("وفبلك")


# Per-token caches hold 8,192 words each (about 1.5 MB): 65,536 held ~24 MB together once a
# worker had read enough distinct words, for no measurable speed (bench/README.md, Kafka pipeline).
TOKEN_CACHE = 8192


@functools.lru_cache(maxsize=TOKEN_CACHE)
def clitic_variants(token: str) -> tuple[str, ...]:
    """A normalised token and the stems left after peeling proclitics (و، ف، ب، ل، ك، لل).

    Longest form first; stems shorter than two letters are not offered.
    """
    forms = [token]
    rest = token
    if len(rest) > 3 and rest[0] in CONJUNCTIONS:
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 3 and rest[0] in PREPOSITIONS:
        if rest.startswith("لل"):
            forms.append(ARTICLE + rest[2:])
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 3 and rest.startswith(ARTICLE):
        forms.append(rest[2:])
    return tuple(dict.fromkeys(forms))


def free_form(stem: str) -> str:
    """A noun stem cut from before a suffix, in its free normalised form: the ta marbuta of a
    feminine noun is written ta before a suffix ("والدت" of "والدتهما" is "والده")."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def unfolded_spellings(word: str) -> set[str]:
    """``word``, its normalised form, and spellings of that form which ``normalize`` folds
    back into it: each bare alef as a hamza alef, and with a final ha, every ha as ta marbuta
    (for looking a word up in a word list that is not normalised)."""
    folded = normalize(word)
    alefs = [i for i, ch in enumerate(folded) if ch == "ا"]
    forms = {word, folded, *(folded[:i] + a + folded[i + 1 :] for i in alefs for a in "أإآ")}
    return forms | {f.replace("ه", "ة") for f in forms if f.endswith("ه")}


def _trie_pattern(node: dict[str, dict]) -> str:
    """Regex source for a character trie; optional tails are greedy, so longer wins."""
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation for many words, factored as a trie (fast on large lists)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


class AliasMatcher(Generic[V]):
    """Finds whole-word aliases (with proclitics) in normalised text in one regex pass.

    ``mapping`` goes from alias (any spelling; normalised here) to a value. Matches are
    leftmost-longest and never overlap; ``finditer`` yields (start, end, alias, value) with
    the span of the alias itself, clitics excluded.
    """

    def __init__(self, mapping: dict[str, V]) -> None:
        self.values: dict[str, V] = {}
        self._after_lam: dict[str, str] = {}
        for alias, value in mapping.items():
            key = " ".join(tokens(alias))
            if not key:
                continue
            self.values[key] = value
            if key.startswith(ARTICLE) and len(key) > 3:
                self._after_lam["ل" + key[2:]] = key
        forms = list(self.values) + list(self._after_lam)
        trie = trie_regex(forms)
        self.pattern = re.compile(rf"(?<![\w])(?P<pre>{CLITIC_PREFIX})(?P<word>{trie})(?![\w])")
        self._word = re.compile(rf"(?P<word>{trie})(?![\w])")

    def finditer(self, norm_text: str) -> Iterator[tuple[int, int, str, V]]:
        pos = 0
        while (m := self.pattern.search(norm_text, pos)) is not None:
            pos = m.end()
            word, pre = m.group("word"), m.group("pre")
            split = None if pre else self._longer_split(norm_text, m)
            if split is not None:  # matches inside a longer split are part of that name
                pos, key = split.end(), split.group("word")
                yield split.start("word"), split.end("word"), key, self.values[key]
                continue
            key = word
            start, end = m.start("word"), m.end("word")
            if word not in self.values:
                if pre.endswith("ل"):
                    key = self._after_lam[word]
                elif word[1:] in self.values:  # "لهجوم": the regex took "ل" into "الهجوم"'s form
                    start, key = start + 1, word[1:]
                elif (lam := self._after_lam_word(norm_text, start, word)) is not None:
                    start, end, key = lam
                    pos = end
                else:
                    continue
            yield start, end, key, self.values[key]

    def _after_lam_word(self, norm_text: str, at: int, word: str) -> tuple[int, int, str] | None:
        """"لجيش ميانمار": the lazy prefix let "لجيش" (the form of "الجيش" after "ل") take the
        word and that reading failed; read "ل" as the preposition before a name instead."""
        if not word.startswith("ل"):
            return None
        masked = f"{norm_text[:at]} {norm_text[at + 1 :]}"  # the pattern needs a word start
        m = self.pattern.match(masked, at + 1)
        if m is None or m.group("pre") or m.group("word") not in self.values:
            return None
        return m.start("word"), m.end("word"), m.group("word")

    def _longer_split(self, norm_text: str, m: re.Match[str]) -> re.Match[str] | None:
        """A clitic split of a whole-word match that reaches further: "بام درمان"."""
        start, end = m.start("word"), m.end("word")
        if norm_text[start] not in _CLITIC_LETTERS or end >= len(norm_text) or norm_text[end] != " ":
            return None  # only a name that goes on past this word can be longer
        clitic = _CLITIC.match(norm_text, start, end - 1)
        for k in range(len(clitic.group()) if clitic else 0, 0, -1):
            longer = self._word.match(norm_text, start + k)
            if longer is not None and longer.end() > m.end() and longer.group("word") in self.values:
                return longer
        return None


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` plus, for each output character, its index in ``text``.

    The dropped marks are cut out in runs and the rest folded as one string; only a text whose
    folding changes its length (a few non-Arabic letters lower-case to two characters) is
    folded one character at a time, which took a fifth of extraction's time on long articles.
    """
    kept: list[str] = []
    offsets: list[int] = []
    start = 0
    for mark in _DROPPED.finditer(text):
        kept.append(text[start : mark.start()])
        offsets.extend(range(start, mark.start()))
        start = mark.end()
    kept.append(text[start:])
    offsets.extend(range(start, len(text)))
    folded = _fold("".join(kept))
    if len(folded) == len(offsets):
        return folded, offsets
    return _normalize_each(text)


def _normalize_each(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch == TATWEEL or DIACRITICS.match(ch):
            continue
        folded = _fold(ch)
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets

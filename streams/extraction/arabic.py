"""Arabic text normalisation: the one home for orthographic rules.

Search (SQLite and Elasticsearch) and extraction both go through ``normalize`` so that a
query or a gazetteer entry matches text however it was spelled: with or without diacritics,
tatweel, any alef/hamza form, ta marbuta or ha, alef maqsura or ya, Arabic-Indic digits.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

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


class _Hit(NamedTuple):
    """One alias found in a text: ``text[start:word_start]`` are its proclitics,
    ``text[word_start:end]`` the alias form itself."""

    start: int
    word_start: int
    end: int

    def pre(self, text: str) -> str:
        return text[self.start : self.word_start]

    def word(self, text: str) -> str:
        return text[self.word_start : self.end]


_WORD_RUN = re.compile(r"\w+")


# The texts whose words were listed last: the places, the actors and each lexicon's matcher
# read the same clause one after another (7 reads of a text on average over the evaluation
# sets), and listing its words was the matchers' largest cost.
TEXT_CACHE = 256


class _TextWords(NamedTuple):
    """A text's distinct words with where each starts, and the words opening with a clitic
    letter under what is left of them without one or two letters."""

    starts: dict[str, list[int]]
    stems: dict[str, list[str]]


@functools.lru_cache(maxsize=TEXT_CACHE)
def _text_words(text: str) -> _TextWords:
    starts: dict[str, list[int]] = {}
    for run in _WORD_RUN.finditer(text):
        starts.setdefault(run.group(), []).append(run.start())
    stems: dict[str, list[str]] = {}
    for word in starts:
        if word[0] in _CLITIC_LETTERS:
            stems.setdefault(word[1:], []).append(word)
            stems.setdefault(word[2:], []).append(word)
    return _TextWords(starts, stems)


class AliasMatcher(Generic[V]):
    """Finds whole-word aliases (with proclitics) in normalised text.

    ``mapping`` goes from alias (any spelling; normalised here) to a value. Matches are
    leftmost-longest and never overlap; ``finditer`` yields (start, end, alias, value) with
    the span of the alias itself, clitics excluded.

    An alias is looked up by its first word, then as a whole, in dictionaries, not with one
    regex of every alias: the gazetteer's 22,000 names made a 167 KB pattern that took
    ``re.compile`` 1.2 s in every process, most of a worker's or a command's start
    (bench/README.md, start-up), and a dictionary matches as fast.
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
        self._forms = frozenset(self.values) | frozenset(self._after_lam)
        # The most words a form opening with a given word has: how far to look past it.
        self._widest: dict[str, int] = {}
        for form in self._forms:
            first, *rest = form.split(" ")
            self._widest[first] = max(self._widest.get(first, 0), len(rest) + 1)

    def finditer(self, norm_text: str) -> Iterator[tuple[int, int, str, V]]:
        openings = self._openings(norm_text)
        pos = 0
        while (hit := self._search(norm_text, openings, pos)) is not None:
            pos = hit.end
            word, pre = hit.word(norm_text), hit.pre(norm_text)
            split = None if pre else self._longer_split(norm_text, hit)
            if split is not None:  # matches inside a longer split are part of that name
                pos, key = split.end, split.word(norm_text)
                yield split.word_start, split.end, key, self.values[key]
                continue
            key = word
            start, end = hit.word_start, hit.end
            if word not in self.values:
                if pre.endswith("ل"):
                    key = self._after_lam[word]
                elif word[1:] in self.values:  # "لهجوم": "ل" was read into "الهجوم"'s form
                    start, key = start + 1, word[1:]
                elif (lam := self._after_lam_word(norm_text, start, word)) is not None:
                    start, end, key = lam
                    pos = end
                else:
                    continue
            yield start, end, key, self.values[key]

    def _openings(self, text: str) -> tuple[list[int], list[str]]:
        """The words that may open an alias, bare or after clitics, and where they start, in
        order. Most words of a text open none: its distinct words are checked once, in sets."""
        widest = self._widest
        words = _text_words(text)
        found = words.starts.keys() & widest.keys()
        for stem in words.stems.keys() & widest.keys():
            found.update(words.stems[stem])
        pairs = sorted((start, word) for word in found for start in words.starts[word])
        return [start for start, _ in pairs], [word for _, word in pairs]

    def _search(self, text: str, openings: tuple[list[int], list[str]], pos: int) -> _Hit | None:
        """The first alias at a word start at or after ``pos``."""
        starts, words = openings
        for i in range(bisect.bisect_left(starts, pos), len(starts)):
            if (hit := self._match(text, starts[i], words[i])) is not None:
                return hit
        return None

    def _match(self, text: str, at: int, word: str) -> _Hit | None:
        """The alias at ``at``, the start of ``word``, with the fewest proclitics that find one:
        the whole word first ("كبانة" is not "ك" + "بانة", "لبنان" not "ل" + "بنان"), then a
        preposition, a conjunction, both."""
        clitics = [0]
        if word[0] in PREPOSITIONS:
            clitics.append(1)
        if word[0] in CONJUNCTIONS:
            clitics.append(1)
            if word[1:2] and word[1] in PREPOSITIONS:
                clitics.append(2)
        for length in clitics:
            widest = self._widest.get(word[length:])
            if widest is not None:
                end = self._longest_from(text, at + length, at + len(word), widest)
                if end is not None:
                    return _Hit(at, at + length, end)
        return None

    def _longest(self, text: str, at: int) -> int | None:
        """The end of the longest form at ``at`` that ends a word, if any."""
        run = _WORD_RUN.match(text, at)
        widest = None if run is None else self._widest.get(run.group())
        return None if run is None or widest is None else self._longest_from(text, at, run.end(), widest)

    def _longest_from(self, text: str, at: int, first_end: int, widest: int) -> int | None:
        """The end of the longest form at ``at`` whose first word ends at ``first_end``, of at
        most ``widest`` words."""
        if widest == 1:
            return first_end  # the word is a form by itself, and no longer one begins with it
        ends = [first_end]
        while len(ends) < widest and text[ends[-1] : ends[-1] + 1] == " ":
            run = _WORD_RUN.match(text, ends[-1] + 1)
            if run is None:
                break
            ends.append(run.end())
        return next((end for end in reversed(ends) if text[at:end] in self._forms), None)

    def _after_lam_word(self, norm_text: str, at: int, word: str) -> tuple[int, int, str] | None:
        """"لجيش ميانمار": the lazy prefix let "لجيش" (the form of "الجيش" after "ل") take the
        word and that reading failed; read "ل" as the preposition before a name instead."""
        run = _WORD_RUN.match(norm_text, at + 1) if word.startswith("ل") else None
        if run is None:
            return None
        hit = self._match(norm_text, at + 1, run.group())
        if hit is None or hit.pre(norm_text) or hit.word(norm_text) not in self.values:
            return None
        return hit.word_start, hit.end, hit.word(norm_text)

    def _longer_split(self, norm_text: str, hit: _Hit) -> _Hit | None:
        """A clitic split of a whole-word match that reaches further: "بام درمان"."""
        start, end = hit.word_start, hit.end
        if norm_text[start] not in _CLITIC_LETTERS or end >= len(norm_text) or norm_text[end] != " ":
            return None  # only a name that goes on past this word can be longer
        clitic = _CLITIC.match(norm_text, start, end - 1)
        for k in range(len(clitic.group()) if clitic else 0, 0, -1):
            longer = self._longest(norm_text, start + k)
            if longer is not None and longer > end and norm_text[start + k : longer] in self.values:
                return _Hit(start, start + k, longer)
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

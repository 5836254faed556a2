"""Towns GeoNames names only in Latin letters, found by the sound of their Arabic spelling.

GeoNames gives most towns outside the Arab world and its neighbours no Arabic name (in
Nigeria 884 of its 927 towns, in Turkey 3,635 of 3,968, in Pakistan 427 of 572), and the
Arabic press spells such a name as it sounds: "يوكسيكوفا" for Yüksekova, "موبي" for Mubi.
Both spellings are reduced to the same consonant skeleton: the Latin one letter by letter
(with the few orthographies that read a letter otherwise: Turkish "c" is "j"), the Arabic one
with every reading of its ambiguous letters ("ك" is "k" or a hard "g"; "و" and "ي" are
consonants or long vowels). No library does this (transliteration packages go from Arabic to
Latin in one scholarly scheme, not from the press's spellings of foreign names back to
GeoNames'), so the two tables below are written by hand, as data.

The match is only taken where a word for a town stands right before the name ("مدينة"، "بلدة":
`sound_town_words` in lexicons/places.yaml) and only among the towns of the countries the
article names (``places._sounded``): a skeleton is short, and without both a common word would
find some town somewhere.
"""

from __future__ import annotations

import unicodedata
from itertools import product

__all__ = ["MIN_CONSONANTS", "arabic_keys", "consonants", "latin_key"]

# Letters of Latin orthographies that ASCII folding would misread ("ş" is "sh", not "s").
LATIN_LETTERS = {
    "ş": "sh", "ș": "sh", "š": "sh", "ç": "ch", "č": "ch", "ć": "ch", "ğ": "", "ı": "i",
    "ž": "zh", "đ": "dj", "ß": "ss", "æ": "ae", "ø": "o", "ñ": "n",
}
# Countries whose Latin orthography writes "j" as "c" (Turkish, Azerbaijani).
C_IS_J = frozenset({"TR", "AZ"})
VOWELS = frozenset("aeiou")
# Latin letters and digraphs → skeleton symbols, longest first. Symbols: B F T D S Z X (sh) J G
# K Q (kh) H L M N R W Y.
LATIN_UNITS = (
    ("tsch", "X"), ("sch", "X"), ("tch", "X"), ("tsh", "X"), ("dzh", "J"),
    ("sh", "X"), ("ch", "X"), ("zh", "J"), ("dj", "J"), ("kh", "Q"), ("gh", "G"), ("th", "T"),
    ("dh", "D"), ("ph", "F"), ("ck", "K"), ("qu", "K"),
    ("b", "B"), ("p", "B"), ("f", "F"), ("v", "F"), ("t", "T"), ("d", "D"), ("s", "S"),
    ("z", "Z"), ("j", "J"), ("g", "G"), ("k", "K"), ("q", "K"), ("x", "KS"), ("h", "H"),
    ("l", "L"), ("m", "M"), ("n", "N"), ("r", "R"), ("w", "W"),
)
# Arabic letters → the symbols each may stand for ("" for a vowel or a letter not sounded).
ARABIC_LETTERS: dict[str, tuple[str, ...]] = {
    "ب": ("B",), "ت": ("T",), "ط": ("T",), "ث": ("S", "T"), "د": ("D",), "ض": ("D",),
    "ذ": ("D", "Z"), "س": ("S",), "ص": ("S",), "ز": ("Z",), "ظ": ("Z",), "ش": ("X",),
    "ج": ("J", "G"), "غ": ("G",), "ق": ("K", "G"), "ك": ("K", "G"), "خ": ("Q",), "ح": ("H",),
    "ه": ("H", ""), "ف": ("F",), "ل": ("L",), "م": ("M",), "ن": ("N",), "ر": ("R",),
    "و": ("W", ""), "ي": ("Y", ""), "ى": ("",), "ا": ("",), "أ": ("",), "إ": ("",), "آ": ("",),
    "ء": ("",), "ئ": ("",), "ؤ": ("",), "ع": ("",), "ة": ("",),
}
MAX_READINGS = 256  # readings of one Arabic word at most (two choices per ambiguous letter)
# Consonants a skeleton needs to be matched at all: "Téra" ("TR+") is a village's name as often,
# and "Biu" ("B") any word.
MIN_CONSONANTS = 3
# A word's skeleton marks a vowel that begins it with "_" and one that ends it with "+":
# "Ughelli" ("_GL+") is not "كالا" ("GL+"), though their consonants sound alike.
OPENING_VOWEL, CLOSING_VOWEL = "_", "+"
ARABIC_VOWEL_LETTERS = frozenset("اأإآعءئؤ")


def consonants(key: str) -> int:
    """The consonants of a skeleton, its vowel marks and spaces left out."""
    return sum(1 for c in key if c.isupper())


def _latin_symbols(word: str, country: str) -> str:
    out = []
    k = 0
    if word.startswith("ou") and word[2:3] in VOWELS and word[2:3]:
        out.append("W")  # French "Ouagadougou": the press writes "وا"
        k = 2
    elif word[:1] in VOWELS:
        out.append(OPENING_VOWEL)
    while k < len(word):
        c = word[k]
        nxt = word[k + 1] if k + 1 < len(word) else ""
        unit = next(((u, s) for u, s in LATIN_UNITS if len(u) > 1 and word.startswith(u, k)), None)
        if unit is not None:
            out.append(unit[1])
            k += len(unit[0])
            continue
        k += 1
        if c in VOWELS:
            continue
        if word[k - 2 : k - 1] == c:
            continue  # a doubled letter ("Kassala"), which Arabic writes once
        if c == "y":  # a consonant between vowels or before one at the start ("Yola", "Mayo")
            out.append("Y" if nxt in VOWELS and nxt and (k == 1 or word[k - 2] in VOWELS) else "")
        elif c == "c":
            out.append("J" if country in C_IS_J else "S" if nxt and nxt in "eiy" else "K")
        elif c == "h" and k == len(word) and k > 1 and word[k - 2] in VOWELS:
            break  # "Jeddah": the final "h" of a vowel is the Arabic "ة"/"ه", not sounded
        else:
            out.append(next((s for u, s in LATIN_UNITS if u == c), ""))
    last = word[-1:]
    if last in VOWELS or (last == "y" and out[-1:] == [""]) or (last == "h" and word[-2:-1] in VOWELS):
        out.append(CLOSING_VOWEL)
    return "".join(out)


def latin_key(name: str, country: str) -> str:
    """The skeleton of a Latin place name, word by word ("Yüksekova" → "YKSKF+", "Tak Bai" →
    "TK B+")."""
    lowered = "".join(LATIN_LETTERS.get(c, c) for c in name.lower())
    folded = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalpha() else " " for c in folded).split()
    return " ".join(_latin_symbols(w, country.upper()) for w in words)


def _readings(word: str) -> list[str]:
    options = [ARABIC_LETTERS.get(c, ("",)) for c in word]
    for k in range(1, len(word)):
        if word[k - 1 : k + 1] == "تش":  # the press's "ch": one sound
            options[k - 1], options[k] = ("",), ("X",)
    # a word's first letter is a consonant, or the alef or ain that carries its first vowel;
    # its last, a consonant or the long vowel it ends with
    if word[0] in ARABIC_VOWEL_LETTERS:
        options[0] = (OPENING_VOWEL,)
    else:
        options[0] = tuple(o for o in options[0] if o) or options[0]
    options[-1] = tuple(o or CLOSING_VOWEL for o in options[-1]) if len(word) > 1 else options[-1]
    readings = []
    for n, choice in enumerate(product(*options)):
        if n >= MAX_READINGS:
            break
        readings.append("".join(choice))
    return readings


def arabic_keys(words: list[str]) -> frozenset[str]:
    """Every skeleton an Arabic spelling of a foreign name may have, word by word ("موبي" →
    "MB+", "MWB+", …)."""
    keys = {" ".join(choice) for choice in product(*(dict.fromkeys(_readings(w)) for w in words))}
    return frozenset(keys)

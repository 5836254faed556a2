"""Properties of Arabic normalisation and number parsing, checked on generated text (hypothesis)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.extraction.arabic import (
    CLITIC_PREFIX,
    DIACRITICS,
    TATWEEL,
    AliasMatcher,
    arabic_ratio,
    normalize,
    normalize_with_offsets,
    to_ascii_digits,
    tokens,
    trie_regex,
)
from streams.extraction.numbers import lexicon, number_value, parse_quantity

UNITS = {normalize(w): v for v, forms in lexicon().units.items() for w in forms}
TENS = {normalize(w): v for v, forms in lexicon().tens.items() for w in forms}

ARABIC_BLOCK = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
TEXT = st.text(st.one_of(ARABIC_BLOCK, st.characters(), st.sampled_from(" \n\u0640")), max_size=200)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FOLDED_AWAY = set("أإآٱةىؤئ") | {TATWEEL}


@given(TEXT)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(TEXT)
def test_normalized_text_has_no_diacritics_tatweel_or_variant_letters(text):
    folded = normalize(text)
    assert not DIACRITICS.search(folded)
    assert not FOLDED_AWAY & set(folded)


@given(TEXT)
def test_offsets_map_every_normalized_character_back_into_the_text(text):
    folded, offsets = normalize_with_offsets(text)
    assert folded == normalize(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)


@given(TEXT)
def test_tokens_do_not_depend_on_spelling_variants(text):
    assert tokens(text) == tokens(normalize(text))


@given(TEXT)
def test_arabic_ratio_is_a_share(text):
    assert 0.0 <= arabic_ratio(text) <= 1.0


@given(TEXT)
def test_arabic_ratio_counts_every_letter(text):
    arabic = sum("\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" for ch in text)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    assert arabic_ratio(text) == (arabic / (arabic + latin) if arabic + latin else 0.0)


@given(st.integers(min_value=0, max_value=999_999))
def test_digits_in_any_script_read_as_their_value(n):
    assert number_value(str(n)) == n
    assert number_value(str(n).translate(ARABIC_INDIC)) == n
    assert to_ascii_digits(str(n).translate(ARABIC_INDIC)) == str(n)


@given(st.integers(min_value=1_000_000, max_value=10**15))
def test_seven_digits_and_more_are_not_counts(n):
    assert number_value(str(n)) is None  # phone numbers, ids: never a casualty count


@given(
    st.sampled_from([u for u, v in UNITS.items() if 3 <= v <= 9]),
    st.sampled_from(list(TENS)),
)
def test_unit_and_tens_words_add_up(unit, tens):
    assert number_value(f"{unit} و{tens}") == UNITS[unit] + TENS[tens]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from([*UNITS, *TENS, "و", "نحو", "اكثر", "من", "عشرات", "5", "قتل"]), max_size=30),
    st.integers(min_value=0, max_value=30),
)
def test_parse_quantity_stays_inside_the_tokens(toks, i):
    quantity = parse_quantity(toks, i)
    if quantity is not None:
        assert i == quantity.start < quantity.end <= len(toks)
        assert quantity.value is None or quantity.value >= 0


# Alias matching: names that share beginnings, span several words, begin with clitic letters,
# or are another name's clitic split ("لبنان" is not "ل" + "بنان").
ALIASES = [
    "الجيش", "الجيش السوري", "الجيش السوري الحر", "لبنان", "بنان", "ام درمان", "ام",
    "فلوجه", "ولايه سيناء", "كبانه", "بانه", "درعا", "درعا البلد", "بيت لحم", "لحم",
]
ALIAS_WORDS = [w for a in ALIASES for w in a.split(" ")]
CLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "فل", "لل"]
SEPARATORS = [" ", " ", " ", "  ", "، ", ".", "\n", "-"]
MATCHED_TEXT = st.lists(
    st.tuples(
        st.sampled_from(CLITICS),
        st.sampled_from([*ALIASES, *ALIAS_WORDS, "قصف", "مدينه", "x1"]),
        st.sampled_from(SEPARATORS),
    ),
    max_size=12,
).map(lambda parts: "".join(c + w + s for c, w, s in parts))


@settings(max_examples=400)
@given(MATCHED_TEXT, st.integers(min_value=0, max_value=40))
def test_alias_matching_finds_what_one_regex_of_the_aliases_finds(text, pos):
    """The matcher's scan is that of one regex over every alias: the leftmost word start, the
    fewest clitics (lazy), the longest alias that ends a word (``CLITIC_PREFIX``, ``trie_regex``)."""
    matcher = AliasMatcher(dict.fromkeys(ALIASES, True))
    forms = list(matcher.values) + list(matcher._after_lam)
    regex = re.compile(rf"(?<![\w])(?P<pre>{CLITIC_PREFIX})(?P<word>{trie_regex(forms)})(?![\w])")
    pos = min(pos, len(text))
    hit = matcher._search(text, matcher._openings(text), pos)
    found = regex.search(text, pos)
    if found is None:
        assert hit is None
    else:
        assert hit is not None
        assert (hit.start, hit.word_start, hit.end) == (found.start(), found.start("word"), found.end())

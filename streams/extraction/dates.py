"""The date of an incident, read against the date the report was published.

Reports date events relative to themselves: "أمس"، "فجر اليوم"، "أول أمس"، "الخميس"
(the most recent Thursday on or before publication), or absolutely: "22 كانون الثاني
2020"، "22 يناير" (Levantine, Egyptian and Maghrebi month names; a missing year is the
publication year, or the one before if that would put the event in the future). The names
are data: ``lexicons/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import Field

from streams.extraction.arabic import normalize, trie_regex
from streams.extraction.data import Strict, load

__all__ = [
    "dates_a_person", "in_a_numeric_date", "is_dated_entry", "names_a_day", "names_a_month",
    "names_an_earlier_date", "names_earlier_year", "names_past_day",
    "parse_published", "resolve_date",
]

NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")



class DatesLexicon(Strict):
    """``lexicons/dates.yaml``: month names by month, weekdays, days relative to publication."""

    months: tuple[tuple[str, ...], ...] = Field(min_length=12, max_length=12)
    weekdays: dict[str, int]
    relative: dict[str, int]
    day_nouns: tuple[str, ...]
    before_month: tuple[str, ...]
    before_year: tuple[str, ...]
    year_markers: tuple[str, ...]
    birth_words: tuple[str, ...]
    weekday_proclitics: tuple[str, ...]


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]
    weekdays: dict[str, int]
    offsets: dict[str, int]
    explicit: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]
    year: re.Pattern[str]
    birth: re.Pattern[str]
    entry: re.Pattern[str]


def _alternation(words: Iterable[str]) -> str:
    return trie_regex(words)


@functools.cache
def _grammar() -> _Grammar:
    """The lexicon normalised and its patterns compiled, once, on first use."""
    lex = load("lexicons/dates.yaml", DatesLexicon)
    months = {normalize(n): k for k, names in enumerate(lex.months, start=1) for n in names}
    weekdays = {normalize(n): d for n, d in lex.weekdays.items()}
    offsets = {normalize(n): d for n, d in lex.relative.items()}
    # "22 من شهر كانون الثاني عام 2020": each word before the month is optional, in order.
    before_month = "".join(rf"(?:{re.escape(normalize(w))}\s+)?" for w in lex.before_month)
    before_year = _alternation(normalize(w) for w in lex.before_year)
    proclitics = _alternation(normalize(w) for w in lex.weekday_proclitics)
    explicit = re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*{before_month}({_alternation(months)})(?!\w)"
        rf"(?:\s*(?:(?:{before_year})\s*)?(\d{{4}}))?"
    )
    return _Grammar(
        months, weekdays, offsets, explicit,
        re.compile(rf"(?<!\w)({_alternation(offsets)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{proclitics})?({_alternation(weekdays)})(?!\w)"),
        re.compile(
            rf"(?<!\w)(?:{_alternation([*(normalize(w) for w in lex.year_markers), *months])})"
            r"\s+((?:19|20)\d\d)(?!\d)"
        ),
        # searched up to a year's marker: "من مواليد عام 1998" ends with a birth word
        re.compile(
            rf"(?<!\w)(?:{_alternation(normalize(w) for w in lex.birth_words)})"
            rf"\s+(?:(?:{before_year})\s+)?$"
        ),
        # a timeline's line: "- 20 أكتوبر 2023: 13 شهيداً"، "2014: الجيش يطلق عملية"
        re.compile(
            rf"^\W*(?:(?:\d{{1,2}}\s+)?(?:{_alternation(months)})\s+)?(?:19|20)\d\d\s*[:|]"
        ),
    )


def names_earlier_year(norm: str, published: dt.date | None) -> bool:
    """Whether the text dates what it tells to a year before publication ("قتل فيه 22 شخصاً
    عام 2015"): a toll of then is background. A January report may still name last December."""
    if published is None:
        return False
    grammar = _grammar()
    for m in grammar.year.finditer(norm):
        if grammar.birth.search(norm, 0, m.start()):
            continue  # "وهو من مواليد عام 1998": a birth year dates no toll
        year = int(m.group(1))
        if year < published.year - 1 or (year == published.year - 1 and _past_year(m, grammar, published)):
            return True
    return False


def _past_year(m: re.Match[str], grammar: _Grammar, published: dt.date) -> bool:
    """Whether last year's date ``m`` lies in the past of the report: always after January;
    in January only a whole year ("قتل 2600 شخص في 2023") and not last December ("في 28
    ديسمبر 2023"), which a January report may still name as its incident's date."""
    if published.month > 1:
        return True
    return m.group(0)[: m.start(1) - m.start()].strip() not in grammar.months


def names_a_month(token: str) -> bool:
    """Whether a normalised token is a month's name or its first word ("آذار"، "تشرين"): a
    number before it is a day of that month ("الثلاثاء 14 آذار"), not an amount."""
    return token in _month_words()


def names_a_day(token: str) -> bool:
    """Whether a normalised token names a day: a weekday ("الثلاثاء"), a relative day's first
    word ("اليوم"، "أمس"، "الليلة") or a day noun ("يوم")."""
    return token in _day_words()


def in_a_numeric_date(norm: str, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` of ``norm`` lie inside a date written in figures
    ("رام الله 5-5-2026 وفا- أصيب أربعة"، "بتاريخ 12/3/2025"): the day, the month and the year
    of a dateline are no amounts."""
    return any(m.start() <= start and end <= m.end() for m in NUMERIC.finditer(norm))


def dates_a_person(token: str) -> bool:
    """Whether a normalised token is a birth word ("مواليد"): a number after it is a birth
    year ("من مواليد 1990"), not an amount."""
    return token in _birth_words()


@functools.cache
def _month_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _grammar().months)


@functools.cache
def _day_words() -> frozenset[str]:
    lex = load("lexicons/dates.yaml", DatesLexicon)
    grammar = _grammar()
    return frozenset(
        [*grammar.weekdays, *(name.split()[0] for name in grammar.offsets), *map(normalize, lex.day_nouns)]
    )


@functools.cache
def _birth_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load("lexicons/dates.yaml", DatesLexicon).birth_words)


def is_dated_entry(norm: str) -> bool:
    """Whether a line opens with a year-dated label and a colon, as a timeline's entries do
    ("- 19 أبريل 2024: 14 شهيداً"): an earlier incident listed under the reported one."""
    return bool(_grammar().entry.match(norm))


def parse_published(value: str | None) -> dt.date | None:
    """A publication date from an ISO date or datetime string; None if absent or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _explicit(norm: str, published: dt.date | None) -> dt.date | None:
    grammar = _grammar()
    m = grammar.explicit.search(norm)
    if m:
        day, month = int(m.group(1)), grammar.months[m.group(2)]
        year = int(m.group(3)) if m.group(3) else _year_for(month, day, published)
        return _safe_date(year, month, day)
    m = NUMERIC.search(norm)
    if m:
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    if (month, day) > (published.month, published.day):
        return published.year - 1
    return published.year


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _relative(norm: str, published: dt.date) -> dt.date | None:
    """The first day word of ``norm``, relative ("أمس") or a weekday ("مساء الجمعة"): in "هاجموا
    السوق مساء الجمعة ... ردا على الهجوم على القافلة أمس" the later one dates what is recalled."""
    grammar = _grammar()
    relative = grammar.relative.search(norm)
    weekday = grammar.weekday.search(norm)
    if relative and (weekday is None or relative.start() <= weekday.start()):
        return published + dt.timedelta(days=grammar.offsets[relative.group(1)])
    if weekday:
        back = (published.weekday() - grammar.weekdays[weekday.group(1)]) % 7
        return published - dt.timedelta(days=back)
    return None


# A day and month this many days or more before publication date what the clause tells to an
# earlier incident ("واندلعت الاشتباكات في 11 تشرين الأول" in a report of the 30th): a
# report's own incident is dated within the week it is reported in.
EARLIER_DATE_DAYS = 8


# The words right before a day and month that make them the date of what is told ("في 11
# تشرين الأول"، "يوم 3 آب"), not part of a name ("حركة 23 مارس").
DATE_OPENERS = frozenset({"في", "يوم", "بتاريخ", "ليله", "ليل", "صباح", "مساء", "فجر"})


def names_an_earlier_date(norm: str, published: dt.date | None) -> bool:
    """Whether the text dates what it tells by a day and a month (a year or none), after "في"
    or "يوم", that lie ``EARLIER_DATE_DAYS`` or more before publication: an earlier incident,
    recalled."""
    if published is None:
        return False
    grammar = _grammar()
    for m in grammar.explicit.finditer(norm):
        before = norm[: m.start()].split()
        if not before or before[-1] not in DATE_OPENERS:
            continue
        day, month = int(m.group(1)), grammar.months[m.group(2)]
        if not m.group(3) and (month, day) > (published.month, published.day):
            continue  # a day after publication with no year: a slip of the date, not last year's
        year = int(m.group(3)) if m.group(3) else published.year
        date = _safe_date(year, month, day)
        if date is not None and (published - date).days >= EARLIER_DATE_DAYS:
            return True
    return False


def names_past_day(norm: str) -> bool:
    """Whether the text dates what it tells to a day before publication by a word relative to
    it ("مساء أمس"، "الليلة الماضية"), the way news, not discussion, dates an attack."""
    return any(_grammar().offsets[m.group(1)] < 0 for m in _grammar().relative.finditer(norm))


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The first date expression in ``text`` (any spelling), resolved; None if none."""
    norm = normalize(text)
    explicit = _explicit(norm, published)
    if explicit is not None:
        return explicit
    return _relative(norm, published) if published else None

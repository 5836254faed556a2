"""The date of an incident, read against the date the report was published.

Reports date events relative to themselves: "أمس"، "فجر اليوم"، "أول أمس"، "الخميس"
(the most recent Thursday on or before publication), or absolutely: "22 كانون الثاني
2020"، "22 يناير" (Levantine and Egyptian month names; a missing year is the publication
year, or the one before if that would put the event in the future).
"""

from __future__ import annotations

import datetime as dt
import re

from streams.extraction.arabic import normalize

__all__ = ["MONTHS", "WEEKDAYS", "parse_published", "resolve_date"]

MONTHS: dict[str, int] = {
    normalize(name): number
    for number, names in enumerate(
        [
            ("كانون الثاني", "يناير", "جانفي"),
            ("شباط", "فبراير", "فيفري"),
            ("آذار", "مارس"),
            ("نيسان", "أبريل", "ابريل", "إبريل", "أفريل"),
            ("أيار", "مايو", "ماي"),
            ("حزيران", "يونيو", "يونيه", "جوان"),
            ("تموز", "يوليو", "يوليه", "جويلية"),
            ("آب", "أغسطس", "اغسطس", "أوت"),
            ("أيلول", "سبتمبر"),
            ("تشرين الأول", "أكتوبر", "اكتوبر"),
            ("تشرين الثاني", "نوفمبر"),
            ("كانون الأول", "ديسمبر"),
        ],
        start=1,
    )
    for name in names
}
# Python weekday numbers: Monday = 0.
WEEKDAYS: dict[str, int] = {
    normalize(n): d
    for n, d in [
        ("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2), ("الخميس", 3),
        ("الجمعة", 4), ("السبت", 5), ("الأحد", 6),
    ]
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
EXPLICIT = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})(?!\w)"
    rf"(?:\s*(?:عام\s*|سنه\s*)?(\d{{4}}))?"
)
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
RELATIVE = re.compile(r"(?<!\w)(اول امس|امس|البارحه|اليوم|الليله|الليله الماضيه)(?!\w)")
WEEKDAY = re.compile(rf"(?<!\w)[وفبل]?({'|'.join(WEEKDAYS)})(?!\w)")
OFFSETS = {"اول امس": -2, "امس": -1, "البارحه": -1, "الليله الماضيه": -1, "اليوم": 0, "الليله": 0}


def parse_published(value: str | None) -> dt.date | None:
    """A publication date from an ISO date or datetime string; None if absent or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _explicit(norm: str, published: dt.date | None) -> dt.date | None:
    m = EXPLICIT.search(norm)
    if m:
        day, month = int(m.group(1)), MONTHS[m.group(2)]
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
    m = RELATIVE.search(norm)
    if m:
        return published + dt.timedelta(days=OFFSETS[m.group(1)])
    m = WEEKDAY.search(norm)
    if m:
        back = (published.weekday() - WEEKDAYS[m.group(1)]) % 7
        return published - dt.timedelta(days=back)
    return None


def resolve_date(text: str, published: dt.date | None) -> dt.date | None:
    """The first date expression in ``text`` (any spelling), resolved; None if none."""
    norm = normalize(text)
    explicit = _explicit(norm, published)
    if explicit is not None:
        return explicit
    return _relative(norm, published) if published else None

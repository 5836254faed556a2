"""Cleaning: one HTML page to one article record (title, text, date, author, language, hash).

trafilatura finds the main text and metadata. Around it:
- heavy non-content (inline scripts, styles, SVG, HTML comments) is cut with one regex pass
  before parsing, because on real 100–200 KB news pages parsing and tree-walking that markup
  is most of trafilatura's time (see bench/README.md);
- the fallback extractors are off (``fast``) and the date search is not extensive;
- lines that are page furniture ("اترك تعليقاً", share bars, "مقالات ذات صلة" and what
  follows) are dropped by a lexicon kept as data in ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import trafilatura
import yaml

from crawlers.exceptions import EmptyPage, NoArticle, NotArabic
from crawlers.urls import article_id, canonical_url, is_same_host
from streams.arabic import arabic_ratio, normalize
from streams.records import Article, stable_id

__all__ = ["MIN_TEXT_CHARS", "clean", "content_hash", "strip_heavy_markup"]

LOGGER = logging.getLogger(__name__)

MIN_TEXT_CHARS = 200
MIN_ARABIC_RATIO = 0.5
BOILERPLATE_FILE = Path(__file__).with_name("data") / "boilerplate.yaml"

HEAVY_MARKUP = re.compile(
    r"<script(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>"
    r"|<style[^>]*>.*?</style\s*>"
    r"|<svg[^>]*>.*?</svg\s*>"
    r"|<noscript[^>]*>.*?</noscript\s*>"
    r"|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
SPACES = re.compile(r"[ \t\u00a0\u200f\u200e]+")
PRUNE_XPATH = [
    "//*[contains(@class,'share') or contains(@id,'share')]",
    "//*[contains(@class,'related') or contains(@id,'related')]",
    "//*[contains(@class,'comment') or contains(@id,'comment')]",
    "//*[contains(@class,'most-read') or contains(@class,'mostread') or contains(@class,'popular')]",
    "//*[contains(@class,'weather') or contains(@id,'weather')]",
    "//*[contains(@class,'ticker') or contains(@class,'breaking')]",
    "//*[contains(@class,'newsletter') or contains(@class,'subscribe')]",
    "//aside",
    "//nav",
    "//footer",
    "//form",
]


def strip_heavy_markup(html: str) -> str:
    """Drop scripts (keeping JSON-LD metadata), styles, SVG and comments."""
    return HEAVY_MARKUP.sub(" ", html)


def content_hash(text: str) -> str:
    """Hash of the normalised text: equal for the same words however they were spelled."""
    return stable_id(" ".join(normalize(text).split()), length=32)


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    data = yaml.safe_load(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    lines = frozenset(_line_key(line) for line in data["lines"])
    markers = tuple(_line_key(marker) for marker in data["tail_markers"])
    return lines, markers


def _line_key(line: str) -> str:
    return PUNCTUATION.sub(" ", normalize(line)).strip()


def drop_furniture(text: str, title: str = "") -> str:
    """Remove boilerplate lines, the repeated headline, and the trailer (related, comments)."""
    lines_to_drop, tail_markers = _boilerplate()
    kept: list[str] = []
    raw_lines = [SPACES.sub(" ", line).strip() for line in text.splitlines()]
    raw_lines = [line for line in raw_lines if line]
    if raw_lines and title and _line_key(raw_lines[0]) == _line_key(title):
        raw_lines.pop(0)
    for index, line in enumerate(raw_lines):
        key = _line_key(line)
        if index >= len(raw_lines) / 2 and key.startswith(tail_markers) and len(key) < 40:
            break
        if key and key not in lines_to_drop:
            kept.append(line)
    return "\n".join(kept)


def _extract(html: str, url: str | None) -> trafilatura.settings.Document | None:
    document = trafilatura.bare_extraction(
        html,
        url=url,
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        prune_xpath=PRUNE_XPATH,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return document  # type: ignore[return-value]


def clean(
    html: str,
    url: str,
    *,
    source_id: str = "",
    fetched_at: str | None = None,
    require_arabic: bool = True,
) -> Article:
    """Turn a page into an ``Article``; raises a ``CleanError`` saying why it cannot."""
    if not html.strip():
        raise EmptyPage("the page is empty", url=url)
    document = _extract(strip_heavy_markup(html), url)
    title = (document.title or "").strip() if document is not None else ""
    text = drop_furniture(document.text or "", title) if document is not None else ""
    if document is None or len(text) < MIN_TEXT_CHARS:
        raise NoArticle(f"no main text found ({len(text)} characters)", url=url)
    ratio = arabic_ratio(text)
    if require_arabic and ratio < MIN_ARABIC_RATIO:
        raise NotArabic(f"the text is not Arabic ({ratio:.0%} Arabic letters)", url=url)
    canonical = document.url if document.url and is_same_host(document.url, url) else url
    return Article(
        article_id=article_id(canonical),
        url=url,
        canonical_url=canonical_url(canonical),
        source_id=source_id,
        title=title,
        text=text,
        published_at=document.date,
        fetched_at=fetched_at or datetime.now(UTC).isoformat(timespec="seconds"),
        lang="ar" if ratio >= MIN_ARABIC_RATIO else "en",
        content_hash=content_hash(text),
        author=document.author,
        site=document.sitename,
    )

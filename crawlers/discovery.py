"""Discovery: article URLs from feeds (RSS/Atom), sitemaps (incl. news sitemaps) and sections.

Parsing is plain functions over text; ``Discoverer`` adds fetching and the seen-set.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urldefrag, urlsplit

import courlan
import feedparser
from lxml import etree
from lxml import html as lxml_html

from crawlers.exceptions import CrawlError
from crawlers.fetch import Fetcher
from crawlers.politeness import Politeness
from crawlers.sources import Source
from crawlers.urls import canonical_url, is_same_host, resolve
from streams.records import CrawlRequest

__all__ = [
    "Discoverer",
    "Discovery",
    "is_article_url",
    "parse_feed",
    "parse_section",
    "parse_sitemap",
]

LOGGER = logging.getLogger(__name__)

NOT_PAGE = re.compile(r"\.(xml|rss|atom|json|jpe?g|png|gif|webp|svg|pdf|zip|mp[34]|css|js)$", re.I)
ARTICLE_ENDING = re.compile(r"\.(s?html?|php|aspx?)$", re.I)
MAX_CHILD_SITEMAPS = 50
HEADLINE_WORDS = 4
XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


def parse_feed(text: str, base_url: str) -> list[str]:
    """Entry links of an RSS or Atom feed, in feed order."""
    parsed = feedparser.parse(text)
    links = (resolve(base_url, entry.get("link", "")) for entry in parsed.entries)
    return [link for link in links if link]


def parse_sitemap(text: str, base_url: str) -> tuple[list[str], list[str]]:
    """``(page URLs, child sitemap URLs)`` of a sitemap or sitemap index."""
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), XML_PARSER)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages: list[str] = []
    children: list[str] = []
    for loc in root.iter("{*}loc"):
        url = resolve(base_url, loc.text or "")
        if not url:
            continue
        parent = loc.getparent()
        is_child = parent is not None and etree.QName(parent).localname == "sitemap"
        (children if is_child else pages).append(url)
    return pages, children


def is_article_url(url: str) -> bool:
    """Heuristic: a link that looks like a story, not a section, tag or asset."""
    path = urlsplit(url).path
    if path in ("", "/") or NOT_PAGE.search(path):
        return False
    if courlan.is_navigation_page(url) or courlan.is_not_crawlable(url):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(ARTICLE_ENDING.search(last) or re.search(r"\d", path) or last.count("-") >= 2)


def is_headline(anchor_text: str) -> bool:
    """Story links carry their headline; menu links a word or two."""
    return len(anchor_text.split()) >= HEADLINE_WORDS


def parse_section(text: str, base_url: str) -> list[str]:
    """Same-host links on a home or section page that look like stories (by URL or by headline)."""
    try:
        tree = lxml_html.fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    found: dict[str, None] = {}
    for anchor in tree.iter("a"):
        url = resolve(base_url, anchor.get("href", ""))
        url = urldefrag(url).url if url else None
        if not url or not is_same_host(url, base_url) or NOT_PAGE.search(urlsplit(url).path):
            continue
        if is_article_url(url) or is_headline(anchor.text_content()):
            found[url] = None
    return list(found)


@dataclass
class Discovery:
    """What one pass over a source found."""

    requests: list[CrawlRequest] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    unchanged: int = 0


class Discoverer:
    """Finds new article URLs for sources; remembers what it has already handed out."""

    def __init__(self, fetcher: Fetcher, politeness: Politeness) -> None:
        self._fetcher = fetcher
        self._politeness = politeness
        self._seen: set[str] = set()

    def mark_seen(self, url: str) -> bool:
        """True if the URL is new (and now remembered)."""
        key = canonical_url(url)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    async def discover(self, source: Source) -> Discovery:
        result = Discovery()
        skip = {canonical_url(u) for u in [source.homepage, *source.sections, *source.feeds]}
        found: dict[str, None] = {}
        for url in await self._candidates(source, result):
            if canonical_url(url) not in skip:
                found[url] = None
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for priority, url in enumerate(found):
            if self.mark_seen(url):
                result.requests.append(CrawlRequest(url, source.id, now, 1, priority))
        return result

    async def _candidates(self, source: Source, result: Discovery) -> list[str]:
        urls: list[str] = []
        for feed in source.feeds:
            urls += parse_feed(await self._text(feed, result) or "", feed)
        sitemaps = source.sitemaps or await self._politeness.sitemaps(source.homepage)
        urls += await self._from_sitemaps(sitemaps, result)
        for page in [source.homepage, *source.sections]:
            urls += parse_section(await self._text(page, result, conditional=False) or "", page)
        return urls

    async def _from_sitemaps(self, sitemaps: list[str], result: Discovery) -> list[str]:
        urls: list[str] = []
        queue, visited = list(sitemaps), 0
        while queue and visited < MAX_CHILD_SITEMAPS:
            sitemap = queue.pop(0)
            visited += 1
            pages, children = parse_sitemap(await self._text(sitemap, result) or "", sitemap)
            urls += pages
            queue += children
        return urls

    async def _text(self, url: str, result: Discovery, *, conditional: bool = True) -> str | None:
        try:
            if not conditional:
                return (await self._fetcher.fetch(url)).text
            page = await self._fetcher.fetch_if_changed(url)
        except CrawlError as exc:
            LOGGER.warning("discovery: %s failed (%s): %s", url, exc.reason, exc)
            result.errors.append((url, exc.reason))
            return None
        if page is None:
            result.unchanged += 1
            return None
        return page.text

"""Discovery: article URLs from feeds (RSS/Atom), sitemaps (incl. news sitemaps) and sections.

Parsing is plain functions over text; ``Discoverer`` adds conditional fetching of one target
(a feed, a sitemap with its children, a home or section page) at a time. Which links are new,
and when a target is polled next, is the crawl loop's business (``crawlers.loop``).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urlsplit

import courlan
import feedparser
from lxml import etree
from lxml import html as lxml_html

from crawlers.exceptions import CrawlError
from crawlers.fetch import Fetcher, validators_of
from crawlers.politeness import Politeness
from crawlers.schedule import Target
from crawlers.sources import Source
from crawlers.urls import canonical_url, is_same_host, resolve

__all__ = [
    "Discoverer",
    "Link",
    "Poll",
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


def _entry_time(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's publication time in ISO form, keeping the feed's own UTC offset (the
    local day is what dates in the text are relative to)."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = entry.get(raw_key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).isoformat()
        except (TypeError, ValueError):
            pass
        try:
            return datetime.fromisoformat(raw).isoformat()
        except ValueError:
            parsed: time.struct_time | None = entry.get(parsed_key)
            if parsed:
                return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return None


def parse_feed(text: str, base_url: str) -> list[Link]:
    """Entry links of an RSS or Atom feed with their publication times, in feed order."""
    parsed = feedparser.parse(text)
    links = []
    for entry in parsed.entries:
        url = resolve(base_url, entry.get("link", ""))
        if url:
            links.append(Link(url, _entry_time(entry)))
    return links


def parse_sitemap(text: str, base_url: str) -> tuple[list[Link], list[str]]:
    """``(pages, child sitemap URLs)`` of a sitemap or sitemap index; a page carries its
    news ``publication_date`` (or ``lastmod``) when the sitemap gives one."""
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), XML_PARSER)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages: list[Link] = []
    children: list[str] = []
    for loc in root.iter("{*}loc"):
        text = (loc.text or "").strip()
        url = resolve(base_url, text) if text else None  # an empty <loc> is not the sitemap itself
        if not url:
            continue
        parent = loc.getparent()
        if parent is not None and etree.QName(parent).localname == "sitemap":
            children.append(url)
        else:
            pages.append(Link(url, _sitemap_date(parent)))
    return pages, children


def _sitemap_date(entry: etree._Element | None) -> str | None:
    if entry is None:
        return None
    for path in (".//{*}publication_date", "{*}lastmod"):
        found = entry.find(path)
        if found is not None and found.text and found.text.strip():
            return found.text.strip()
    return None


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


@dataclass(frozen=True)
class Link:
    """A page URL found by discovery, with the publication time its feed or sitemap gave."""

    url: str
    published_at: str | None = None


@dataclass
class Poll:
    """What one poll of one target found; ``failed`` when the target itself could not be read."""

    links: list[Link] = field(default_factory=list)
    unchanged: bool = False
    failed: str | None = None  # the reason
    retry_after: float | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason), children included


class Discoverer:
    """Reads a source's targets; knows nothing of what was seen before (the caller does)."""

    def __init__(self, fetcher: Fetcher, politeness: Politeness) -> None:
        self._fetcher = fetcher
        self._politeness = politeness

    async def targets(self, source: Source) -> list[Target]:
        """Feeds, sitemaps (those robots.txt announces when none are listed), home and sections."""
        sitemaps = source.sitemaps or await self._politeness.sitemaps(source.homepage)
        kinds = [
            *(("feed", url) for url in source.feeds),
            *(("sitemap", url) for url in sitemaps),
            *(("section", url) for url in [source.homepage, *source.sections]),
        ]
        breaking = set(source.breaking)
        return [Target(source.id, kind, url, url in breaking) for kind, url in kinds]

    async def poll(
        self, source: Source, target: Target, validators: dict[str, dict[str, str]]
    ) -> Poll:
        """Conditional GET of the target (and a sitemap index's children); ``validators`` is
        updated in place with what the server sent for the next poll."""
        poll = Poll()
        try:
            links = await self._read(target, validators, poll)
        except CrawlError as exc:
            LOGGER.warning("discovery: %s failed (%s): %s", target.url, exc.reason, exc)
            poll.failed = exc.reason
            poll.retry_after = getattr(exc, "retry_after", None)
            poll.errors.append((target.url, exc.reason))
            return poll
        skip = {canonical_url(u) for u in [source.homepage, *source.sections, *source.feeds]}
        found: dict[str, Link] = {}
        for link in links:
            if canonical_url(link.url) not in skip:
                found.setdefault(link.url, link)
        poll.links = list(found.values())
        return poll

    async def _read(
        self, target: Target, validators: dict[str, dict[str, str]], poll: Poll
    ) -> list[Link]:
        text = await self._text(target.url, validators)
        if text is None:
            poll.unchanged = True
            return []
        if target.kind == "feed":
            return parse_feed(text, target.url)
        if target.kind == "section":
            return [Link(url) for url in parse_section(text, target.url)]
        return await self._from_sitemap(text, target.url, validators, poll)

    async def _from_sitemap(
        self, text: str, url: str, validators: dict[str, dict[str, str]], poll: Poll
    ) -> list[Link]:
        pages, queue = parse_sitemap(text, url)
        visited = 1
        while queue and visited < MAX_CHILD_SITEMAPS:
            child = queue.pop(0)
            visited += 1
            try:
                child_text = await self._text(child, validators)
            except CrawlError as exc:
                poll.errors.append((child, exc.reason))
                continue
            more, children = parse_sitemap(child_text or "", child)
            pages += more
            queue += children
        return pages

    async def _text(self, url: str, validators: dict[str, dict[str, str]]) -> str | None:
        page = await self._fetcher.fetch_if_changed(url, validators.get(url, {}))
        if page is None:
            return None
        validators[url] = validators_of(page)
        return page.text

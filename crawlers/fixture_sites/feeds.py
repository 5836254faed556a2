"""Feeds, sitemaps and robots.txt of the fixture outlets: the doors discovery comes through.

Both feed dialects (RSS 2.0 and Atom) and the three sitemap shapes crawlers meet in the wild
(plain urlset, Google News sitemap, sitemap index with a child) are produced here, newest
first, from the stories that are currently published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from .model import Outlet, Story

__all__ = ["FeedItem", "atom", "child_sitemap", "robots_txt", "rss", "sitemap", "to_datetime"]


@dataclass(frozen=True)
class FeedItem:
    """A published story as discovery sees it: ``link`` may be an old, redirecting URL."""

    story: Story
    url: str
    link: str


def to_datetime(story: Story, outlet: Outlet) -> datetime:
    return datetime.fromisoformat(story.iso + outlet.tz)


def _summary(story: Story) -> str:
    return escape(story.paragraphs[0][:220])


def rss(outlet: Outlet, base: str, items: Sequence[FeedItem]) -> str:
    """An RSS 2.0 channel with ``dc:creator`` authors."""
    built = format_datetime(to_datetime(items[0].story, outlet)) if items else ""
    entries = "".join(
        "<item>"
        f"<title>{escape(i.story.title)}</title>"
        f"<link>{escape(i.link)}</link>"
        f'<guid isPermaLink="false">{outlet.id}-{i.story.slug}</guid>'
        f"<pubDate>{format_datetime(to_datetime(i.story, outlet))}</pubDate>"
        f"<dc:creator><![CDATA[{i.story.author}]]></dc:creator>"
        f"<category><![CDATA[{i.story.section}]]></category>"
        f"<description>{_summary(i.story)}</description>"
        "</item>\n"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>'
        f"<title>{escape(outlet.name)}</title><link>{base}/</link>"
        f'<atom:link href="{base}{outlet.feeds.get("rss", "")}" rel="self" '
        'type="application/rss+xml"/>'
        f"<description>{escape(outlet.name)} - آخر الأخبار</description>"
        f"<language>ar</language><lastBuildDate>{built}</lastBuildDate>\n"
        f"{entries}</channel>\n</rss>\n"
    )


def atom(outlet: Outlet, base: str, items: Sequence[FeedItem], encoding: str) -> str:
    """An Atom 1.0 feed; the XML declaration names ``encoding``."""
    updated = to_datetime(items[0].story, outlet).isoformat() if items else ""
    entries = "".join(
        "<entry>"
        f"<title>{escape(i.story.title)}</title>"
        f'<link rel="alternate" type="text/html" href="{escape(i.link)}"/>'
        f"<id>tag:{outlet.id}.example,2020:{i.story.slug}</id>"
        f"<published>{to_datetime(i.story, outlet).isoformat()}</published>"
        f"<updated>{to_datetime(i.story, outlet).isoformat()}</updated>"
        f"<author><name>{escape(i.story.author)}</name></author>"
        f'<summary type="text">{_summary(i.story)}</summary>'
        "</entry>\n"
        for i in items
    )
    self_path = outlet.feeds.get("atom", "")
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">\n'
        f"<title>{escape(outlet.name)}</title><id>tag:{outlet.id}.example,2020:feed</id>"
        f'<link rel="self" href="{base}{self_path}"/><link rel="alternate" href="{base}/"/>'
        f"<updated>{updated}</updated>\n{entries}</feed>\n"
    )


def sitemap(outlet: Outlet, base: str, items: Sequence[FeedItem]) -> str:
    """The outlet's main sitemap document, in the outlet's sitemap style."""
    if outlet.sitemap == "index":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemaps/posts-1.xml</loc>"
            f"<lastmod>{_lastmod(outlet, items)}</lastmod></sitemap>"
            "</sitemapindex>\n"
        )
    if outlet.sitemap == "news":
        return _news_sitemap(outlet, items)
    return child_sitemap(outlet, items)


def child_sitemap(outlet: Outlet, items: Sequence[FeedItem]) -> str:
    urls = "".join(
        f"<url><loc>{escape(i.url)}</loc>"
        f"<lastmod>{to_datetime(i.story, outlet).isoformat()}</lastmod></url>\n"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    )


def _news_sitemap(outlet: Outlet, items: Sequence[FeedItem]) -> str:
    urls = "".join(
        f"<url><loc>{escape(i.url)}</loc><news:news><news:publication>"
        f"<news:name>{escape(outlet.name)}</news:name><news:language>{i.story.lang}"
        "</news:language></news:publication>"
        f"<news:publication_date>{to_datetime(i.story, outlet).isoformat()}"
        f"</news:publication_date><news:title>{escape(i.story.title)}</news:title>"
        "</news:news></url>\n"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{urls}</urlset>\n"
    )


def _lastmod(outlet: Outlet, items: Sequence[FeedItem]) -> str:
    return to_datetime(items[0].story, outlet).isoformat() if items else ""


def robots_txt(outlet: Outlet, base: str) -> str:
    return (
        "User-agent: *\n"
        f"Disallow: {outlet.robots_disallow}\n"
        "Allow: /\n\n"
        f"Sitemap: {base}{outlet.sitemap_path}\n"
    )

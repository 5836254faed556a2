"""The crawler: discovery, politeness and fetching wired around one ``httpx.AsyncClient``.

``crawlers.loop.CrawlLoop`` drives it for both engines. ``crawl`` is the crawl stage: one
request in, one cleaned article out, or a ``CrawlError`` saying why not.
"""

from __future__ import annotations

import httpx

from crawlers.clean import clean
from crawlers.discovery import Discoverer
from crawlers.fetch import Downloader, Fetcher, robots_loader
from crawlers.politeness import Politeness
from streams.records import Article, CrawlRequest
from streams.settings import Settings

__all__ = ["Crawler"]


class Crawler:
    def __init__(self, client: httpx.AsyncClient, settings: Settings) -> None:
        downloader = Downloader(
            client,
            max_bytes=settings.max_page_bytes,
            deadline=settings.request_deadline,
            max_redirects=settings.max_redirects,
        )
        self.politeness = Politeness(
            robots_loader(downloader),
            user_agent=settings.user_agent,
            delay=settings.host_delay,
            concurrency=settings.host_concurrency,
        )
        self.fetcher = Fetcher(downloader, self.politeness, retries=settings.retries)
        self.discoverer = Discoverer(self.fetcher, self.politeness)

    async def crawl(self, request: CrawlRequest) -> Article:
        page = await self.fetcher.fetch(request.url)
        article = clean(page.text, page.url, source_id=request.source_id, fetched_at=page.fetched_at)
        article.discovered_at = request.discovered_at
        article.published_at = publication_time(article.published_at, request.published_at)
        return article


def publication_time(page: str | None, listed: str | None) -> str | None:
    """The page's own date, unless the feed or sitemap gives the same day to the second
    (pages often carry only the day, and latency is measured from this time)."""
    if not page or (listed and listed.startswith(page[:10])):
        return listed or page
    return page

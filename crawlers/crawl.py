"""The crawler: discovery, politeness and fetching wired around one ``httpx.AsyncClient``.

Both transports use it: the embedded runner calls it directly, the distributed crawler
service between Kafka topics. ``crawl`` is the crawl stage: one request in, one cleaned
article out, or a ``CrawlError`` saying why not.
"""

from __future__ import annotations

import httpx

from crawlers.clean import clean
from crawlers.discovery import Discoverer, Discovery
from crawlers.fetch import Fetcher, robots_loader
from crawlers.politeness import Politeness
from crawlers.sources import Source
from streams.records import Article, CrawlRequest
from streams.settings import Settings

__all__ = ["Crawler"]


class Crawler:
    def __init__(self, client: httpx.AsyncClient, settings: Settings) -> None:
        self.politeness = Politeness(
            robots_loader(client),
            user_agent=settings.user_agent,
            delay=settings.host_delay,
            concurrency=settings.host_concurrency,
        )
        self.fetcher = Fetcher(
            client, self.politeness, max_bytes=settings.max_page_bytes, retries=settings.retries
        )
        self.discoverer = Discoverer(self.fetcher, self.politeness)

    async def discover(self, source: Source) -> Discovery:
        return await self.discoverer.discover(source)

    async def crawl(self, request: CrawlRequest) -> Article:
        page = await self.fetcher.fetch(request.url)
        return clean(page.text, page.url, source_id=request.source_id, fetched_at=page.fetched_at)

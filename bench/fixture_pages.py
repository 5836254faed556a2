"""The fixture outlets' article pages as (page, html), fetched once, for the benchmarks."""

from __future__ import annotations

import httpx

from crawlers.fetch import decode_body
from crawlers.fixture_sites import FixturePage, FixtureSites


async def fetch_article_pages() -> list[tuple[FixturePage, str]]:
    pages = []
    async with FixtureSites(slow_delay=0) as sites, httpx.AsyncClient() as client:
        for page in sites.pages:
            if page.expected in ("article", "duplicate") and page.published:
                response = await client.get(page.url)
                if response.status_code != 200:  # the fixture page that fails once
                    response = await client.get(page.url)
                pages.append((page, decode_body(response.content, response.headers.get("content-type"))[0]))
    return pages

"""The fixture outlets keep their promises: every declared page answers as its FixturePage says.

Other suites (crawler, cleaner, extraction, the demo) trust ``sites.pages`` as ground truth, so
these tests pin the served behaviour against it over real loopback HTTP.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import feedparser
import httpx
import pytest

from crawlers.fixture_sites import FixturePage, FixtureSites

SLOW = 0.3


@pytest.fixture
async def sites() -> AsyncIterator[FixtureSites]:
    async with FixtureSites(slow_delay=SLOW) as running:
        yield running


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=10) as c:
        yield c


def _articles(sites: FixtureSites) -> list[FixturePage]:
    kinds = ("article", "duplicate", "not_arabic")
    return [p for p in sites.pages if p.expected in kinds]


def _decode(page: FixturePage, body: bytes) -> str:
    return body.decode(page.encoding)


STATUS = {"not_found": 404, "empty": 200, "too_large": 200, "robots": 200, "not_article": 200}


async def test_every_page_answers_as_declared(sites: FixtureSites, client: httpx.AsyncClient):
    for page in sites.pages:
        response = await client.get(page.url)
        if page.expected in STATUS:
            assert response.status_code == STATUS[page.expected], page.url
        elif not page.published:
            assert response.status_code == 404, page.url
        elif page.behaviour == "flaky":
            assert response.status_code == 503, page.url
            assert (await client.get(page.url)).status_code == 200
        else:
            assert response.status_code == 200, page.url
        if page.expected == "empty":
            assert response.content == b""
        if page.expected == "too_large":
            assert len(response.content) > 5_000_000


async def test_redirect_points_to_the_article(sites: FixtureSites, client: httpx.AsyncClient):
    moved = [p for p in sites.pages if p.redirect_from]
    assert moved
    for page in moved:
        response = await client.get(page.redirect_from)
        assert response.status_code == 301
        assert response.headers["location"] == page.url


async def test_windows_1256_outlet_names_no_charset(
    sites: FixtureSites, client: httpx.AsyncClient
):
    pages = [p for p in _articles(sites) if p.encoding == "windows-1256" and p.published]
    assert pages
    without_meta = 0
    for page in pages:
        response = await client.get(page.url)
        if page.behaviour == "flaky":
            response = await client.get(page.url)
        assert response.headers["content-type"] == "text/html"
        html = response.content.decode("cp1256")
        assert page.title and page.title in html
        without_meta += "charset" not in html.lower()
        with pytest.raises(UnicodeDecodeError):
            response.content.decode("utf-8")
    assert without_meta >= 1


async def test_slow_page_waits(sites: FixtureSites, client: httpx.AsyncClient):
    slow = [p for p in sites.pages if p.behaviour == "slow"]
    assert slow
    started = time.monotonic()
    response = await client.get(slow[0].url)
    assert response.status_code == 200
    assert time.monotonic() - started >= SLOW


async def test_article_pages_are_realistic_size(sites: FixtureSites, client: httpx.AsyncClient):
    for page in _articles(sites):
        if page.published and page.behaviour != "flaky":
            size = len((await client.get(page.url)).content)
            assert 100_000 <= size <= 200_000, (page.url, size)


async def test_snippets_and_boilerplate_are_on_the_page(
    sites: FixtureSites, client: httpx.AsyncClient
):
    for page in _articles(sites):
        if not page.published or page.behaviour == "flaky":
            continue
        html = _decode(page, (await client.get(page.url)).content)
        assert page.body_snippets and page.boilerplate
        for snippet in page.body_snippets:
            assert snippet in html, (page.url, snippet)
        for text in page.boilerplate:
            assert text in html, (page.url, text)
            assert not any(text in s for s in page.body_snippets)


async def test_dates_are_discoverable(sites: FixtureSites, client: httpx.AsyncClient):
    for page in _articles(sites):
        if page.published and page.behaviour is None:
            html = _decode(page, (await client.get(page.url)).content)
            assert f'"article:published_time" content="{page.date}T' in html
            assert f'"datePublished": "{page.date}T' in html


def _feed_links(parsed: feedparser.FeedParserDict) -> list[str]:
    return [entry.link for entry in parsed.entries]


def _expected_links(sites: FixtureSites, outlet_id: str) -> set[str]:
    return {
        p.redirect_from or p.url
        for p in _articles(sites)
        if p.outlet_id == outlet_id and p.published
    }


async def test_feeds_list_only_published_articles(
    sites: FixtureSites, client: httpx.AsyncClient
):
    kinds = set()
    for source in sites.sources:
        for feed in source.feeds:
            response = await client.get(feed)
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo, (feed, parsed.get("bozo_exception"))
            kinds.add(parsed.version[:3])
            assert set(_feed_links(parsed)) == _expected_links(sites, source.id)
    assert kinds == {"rss", "ato"}


async def test_feeds_answer_conditional_get(sites: FixtureSites, client: httpx.AsyncClient):
    for source in sites.sources:
        for feed in source.feeds:
            first = await client.get(feed)
            etag, modified = first.headers["etag"], first.headers["last-modified"]
            again = await client.get(feed, headers={"If-None-Match": etag})
            assert again.status_code == 304 and again.content == b""
            since = await client.get(feed, headers={"If-Modified-Since": modified})
            assert since.status_code == 304
            stale = await client.get(feed, headers={"If-None-Match": '"nope"'})
            assert stale.status_code == 200


async def test_publish_releases_the_held_back_report(
    sites: FixtureSites, client: httpx.AsyncClient
):
    (held,) = [p for p in sites.pages if not p.published]
    source = next(s for s in sites.sources if s.id == held.outlet_id)
    feed = source.feeds[0]
    before = await client.get(feed)
    assert held.url not in _feed_links(feedparser.parse(before.content))
    assert (await client.get(held.url)).status_code == 404

    assert await sites.publish(held.outlet_id, held.slug) == held.url

    after = await client.get(feed, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert after.headers["last-modified"] != before.headers["last-modified"]
    assert _feed_links(feedparser.parse(after.content))[0] == held.url
    assert (await client.get(held.url)).status_code == 200
    for sitemap in source.sitemaps:
        assert held.url in (await client.get(sitemap)).text


async def test_robots_and_sitemaps(sites: FixtureSites, client: httpx.AsyncClient):
    blocked = [p for p in sites.pages if p.expected == "robots"]
    assert {p.outlet_id for p in blocked} == {s.id for s in sites.sources}
    for source in sites.sources:
        robots = (await client.get(source.homepage + "robots.txt")).text
        assert f"Sitemap: {source.sitemaps[0]}" in robots
        disallowed = robots.split("Disallow: ")[1].splitlines()[0]
        page = next(p for p in blocked if p.outlet_id == source.id)
        assert urlsplit(page.url).path.startswith(disallowed.split("?")[0])
    texts = {s.id: (await client.get(s.sitemaps[0])).text for s in sites.sources}
    assert "<news:publication_date>" in texts["sham"]
    assert "<sitemapindex" in texts["furat"]
    child = texts["furat"].split("<loc>")[1].split("</loc>")[0]
    assert "<urlset" in (await client.get(child)).text


async def test_special_pages_are_linked_from_sections(
    sites: FixtureSites, client: httpx.AsyncClient
):
    specials = [p for p in sites.pages if p.expected in ("not_found", "empty", "too_large")]
    linked = ""
    for source in sites.sources:
        for section in source.sections:
            linked += (await client.get(section)).content.decode("cp1256", "replace")
    for page in specials:
        assert urlsplit(page.url).path in linked, page.url


async def test_content_inventory(sites: FixtureSites):
    """The counts other suites rely on."""
    pages = sites.pages
    arabic = [p for p in pages if p.expected == "article" and p.lang == "ar"]
    assert len(arabic) >= 19
    assert sum(1 for p in arabic if not p.events) >= 2
    assert sum(1 for p in pages if p.slug == "bab-car-bomb") == 3
    (copy,) = [p for p in pages if p.expected == "duplicate"]
    assert copy.duplicate_of in {p.url for p in pages if p.expected == "article"}
    assert any(p.expected == "not_arabic" for p in pages)


async def test_requests_are_logged(sites: FixtureSites, client: httpx.AsyncClient):
    url = sites.url("sham", "/feed/")
    await client.get(url, headers={"User-Agent": "newswatch-test"})
    entry = sites.requests[-1]
    assert entry.path == "/feed/" and entry.method == "GET" and entry.status == 200
    assert entry.headers["User-Agent"] == "newswatch-test"
    assert entry.host == urlsplit(url).netloc


EVENT_KEYS = {"type", "killed", "injured", "approximate", "actors", "locations", "claimed_by",
              "contested", "date"}  # fmt: skip
EVENT_TYPES = {"attack", "armed_clash", "airstrike", "shelling", "explosion", "ambush",
               "assassination", "other"}  # fmt: skip


async def test_ground_truth_events_are_well_formed(sites: FixtureSites):
    for page in sites.pages:
        for event in page.events:
            assert set(event) >= EVENT_KEYS, (page.url, event)
            assert event["type"] in EVENT_TYPES
            assert all(a["role"] in ("perpetrator", "target", "mentioned") for a in event["actors"])

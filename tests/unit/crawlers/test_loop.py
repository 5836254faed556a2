"""The crawl loop over generated loopback outlets: fetch once, conditional polls, a sink."""

import asyncio

import httpx
import pytest

from crawlers.crawl import Crawler
from crawlers.fixture_sites.generated import GeneratedOutlets
from crawlers.loop import CrawlLoop
from crawlers.schedule import IntervalPolicy
from crawlers.sources import Source
from streams.extraction.extract import extract
from streams.records import Article, DeadLetter
from streams.settings import Settings

SETTINGS = Settings(host_delay=0.0, request_timeout=5.0, retries=0)


class ListSink:
    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.dead: list[DeadLetter] = []

    async def emit(self, article: Article) -> None:
        self.articles.append(article)

    async def dead_letter(self, letter: DeadLetter) -> None:
        self.dead.append(letter)


@pytest.fixture
async def outlets():
    async with GeneratedOutlets(3, stories=4, initial=2, seed=3, crawl_delay=0) as generated:
        yield generated


def loop_for(client: httpx.AsyncClient, sink: ListSink, policy: IntervalPolicy | None = None) -> CrawlLoop:
    return CrawlLoop(Crawler(client, SETTINGS), sink, policy=policy or IntervalPolicy())


async def test_each_story_is_fetched_once_with_its_times_and_a_violent_event(outlets: GeneratedOutlets):
    sink = ListSink()
    async with httpx.AsyncClient() as client:
        loop = loop_for(client, sink)
        await loop.run_once(outlets.sources)
        await loop.run_once(outlets.sources)  # nothing new: the feed answers 304
        await outlets.publish("gen01")
        await loop.run_once(outlets.sources)
    assert sorted(a.url for a in sink.articles) == sorted(p.url for p in outlets.published)
    assert set(outlets.fetch_counts().values()) == {1}
    assert sink.dead == []
    feeds = [r.status for r in outlets.requests if r.path == "/feed.xml"]
    assert feeds.count(304) == 3 + 2  # the second round, then the unchanged outlets in the third
    first = sink.articles[0]
    assert first.published_at and first.discovered_at and first.fetched_at
    assert first.published_at <= first.discovered_at <= first.fetched_at
    (event,) = extract(first)
    assert event.casualties and event.casualties[0].killed


async def test_an_unreachable_source_is_reported_failing_and_the_others_still_crawled(
    outlets: GeneratedOutlets,
):
    dead = Source(id="dead", name="dead", homepage="http://127.0.0.1:9/", feeds=["http://127.0.0.1:9/feed"])
    sink = ListSink()
    async with httpx.AsyncClient() as client:
        loop = loop_for(client, sink)
        await loop.run_once([*outlets.sources, dead])
    assert set(loop.stats.failing()) == {"dead"}
    assert "connect" in (loop.stats.failing()["dead"].last_error or "")
    assert not loop.stats.all_failed()
    assert len(sink.articles) == 6


async def test_every_source_failing_is_all_failed():
    dead = Source(id="dead", name="dead", homepage="http://127.0.0.1:9/")
    async with httpx.AsyncClient() as client:
        loop = loop_for(client, ListSink())
        await loop.run_once([dead])
    assert loop.stats.all_failed()


async def test_the_continuous_loop_picks_up_a_new_story_on_the_targets_own_clock(outlets: GeneratedOutlets):
    sink = ListSink()
    stop = asyncio.Event()
    policy = IntervalPolicy(floor=0.2, ceiling=0.5, jitter=0.0)
    async with httpx.AsyncClient() as client:
        loop = loop_for(client, sink, policy)
        for source in outlets.sources:
            await loop.add_source(source)
        running = asyncio.create_task(loop.run(stop))
        async with asyncio.timeout(10):
            while len(sink.articles) < 6:
                await asyncio.sleep(0.05)
            publication = await outlets.publish("gen02")
            while len(sink.articles) < 7:
                await asyncio.sleep(0.05)
        stop.set()
        await running
    assert sink.articles[-1].url == publication.url
    assert set(outlets.fetch_counts().values()) == {1}

import asyncio

from crawlers.politeness import Politeness


class FakeClock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def politeness(robots: str | None, clock: FakeClock, delay: float = 1.0) -> Politeness:
    async def load(url: str) -> str | None:
        return robots

    return Politeness(load, user_agent="newswatch", delay=delay, clock=clock, sleep=clock.sleep)


async def test_requests_to_one_host_are_spaced_by_the_delay():
    clock = FakeClock()
    rules = politeness(None, clock, delay=2.0)
    for _ in range(3):
        async with rules.slot("http://a.test/x"):
            pass
    assert clock.sleeps == [2.0, 2.0]


async def test_other_hosts_do_not_wait_for_each_other():
    clock = FakeClock()
    rules = politeness(None, clock, delay=2.0)
    async with rules.slot("http://a.test/x"):
        pass
    async with rules.slot("http://b.test/x"):
        pass
    assert clock.sleeps == []


async def test_crawl_delay_in_robots_raises_the_delay():
    clock = FakeClock()
    rules = politeness("User-agent: *\nCrawl-delay: 5\n", clock, delay=1.0)
    for _ in range(2):
        async with rules.slot("http://a.test/x"):
            pass
    assert clock.sleeps == [5.0]


async def test_robots_rules_and_sitemaps():
    rules = politeness("User-agent: *\nDisallow: /admin/\nSitemap: http://a.test/sm.xml\n", FakeClock())
    assert await rules.allowed("http://a.test/news/1.html")
    assert not await rules.allowed("http://a.test/admin/1.html")
    assert await rules.sitemaps("http://a.test/") == ["http://a.test/sm.xml"]


async def test_robots_is_loaded_once_per_host_even_when_asked_concurrently():
    loads = []

    async def load(url: str) -> str | None:
        loads.append(url)
        await asyncio.sleep(0)
        return None

    rules = Politeness(load, user_agent="newswatch")
    await asyncio.gather(*(rules.allowed(f"http://a.test/{i}") for i in range(5)))
    assert loads == ["http://a.test/robots.txt"]

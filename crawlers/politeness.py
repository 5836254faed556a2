"""Per-host politeness: robots.txt rules, a minimum delay and a concurrency cap per host.

The clock and the robots fetcher are injected, so rules can be tested without a network.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

from crawlers.urls import host_of, resolve

__all__ = ["HostPolicy", "Politeness"]

LOGGER = logging.getLogger(__name__)

MAX_CRAWL_DELAY = 10.0

RobotsLoader = Callable[[str], Awaitable[str | None]]


@dataclass
class HostPolicy:
    """What one host allows: parsed robots rules and the pacing state."""

    robots: Protego | None
    delay: float
    slots: asyncio.Semaphore
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Politeness:
    """Decides whether a URL may be fetched and paces requests to each host."""

    def __init__(
        self,
        load_robots: RobotsLoader,
        *,
        user_agent: str,
        delay: float = 1.0,
        concurrency: int = 2,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._load_robots = load_robots
        self._user_agent = user_agent
        self._delay = delay
        self._concurrency = concurrency
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, HostPolicy] = {}
        self._loading: dict[str, asyncio.Lock] = {}

    async def policy(self, url: str) -> HostPolicy:
        host = host_of(url)
        if host in self._hosts:
            return self._hosts[host]
        lock = self._loading.setdefault(host, asyncio.Lock())
        async with lock:
            if host not in self._hosts:
                self._hosts[host] = await self._new_policy(url)
        return self._hosts[host]

    async def _new_policy(self, url: str) -> HostPolicy:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        body = await self._load_robots(robots_url)
        robots = Protego.parse(body) if body else None
        delay = self._delay
        if robots is not None:
            crawl_delay = robots.crawl_delay(self._user_agent)
            if crawl_delay:
                delay = max(delay, min(float(crawl_delay), MAX_CRAWL_DELAY))
        return HostPolicy(robots=robots, delay=delay, slots=asyncio.Semaphore(self._concurrency))

    async def allowed(self, url: str) -> bool:
        policy = await self.policy(url)
        return policy.robots is None or bool(policy.robots.can_fetch(url, self._user_agent))

    async def sitemaps(self, url: str) -> list[str]:
        """Sitemaps that the host's robots.txt announces."""
        policy = await self.policy(url)
        if policy.robots is None:
            return []
        found = (resolve(url, sitemap) for sitemap in policy.robots.sitemaps)  # may be relative
        return [sitemap for sitemap in found if sitemap]

    async def defer(self, url: str, seconds: float) -> None:
        """Start nothing on the URL's host for ``seconds`` (the server sent Retry-After)."""
        policy = await self.policy(url)
        async with policy.lock:
            policy.next_start = max(policy.next_start, self._clock() + seconds)

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's concurrency slots, started no sooner than its delay allows."""
        policy = await self.policy(url)
        async with policy.slots:
            async with policy.lock:
                wait = policy.next_start - self._clock()
                policy.next_start = max(policy.next_start, self._clock()) + policy.delay
            if wait > 0:
                await self._sleep(wait)
            yield

"""Fictional Arabic news outlets served on loopback, with the expected outcome of every URL.

Tests, the demo and the benchmarks crawl these instead of the internet: three outlets (one in
windows-1256), RSS and Atom feeds, three sitemap shapes, robots.txt, and the awkward pages a
real crawler meets (slow, flaky, redirected, empty, huge, duplicated, not Arabic).

    async with FixtureSites(slow_delay=1.5) as sites:
        sites.sources, sites.pages, sites.url("sham", "/feed/")
        await sites.publish("sham", "bab-car-bomb-toll-rises")
"""

from __future__ import annotations

from .model import EXPECTED, FixturePage, RequestLog
from .server import FixtureSites

__all__ = ["EXPECTED", "FixturePage", "FixtureSites", "RequestLog"]

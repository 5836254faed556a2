"""Serve the fixture outlets on loopback: one aiohttp server, hence one host:port, per outlet.

Everything a crawler must cope with is real HTTP here: conditional GET on feeds, a slow page,
a page that fails once with 503, a 301 from an old URL, robots.txt, a 404, an empty page,
a huge page and a site in windows-1256 that never names its charset in the headers.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, Self
from urllib.parse import urlsplit

from aiohttp import web

from crawlers.sources import Source

from .build import OutletSite, Route, build_site, resolve_duplicates
from .feeds import atom, child_sitemap, robots_txt, rss, sitemap, to_datetime
from .model import FixturePage, Outlet, RequestLog, load_outlets, load_stories
from .render import render_listing, render_simple

__all__ = ["FixtureSites"]

HOST = "127.0.0.1"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class FixtureSites:
    """Start every fixture outlet on 127.0.0.1 (random ports) for the ``async with`` block."""

    def __init__(self, slow_delay: float = 1.5, host: str = HOST) -> None:
        self.slow_delay = slow_delay
        self.host = host
        self.requests: list[RequestLog] = []
        self._sites: dict[str, OutletSite] = {}
        self._runners: list[web.AppRunner] = []

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        for outlet in load_outlets():
            base = await self._serve(outlet)
            self._sites[outlet.id] = build_site(outlet, base, load_stories(outlet.id))
        resolve_duplicates(self._sites)

    async def stop(self) -> None:
        for runner in self._runners:
            await runner.cleanup()
        self._runners.clear()

    async def _serve(self, outlet: Outlet) -> str:
        app = web.Application(middlewares=[self._log_middleware])
        app.router.add_route("*", "/{tail:.*}", self._handler(outlet.id))
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, 0)
        await site.start()
        self._runners.append(runner)
        server: Any = site._server
        port = server.sockets[0].getsockname()[1]
        return f"http://{self.host}:{port}"

    # -- public API -------------------------------------------------------------------------

    @property
    def sources(self) -> list[Source]:
        return [_source(s) for s in self._sites.values()]

    @property
    def pages(self) -> list[FixturePage]:
        return [p for s in self._sites.values() for p in s.pages]

    @property
    def allowed_hosts(self) -> tuple[str, ...]:
        """``host:port`` of every site: the crawler's allow-list (they serve on loopback)."""
        return tuple(urlsplit(site.base).netloc for site in self._sites.values())

    def url(self, outlet_id: str, path: str) -> str:
        return self._sites[outlet_id].base + path

    def base(self, outlet_id: str) -> str:
        return self._sites[outlet_id].base

    async def publish(self, outlet_id: str, slug: str) -> str:
        """Release a held-back story; returns its URL."""
        site = self._sites[outlet_id]
        site.published.add(slug)
        return site.url_of(site.story(slug))

    # -- serving ----------------------------------------------------------------------------

    @web.middleware
    async def _log_middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        arrived = time.monotonic()
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            self._log(request, exc.status, arrived)
            raise
        self._log(request, response.status, arrived)
        return response

    def _log(self, request: web.Request, status: int, at: float) -> None:
        headers = dict(request.headers)
        entry = RequestLog(request.host, request.path_qs, request.method, status, headers, at)
        self.requests.append(entry)

    def _handler(self, outlet_id: str) -> Handler:
        async def handle(request: web.Request) -> web.StreamResponse:
            site = self._sites[outlet_id]
            route = site.routes.get(request.path_qs) or site.routes.get(request.path)
            if route is None and request.path.startswith("/category/c"):
                route = Route("category")
            return await self._respond(site, route, request)

        return handle

    async def _respond(
        self, site: OutletSite, route: Route | None, request: web.Request
    ) -> web.StreamResponse:
        kind = route.kind if route else "missing"
        if route is None or kind == "not_found":
            return _html(site, _not_found_page(site), status=404)
        if kind == "article":
            return await self._article(site, route, request)
        if kind == "redirect":
            assert route.story is not None
            if route.story.slug not in site.published:
                return _html(site, _not_found_page(site), status=404)
            raise web.HTTPMovedPermanently(site.url_of(route.story))
        return _dynamic(site, route, request)

    async def _article(
        self, site: OutletSite, route: Route, request: web.Request
    ) -> web.StreamResponse:
        story = route.story
        assert story is not None
        if story.slug not in site.published:
            return _html(site, _not_found_page(site), status=404)
        if story.behaviour == "slow":
            await asyncio.sleep(self.slow_delay)
        if story.behaviour == "flaky" and story.slug not in site.flaked:
            site.flaked.add(story.slug)
            return web.Response(status=503, text="Service Unavailable", headers={"Retry-After": "1"})
        return _html(site, route.body)


def _dynamic(site: OutletSite, route: Route, request: web.Request) -> web.StreamResponse:
    """Pages rebuilt per request because they list what is published right now."""
    kind = route.kind
    if kind == "home":
        return _html(site, _home(site))
    if kind == "section":
        assert route.special is not None
        return _html(site, _section(site, route.special.section))
    if kind == "category":
        return _html(site, render_listing(site.outlet, site.base, site.outlet.name, []))
    if kind in ("empty", "too_large", "robots"):
        return _html(site, route.body)
    if kind == "robots.txt":
        return web.Response(text=robots_txt(site.outlet, site.base), content_type="text/plain")
    return _xml(site, kind, request)


def _xml(site: OutletSite, kind: str, request: web.Request) -> web.StreamResponse:
    items = site.items()
    outlet = site.outlet
    if kind == "rss":
        body, ctype = rss(outlet, site.base, items).encode(), "application/rss+xml; charset=utf-8"
    elif kind == "atom":
        enc = outlet.encoding
        body, ctype = atom(outlet, site.base, items, enc).encode(enc), "application/atom+xml"
    elif kind == "sitemap":
        body, ctype = sitemap(outlet, site.base, items).encode(), "application/xml"
    else:
        body, ctype = child_sitemap(outlet, items).encode(), "application/xml"
    modified = to_datetime(items[0].story, outlet) if items else None
    return _conditional(request, body, ctype, modified)


def _conditional(
    request: web.Request, body: bytes, ctype: str, modified: Any
) -> web.StreamResponse:
    """Answer 304 when the client's validators still match this representation."""
    etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Content-Type": ctype}
    if modified is not None:
        headers["Last-Modified"] = _http_date(modified)
    if _not_modified(request, etag, modified):
        del headers["Content-Type"]
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, headers=headers)


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def _not_modified(request: web.Request, etag: str, modified: Any) -> bool:
    match = request.headers.get("If-None-Match")
    if match is not None:
        return etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*"
    since = request.headers.get("If-Modified-Since")
    if since is None or modified is None:
        return False
    try:
        return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


def _html(site: OutletSite, body: bytes, status: int = 200) -> web.Response:
    """HTML response; the windows-1256 outlet sends no charset parameter, as old CMSs do."""
    ctype = "text/html" if site.outlet.encoding != "utf-8" else "text/html; charset=utf-8"
    return web.Response(body=body, status=status, headers={"Content-Type": ctype})


def _not_found_page(site: OutletSite) -> bytes:
    main = '<h1 class="error-404">الصفحة غير موجودة</h1><p>عذراً، الرابط الذي طلبته غير متوفر.</p>'
    return render_simple(site.outlet, site.base, "404 - الصفحة غير موجودة", main)


def _home(site: OutletSite) -> bytes:
    links = [(site.base + s.path, s.name) for s in site.outlet.sections]
    links += [(i.url, i.story.title) for i in site.items()[:12]]
    return render_listing(site.outlet, site.base, site.outlet.name, links)


def _section(site: OutletSite, key: str) -> bytes:
    section = next(s for s in site.outlet.sections if s.key == key)
    links = [(i.url, i.story.title) for i in site.items() if i.story.section == key]
    links += [(site.base + sp.path, sp.title) for sp in site.outlet.specials if sp.section == key]
    return render_listing(site.outlet, site.base, section.name, links)


def _source(site: OutletSite) -> Source:
    outlet = site.outlet
    return Source(
        id=outlet.id,
        name=outlet.name,
        homepage=site.base + "/",
        feeds=[site.base + p for p in outlet.feeds.values()],
        sitemaps=[site.base + outlet.sitemap_path],
        sections=[site.base + s.path for s in outlet.sections],
        lang="ar",
        country="SY",
    )

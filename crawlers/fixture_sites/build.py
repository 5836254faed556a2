"""Lay one outlet out as URLs: routes to serve and the ``FixturePage`` each URL should yield.

Article pages are rendered once here (they never change); listings, feeds and sitemaps are
built per request because ``publish()`` changes them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .feeds import FeedItem
from .model import FixturePage, Outlet, Special, Story
from .render import article_url, date_label, render_article, render_simple

__all__ = ["HUGE_PAGE_BYTES", "OutletSite", "Route", "build_site", "resolve_duplicates"]

HUGE_PAGE_BYTES = 6_000_000
HOME_ALIASES = {"furat": ["/index.php"], "idlib": ["/ar"]}


@dataclass
class Route:
    """What a path serves: ``kind`` picks the handler, ``body`` holds pre-rendered bytes."""

    kind: str
    story: Story | None = None
    special: Special | None = None
    body: bytes = b""


@dataclass
class OutletSite:
    """One outlet's live state: its routes, what is published, what has failed once."""

    outlet: Outlet
    base: str
    stories: list[Story]
    routes: dict[str, Route] = field(default_factory=dict)
    published: set[str] = field(default_factory=set)
    flaked: set[str] = field(default_factory=set)
    pages: list[FixturePage] = field(default_factory=list)

    def story(self, slug: str) -> Story:
        return next(s for s in self.stories if s.slug == slug)

    def url_of(self, story: Story) -> str:
        return article_url(self.base, self.outlet, story)

    def path_of(self, story: Story) -> str:
        return self.url_of(story)[len(self.base) :]

    def items(self) -> list[FeedItem]:
        """Published stories, newest first, as feeds and sitemaps list them."""
        live = [s for s in self.stories if s.slug in self.published]
        live.sort(key=lambda s: s.iso, reverse=True)
        return [FeedItem(s, self.url_of(s), self._feed_link(s)) for s in live]

    def _feed_link(self, story: Story) -> str:
        return self.base + story.redirect_from if story.redirect_from else self.url_of(story)


def build_site(outlet: Outlet, base: str, stories: list[Story]) -> OutletSite:
    site = OutletSite(outlet, base, stories)
    site.published = {s.slug for s in stories if s.published}
    _add_fixed_routes(site)
    for story in stories:
        _add_story(site, story)
    for special in outlet.specials:
        _add_special(site, special)
    return site


def _add_fixed_routes(site: OutletSite) -> None:
    outlet = site.outlet
    for path in ["/", *HOME_ALIASES.get(outlet.id, [])]:
        site.routes[path] = Route("home")
        site.pages.append(_listing_page(site, path, "home", outlet.name))
    for section in outlet.sections:
        marker = Special("section", section.path, section.key, section.name)
        site.routes[section.path] = Route("section", special=marker)
        site.pages.append(_listing_page(site, section.path, section.key, section.name))
    for kind, path in outlet.feeds.items():
        site.routes[path] = Route(kind)
    site.routes[outlet.sitemap_path] = Route("sitemap")
    site.routes["/sitemaps/posts-1.xml"] = Route("child_sitemap")
    site.routes["/robots.txt"] = Route("robots.txt")


def _listing_page(site: OutletSite, path: str, slug: str, title: str) -> FixturePage:
    return FixturePage(
        url=site.base + path,
        outlet_id=site.outlet.id,
        slug=slug,
        expected="not_article",
        title=title,
        encoding=site.outlet.encoding,
    )


def _add_story(site: OutletSite, story: Story) -> None:
    url = site.url_of(story)
    rendered = render_article(site.outlet, story, site.base, url)
    site.routes[site.path_of(story)] = Route("article", story=story, body=rendered.body)
    if story.redirect_from:
        site.routes[story.redirect_from] = Route("redirect", story=story)
    site.pages.append(
        FixturePage(
            url=url,
            outlet_id=site.outlet.id,
            slug=story.slug,
            expected=story.expected,
            title=story.title,
            date=story.date,
            author=story.author,
            duplicate_of=story.duplicate_of,
            boilerplate=rendered.boilerplate,
            body_snippets=list(story.snippets),
            events=list(story.events),
            published=story.published,
            encoding=site.outlet.encoding,
            behaviour=story.behaviour,
            redirect_from=site.base + story.redirect_from if story.redirect_from else None,
            lang=story.lang,
        )
    )


def _add_special(site: OutletSite, special: Special) -> None:
    site.routes[special.path] = Route(special.kind, special=special, body=_special_body(site, special))
    original = site.story(special.of) if special.of else None
    site.pages.append(
        FixturePage(
            url=site.base + special.path,
            outlet_id=site.outlet.id,
            slug=special.path.strip("/").replace("/", "-"),
            expected=special.kind,
            title=original.title if original else special.title,
            date=original.date if original else None,
            author=original.author if original else None,
            encoding=site.outlet.encoding,
        )
    )


def _special_body(site: OutletSite, special: Special) -> bytes:
    if special.kind == "too_large":
        return huge_page(site)
    if special.kind == "robots" and special.of:
        return print_page(site, site.story(special.of))
    return b""


def print_page(site: OutletSite, story: Story) -> bytes:
    """The printer-friendly copy robots.txt forbids."""
    body = "".join(f"<p>{p}</p>" for p in story.paragraphs)
    main = f'<div class="print"><h1>{story.title}</h1><p>{date_label(story.date)}</p>{body}</div>'
    return render_simple(site.outlet, site.base, story.title, main)


def huge_page(site: OutletSite) -> bytes:
    """A live-coverage archive of about 6 MB: real markup, far too big to be one article."""
    paragraphs = [p for s in site.stories if s.lang == "ar" for p in s.paragraphs]
    entries: list[str] = []
    size = 0
    n = 0
    while size < HUGE_PAGE_BYTES:
        text = paragraphs[n % len(paragraphs)]
        entry = (
            f'<div class="liveEntry" id="e{n}"><span class="liveTime">'
            f"{n // 60 % 24:02d}:{n % 60:02d}</span><p>{text}</p></div>\n"
        )
        entries.append(entry)
        size += len(entry.encode(site.outlet.encoding))
        n += 1
    main = '<h1 class="newsTitle">تغطية مباشرة - الأرشيف الكامل</h1>' + "".join(entries)
    return render_simple(site.outlet, site.base, "تغطية مباشرة", main)


def resolve_duplicates(sites: dict[str, OutletSite]) -> None:
    """Turn ``duplicate_of: outlet/slug`` references into the original's URL."""
    for site in sites.values():
        site.pages = [_resolved(page, sites) for page in site.pages]


def _resolved(page: FixturePage, sites: dict[str, OutletSite]) -> FixturePage:
    if not page.duplicate_of or "://" in page.duplicate_of:
        return page
    outlet_id, slug = page.duplicate_of.split("/", 1)
    original = sites[outlet_id]
    return dataclasses.replace(page, duplicate_of=original.url_of(original.story(slug)))

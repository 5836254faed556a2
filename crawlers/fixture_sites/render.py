"""Turn stories into the HTML a real Arabic news site would serve.

Article pages carry everything a cleaner has to throw away (mega menus, tickers, share bars,
"most read" and weather boxes, related links, reader comments, ad slots, inline scripts) and
are padded with ad configuration to the 100–200 KB of real pages. Each outlet has its own
layout so that cleaning is not tuned to one page structure. Templates are ``string.Template``
files in ``templates/``; the furniture text is data in ``chrome.yaml``.
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from string import Template
from typing import Any

import yaml

from .model import Outlet, Story

__all__ = ["Rendered", "article_url", "render_article", "render_listing", "render_simple"]

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
MIN_PAGE_BYTES = 115_000
PAGE_BYTES_SPREAD = 60_000
AR_MONTHS = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
)  # fmt: skip


@dataclass(frozen=True)
class Rendered:
    """An article page as bytes plus the furniture strings it contains."""

    body: bytes
    boilerplate: list[str]


@cache
def template(name: str) -> Template:
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


@cache
def chrome(outlet_id: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((HERE / "chrome.yaml").read_text(encoding="utf-8"))
    return data[outlet_id]


def article_url(base: str, outlet: Outlet, story: Story) -> str:
    """The canonical absolute URL of a story on its outlet."""
    y, m, d = story.date.split("-")
    pattern = outlet.article_path
    if story.lang != "ar" and outlet.english_path:
        pattern = outlet.english_path
    return base + pattern.format(slug=story.slug, y=y, m=m, d=d, section=story.section)


def date_label(iso_date: str) -> str:
    """A date as Syrian sites print it: ``23 كانون الثاني 2020``."""
    y, m, d = iso_date.split("-")
    return f"{int(d)} {AR_MONTHS[int(m) - 1]} {y}"


def _picker(slug: str) -> random.Random:
    return random.Random(zlib.crc32(slug.encode("utf-8")))


def _e(text: str) -> str:
    return escape(text, quote=False)


def render_article(outlet: Outlet, story: Story, base: str, url: str) -> Rendered:
    """The full article page, encoded in the outlet's charset."""
    furniture = Furniture.pick(outlet, story.slug, base)
    section = next(s for s in outlet.sections if s.key == story.section)
    fields = {
        "base": base,
        "url": url,
        "slug": story.slug,
        "title": _e(story.title),
        "author": _e(story.author),
        "author_slug": story.slug.split("-")[0],
        "date_label": date_label(story.date) + " - " + story.time,
        "iso_tz": story.iso + outlet.tz,
        "section_url": base + section.path,
        "section_name": _e(section.name),
        "body": _body(story),
        "tags": _tags(outlet, story, base),
        "share": _e(furniture.share),
        "share_count": str(40 + len(story.slug) * 7),
        "related": furniture.related_html(outlet.layout),
        "comments": furniture.comments_html(outlet.layout),
        "comment_count": str(len(furniture.comments)),
    }
    main = template(f"{outlet.layout}_article.html").substitute(fields)
    page = _shell(outlet, story, base, url, main, furniture)
    extra = [*story.boilerplate, *_static_boilerplate(outlet)]
    return Rendered(page, furniture.strings() + extra)


def _static_boilerplate(outlet: Outlet) -> list[str]:
    data = chrome(outlet.id)
    return [data["copyright"]]


def _shell(
    outlet: Outlet, story: Story, base: str, url: str, main: str, furniture: Furniture
) -> bytes:
    fields = {
        "lang": story.lang,
        "dir": "rtl" if story.lang == "ar" else "ltr",
        "base": base,
        "meta_charset": _meta_charset(outlet, story.meta_charset),
        "title_tag": _e(f"{story.title} | {outlet.name}"),
        "head_meta": _head_meta(outlet, story, url),
        "jsonld": _jsonld(outlet, story, url, base),
        "body_class": f"single single-post postid-{zlib.crc32(story.slug.encode()) % 99999}",
        "today_label": date_label(story.date),
        "nav": mega_menu(outlet, base),
        "ticker": ticker_html(outlet),
        "main": main,
        "sidebar": furniture.sidebar_html(outlet.layout),
        "footer": footer_html(outlet, base),
        "padding": "$padding",
    }
    html = template(f"{outlet.layout}_page.html").substitute(fields)
    target = MIN_PAGE_BYTES + zlib.crc32(story.slug.encode()) % PAGE_BYTES_SPREAD
    return _pad(html, outlet.encoding, target, outlet.id)


def _meta_charset(outlet: Outlet, wanted: bool) -> str:
    if not wanted:
        return ""
    if outlet.encoding == "utf-8":
        return '<meta charset="utf-8">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={outlet.encoding}">'


def _head_meta(outlet: Outlet, story: Story, url: str) -> str:
    lead = _e(story.paragraphs[0][:160])
    iso = story.iso + outlet.tz
    tags = [
        f'<meta name="description" content="{lead}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(story.title)}">',
        f'<meta property="og:description" content="{lead}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:site_name" content="{escape(outlet.name)}">',
        f'<meta property="og:locale" content="{"ar_AR" if story.lang == "ar" else "en_US"}">',
        f'<meta property="article:published_time" content="{iso}">',
        f'<meta property="article:modified_time" content="{iso}">',
        f'<meta property="article:section" content="{escape(story.section)}">',
        f'<meta name="author" content="{escape(story.author)}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{escape(story.title)}">',
    ]
    return "\n".join(tags)


def _jsonld(outlet: Outlet, story: Story, url: str, base: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": story.title,
        "inLanguage": story.lang,
        "datePublished": story.iso + outlet.tz,
        "dateModified": story.iso + outlet.tz,
        "author": {"@type": "Person", "name": story.author},
        "publisher": {
            "@type": "Organization",
            "name": outlet.name,
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "image": [f"{base}/media/{story.slug}.jpg"],
    }
    dumped = json.dumps(data, ensure_ascii=False, indent=1)
    return f'<script type="application/ld+json">{dumped}</script>'


def _body(story: Story) -> str:
    paragraphs = [f"<p>{_e(p)}</p>" for p in story.paragraphs]
    if story.embed:
        quote = "<br>".join(_e(line) for line in story.embed.splitlines())
        embed = f'<blockquote class="fb-xfbml-parse-ignore embed-post">{quote}</blockquote>'
        paragraphs.insert(2, embed)
    return "\n".join(paragraphs)


def _tags(outlet: Outlet, story: Story, base: str) -> str:
    items = []
    for i, tag in enumerate(story.tags):
        href = f"{base}/tag/{zlib.crc32(tag.encode()) % 9000 + i}/"
        if outlet.layout == "idlib":
            items.append(f'<li><a rel="tag" href="{href}">{_e(tag)}</a></li>')
        else:
            items.append(f'<a rel="tag" href="{href}">{_e(tag)}</a>')
    return " ".join(items)


@dataclass(frozen=True)
class Furniture:
    """The per-page choice of boxes, links and comments."""

    base: str
    share: str
    related: list[str]
    most_read: list[str]
    comments: list[tuple[str, str]]
    weather: list[str]
    ticker: list[str]

    @classmethod
    def pick(cls, outlet: Outlet, slug: str, base: str) -> Furniture:
        data = chrome(outlet.id)
        rng = _picker(slug)
        return cls(
            base=base,
            share=data["share"],
            related=rng.sample(data["related"], 4),
            most_read=rng.sample(data["most_read"], 5),
            comments=[tuple(c) for c in rng.sample(data["comments"], 4)],  # type: ignore[misc]
            weather=list(data["weather"]),
            ticker=list(data["ticker"]),
        )

    def strings(self) -> list[str]:
        texts = [c[1] for c in self.comments]
        return [self.share, *self.related, *self.most_read, *texts, *self.weather, *self.ticker]

    def _link(self, i: int) -> str:
        return f"{self.base}/archive/{1000 + i * 37}/"

    def related_html(self, layout: str) -> str:
        if layout == "sham":
            return "".join(
                f'<article class="jeg_post jeg_pl_md_1"><div class="jeg_postblock_content">'
                f'<h3 class="jeg_post_title"><a href="{self._link(i)}">{_e(t)}</a></h3>'
                f"</div></article>"
                for i, t in enumerate(self.related)
            )
        return "".join(
            f'<li><a href="{self._link(i)}">{_e(t)}</a></li>' for i, t in enumerate(self.related)
        )

    def comments_html(self, layout: str) -> str:
        if layout == "sham":
            row = (
                '<li class="comment even thread-even depth-1"><div class="comment-body">'
                '<div class="comment-author vcard"><cite class="fn">{n}</cite></div>'
                '<div class="comment-content"><p>{t}</p></div>'
                '<div class="reply"><a class="comment-reply-link" href="#respond">رد</a>'
                "</div></div></li>"
            )
        elif layout == "furat":
            row = '<tr class="cmntRow"><td><b>{n}</b><br><span class="cmntText">{t}</span></td></tr>'
        else:
            row = (
                '<li class="comment"><p class="comment__author">{n}</p>'
                '<p class="comment__text">{t}</p>'
                '<button class="comment__like" type="button">أعجبني</button></li>'
            )
        return "".join(row.format(n=_e(n), t=_e(t)) for n, t in self.comments)

    def sidebar_html(self, layout: str) -> str:
        most = "".join(
            f'<li><a href="{self._link(10 + i)}">{_e(t)}</a></li>'
            for i, t in enumerate(self.most_read)
        )
        weather = "".join(f"<li>{_e(w)}</li>" for w in self.weather)
        if layout == "sham":
            return (
                '<div class="widget widget_popular_posts"><div class="jeg_block_heading">'
                f'<h3 class="jeg_block_title">الأكثر قراءة</h3></div><ol>{most}</ol></div>'
                '<div class="widget jeg_ad_widget"><div id="div-gpt-ad-sidebar" class="ad-slot"'
                ' data-ad-slot="sham_sidebar_mpu"></div></div>'
                f'<div class="widget jeg_weather_widget"><h3>طقس اليوم</h3><ul>{weather}</ul></div>'
            )
        if layout == "furat":
            return (
                f'<div class="boxHead">الأكثر قراءة</div><ul class="mostRead">{most}</ul>'
                f'<div class="boxHead">حالة الطقس</div><ul class="weatherBox">{weather}</ul>'
            )
        return (
            f'<section class="widget most-read"><h2>الأكثر قراءة</h2><ol>{most}</ol></section>'
            f'<section class="widget weather"><h2>الطقس</h2><ul>{weather}</ul></section>'
            '<div class="widget ad" data-ad-unit="sawt/sidebar" data-sizes="300x600"></div>'
        )


def mega_menu(outlet: Outlet, base: str) -> str:
    """The big navigation menu of article pages (links into category pages)."""
    items = []
    for i, (label, children) in enumerate(chrome(outlet.id)["menu"].items()):
        subs = "".join(
            f'<li class="menu-item menu-item-type-taxonomy"><a href="{base}/category/c{i}-{j}/">'
            f"{_e(child)}</a></li>"
            for j, child in enumerate(children)
        )
        items.append(
            f'<li class="menu-item menu-item-has-children"><a href="{base}/category/c{i}/">'
            f'{_e(label)}</a><ul class="sub-menu">{subs}</ul></li>'
        )
    return "".join(items)


def ticker_html(outlet: Outlet) -> str:
    items = "".join(f"<li>{_e(t)}</li>" for t in chrome(outlet.id)["ticker"])
    if outlet.layout == "sham":
        return (
            '<div class="jeg_breakingnews clearfix"><div class="jeg_breakingnews_title">'
            f'عاجل</div><div class="jeg_news_ticker"><ul>{items}</ul></div></div>'
        )
    if outlet.layout == "furat":
        return (
            '<div class="newsBar"><b>آخر الأخبار:</b> <marquee direction="right">'
            f"<ul>{items}</ul></marquee></div>"
        )
    return (
        '<div class="breaking" role="marquee" aria-live="off"><span>عاجل</span>'
        f"<ul>{items}</ul></div>"
    )


def footer_html(outlet: Outlet, base: str) -> str:
    data = chrome(outlet.id)
    links = " | ".join(
        f'<a href="{base}/page/{i}/">{_e(label)}</a>' for i, label in enumerate(data["footer"])
    )
    sections = " | ".join(f'<a href="{base}{s.path}">{_e(s.name)}</a>' for s in outlet.sections)
    return (
        f'<div class="footer-links">{links}</div>'
        f'<div class="footer-sections">{sections}</div>'
        f'<p class="copyright">{_e(data["copyright"])}</p>'
    )


def _pad(html: str, encoding: str, target: int, outlet_id: str) -> bytes:
    """Fill the ``$padding`` slot with ad-slot configuration up to ``target`` bytes."""
    empty = html.replace("$padding", "").encode(encoding)
    missing = target - len(empty)
    if missing <= 200:
        return empty
    return html.replace("$padding", _ad_config(outlet_id, missing)).encode(encoding)


def _ad_config(outlet_id: str, size: int) -> str:
    head = "<script>window.adSlots=["
    tail = "];googletag.cmd.push(function(){adSlots.forEach(defineSlot)});</script>"
    slots: list[str] = []
    length = len(head) + len(tail)
    n = 0
    while length < size:
        slot = json.dumps(
            {
                "id": f"div-gpt-ad-{1580000000 + n * 7919}-{n % 9}",
                "path": f"/21775744923/{outlet_id}/{['article', 'home', 'section'][n % 3]}/slot_{n}",
                "sizes": [[300, 250], [336, 280], [728, 90]][: 1 + n % 3],
                "targeting": {"pos": str(n % 12), "kw": f"k{n * 31 % 1000}", "refresh": n % 2 == 0},
            },
            separators=(",", ":"),
        )
        slots.append(slot)
        length += len(slot) + 1
        n += 1
    return head + ",".join(slots) + tail


def render_simple(outlet: Outlet, base: str, title: str, main: str, lang: str = "ar") -> bytes:
    """A light page in the outlet's layout (listings, print views, error pages)."""
    fields = {
        "lang": lang,
        "dir": "rtl" if lang == "ar" else "ltr",
        "base": base,
        "meta_charset": _meta_charset(outlet, True),
        "title_tag": _e(title),
        "head_meta": "",
        "jsonld": "",
        "body_class": "listing",
        "today_label": "",
        "nav": "".join(
            f'<li class="menu-item"><a href="{base}{s.path}">{_e(s.name)}</a></li>'
            for s in outlet.sections
        ),
        "ticker": "",
        "main": main,
        "sidebar": "",
        "footer": f'<p class="copyright">{_e(chrome(outlet.id)["copyright"])}</p>',
        "padding": "",
    }
    return template(f"{outlet.layout}_page.html").substitute(fields).encode(outlet.encoding)


def render_listing(outlet: Outlet, base: str, title: str, links: list[tuple[str, str]]) -> bytes:
    """A home or section page: a heading and a list of links."""
    items = "".join(f'<li class="item"><a href="{u}">{_e(t)}</a></li>' for u, t in links)
    main = f'<h1 class="listing-title">{_e(title)}</h1><ul class="listing">{items}</ul>'
    return render_simple(outlet, base, f"{title} | {outlet.name}", main)

"""Many cheap outlets on loopback that publish while they are crawled: for scale and latency.

Each outlet is its own aiohttp server (its own host:port, so per-host politeness applies) with
an RSS feed (ETag, Last-Modified, 304), a home page listing the latest stories, robots.txt with
a crawl delay, and story pages. Stories are generated: one violent incident each, in a
different town of the gazetteer, so every story is its own incident and raises its own alert.
``publish`` releases an outlet's next story and remembers when, to the millisecond, which is
what publication → alert latency is measured from. Every request is logged.

    async with GeneratedOutlets(50, seed=1) as outlets:
        outlets.sources; await outlets.publish("gen07"); outlets.published; outlets.requests
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from pathlib import Path
from typing import Any, Self

import yaml
from aiohttp import web

from crawlers.sources import Source

from .model import RequestLog

__all__ = ["GeneratedOutlets", "Publication"]

PLACES = Path(__file__).resolve().parents[2] / "streams" / "extraction" / "gazetteers" / "places.yaml"
HOST = "127.0.0.1"
FEED_ITEMS = 20
# Varied enough that two generated stories stay well below the near-duplicate threshold.
LEADS = (
    "قُتل {k} مدنيين وأصيب {i} آخرون، اليوم، جراء قصف مدفعي لقوات النظام استهدف بلدة {town}"
    " في ريف {gov}، بحسب ما أفاد مراسلون محليون.",
    "لقي {k} أشخاص مصرعهم وجرح {i} آخرون، صباح اليوم، في غارة جوية روسية على أطراف بلدة {town}"
    " بريف {gov}، وفق ما أعلنت فرق الدفاع المدني.",
    "قتل {k} عناصر من قوات النظام وأصيب {i} آخرون في هجوم شنه مسلحون مجهولون على حاجز عسكري"
    " قرب {town} في محافظة {gov} فجر اليوم.",
    "أسفر انفجار عبوة ناسفة زرعها مجهولون على طريق {town} في ريف {gov} عن مقتل {k} أشخاص"
    " وإصابة {i} آخرين بجروح متفاوتة، مساء اليوم.",
)
DETAILS = (
    "وقال شهود عيان من أهالي {town} إن سيارات الإسعاف هرعت إلى المكان ونقلت الجرحى إلى"
    " المشافي الميدانية، وإن بين المصابين أطفالاً ونساء في حالة حرجة.",
    "وأظهرت صور تداولها ناشطون من {town} دماراً كبيراً في عدد من المنازل والمحال التجارية،"
    " واحتراق سيارات مدنية كانت متوقفة في الشارع الرئيسي للبلدة.",
    "وأكد مصدر طبي في مشفى قريب من {town} استقبال الجثث والمصابين، محذراً من نقص حاد في"
    " الأدوية والمستلزمات الجراحية اللازمة لعلاج الحالات الخطرة.",
    "ونقل مراسلنا في {gov} أن الأهالي بدأوا بمغادرة {town} باتجاه القرى المجاورة خشية تجدد"
    " الهجمات، في ظل غياب أي ملاجئ آمنة في المنطقة.",
)
FILLER = (
    "وتشهد المنطقة توتراً أمنياً متصاعداً منذ أسابيع، وسط تبادل للاتهامات بين الأطراف المتحاربة.",
    "وناشد ناشطون محليون المنظمات الإنسانية التدخل لتأمين المساعدات للعائلات النازحة.",
    "ولم يصدر أي تعليق رسمي حتى ساعة إعداد هذا الخبر حول ملابسات الحادثة.",
    "وتواصل فرق الإنقاذ البحث عن مفقودين تحت أنقاض الأبنية المتضررة في الأحياء السكنية.",
    "ويعاني السكان من انقطاع الكهرباء والمياه منذ أيام بسبب الأضرار التي لحقت بالشبكات العامة.",
    "وكانت الأمم المتحدة قد حذرت في تقرير سابق من تدهور الأوضاع الإنسانية في المنطقة.",
    "ويخشى المزارعون من خسارة مواسمهم بعد أن باتت حقولهم في مرمى النيران بشكل شبه يومي.",
    "وأغلقت المدارس أبوابها في القرى القريبة حفاظاً على سلامة الطلاب والكوادر التعليمية.",
    "وتحدثت مصادر محلية عن تحركات عسكرية وتعزيزات وصلت إلى خطوط التماس خلال الليلة الماضية.",
    "وارتفعت أسعار المواد الغذائية والمحروقات في الأسواق المحلية بشكل ملحوظ خلال الأسبوع الجاري.",
    "وطالبت منظمات حقوقية بفتح تحقيق مستقل في الانتهاكات المتكررة بحق المدنيين في المنطقة.",
    "ويقيم آلاف النازحين في مخيمات عشوائية تفتقر إلى أدنى مقومات الحياة مع اقتراب فصل الشتاء.",
)


@dataclass
class Story:
    slug: str
    title: str
    paragraphs: list[str]
    published: datetime | None = None


@dataclass
class Publication:
    """A story made public: where and when (wall clock)."""

    outlet_id: str
    url: str
    at: datetime


@dataclass
class Outlet:
    id: str
    name: str
    stories: list[Story]
    base: str = ""
    live: list[Story] = field(default_factory=list)

    def url_of(self, story: Story) -> str:
        return f"{self.base}/news/{story.slug}.html"


def _towns() -> list[tuple[str, str]]:
    """(town, governorate) in Arabic, from the gazetteer the extraction stage reads."""
    entries = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in entries}

    def governorate(entry: dict[str, Any]) -> dict[str, Any] | None:
        while entry.get("level") != "admin1":  # the governorate
            parent = by_id.get(entry.get("parent", ""))
            if parent is None:
                return None
            entry = parent
        return entry

    towns = []
    for entry in entries:
        gov = governorate(entry) if entry.get("level") == "town" else None
        if gov is not None and gov["id"] not in ("damascus",) and len(entry["ar"].split()) == 1:
            towns.append((entry["ar"], gov["ar"]))
    return towns


def _story(n: int, town: str, governorate: str, rng: random.Random) -> Story:
    killed, injured = rng.randint(2, 9), rng.randint(1, 12)
    fill = {"k": killed, "i": injured, "town": town, "gov": governorate}
    lead = rng.choice(LEADS).format(**fill)
    details = [d.format(**fill) for d in rng.sample(DETAILS, 2)]
    title = f"مقتل {killed} وإصابة {injured} في {town} بريف {governorate}"
    return Story(f"story-{n}", title, [lead, *details, " ".join(rng.sample(FILLER, 3))])


class GeneratedOutlets:
    """``n`` outlets, ``initial`` stories live on each at start, the rest held for ``publish``."""

    def __init__(
        self, n: int, *, stories: int = 8, initial: int = 1, seed: int = 0, crawl_delay: float = 1.0
    ) -> None:
        rng = random.Random(seed)
        towns = _towns()
        rng.shuffle(towns)
        if n * stories > len(towns):
            raise ValueError(f"only {len(towns)} distinct towns for {n * stories} stories")
        self.crawl_delay = crawl_delay
        self.outlets = {
            f"gen{i:02d}": Outlet(
                f"gen{i:02d}",
                f"شبكة الأخبار {i}",
                [_story(i * stories + k, *towns[i * stories + k], rng) for k in range(stories)],
            )
            for i in range(n)
        }
        self._initial = initial
        self.published: list[Publication] = []
        self.requests: list[RequestLog] = []
        self._runners: list[web.AppRunner] = []

    async def __aenter__(self) -> Self:
        for outlet in self.outlets.values():
            outlet.base = await self._serve(outlet)
            for _ in range(self._initial):
                await self.publish(outlet.id)
        return self

    async def __aexit__(self, *exc: object) -> None:
        for runner in self._runners:
            await runner.cleanup()

    @property
    def sources(self) -> list[Source]:
        return [
            Source(id=o.id, name=o.name, homepage=o.base + "/", feeds=[o.base + "/feed.xml"])
            for o in self.outlets.values()
        ]

    def remaining(self, outlet_id: str) -> int:
        outlet = self.outlets[outlet_id]
        return len(outlet.stories) - len(outlet.live)

    async def publish(self, outlet_id: str) -> Publication:
        """Make the outlet's next story public now."""
        outlet = self.outlets[outlet_id]
        story = outlet.stories[len(outlet.live)]
        story.published = datetime.now(UTC)
        outlet.live.append(story)
        publication = Publication(outlet_id, outlet.url_of(story), story.published)
        self.published.append(publication)
        return publication

    def fetch_counts(self, status: int = 200) -> Counter[str]:
        """How often each story page was served with ``status``, by ``outlet:/path``."""
        counts: Counter[str] = Counter()
        by_host = {o.base.split("//", 1)[1]: o.id for o in self.outlets.values()}
        for entry in self.requests:
            if entry.path.startswith("/news/") and entry.status == status:
                counts[f"{by_host.get(entry.host, entry.host)}:{entry.path}"] += 1
        return counts

    # -- serving ------------------------------------------------------------------------------

    async def _serve(self, outlet: Outlet) -> str:
        app = web.Application()
        app.router.add_get("/{tail:.*}", lambda request: self._handle(outlet, request))
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, HOST, 0)
        await site.start()
        self._runners.append(runner)
        server: Any = site._server
        return f"http://{HOST}:{server.sockets[0].getsockname()[1]}"

    async def _handle(self, outlet: Outlet, request: web.Request) -> web.StreamResponse:
        response = self._respond(outlet, request)
        self.requests.append(
            RequestLog(request.host, request.path, request.method, response.status, {}, time.monotonic())
        )
        return response

    def _respond(self, outlet: Outlet, request: web.Request) -> web.Response:
        path = request.path
        if path == "/robots.txt":
            return web.Response(text=f"User-agent: *\nCrawl-delay: {self.crawl_delay:g}\nAllow: /\n")
        if path == "/feed.xml":
            return _conditional(request, _rss(outlet).encode(), outlet.live[-1].published)
        if path == "/":
            return _html(_home(outlet))
        story = next((s for s in outlet.live if path == f"/news/{s.slug}.html"), None)
        if story is None:
            return _html(_page(outlet, "غير موجود", ["الصفحة غير موجودة"]), status=404)
        return _html(_page(outlet, story.title, story.paragraphs, story.published))


def _html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


def _conditional(request: web.Request, body: bytes, modified: datetime | None) -> web.Response:
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    headers = {"ETag": etag}
    if modified is not None:
        headers["Last-Modified"] = format_datetime(modified, usegmt=True)
    if request.headers.get("If-None-Match") == etag:
        return web.Response(status=304, headers=headers)
    since = request.headers.get("If-Modified-Since")
    unchanged_since = bool(
        since and modified and modified.replace(microsecond=0) <= parsedate_to_datetime(since)
    )
    if unchanged_since and "If-None-Match" not in request.headers:
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, headers=headers, content_type="application/rss+xml")


def _rss(outlet: Outlet) -> str:
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{outlet.url_of(s)}</link>"
        f"<guid>{outlet.url_of(s)}</guid>"
        f"<pubDate>{format_datetime(s.published, usegmt=True) if s.published else ''}</pubDate></item>"
        for s in reversed(outlet.live[-FEED_ITEMS:])
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(outlet.name)}</title><link>{outlet.base}/</link>{items}</channel></rss>"
    )


def _home(outlet: Outlet) -> str:
    links = "".join(
        f'<li><a href="{outlet.url_of(s)}">{escape(s.title)}</a></li>' for s in reversed(outlet.live[-12:])
    )
    return f"<html><head><title>{escape(outlet.name)}</title></head><body><ul>{links}</ul></body></html>"


def _page(outlet: Outlet, title: str, paragraphs: list[str], published: datetime | None = None) -> str:
    meta = (
        f'<meta property="article:published_time" content="{published.isoformat()}">' if published else ""
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{escape(title)} - {escape(outlet.name)}</title>{meta}</head><body>"
        f'<nav><a href="/">الرئيسية</a></nav><article><h1>{escape(title)}</h1>{body}</article>'
        f"<footer>جميع الحقوق محفوظة © {escape(outlet.name)}</footer></body></html>"
    )

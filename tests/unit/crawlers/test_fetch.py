"""Fetching rules, with the network stubbed by httpx.MockTransport."""

from datetime import UTC, datetime

import httpx
import pytest

from crawlers.exceptions import (
    BadCharset,
    HTTPStatusError,
    PageTooLarge,
    RobotsDisallowed,
    TransportError,
    UnsupportedURL,
)
from crawlers.fetch import Downloader, Fetcher, decode_body, retry_after, robots_loader, validators_of
from crawlers.politeness import Politeness

ARABIC = "<html><body><p>قُتل ثلاثة مدنيين في قصف على ريف إدلب الجنوبي</p></body></html>"


async def no_sleep(_: float) -> None:
    return None


def downloader_for(handler, max_bytes: int = 5_000_000, deadline: float = 5.0) -> Downloader:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return Downloader(client, max_bytes=max_bytes, deadline=deadline, max_redirects=3)


def fetcher_for(handler, robots: str | None = None, max_bytes: int = 5_000_000, **options) -> Fetcher:
    async def load_robots(url: str) -> str | None:
        return robots

    politeness = Politeness(load_robots, user_agent="newswatch", delay=0, sleep=no_sleep)
    return Fetcher(downloader_for(handler, max_bytes), politeness, sleep=no_sleep, **options)


def test_windows_1256_without_any_declared_charset_is_detected():
    body = ARABIC.encode("cp1256")
    text, encoding = decode_body(body, "text/html")
    assert "ريف إدلب" in text
    assert encoding == "cp1256"


def test_declared_charset_wins_over_detection():
    body = ARABIC.encode("cp1256")
    text, _ = decode_body(body, "text/html; charset=windows-1256")
    assert "قُتل ثلاثة" in text


def test_meta_charset_is_used_when_the_header_has_none():
    body = ('<meta charset="windows-1256">' + ARABIC).encode("cp1256")
    text, encoding = decode_body(body, "text/html")
    assert encoding == "cp1256" and "مدنيين" in text


async def test_5xx_is_retried_then_succeeds():
    calls = []

    def handler(request):
        calls.append(request.url)
        return httpx.Response(503) if len(calls) < 3 else httpx.Response(200, text=ARABIC)

    page = await fetcher_for(handler, retries=3).fetch("http://site.test/a")
    assert page.status == 200 and len(calls) == 3


async def test_5xx_after_last_retry_raises_with_status_reason():
    fetcher = fetcher_for(lambda request: httpx.Response(502), retries=2)
    with pytest.raises(HTTPStatusError) as caught:
        await fetcher.fetch("http://site.test/a")
    assert caught.value.reason == "http_502"


async def test_404_is_not_retried():
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(404)

    with pytest.raises(HTTPStatusError) as caught:
        await fetcher_for(handler, retries=3).fetch("http://site.test/missing")
    assert caught.value.reason == "http_404" and len(calls) == 1


async def test_timeouts_are_retried_and_reported():
    def handler(request):
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(TransportError) as caught:
        await fetcher_for(handler, retries=1).fetch("http://site.test/slow")
    assert caught.value.reason == "timeout"


async def test_body_over_the_cap_is_refused():
    fetcher = fetcher_for(lambda request: httpx.Response(200, content=b"x" * 5000), max_bytes=1000)
    with pytest.raises(PageTooLarge):
        await fetcher.fetch("http://site.test/huge")


async def test_robots_disallowed_path_is_never_requested():
    calls = []

    def handler(request):
        calls.append(1)
        return httpx.Response(200, text=ARABIC)

    fetcher = fetcher_for(handler, robots="User-agent: *\nDisallow: /private/\n")
    with pytest.raises(RobotsDisallowed):
        await fetcher.fetch("http://site.test/private/a.html")
    assert calls == []


async def test_conditional_get_returns_none_when_unchanged():
    def handler(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, text="<rss/>", headers={"ETag": '"v1"'})

    fetcher = fetcher_for(handler)
    page = await fetcher.fetch_if_changed("http://site.test/feed", {})
    assert page is not None
    assert validators_of(page) == {"If-None-Match": '"v1"'}
    assert (await fetcher.fetch_if_changed("http://site.test/feed", validators_of(page))) is None


def test_retry_after_reads_seconds_and_http_dates():
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    assert retry_after({"retry-after": "120"}) == 120.0
    assert retry_after({"retry-after": "Wed, 01 May 2024 12:00:30 GMT"}, now) == 30.0
    assert retry_after({"retry-after": "soon"}) is None
    assert retry_after({}) is None


async def test_a_long_retry_after_is_not_waited_out_inline_but_reported():
    calls = []

    def handler(request):
        calls.append(request.url.path)
        return httpx.Response(429, headers={"Retry-After": "600"})

    fetcher = fetcher_for(handler)
    with pytest.raises(HTTPStatusError) as raised:
        await fetcher.fetch("http://site.test/a.html")
    assert (raised.value.status, raised.value.retry_after, calls) == (429, 600.0, ["/a.html"])


async def test_a_short_retry_after_holds_the_host_then_retries():
    waits: list[float] = []
    answers = iter([httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200, text=ARABIC)])

    async def record(seconds: float) -> None:
        waits.append(seconds)

    downloader = downloader_for(lambda request: next(answers))

    async def load_robots(url: str) -> str | None:
        return None

    politeness = Politeness(load_robots, user_agent="newswatch", delay=0, sleep=record)
    page = await Fetcher(downloader, politeness, sleep=no_sleep).fetch("http://site.test/a.html")
    assert page.status == 200
    assert waits and waits[-1] == pytest.approx(2.0, abs=0.5)


def test_a_stray_invalid_byte_in_declared_utf8_keeps_the_page_utf8():
    body = ARABIC.encode("utf-8").replace("ثلاثة".encode(), b"\xff")
    text, encoding = decode_body(body, "text/html; charset=utf-8")
    assert encoding == "utf-8" and "ريف إدلب" in text and "\ufffd" in text


def test_a_stray_invalid_byte_in_undeclared_utf8_is_not_guessed_as_a_code_page():
    body = (ARABIC * 20).encode("utf-8") + b"\xff"
    text, encoding = decode_body(body, "text/html")
    assert encoding == "utf-8" and "ريف إدلب" in text


@pytest.mark.parametrize("charset", ["rot13", "base64", "zlib", "hex"])
def test_non_text_codecs_are_refused(charset):
    with pytest.raises(BadCharset):
        decode_body(ARABIC.encode(), f"text/html; charset={charset}")


def test_an_unknown_charset_name_falls_back_to_detection():
    text, encoding = decode_body(ARABIC.encode("cp1256"), "text/html; charset=x-no-such")
    assert encoding == "cp1256" and "مدنيين" in text


async def test_redirects_are_followed_hop_by_hop():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, text=ARABIC)

    page = await downloader_for(handler).get("http://site.test/old")
    assert page.url == "http://site.test/new" and page.requested_url == "http://site.test/old"


@pytest.mark.parametrize("location", ["file:///etc/passwd", "gopher://site.test/", "javascript:alert(1)"])
async def test_redirects_to_other_schemes_are_refused(location):
    downloader = downloader_for(lambda request: httpx.Response(302, headers={"Location": location}))
    with pytest.raises(UnsupportedURL):
        await downloader.get("http://site.test/a")


async def test_a_redirect_loop_ends_with_reason_redirects():
    downloader = downloader_for(lambda request: httpx.Response(302, headers={"Location": "/a"}))
    with pytest.raises(TransportError) as caught:
        await downloader.get("http://site.test/a")
    assert caught.value.reason == "redirects"


async def test_robots_txt_is_capped():
    loader = robots_loader(downloader_for(lambda request: httpx.Response(200, content=b"#" * 600_000)))
    assert await loader("http://site.test/robots.txt") is None

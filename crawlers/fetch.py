"""Fetching pages politely with an injected ``httpx.AsyncClient``.

Every request (page, feed, sitemap, robots.txt) is one ``Downloader.get``: redirects are
followed hop by hop (only to http/https; the SSRF guard in ``crawlers.guard`` checks each
connection), the body is streamed under a size cap (the decoded size, so a gzip bomb stops
at the cap), and the whole exchange has one deadline, so a server that trickles a byte at a
time cannot hold a request open past it. 5xx, 429 and timeouts are retried with backoff, and
a ``Retry-After`` is honoured by pausing the whole host in the politeness layer. Bodies are
decoded by the declared charset (header, then ``<meta>``) with bad bytes replaced; only when
nothing usable is declared is the encoding guessed — many Arabic sites serve windows-1256
with no charset at all.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import re
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import charset_normalizer
import httpx

from crawlers.exceptions import (
    BadCharset,
    CrawlError,
    HTTPStatusError,
    PageTooLarge,
    RobotsDisallowed,
    TransportError,
    UnsupportedURL,
)
from crawlers.guard import AddressGuard, guarded_transport
from crawlers.politeness import Politeness
from crawlers.urls import redact_url, resolve
from streams.extraction.arabic import ARABIC_LETTER
from streams.settings import Settings

__all__ = [
    "Downloader",
    "Fetcher",
    "Page",
    "decode_body",
    "new_client",
    "retry_after",
    "robots_loader",
    "validators_of",
]

LOGGER = logging.getLogger(__name__)

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ARABIC_CODEPAGES = ("cp1256", "iso8859-6")
SNIFF_BYTES = 65536
# Undeclared bytes that are UTF-8 but for a few stray bytes are UTF-8, not another code page.
MAX_STRAY_PER_MILLE = 5
# robots.txt beyond 500 KiB is ignored by the major crawlers; we do not read more either.
ROBOTS_MAX_BYTES = 512_000
MAX_INLINE_RETRY_AFTER = 30.0  # longer waits are left to the scheduler instead of a retry
INFLATE_WBITS = {"gzip": 31, "deflate": zlib.MAX_WBITS}


@dataclass
class Page:
    """A fetched, decoded response."""

    url: str
    requested_url: str
    status: int
    text: str
    encoding: str
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: str = ""


def new_client(settings: Settings) -> httpx.AsyncClient:
    """The client the crawler uses everywhere (one per process: it pools connections).
    It follows no redirects itself (``Downloader`` does, hop by hop) and connects only
    through the SSRF guard."""
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
    return httpx.AsyncClient(
        headers={
            "User-Agent": settings.user_agent,
            "Accept-Language": "ar,en;q=0.5",
            "Accept-Encoding": ", ".join(INFLATE_WBITS),  # what ``_decoded`` can bound
        },
        timeout=httpx.Timeout(settings.request_timeout),
        follow_redirects=False,
        transport=guarded_transport(AddressGuard(settings.allow_private_hosts), limits),
        trust_env=False,
    )


def _text_codec(name: str) -> str | None:
    """The codec for a declared charset; None if unknown; ``BadCharset`` for codecs that
    Python knows but that do not turn bytes into text (rot13, base64, zlib, ...)."""
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    try:
        b"x".decode(encoding)  # (empty bytes skip the codec check)
    except LookupError as exc:
        raise BadCharset(f"declared charset {name!r} is not a text encoding") from exc
    except UnicodeDecodeError:
        pass  # a text codec; one byte is just too short for it (utf-16, ...)
    return encoding


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode an HTML/XML body; returns ``(text, encoding used)``.

    A declared charset wins, bad bytes replaced (a stray byte must not send a UTF-8 page to
    the guesser, which reads it as some code page); undeclared bytes that are UTF-8 but for a
    few stray bytes are UTF-8; anything else is guessed."""
    declared: list[str] = []
    if content_type and (match := HEADER_CHARSET.search(content_type)):
        declared.append(match.group(1))
    if meta := META_CHARSET.search(body[:4096]):
        declared.append(meta.group(1).decode("ascii"))
    for name in declared:
        if encoding := _text_codec(name):
            return body.decode(encoding, errors="replace"), encoding
        LOGGER.debug("unknown declared charset %r ignored", name)
    text = body.decode("utf-8", errors="replace")
    if text.count("\ufffd") * 1000 <= MAX_STRAY_PER_MILLE * max(len(text), 1):
        return text, "utf-8"
    encoding = _most_arabic_decoding(body)
    return body.decode(encoding, errors="replace"), encoding


def _most_arabic_decoding(body: bytes) -> str:
    """Undeclared, non-UTF-8 bytes: the detector's guess or an Arabic code page, whichever
    reads as the most Arabic letters (detectors often mistake windows-1256 for a Latin page)."""
    best = charset_normalizer.from_bytes(body[:SNIFF_BYTES]).best()
    guessed = best.encoding if best else None
    candidates = [_text_codec(guessed) if guessed else None, *ARABIC_CODEPAGES]
    sample = body[:SNIFF_BYTES]

    def arabic_letters(encoding: str) -> int:
        return len(ARABIC_LETTER.findall(sample.decode(encoding, errors="replace")))

    return max((c for c in candidates if c), key=arabic_letters)


def retry_after(headers: dict[str, str], now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header (delta-seconds or HTTP date) asks for, if any."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max((moment - (now or datetime.now(UTC))).total_seconds(), 0.0)


def validators_of(page: Page) -> dict[str, str]:
    """Conditional-GET request headers for the next fetch of the same URL."""
    validators = {}
    if etag := page.headers.get("etag"):
        validators["If-None-Match"] = etag
    if modified := page.headers.get("last-modified"):
        validators["If-Modified-Since"] = modified
    return validators


class Downloader:
    """One GET under one deadline: redirects hop by hop, the body streamed under a cap."""

    def __init__(
        self, client: httpx.AsyncClient, *, max_bytes: int, deadline: float, max_redirects: int
    ) -> None:
        self._client = client
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.max_redirects = max_redirects

    async def get(
        self, url: str, headers: dict[str, str] | None = None, *, max_bytes: int | None = None
    ) -> Page:
        """The final response of ``url``; raises a ``FetchError`` (or an httpx transport
        error, which the caller may retry) when there is none."""
        try:
            async with asyncio.timeout(self.deadline):
                return await self._follow(url, headers or {}, max_bytes or self.max_bytes)
        except TimeoutError as exc:
            message = f"no complete answer within {self.deadline:g} s: {redact_url(url)}"
            raise TransportError(message, url=url, reason="deadline") from exc
        except httpx.InvalidURL as exc:
            raise UnsupportedURL(f"invalid URL {redact_url(url)}: {exc}", url=url) from exc
        except httpx.DecodingError as exc:
            raise TransportError(f"undecodable body: {redact_url(url)}", url=url, reason="decoding") from exc

    async def _follow(self, url: str, headers: dict[str, str], max_bytes: int) -> Page:
        target = url
        for _ in range(self.max_redirects + 1):
            response = await self._client.send(
                self._client.build_request("GET", target, headers=headers), stream=True
            )
            try:
                if not response.has_redirect_location:
                    return await self._read(response, url, max_bytes)
                location = resolve(str(response.url), response.headers["location"])
            finally:
                await response.aclose()
            if location is None:
                raise UnsupportedURL(f"redirect to a non-http(s) URL from {redact_url(target)}", url=url)
            target = location
        raise TransportError(f"more than {self.max_redirects} redirects: {redact_url(url)}", url=url,
                             reason="redirects")

    async def _read(self, response: httpx.Response, url: str, max_bytes: int) -> Page:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise PageTooLarge(f"{declared} bytes declared, cap is {max_bytes}", url=url)
        body = bytearray()
        async for chunk in _decoded(response, max_bytes + 1):
            if len(body) + len(chunk) > max_bytes:
                raise PageTooLarge(f"over {max_bytes} bytes", url=url)
            body.extend(chunk)
        text, encoding = decode_body(bytes(body), response.headers.get("content-type"))
        return Page(
            url=str(response.url),
            requested_url=url,
            status=response.status_code,
            text=text,
            encoding=encoding,
            headers={k.lower(): v for k, v in response.headers.items()},
            fetched_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        )


async def _decoded(response: httpx.Response, step: int) -> AsyncIterator[bytes]:
    """The body, content-decoded at most ``step`` bytes at a time.

    Written here because httpx inflates each network read in one go: a 64 KB read of a gzip
    bomb becomes ~65 MB before any size cap can look at it. Inflating with ``max_length``
    keeps a bomb's cost at the cap."""
    if response.is_stream_consumed:  # built in memory (a mock transport): already decoded
        yield response.content
        return
    coding = response.headers.get("content-encoding", "identity").strip().lower()
    if coding in ("", "identity"):
        async for chunk in response.aiter_raw():
            yield chunk
        return
    wbits = INFLATE_WBITS.get(coding.removeprefix("x-"))
    if wbits is None:
        raise httpx.DecodingError(f"unsupported Content-Encoding {coding!r}")
    inflater = zlib.decompressobj(wbits)
    try:
        async for data in response.aiter_raw():
            while data:
                yield inflater.decompress(data, step)
                data = inflater.unconsumed_tail
    except zlib.error as exc:
        raise httpx.DecodingError(f"bad {coding} body: {exc}") from exc


def robots_loader(downloader: Downloader) -> Callable[[str], Awaitable[str | None]]:
    """Loads robots.txt bodies (capped, under the deadline, guarded like any request);
    a missing, failing or oversized robots.txt means no rules."""

    async def load(url: str) -> str | None:
        try:
            page = await downloader.get(url, max_bytes=ROBOTS_MAX_BYTES)
        except (CrawlError, httpx.HTTPError) as exc:
            reason = exc.reason if isinstance(exc, CrawlError) else type(exc).__name__
            LOGGER.info("robots.txt unusable at %s (%s): no rules applied", redact_url(url), reason)
            return None
        return page.text if page.status == 200 else None

    return load


class Fetcher:
    """Fetches one URL at a time under the host's politeness rules."""

    def __init__(
        self,
        downloader: Downloader,
        politeness: Politeness,
        *,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._downloader = downloader
        self._politeness = politeness
        self._retries = retries
        self._backoff = backoff
        self._sleep = sleep

    async def fetch(self, url: str) -> Page:
        """GET a page; raises a ``FetchError`` subclass with the reason when it cannot."""
        if not await self._politeness.allowed(url):
            raise RobotsDisallowed(f"robots.txt disallows {redact_url(url)}", url=url)
        return await self._with_retries(url, {})

    async def fetch_if_changed(self, url: str, validators: dict[str, str]) -> Page | None:
        """Conditional GET with the headers ``validators_of`` gave last time: None on 304."""
        if not await self._politeness.allowed(url):
            raise RobotsDisallowed(f"robots.txt disallows {redact_url(url)}", url=url)
        page = await self._with_retries(url, validators)
        return None if page.status == 304 else page

    async def _with_retries(self, url: str, headers: dict[str, str]) -> Page:
        shown = redact_url(url)
        for attempt in range(self._retries + 1):
            last = attempt == self._retries
            try:
                async with self._politeness.slot(url):
                    page = await self._downloader.get(url, headers)
            except httpx.TimeoutException as exc:
                if last:
                    raise TransportError(f"timed out: {shown}", url=url, reason="timeout") from exc
            except httpx.TransportError as exc:
                if last:
                    reason = "connect" if isinstance(exc, httpx.ConnectError) else "transport"
                    raise TransportError(f"{type(exc).__name__}: {shown}", url=url, reason=reason) from exc
            else:
                if page.status not in RETRY_STATUSES:
                    return self._checked(page)
                wait = retry_after(page.headers)
                if wait is not None:
                    await self._politeness.defer(url, wait)  # holds every request to the host
                if last or (wait or 0.0) > MAX_INLINE_RETRY_AFTER:
                    return self._checked(page, wait)
            await self._sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _checked(self, page: Page, wait: float | None = None) -> Page:
        if page.status >= 400 or (300 <= page.status < 400 and page.status != 304):
            url = page.requested_url
            message = f"HTTP {page.status} for {redact_url(url)}"
            raise HTTPStatusError(message, url=url, status=page.status, retry_after=wait)
        return page

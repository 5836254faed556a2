"""Fetching pages politely with an injected ``httpx.AsyncClient``.

Size caps are enforced while streaming, 5xx answers and timeouts are retried with backoff,
feeds use conditional GET, and bodies are decoded by header charset, then ``<meta>``
charset, then detection — many Arabic sites serve windows-1256 with no charset at all.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import charset_normalizer
import httpx

from crawlers.exceptions import (
    HTTPStatusError,
    PageTooLarge,
    RobotsDisallowed,
    TransportError,
)
from crawlers.politeness import Politeness
from streams.extraction.arabic import ARABIC_LETTER

__all__ = ["Fetcher", "Page", "decode_body", "new_client", "retry_after", "robots_loader", "validators_of"]

LOGGER = logging.getLogger(__name__)

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ARABIC_CODEPAGES = ("cp1256", "iso8859-6")
MAX_INLINE_RETRY_AFTER = 30.0  # longer waits are left to the scheduler instead of a retry
SNIFF_BYTES = 65536


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


def new_client(user_agent: str, timeout: float, max_redirects: int) -> httpx.AsyncClient:
    """The client the crawler uses everywhere (one per process: it pools connections)."""
    return httpx.AsyncClient(
        headers={"User-Agent": user_agent, "Accept-Language": "ar,en;q=0.5"},
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=max_redirects,
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
    )


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode an HTML/XML body; returns ``(text, encoding used)``."""
    candidates: list[str] = []
    if content_type and (declared := HEADER_CHARSET.search(content_type)):
        candidates.append(declared.group(1))
    if meta := META_CHARSET.search(body[:4096]):
        candidates.append(meta.group(1).decode("ascii"))
    for candidate in candidates:
        encoding = _known(candidate)
        if encoding:
            try:
                return body.decode(encoding), encoding
            except UnicodeDecodeError:
                LOGGER.debug("declared charset %s does not decode the body", encoding)
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _most_arabic_decoding(body)
    return body.decode(encoding, errors="replace"), encoding


def _most_arabic_decoding(body: bytes) -> str:
    """Undeclared, non-UTF-8 bytes: the detector's guess or an Arabic code page, whichever
    reads as the most Arabic letters (detectors often mistake windows-1256 for a Latin page)."""
    best = charset_normalizer.from_bytes(body[:SNIFF_BYTES]).best()
    candidates = [_known(best.encoding if best else None), *ARABIC_CODEPAGES]
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
    return max((moment - (now or datetime.now(UTC))).total_seconds(), 0.0)


def validators_of(page: Page) -> dict[str, str]:
    """Conditional-GET request headers for the next fetch of the same URL."""
    validators = {}
    if etag := page.headers.get("etag"):
        validators["If-None-Match"] = etag
    if modified := page.headers.get("last-modified"):
        validators["If-Modified-Since"] = modified
    return validators


def robots_loader(client: httpx.AsyncClient) -> Callable[[str], Awaitable[str | None]]:
    """Loads robots.txt bodies; a missing or failing robots.txt means no rules."""

    async def load(url: str) -> str | None:
        try:
            response = await client.get(url)
        except httpx.HTTPError as exc:
            LOGGER.info("robots.txt unreachable at %s (%s): no rules applied", url, exc)
            return None
        return response.text if response.status_code == 200 else None

    return load


class Fetcher:
    """Fetches one URL at a time under the host's politeness rules."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        politeness: Politeness,
        *,
        max_bytes: int = 5_000_000,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = client
        self._politeness = politeness
        self._max_bytes = max_bytes
        self._retries = retries
        self._backoff = backoff
        self._sleep = sleep

    async def fetch(self, url: str) -> Page:
        """GET a page; raises a ``FetchError`` subclass with the reason when it cannot."""
        if not await self._politeness.allowed(url):
            raise RobotsDisallowed(f"robots.txt disallows {url}", url=url)
        return await self._with_retries(url, {})

    async def fetch_if_changed(self, url: str, validators: dict[str, str]) -> Page | None:
        """Conditional GET with the headers ``validators_of`` gave last time: None on 304."""
        if not await self._politeness.allowed(url):
            raise RobotsDisallowed(f"robots.txt disallows {url}", url=url)
        page = await self._with_retries(url, validators)
        return None if page.status == 304 else page

    async def _with_retries(self, url: str, headers: dict[str, str]) -> Page:
        for attempt in range(self._retries + 1):
            last = attempt == self._retries
            try:
                async with self._politeness.slot(url):
                    page = await self._get(url, headers)
            except httpx.TimeoutException as exc:
                if last:
                    raise TransportError(f"timed out: {url}", url=url, reason="timeout") from exc
            except httpx.TooManyRedirects as exc:
                raise TransportError(f"redirect loop: {url}", url=url, reason="redirects") from exc
            except httpx.TransportError as exc:
                if last:
                    reason = "connect" if isinstance(exc, httpx.ConnectError) else "transport"
                    message = f"{type(exc).__name__}: {url}"
                    raise TransportError(message, url=url, reason=reason) from exc
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
        if page.status >= 400:
            url = page.requested_url
            message = f"HTTP {page.status} for {url}"
            raise HTTPStatusError(message, url=url, status=page.status, retry_after=wait)
        return page

    async def _get(self, url: str, headers: dict[str, str]) -> Page:
        async with self._client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self._max_bytes:
                raise PageTooLarge(f"{declared} bytes declared, cap is {self._max_bytes}", url=url)
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > self._max_bytes:
                    raise PageTooLarge(f"over {self._max_bytes} bytes", url=url)
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

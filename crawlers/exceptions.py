"""Why a page did not become an article.

Every exception carries a short machine-readable ``reason`` that the runners count, log and
put in the dead-letter record::

    CrawlError
    ├── FetchError            the network or the server said no
    │   ├── RobotsDisallowed  robots.txt forbids the path          reason: robots
    │   ├── HTTPStatusError   4xx, or 5xx after the last retry     reason: http_<status>
    │   ├── PageTooLarge      body over the size cap               reason: too_large
    │   ├── BlockedAddress    the host is not a public address     reason: blocked_address
    │   ├── UnsupportedURL    not http(s), or not a valid URL      reason: bad_url
    │   ├── BadCharset        the declared charset is not a text   reason: bad_charset
    │   │                     encoding (rot13, base64, ...)
    │   └── TransportError    timeout, deadline, refused           reason: timeout / deadline /
    │                         connection, redirect loop, ...               connect / redirects / ...
    └── CleanError            the page is not a usable article
        ├── EmptyPage         nothing (or only markup) in the body reason: empty
        ├── NoArticle         no main text found                   reason: not_article
        ├── Garbled           mostly undecodable bytes             reason: garbled
        └── NotArabic         the main text is not Arabic          reason: not_arabic
"""

from __future__ import annotations

__all__ = [
    "BadCharset",
    "BlockedAddress",
    "CleanError",
    "CrawlError",
    "EmptyPage",
    "FetchError",
    "Garbled",
    "HTTPStatusError",
    "NoArticle",
    "NotArabic",
    "PageTooLarge",
    "RobotsDisallowed",
    "TransportError",
    "UnsupportedURL",
]


class CrawlError(Exception):
    reason = "error"

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class FetchError(CrawlError):
    reason = "fetch"


class RobotsDisallowed(FetchError):
    reason = "robots"


class HTTPStatusError(FetchError):
    def __init__(
        self, message: str, *, url: str = "", status: int, retry_after: float | None = None
    ) -> None:
        super().__init__(message, url=url)
        self.status = status
        self.reason = f"http_{status}"
        self.retry_after = retry_after  # seconds the server asked us to wait


class PageTooLarge(FetchError):
    reason = "too_large"


class BlockedAddress(FetchError):
    reason = "blocked_address"


class UnsupportedURL(FetchError):
    reason = "bad_url"


class BadCharset(FetchError):
    reason = "bad_charset"


class TransportError(FetchError):
    def __init__(self, message: str, *, url: str = "", reason: str = "transport") -> None:
        super().__init__(message, url=url)
        self.reason = reason


class CleanError(CrawlError):
    reason = "clean"


class EmptyPage(CleanError):
    reason = "empty"


class NoArticle(CleanError):
    reason = "not_article"


class NotArabic(CleanError):
    reason = "not_arabic"


class Garbled(CleanError):
    reason = "garbled"

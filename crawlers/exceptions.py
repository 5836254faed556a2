"""Why a page did not become an article.

Every exception carries a short machine-readable ``reason`` that the runners count, log and
put in the dead-letter record::

    CrawlError
    ├── FetchError            the network or the server said no
    │   ├── RobotsDisallowed  robots.txt forbids the path          reason: robots
    │   ├── HTTPStatusError   4xx, or 5xx after the last retry     reason: http_<status>
    │   ├── PageTooLarge      body over the size cap               reason: too_large
    │   └── TransportError    timeout, refused connection, ...     reason: timeout / connect / ...
    └── CleanError            the page is not a usable article
        ├── EmptyPage         nothing (or only markup) in the body reason: empty
        ├── NoArticle         no main text found                   reason: not_article
        └── NotArabic         the main text is not Arabic          reason: not_arabic
"""

from __future__ import annotations

__all__ = [
    "CleanError",
    "CrawlError",
    "EmptyPage",
    "FetchError",
    "HTTPStatusError",
    "NoArticle",
    "NotArabic",
    "PageTooLarge",
    "RobotsDisallowed",
    "TransportError",
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

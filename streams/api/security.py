"""What keeps the API safe to expose: no secrets in responses, security headers, per-team rate
limits and caps on open streams.

Rate limits use the ``limits`` library (a moving window per team token, in process memory).
Open live streams are counted by hand: no library caps concurrent responses per key, and the
server-wide cap is uvicorn's ``limit_concurrency``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from urllib.parse import urlsplit

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from crawlers.urls import redact_url  # one rule for hiding URL secrets, logs and API alike

__all__ = [
    "CSP",
    "DOCS_CSP",
    "SECURITY_HEADERS",
    "RateLimiter",
    "StreamSlots",
    "TooManyStreams",
    "redact_channel",
    "redact_url",
]

# Tiles are optional and never fetched from elsewhere: images come from here or data: URLs.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
# Swagger UI starts from an inline script that FastAPI writes into /docs.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}


def redact_channel(url: str) -> str:
    """A channel URL as a team may see it again: the scheme, a web host, and a fingerprint.

    Chat and webhook URLs carry their credentials in the host or path (bot tokens, Slack's
    webhook path), so everything past the host is replaced; the fingerprint tells channels apart.
    """
    parts = urlsplit(url)
    fingerprint = hashlib.sha256(url.encode()).hexdigest()[:8]
    host = parts.hostname if parts.scheme in ("http", "https") else ""
    return f"{parts.scheme}://{host or ''}/…#{fingerprint}"


class RateLimiter:
    """``limit`` (e.g. ``"20/second"``) per key, over a moving window."""

    def __init__(self, limit: str) -> None:
        self.item: RateLimitItem = parse(limit)
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def hit(self, key: str) -> bool:
        """Count one request for ``key``; False when it is over the limit."""
        return bool(self._limiter.hit(self.item, key))

    @property
    def retry_after(self) -> int:
        """Seconds a refused client should wait: one window."""
        return int(self.item.get_expiry())


class TooManyStreams(Exception):
    """A team, or the whole server, already has as many live streams open as allowed."""


class StreamSlots:
    """At most ``per_key`` open streams per team and ``total`` overall."""

    def __init__(self, per_key: int, total: int) -> None:
        self.per_key = per_key
        self.total = total
        self._open: Counter[str] = Counter()
        self._lock = threading.Lock()

    def acquire(self, key: str) -> None:
        """Take a slot for ``key``; ``TooManyStreams`` when none is free. Pair with ``release``."""
        with self._lock:
            if self._open[key] >= self.per_key:
                raise TooManyStreams(f"at most {self.per_key} live streams per team")
            if sum(self._open.values()) >= self.total:
                raise TooManyStreams(f"the server has its {self.total} live streams open")
            self._open[key] += 1

    def release(self, key: str) -> None:
        with self._lock:
            self._open[key] -= 1
            if self._open[key] <= 0:
                del self._open[key]

    def count(self, key: str | None = None) -> int:
        with self._lock:
            return self._open[key] if key else sum(self._open.values())

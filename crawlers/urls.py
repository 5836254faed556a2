"""URL canonicalisation: one spelling per page, so the seen-set and article ids agree."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

from streams.records import stable_id

__all__ = ["article_id", "canonical_url", "host_of", "is_same_host", "resolve"]


def canonical_url(url: str) -> str:
    """Lower-case host, sorted query without tracking parameters, no fragment."""
    normalized = courlan.normalize_url(url)
    parts = urlsplit(normalized)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def article_id(url: str) -> str:
    """The article's record id: a hash of its canonical URL."""
    return stable_id(canonical_url(url))


def host_of(url: str) -> str:
    """``host:port`` as politeness and topic keys see it."""
    return urlsplit(url).netloc.lower()


def resolve(base: str, link: str) -> str | None:
    """An absolute http(s) URL for ``link`` found on ``base``, or None for other schemes."""
    absolute = urljoin(base, link.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def is_same_host(url: str, other: str) -> bool:
    return host_of(url) == host_of(other)

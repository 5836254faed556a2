"""URL canonicalisation: one spelling per page, so the seen-set and article ids agree."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import courlan

from streams.records import stable_id

__all__ = ["article_id", "canonical_url", "host_of", "is_same_host", "redact_text", "redact_url", "resolve"]

SECRET_PARAMS = ("token", "secret", "key", "password", "passwd", "pass", "auth", "sig", "signature")
URL_PASSWORD = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]*):[^/\s@]*@")


def canonical_url(url: str) -> str:
    """Lower-case host, sorted query without tracking parameters, no fragment.

    courlan's normalisation is applied until it changes nothing (at most a few rounds): it
    unescapes HTML entities before sorting the query, so sorting can bring "&lt" together and
    a second round would read it as "<"; the canonical form must be a fixed point.
    """
    canonical = url
    for _ in range(4):
        normalized = courlan.normalize_url(canonical)
        parts = urlsplit(normalized)
        normalized = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
        if normalized == canonical:
            break
        canonical = normalized
    return canonical


def article_id(url: str) -> str:
    """The article's record id: a hash of its canonical URL."""
    return stable_id(canonical_url(url))


def host_of(url: str) -> str:
    """``host:port`` as politeness and topic keys see it."""
    return urlsplit(url).netloc.lower()


def redact_url(url: str) -> str:
    """``url`` without its password and secret-looking query values (user names stay), for
    logs, messages and API bodies."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "(unparseable URL)"
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if port is not None:
        netloc += f":{port}"
    if parts.username:
        netloc = f"{parts.username}{':***' if parts.password else ''}@{netloc}"
    query = [
        (name, "***" if any(word in name.lower() for word in SECRET_PARAMS) else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="*"), ""))


def redact_text(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return URL_PASSWORD.sub(r"\1:***@", text)


def resolve(base: str, link: str) -> str | None:
    """An absolute http(s) URL for ``link`` found on ``base``, or None for other schemes."""
    absolute = urljoin(base, link.strip())
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def is_same_host(url: str, other: str) -> bool:
    return host_of(url) == host_of(other)

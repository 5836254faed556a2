"""Webhook signatures: how newswatch signs a webhook body, and how a receiver checks it.

Every webhook POST carries three headers:

``X-Newswatch-Alert-Id``
    the alert id; a redelivery carries the same id, so a receiver drops what it already has.
``X-Newswatch-Timestamp``
    when the request was signed, in whole seconds since the Unix epoch.
``X-Newswatch-Signature``
    ``v1=<hex>``: HMAC-SHA256 with the shared secret over ``<timestamp>.<raw body>``. Signing the
    timestamp with the body lets a receiver refuse a captured request replayed later. During a
    secret rotation the header may hold several comma-separated ``v1=`` values; one must match.

A receiver calls ``verify(request.headers, raw_body, secret)`` before parsing the body. HMAC and
constant-time comparison come from the standard library; the rest is the header format above.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Mapping

__all__ = [
    "ALERT_ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "SignatureError",
    "sign",
    "signature_headers",
    "verify",
]

ALERT_ID_HEADER = "X-Newswatch-Alert-Id"
TIMESTAMP_HEADER = "X-Newswatch-Timestamp"
SIGNATURE_HEADER = "X-Newswatch-Signature"
SCHEME = "v1"
DEFAULT_TOLERANCE_S = 300.0


class SignatureError(ValueError):
    """The request is not a genuine, fresh newswatch webhook; the message says why."""


def sign(body: bytes, secret: str, timestamp: int) -> str:
    """The hex HMAC-SHA256 of ``<timestamp>.<body>``."""
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_headers(body: bytes, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """The timestamp and signature headers for one request."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: f"{SCHEME}={sign(body, secret, timestamp)}",
    }


def verify(
    headers: Mapping[str, str],
    body: bytes,
    secret: str,
    tolerance_s: float = DEFAULT_TOLERANCE_S,
    *,
    now: float | None = None,
) -> None:
    """Raise ``SignatureError`` unless ``body`` was signed with ``secret`` less than
    ``tolerance_s`` seconds from ``now`` (either way: clocks drift). Header names are matched
    case-insensitively, so any web framework's header mapping will do."""
    folded = {name.lower(): value for name, value in headers.items()}
    raw_timestamp = folded.get(TIMESTAMP_HEADER.lower())
    raw_signature = folded.get(SIGNATURE_HEADER.lower())
    if raw_timestamp is None or raw_signature is None:
        raise SignatureError(f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER} header")
    try:
        timestamp = int(raw_timestamp)
    except ValueError:
        raise SignatureError(f"{TIMESTAMP_HEADER} is not an integer: {raw_timestamp[:40]!r}") from None
    age = (time.time() if now is None else now) - timestamp
    if abs(age) > tolerance_s:
        raise SignatureError(f"timestamp is {age:.0f}s old, outside the {tolerance_s:.0f}s tolerance")
    expected = sign(body, secret, timestamp)
    offered = [
        value.strip()[len(SCHEME) + 1 :]
        for value in raw_signature.split(",")
        if value.strip().startswith(f"{SCHEME}=")
    ]
    if not any(hmac.compare_digest(expected, candidate) for candidate in offered):
        raise SignatureError("signature does not match the body and timestamp")

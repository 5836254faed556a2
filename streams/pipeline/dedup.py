"""Duplicate articles: exact and near copies by MinHash LSH, decided band by band.

A syndicated story re-published with other boilerplate, a new headline or an edited sentence
shares most of its word 3-grams with the original; two outlets' own reports of one incident
share few (they are merged later as one incident, not dropped as copies). The threshold sits
between those two groups: see ``bench/bench_dedup.py`` and bench/README.md for the measured
similarities it was chosen from.

Signatures are datasketch MinHashes. The LSH index is ours, because the Kafka engine needs the
band keys themselves: a Kafka record keyed by band key sends two copies to the same partition,
whichever partitions their articles arrived on. Both engines run the same three steps
(``streams.pipeline.steps``: probe the bands, check each band, collect the verdicts).
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from streams.extraction.arabic import tokens
from streams.records import Article

__all__ = [
    "BAND_SHARDS",
    "NUM_PERM",
    "THRESHOLD",
    "article_signature",
    "band_keys",
    "band_shard",
    "band_verdict",
    "better_verdict",
    "choose_original",
    "jaccard",
    "order_key",
    "packed",
    "shingles",
    "signature",
]

NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.5
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)
BAND_SHARDS = 2  # probes per article at most (the engines use the ``band_shards`` setting)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams of the normalised text (spelling variants do not change them)."""
    words = tokens(text)
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@functools.cache
def _template() -> MinHash:
    """A MinHash whose permutations the signatures reuse: datasketch draws them again for every
    MinHash (from a seeded generator, so the same each time)."""
    return MinHash(num_perm=NUM_PERM)


def signature(text: str) -> list[int]:
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme)
    minhash.update_batch(list(shingles(text)))
    return [int(value) for value in minhash.hashvalues]


Signature = list[int] | str  # as computed, or ``packed`` (how probes and band buckets keep it)


def packed(sig: list[int]) -> str:
    """A signature as base64 of its 32-bit values: band buckets hold one per article and band,
    and a list of 128 Python ints takes about seven times the memory (MinHash values are
    below 2**32)."""
    return base64.b64encode(np.asarray(sig, dtype="<u4").tobytes()).decode("ascii")


def _values(sig: Signature) -> np.ndarray:
    if isinstance(sig, str):
        return np.frombuffer(base64.b64decode(sig), dtype="<u4")
    return np.asarray(sig, dtype=np.uint64)


def jaccard(first: Signature, second: Signature) -> float:
    """Estimated Jaccard similarity of two signatures."""
    a, b = _values(first), _values(second)
    if not len(a) or len(a) != len(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: list[int]) -> list[str]:
    """One key per LSH band; near-duplicates share at least one with high probability."""
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(np.asarray(rows, dtype=np.uint64).tobytes(), digest_size=8)
        keys.append(f"{band}:{digest.hexdigest()}")
    return keys


def band_shard(band_key: str, shards: int = BAND_SHARDS) -> str:
    """The shard a band key is checked in: the message key of its probes, so that one probe per
    shard (not per band) reaches the partition that owns the band's bucket."""
    return f"bands-{int(band_key.split(':', 1)[1], 16) % shards}"


# Each band key is checked on its own (on the partition that owns it): ``band_verdict`` names
# the most similar earlier article among those filed under the key. ``choose_original`` then
# combines the verdicts of all bands of one article. "Earlier" is a total order both copies
# agree on, whichever partition or worker sees them first.

MAX_BUCKET = 200  # articles filed under one band key at most (the latest)


def article_signature(article: Article) -> list[int]:
    """The article's MinHash signature (computed from title and text when not yet set)."""
    return article.signature or signature(f"{article.title}\n{article.text}")


def order_key(article: Article) -> str:
    """Who counts as the original: the one published first, then the one fetched first (ties:
    the smaller id). Publication times come from the page or its feed, so every engine and
    every fetch order agree; an article without one comes after those that have one."""
    return f"{_utc(article.published_at)}|{article.fetched_at}|{article.article_id}"


def _utc(moment: str | None) -> str:
    """An ISO time as comparable UTC text ("~" when unknown or unreadable: after any time)."""
    if not moment:
        return "~"
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return "~"
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def band_verdict(
    bucket: Iterable[dict], article_id: str, sig: Signature, order: str, threshold: float = THRESHOLD
) -> tuple[dict, list[str]]:
    """``(verdict, later copies)`` for one band, from the articles filed under its key.

    The verdict names the best earlier match at or above threshold: ``{"original": id or
    None, "score": float, "order": str or None}``. Later copies are filed articles that come
    after this one in the order (they arrived first): they are duplicates of this article.
    Bucket entries are ``{"id", "sig", "order"}``; the article's own entry, if filed, is skipped.
    """
    best: dict = {"original": None, "score": 0.0, "order": None}
    later = []
    for entry in bucket:
        if entry["id"] == article_id:
            continue
        score = jaccard(sig, entry["sig"])
        if score < threshold:
            continue
        if entry["order"] > order:
            later.append(entry["id"])
        elif _better(score, entry["order"], best):
            best = {"original": entry["id"], "score": score, "order": entry["order"]}
    return best, later


def better_verdict(first: dict | None, second: dict) -> dict:
    """Of two verdicts for one band, the one naming the better original."""
    if first is None or not first.get("original"):
        return second
    if second.get("original") and _better(second["score"], second["order"], first):
        return second
    return first


def _better(score: float, order: str, best: dict) -> bool:
    if best["original"] is None or score > best["score"]:
        return True
    return score == best["score"] and order < best["order"]


def choose_original(verdicts: Iterable[dict]) -> str | None:
    """Combine band verdicts: the most similar original over all bands (earliest on ties)."""
    best: dict = {"original": None, "score": 0.0, "order": None}
    for verdict in verdicts:
        if verdict.get("original") and _better(verdict["score"], verdict["order"], best):
            best = verdict
    return best["original"]

"""Near-duplicate lookup time with 1k vs 100k stored signatures, LSH index vs a linear scan.

Also prints the similarities the threshold (streams.pipeline.dedup.THRESHOLD) was chosen from: the
fixture sites' syndicated pair against pairs of different outlets' reports of one incident.

    .venv/bin/python -m bench.bench_dedup
"""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import time

import numpy as np

from streams.pipeline.dedup import (
    NUM_PERM,
    THRESHOLD,
    band_keys,
    band_verdict,
    choose_original,
    jaccard,
    signature,
)

LOOKUPS = 2000


def random_signatures(count: int, rng: random.Random) -> list[list[int]]:
    return [[rng.getrandbits(32) for _ in range(NUM_PERM)] for _ in range(count)]


def near_copy(sig: list[int], rng: random.Random, keep: float = 0.8) -> list[int]:
    return [v if rng.random() < keep else rng.getrandbits(32) for v in sig]


def time_lookups(stored: int, rng: random.Random) -> tuple[float, float]:
    sigs = random_signatures(stored, rng)
    buckets: dict[str, list[dict]] = {}
    for i, sig in enumerate(sigs):
        for key in band_keys(sig):
            buckets.setdefault(key, []).append({"id": str(i), "sig": sig, "order": f"{i:08d}"})
    matrix = np.asarray(sigs, dtype=np.uint64)
    queries = [near_copy(sigs[rng.randrange(stored)], rng) for _ in range(LOOKUPS // 2)]
    queries += random_signatures(LOOKUPS // 2, rng)

    start = time.perf_counter()
    for query in queries:
        # what the duplicate-check steps do for one article: one verdict per band, combined
        verdicts = (band_verdict(buckets.get(key, []), "query", query, "~")[0] for key in band_keys(query))
        choose_original(verdicts)
    lsh = (time.perf_counter() - start) / len(queries)

    scan_queries = queries[:200]
    start = time.perf_counter()
    for query in scan_queries:
        scores = (matrix == np.asarray(query, dtype=np.uint64)).mean(axis=1)
        int(scores.argmax()) if scores.max() >= THRESHOLD else None
    scan = (time.perf_counter() - start) / len(scan_queries)
    return lsh, scan


async def fixture_similarities() -> None:
    from bench.fixture_pages import fetch_article_pages
    from crawlers.clean import clean

    pages = await fetch_article_pages()
    texts = {page.url: clean(html, page.url).text for page, html in pages}
    dup_pairs = [(p.url, p.duplicate_of) for p, _ in pages if p.expected == "duplicate"]
    sigs = {url: signature(text) for url, text in texts.items()}
    dup = [jaccard(sigs[a], sigs[b]) for a, b in dup_pairs if a in sigs and b in sigs]
    dup_set = {frozenset(pair) for pair in dup_pairs}
    other = [
        jaccard(sigs[a], sigs[b])
        for a, b in itertools.combinations(sigs, 2)
        if frozenset((a, b)) not in dup_set
    ]
    print(
        f"\nthreshold {THRESHOLD}: syndicated copies {', '.join(f'{s:.2f}' for s in dup)}; "
        f"all other pairs max {max(other):.2f}, mean {statistics.mean(other):.3f} ({len(other)} pairs)"
    )


def main() -> None:
    rng = random.Random(7)
    print("| stored signatures | LSH lookup (µs) | linear scan (µs) |")
    print("|---|---|---|")
    for stored in (1_000, 100_000):
        lsh, scan = time_lookups(stored, rng)
        print(f"| {stored:,} | {lsh * 1e6:.0f} | {scan * 1e6:.0f} |")
    asyncio.run(fixture_similarities())


if __name__ == "__main__":
    main()

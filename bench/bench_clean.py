"""Cleaning throughput on realistic pages (the fixture outlets' 115–175 KB article pages, and
the 160–380 KB standfirst pages of ``tests/fixtures/clean_lede`` whose lede is marked up apart
from the body).

Compares, in one run and on one core:
- trafilatura's defaults: ``trafilatura.bare_extraction(html, url, with_metadata=True)``
  (text + metadata, all fallback extractors on),
- ``crawlers.clean.clean``: markup pre-cut, fast mode, non-extensive date search, furniture
  lexicon, language check and content hash,
and reports where the time of the default goes (cProfile, top functions), whether any
page's boilerplate reached the text, and whether each standfirst page's lede and body did.

    .venv/bin/python -m bench.bench_clean [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
from pathlib import Path

import trafilatura
import yaml

from bench.fixture_pages import fetch_article_pages
from crawlers.clean import clean

LEDE_DIR = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "clean_lede"


def lede_pages() -> list[tuple[str, str, list[str]]]:
    """(url, html, [lede, first and last body paragraphs]) of the standfirst pages."""
    expected = yaml.safe_load((LEDE_DIR / "expected.yaml").read_text(encoding="utf-8"))
    return [
        (e["url"], (LEDE_DIR / e["page"]).read_text(encoding="utf-8"),
         [e["lede"], e["body_first"], e["body_last"]])
        for e in expected
    ]


def kept(extract, pages) -> int:
    """Pages whose lede and first and last paragraphs all reached the text."""
    return sum(all(p[:60] in extract(html, url) for p in parts) for url, html, parts in pages)


async def fixture_pages() -> list[tuple[str, str, list[str]]]:
    """(url, html, boilerplate strings) for every fixture article page."""
    return [(page.url, html, page.boilerplate) for page, html in await fetch_article_pages()]


def default_trafilatura(html: str, url: str) -> str:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    return document.text if document is not None else ""  # type: ignore[union-attr]


def newswatch_clean(html: str, url: str) -> str:
    return clean(html, url).text


def measure(extract, pages, rounds: int) -> tuple[float, int]:
    leaked = sum(any(b in extract(html, url) for b in boiler) for url, html, boiler in pages)
    start = time.perf_counter()
    for _ in range(rounds):
        for url, html, _ in pages:
            extract(html, url)
    elapsed = time.perf_counter() - start
    return rounds * len(pages) / elapsed, leaked


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="show where the default's time goes")
    args = parser.parse_args()
    pages = asyncio.run(fixture_pages())
    size = sum(len(html.encode("utf-8")) for _, html, _ in pages) / len(pages) / 1024
    print(f"{len(pages)} pages, mean {size:.0f} KB, {args.rounds} rounds\n")
    print("| cleaner | pages/s | pages with boilerplate in text |")
    print("|---|---|---|")
    cleaners = (("trafilatura defaults", default_trafilatura), ("newswatch clean", newswatch_clean))
    for name, extract in cleaners:
        rate, leaked = measure(extract, pages, args.rounds)
        print(f"| {name} | {rate:.1f} | {leaked} of {len(pages)} |")
    ledes = lede_pages()
    print(f"\n{len(ledes)} standfirst pages\n")
    print("| cleaner | pages/s | pages with lede, first and last paragraph in text |")
    print("|---|---|---|")
    for name, extract in cleaners:
        rate, _ = measure(extract, [(u, h, []) for u, h, _ in ledes], args.rounds)
        print(f"| {name} | {rate:.1f} | {kept(extract, ledes)} of {len(ledes)} |")
    if args.profile:
        for name, extract in cleaners:
            profiler = cProfile.Profile()
            profiler.enable()
            for url, html, _ in pages:
                extract(html, url)
            profiler.disable()
            print(f"\nwhere the time goes: {name}")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(8)


if __name__ == "__main__":
    main()

"""Cleaning throughput on realistic pages (the fixture outlets' 115–175 KB article pages, and
the 160–380 KB standfirst pages of ``tests/fixtures/clean_lede`` whose lede is marked up apart
from the body).

Compares, in one run and on one core:
- trafilatura's defaults: ``trafilatura.bare_extraction(html, url, with_metadata=True)``
  (text + metadata, all fallback extractors on),
- ``crawlers.clean.clean``: fast mode, only the metadata an article carries, non-extensive
  date search, standfirst, furniture lexicon, language check and content hash; author and
  date read from the article's section (``_main_section``), the text from the section or its
  paragraphs' block (``_story_block``),
- the same with the section cut off (``--whole-page`` alternative, always in the table): the
  whole page handed to trafilatura and to the author and date searches,
and reports where the time of each goes (cProfile, top functions), whether any page's
boilerplate reached the text, whether each standfirst page's lede and body did, and how many
outlet pages each gives the right title, date and author.

Every cleaner first sees every page once untimed: the first date that htmldate hands to
dateparser compiles its locale tables (1–3 s, once per process), which is not a per-page
cost. Times are this process's CPU time, best of ``--rounds`` passes, so that other work on
a shared machine does not count against either cleaner.

    .venv/bin/python -m bench.bench_clean [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import NamedTuple
from unittest import mock

import trafilatura
import yaml

from bench.fixture_pages import fetch_article_pages
from crawlers import clean as cleaning
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
    return sum(all(p[:60] in extract(html, url).text for p in parts) for url, html, parts in pages)




class Fields(NamedTuple):
    text: str
    title: str | None
    date: str | None
    author: str | None


def default_trafilatura(html: str, url: str) -> Fields:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if document is None:
        return Fields("", None, None, None)
    return Fields(document.text or "", document.title, document.date, document.author)  # type: ignore[union-attr]


def newswatch_clean(html: str, url: str) -> Fields:
    article = clean(html, url)
    return Fields(article.text, article.title, article.published_at, article.author)


@contextmanager
def whole_page() -> Iterator[None]:
    """``clean`` as if no page had a section that stands out: every page read whole."""
    with mock.patch.object(cleaning, "_main_section", lambda tree: None):
        yield


@contextmanager
def as_is() -> Iterator[None]:
    yield


CLEANERS: tuple[tuple[str, Callable[[str, str], Fields], Callable[[], AbstractContextManager[None]]], ...] = (
    ("trafilatura defaults", default_trafilatura, as_is),
    ("newswatch clean", newswatch_clean, as_is),
    ("newswatch clean, whole page", newswatch_clean, whole_page),
)


def measure(extract, pages, rounds: int) -> tuple[float, int]:
    """Pages per CPU second (best pass, after an untimed one) and pages with boilerplate in the text."""
    leaked = sum(any(b in extract(html, url).text for b in boiler) for url, html, boiler in pages)
    for url, html, _ in pages:
        extract(html, url)
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for url, html, _ in pages:
            extract(html, url)
        best = min(best, time.process_time() - start)
    return len(pages) / best, leaked


def right_fields(extract, pages) -> dict[str, int]:
    """Outlet pages whose title, date (day) and author equal the fixture's truth."""
    right = dict.fromkeys(("title", "date", "author"), 0)
    for page, html in pages:
        found = extract(html, page.url)
        right["title"] += (found.title or "").strip() == page.title
        right["date"] += (found.date or "")[:10] == (page.date or "")[:10]
        right["author"] += found.author == page.author
    return right


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="show where the default's time goes")
    args = parser.parse_args()
    outlet_pages = asyncio.run(fetch_article_pages())
    pages = [(page.url, html, page.boilerplate) for page, html in outlet_pages]
    size = sum(len(html.encode("utf-8")) for _, html, _ in pages) / len(pages) / 1024
    print(f"{len(pages)} pages, mean {size:.0f} KB, {args.rounds} rounds\n")
    print("| cleaner | pages/s | pages with boilerplate in text | right title / date / author |")
    print("|---|---|---|---|")
    for name, extract, setting in CLEANERS:
        with setting():
            rate, leaked = measure(extract, pages, args.rounds)
            right = " / ".join(str(n) for n in right_fields(extract, outlet_pages).values())
        print(f"| {name} | {rate:.1f} | {leaked} of {len(pages)} | {right} of {len(pages)} |")
    ledes = lede_pages()
    print(f"\n{len(ledes)} standfirst pages\n")
    print("| cleaner | pages/s | pages with lede, first and last paragraph in text |")
    print("|---|---|---|")
    for name, extract, setting in CLEANERS:
        with setting():
            rate, _ = measure(extract, [(u, h, []) for u, h, _ in ledes], args.rounds)
            lede_kept = kept(extract, ledes)
        print(f"| {name} | {rate:.1f} | {lede_kept} of {len(ledes)} |")
    if args.profile:
        lede_set = [(u, h, []) for u, h, _ in ledes]
        for set_name, profiled in (("outlet pages", pages), ("standfirst pages", lede_set)):
            for name, extract, setting in CLEANERS:
                profiler = cProfile.Profile()
                with setting():
                    profiler.enable()
                    for url, html, _ in profiled:
                        extract(html, url)
                    profiler.disable()
                print(f"\nwhere the time goes: {name}, {set_name}")
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(14)


if __name__ == "__main__":
    main()

"""Extraction speed on one core: articles per second over the seeds and the evaluation
reports (repeated to about 2,000 articles), next to the alternatives for the hot path, alias
matching: one regex of every alias factored as a trie (the earlier matcher: fast to match, slow
to compile in every process), and one ``re.search`` per alias.

    .venv/bin/python -m bench.bench_extract
"""

from __future__ import annotations

import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streams.extraction.actors import _matcher as actor_matcher  # noqa: E402
from streams.extraction.arabic import CLITIC_PREFIX, AliasMatcher, normalize, trie_regex  # noqa: E402
from streams.extraction.extract import article_from_text, extract  # noqa: E402
from streams.extraction.places import _matcher as place_matcher  # noqa: E402
from streams.extraction.places import _sound_table as sound_table  # noqa: E402
from streams.extraction.places import place_entries  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
EVAL = ROOT / "tests" / "fixtures" / "extraction_eval"
TARGET = 2000


def _texts() -> list[str]:
    texts = [
        r["text"] for name in ("reports.yaml", "world.yaml")
        for r in yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    ]
    if SEEDS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    return (texts * (TARGET // len(texts) + 1))[:TARGET]


def _naive_patterns() -> list[re.Pattern[str]]:
    aliases = list(actor_matcher().values) + list(place_matcher().values)
    return [re.compile(rf"(?<!\w)[وف]?[بلك]?{re.escape(a)}(?!\w)") for a in aliases]


def _trie_patterns() -> tuple[list[re.Pattern[str]], float]:
    """Each gazetteer's aliases as one regex factored as a trie, and the seconds to compile them."""
    start = time.perf_counter()
    patterns = [
        re.compile(rf"(?<![\w])(?P<pre>{CLITIC_PREFIX})(?P<word>{trie_regex(m.values)})(?![\w])")
        for m in (actor_matcher(), place_matcher())
    ]
    return patterns, time.perf_counter() - start


def _trie_search(patterns: list[re.Pattern[str]], norm: str) -> list[list[re.Match[str]]]:
    return [list(p.finditer(norm)) for p in patterns]


def _naive_search(patterns: list[re.Pattern[str]], norm: str) -> list[re.Match[str]]:
    return [m for p in patterns if (m := p.search(norm))]


def _rate(fn: Callable[[str], object], texts: list[str]) -> float:
    """Articles per second of this process's CPU time: what one core does, even on a machine
    where other work takes turns with it."""
    start = time.process_time()
    for text in texts:
        fn(text)
    return len(texts) / (time.process_time() - start)


def _load_gazetteers() -> tuple[float, float]:
    """Seconds to load the place and actor gazetteers, then (a second load, traced) the MB
    of Python heap they hold (tracemalloc slows loading, so it is not timed)."""
    start = time.perf_counter()
    place_matcher()
    sound_table()
    actor_matcher()
    seconds = time.perf_counter() - start
    for cached in (place_matcher, sound_table, actor_matcher, place_entries):
        cached.cache_clear()
    tracemalloc.start()
    place_matcher()
    sound_table()
    actor_matcher()
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, current / 1e6


def main() -> None:
    texts = _texts()
    seconds, megabytes = _load_gazetteers()
    print(f"gazetteers ({len(place_entries())} places): loaded in {seconds:.2f} s, {megabytes:.0f} MB")
    extract(article_from_text(texts[0], "2020-01-01"))  # load the other data files once
    naive = _naive_patterns()
    tries, compiled_in = _trie_patterns()
    matchers: list[AliasMatcher[Any]] = [actor_matcher(), place_matcher()]
    rows = [
        ("full extract()", _rate(lambda t: extract(article_from_text(t, "2020-01-01")), texts)),
        (
            "alias matching: dictionaries (AliasMatcher, 2 gazetteers)",
            _rate(lambda t: [list(m.finditer(normalize(t))) for m in matchers], texts),
        ),
        (
            f"alias matching: one trie regex per gazetteer (compiled in {compiled_in:.2f} s)",
            _rate(lambda t: _trie_search(tries, normalize(t)), texts),
        ),
        (
            f"alias matching: naive re.search loop ({len(naive)} patterns)",
            _rate(lambda t: _naive_search(naive, normalize(t)), texts[:200]),
        ),
    ]
    print(f"{len(texts)} articles, one core\n")
    print("| what | articles/s |\n|---|---:|")
    for name, rate in rows:
        print(f"| {name} | {rate:,.0f} |")


if __name__ == "__main__":
    main()

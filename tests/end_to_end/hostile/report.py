"""The measured hostile-corpus table for RELIABILITY.md.

Run ``python -m tests.end_to_end.hostile.report``.
"""

from __future__ import annotations

import asyncio

from .sites import CASES
from .test_hostile_corpus import run_corpus


def main() -> None:
    outcomes, internal_hits = asyncio.run(run_corpus(CASES))
    print("| class | input | what newswatch does (counted outcome) | test | measured: s, peak MB |")
    print("|---|---|---|---|---|")
    for case in CASES:
        got = outcomes[case.name]
        parts = [f"stored {got.stored}"] if got.stored else []
        parts += [f"skipped: {reason} ×{n}" for reason, n in got.skipped.items()]
        parts += [f"discovery: {reason} ×{n}" for reason, n in got.discovery.items()]
        outcome = ", ".join(parts) or "nothing found, nothing fetched"
        test = f"`corpus[{case.name}]`"
        measured = f"{got.seconds:.2f} s, {got.peak_mb:.1f} MB"
        print(f"| {case.name} | {case.what} | {outcome} | {test} | {measured} |")
    peak_rss = max(o.rss_mb for o in outcomes.values())
    print(f"\ninternal server hits: {len(internal_hits)}; peak RSS {peak_rss:.0f} MB")


if __name__ == "__main__":
    main()

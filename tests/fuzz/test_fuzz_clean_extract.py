"""A time-boxed fuzz run of ``clean`` and ``extract`` over mutations of the seed corpus.

Seeds live in ``corpus/`` (kept in the repository); hypothesis mutates them (inserted markup
and bytes, deletions, repeated runs, flipped bytes) and keeps any failing input in
``corpus/found/`` so that it is replayed first on the next run. The only allowed failure of
a page is a ``CrawlError`` with a reason; anything else, or one input taking longer than
``MAX_SECONDS_PER_INPUT``, fails the test. Each test stops generating after its budget.
"""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from crawlers.clean import clean
from crawlers.exceptions import CrawlError
from crawlers.fetch import decode_body
from streams.extraction.extract import article_from_text, extract

CORPUS = Path(__file__).with_name("corpus")
PAGES = [p.read_bytes() for p in sorted(CORPUS.glob("*.html"))]
TEXTS = [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]
BUDGET_SECONDS = {"clean": 10.0, "extract": 6.0}
MAX_INPUT = 8_000
MAX_SECONDS_PER_INPUT = 10.0
CONTENT_TYPES = [None, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1256",
                 "text/html; charset=rot13", "text/html; charset=x-unknown"]  # fmt: skip
TOKENS = [
    b"<", b">", b"<p>", b"</p>", b"<div>", b"<table><tr><td>", b"<script>", b"<!--", b"]]>", b"&#", b"&amp;",
    b"\x00", b"\xff", b"\xd8", b"\r\n", b'<meta charset="rot13">', "قتل ".encode(), b"5 ",
    "مقتل ١٢ ".encode(), "و".encode(), "أمس ".encode(), "نفت ".encode(), "عشرات ".encode(),
]  # fmt: skip
FUZZ = settings(
    max_examples=2_000,
    deadline=None,
    database=DirectoryBasedExampleDatabase(str(CORPUS / "found")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_started: dict[str, float] = {}


def out_of_time(name: str) -> bool:
    started = _started.setdefault(name, time.monotonic())
    return time.monotonic() - started > BUDGET_SECONDS[name]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["insert", "delete", "repeat", "flip"]))
        at = draw(st.integers(0, len(data)))
        if op == "insert":
            data[at:at] = draw(st.one_of(st.sampled_from(TOKENS), st.binary(max_size=16)))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 32))] * draw(st.integers(1, 50))
        elif data:
            data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
    return bytes(data[:MAX_INPUT])


@FUZZ
@given(mutated(PAGES), st.sampled_from(CONTENT_TYPES))
def test_clean_and_extract_survive_mutated_pages(page: bytes, content_type: str | None):
    if out_of_time("clean"):
        return
    started = time.monotonic()
    try:
        text, _ = decode_body(page, content_type)
        article = clean(text, "http://fuzz.test/news/1.html")
    except CrawlError as exc:
        assert exc.reason
    else:
        extract(article)
    assert time.monotonic() - started < MAX_SECONDS_PER_INPUT


@FUZZ
@given(mutated(TEXTS))
def test_extract_survives_mutated_reports(report: bytes):
    if out_of_time("extract"):
        return
    started = time.monotonic()
    for event in extract(article_from_text(report.decode("utf-8", errors="replace"), "2024-05-14", None)):
        for casualties in event.casualties:
            assert casualties.killed is None or casualties.killed >= 0
    assert time.monotonic() - started < MAX_SECONDS_PER_INPUT

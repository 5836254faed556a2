"""Step state that expires (``streams.pipeline.expiry``), and the steps running over it."""

from __future__ import annotations

import dataclasses
from typing import Any

from streams.engines.embedded.router import Router, StateTables
from streams.pipeline.alerts import Matcher
from streams.pipeline.expiry import Expiring, Sweeper
from streams.pipeline.steps import Out
from streams.pipeline.topology import Message, StateWindows, pipeline_steps
from streams.records import Article
from tests.factories import make_article


def test_an_entry_reads_as_absent_once_its_window_has_passed() -> None:
    table: dict[str, Any] = {}
    Expiring(table, now=100.0, window=10.0, slot=0)["a"] = {"x": 1}
    assert Expiring(table, now=110.0, window=10.0, slot=0)["a"] == {"x": 1}
    later = Expiring(table, now=110.5, window=10.0, slot=0)
    assert later.get("a") is None and "a" not in later and list(later) == []


def test_a_write_renews_an_entry() -> None:
    table: dict[str, Any] = {}
    Expiring(table, now=0.0, window=10.0, slot=0)["a"] = 1
    Expiring(table, now=8.0, window=10.0, slot=0)["a"] = 2
    assert Expiring(table, now=15.0, window=10.0, slot=0)["a"] == 2


def test_a_sweep_deletes_only_its_own_slots_expired_entries() -> None:
    table: dict[str, Any] = {}
    Expiring(table, now=0.0, window=10.0, slot=0)["old"] = 1
    Expiring(table, now=0.0, window=10.0, slot=1)["other-partition"] = 1
    Expiring(table, now=9.0, window=10.0, slot=0)["fresh"] = 1
    assert Expiring(table, now=12.0, window=10.0, slot=0).sweep() == 1
    assert set(table) == {"other-partition", "fresh"}


def test_the_sweeper_sweeps_now_and_then() -> None:
    table: dict[str, Any] = {}
    sweeper = Sweeper(window=8.0)
    sweeper.view("t", table, 0.0, 0)["a"] = 1
    sweeper.view("t", table, 0.5, 0)["b"] = 1
    sweeper.view("t", table, 8.2, 0)
    assert set(table) == {"b"}
    sweeper.view("t", table, 8.7, 0)  # b has expired, but a sweep is due a second after the last
    assert set(table) == {"b"}
    sweeper.view("t", table, 9.3, 0)
    assert set(table) == set()


def test_duplicate_state_stays_bounded_and_copies_within_the_window_are_caught() -> None:
    """Articles keep coming; parked articles and band buckets of old ones are forgotten."""
    clock = [0.0]
    decided: dict[str, str | None] = {}

    def keep(out: Out) -> None:
        if out.topic == "checked-articles":
            article = Article.from_json(out.value)
            decided[article.article_id] = article.duplicate_of

    windows = StateWindows(duplicates=60.0, incidents=60.0)
    steps = [
        s
        for s in pipeline_steps(Matcher([]), clock=lambda: clock[0], windows=windows)
        if s.name.startswith("dedup")
    ]
    tables = StateTables.load(["band-buckets", "dedup-pending"], iter(()))
    router = Router(steps, tables, keep)
    sizes = []
    for n in range(300):
        clock[0] = float(n)
        text = " ".join(f"نص{n}x{i} مختلف{i % 3}" for i in range(60))
        article = dataclasses.replace(make_article(f"a{n}", "عنوان", text), fetched_at=f"{n:06d}")
        router.send("articles", article.article_id, article.to_json())
        sizes.append(len(tables["dedup-pending"]) + len(tables["band-buckets"]))
    # entries per article vary with the shards its bands fall in: a bound, not an exact count
    assert max(sizes[150:]) <= 1.05 * max(sizes[:100]), "state grows with the number of articles"
    copy = make_article("copy", "عنوان", " ".join(f"نص299x{i} مختلف{i % 3}" for i in range(60)))
    copy = dataclasses.replace(copy, fetched_at="999999")
    router.send("articles", "copy", copy.to_json())
    assert decided["copy"] == "a299", "a copy within the window is still caught"


def test_a_pinned_entry_does_not_expire() -> None:
    table: dict[str, Any] = {}

    def waiting(value: Any) -> bool:
        return not value.get("released")

    Expiring(table, now=0.0, window=10.0, slot=0, pinned=waiting)["parked"] = {"released": False}
    Expiring(table, now=0.0, window=10.0, slot=0, pinned=waiting)["done"] = {"released": True}
    later = Expiring(table, now=100.0, window=10.0, slot=0, pinned=waiting)
    assert later.sweep() == 1
    assert later["parked"] == {"released": False} and "done" not in table


def test_an_article_whose_verdicts_come_after_the_window_is_still_released() -> None:
    """Under a backlog the verdicts may come later than the window: the article is not lost."""
    clock = [0.0]
    released: list[str] = []
    windows = StateWindows(duplicates=5.0, incidents=5.0)
    steps = {s.name: s for s in pipeline_steps(Matcher([]), clock=lambda: clock[0], windows=windows)}
    tables = StateTables.load(["band-buckets", "dedup-pending"], iter(()))
    article = make_article("late", "عنوان", " ".join(f"نص{i} مختلف{i % 3}" for i in range(60)))
    probes = steps["dedup"].handle(Message("articles", b"late", article.to_json().encode()), tables)
    clock[0] = 60.0  # the probes and verdicts sat in a backlog
    for probe in probes:
        for verdict in steps["dedup-band"].handle(Message("band-probes", None, probe.value.encode()), tables):
            message = Message("band-verdicts", None, verdict.value.encode())
            released += [out.key for out in steps["dedup-verdict"].handle(message, tables)]
    assert released == ["late"]

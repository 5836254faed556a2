"""Settle: an incident change is held until the incident has been quiet for a while (and never
longer than the hold limit); only its latest version is released, in the order first held."""

import json

from streams.pipeline.settle import SettleWindow, hold, release, tick

WINDOW = SettleWindow(quiet=2.0, longest=10.0)


def change(incident_id: str, version: int) -> bytes:
    return json.dumps({"incident_id": incident_id, "version": version}).encode()


def released(held: dict, at: float, *, flush: bool = False, slot: int = 0) -> list[tuple[str, int]]:
    return [
        (json.loads(raw)["incident_id"], json.loads(raw)["version"])
        for raw in release(held, slot, tick(at, flush=flush))
    ]


def test_a_burst_of_changes_is_released_once_as_its_latest_version_after_it_went_quiet():
    held: dict = {}
    hold(change("a", 1), held, 0, now=100.0, window=WINDOW)
    hold(change("a", 2), held, 0, now=101.0, window=WINDOW)
    assert released(held, 102.5) == [], "still changing a second ago"
    assert released(held, 103.0) == [("a", 2)]
    assert released(held, 200.0) == [], "released once"


def test_an_incident_that_keeps_changing_is_released_at_the_hold_limit():
    held: dict = {}
    for second in range(12):
        hold(change("a", second + 1), held, 0, now=100.0 + second, window=WINDOW)
        if second < 10:
            assert released(held, 100.0 + second) == []
    assert released(held, 110.0) == [("a", 12)]


def test_a_replayed_older_version_does_not_replace_a_newer_one():
    held: dict = {}
    hold(change("a", 3), held, 0, now=100.0, window=WINDOW)
    hold(change("a", 2), held, 0, now=100.5, window=WINDOW)
    assert released(held, 105.0) == [("a", 3)]


def test_release_keeps_the_order_incidents_were_first_held_and_leaves_the_others():
    held: dict = {}
    hold(change("b", 1), held, 0, now=100.0, window=WINDOW)
    hold(change("a", 1), held, 0, now=100.5, window=WINDOW)
    hold(change("c", 1), held, 0, now=104.0, window=WINDOW)
    assert released(held, 103.0) == [("b", 1), ("a", 1)]
    assert released(held, 103.0, flush=True) == [("c", 1)], "a flush releases everything held"


def test_each_slot_holds_its_own_changes():
    """A slot is a partition: a tick releases only what its partition holds."""
    held: dict = {}
    hold(change("a", 1), held, 0, now=100.0, window=WINDOW)
    hold(change("b", 1), held, 1, now=100.0, window=WINDOW)
    assert released(held, 110.0, slot=1) == [("b", 1)]
    assert released(held, 110.0, slot=0) == [("a", 1)]


def test_each_held_change_is_an_entry_of_its_own_so_a_burst_never_makes_one_large_value():
    held: dict = {}
    for n in range(300):
        hold(change(f"i{n:03d}", 1), held, 0, now=100.0, window=WINDOW)
    hold(change("other-slot", 1), held, 1, now=100.0, window=WINDOW)
    assert len(held) == 301
    assert max(len(json.dumps(value)) for value in held.values()) < 200
    assert len(released(held, 103.0)) == 300
    assert released(held, 103.0, slot=1) == [("other-slot", 1)]
    assert held == {}


def test_a_change_read_again_after_its_release_is_not_released_twice():
    # a rebalance re-delivers version 1 after version 2 (the incident absorbed into another) was
    # released: holding it again would raise a second "new" alert for the same incident
    held: dict = {}
    told: dict = {}
    hold(change("a", 1), held, 0, now=100.0, window=WINDOW, released=told)
    hold(change("a", 2), held, 0, now=101.0, window=WINDOW, released=told)
    assert [json.loads(raw)["version"] for raw in release(held, 0, tick(110.0), told)] == [2]
    hold(change("a", 1), held, 0, now=112.0, window=WINDOW, released=told)
    hold(change("a", 2), held, 0, now=112.0, window=WINDOW, released=told)
    assert release(held, 0, tick(130.0), told) == []
    # a newer version is news
    hold(change("a", 3), held, 0, now=140.0, window=WINDOW, released=told)
    assert [json.loads(raw)["version"] for raw in release(held, 0, tick(150.0), told)] == [3]

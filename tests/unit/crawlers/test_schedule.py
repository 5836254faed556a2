"""The interval policy and the schedule under a fake clock: no sleeping, no network."""

import itertools
import random

import pytest

from crawlers.schedule import IntervalPolicy, PollOutcome, Schedule, Target, TargetState

FEED = Target("s", "feed", "http://s.test/feed")
BREAKING = Target("s", "feed", "http://s.test/breaking", breaking=True)
POLICY = IntervalPolicy(floor=30, breaking_floor=10, ceiling=900, idle_factor=0.1, jitter=0.0)


def run(policy: IntervalPolicy, target: Target, outcomes: list[PollOutcome], start: float = 1000.0):
    """Poll at each scheduled time; returns the intervals the policy chose."""
    state, now, intervals = TargetState("s", target.url), start, []
    rng = random.Random(7)
    for outcome in outcomes:
        policy.record(target, state, outcome, now, rng)
        intervals.append(round(state.next_poll - now, 3))
        now = state.next_poll
    return intervals, state


def test_new_items_bring_the_interval_back_to_the_floor():
    idle = [PollOutcome()] * 6
    intervals, _ = run(POLICY, FEED, [PollOutcome(new_items=2), *idle, PollOutcome(new_items=1)])
    assert intervals[0] == 30
    assert intervals[-1] == 30


def test_idle_targets_slow_down_with_the_time_since_their_last_news_up_to_the_ceiling():
    intervals, _ = run(POLICY, FEED, [PollOutcome(new_items=1)] + [PollOutcome()] * 40)
    assert intervals[1] == 33  # 30 s idle → 30 + 3
    assert all(a <= b for a, b in itertools.pairwise(intervals[1:]))
    assert intervals[-1] == 900
    assert max(intervals) == 900


def test_a_target_never_seen_with_news_starts_at_the_floor():
    intervals, _ = run(POLICY, FEED, [PollOutcome()])
    assert intervals == [30]


def test_breaking_targets_have_the_tighter_floor():
    intervals, _ = run(POLICY, BREAKING, [PollOutcome(new_items=1), PollOutcome()])
    assert intervals == [10, 11]


def test_failures_back_off_exponentially_and_a_success_resets_them():
    outcomes = [PollOutcome(new_items=1)] + [PollOutcome(failed=True)] * 7 + [PollOutcome()]
    intervals, state = run(POLICY, FEED, outcomes)
    assert intervals[1:8] == [30, 60, 120, 240, 480, 900, 900]
    assert state.failures == 0 and state.last_error is None


def test_retry_after_is_honoured_even_above_the_ceiling():
    intervals, state = run(POLICY, FEED, [PollOutcome(failed=True, retry_after=3600)])
    assert intervals == [3600]
    assert state.failures == 1


def test_jitter_stays_within_its_bounds_and_spreads_targets():
    policy = IntervalPolicy(floor=30, jitter=0.1)
    waits = set()
    for seed in range(50):
        state = TargetState("s", FEED.url)
        policy.record(FEED, state, PollOutcome(new_items=1), 0.0, random.Random(seed))
        waits.add(state.next_poll)
    assert min(waits) >= 27 and max(waits) <= 33
    assert len(waits) > 40


def test_state_round_trips_through_its_dict_form():
    _, state = run(POLICY, FEED, [PollOutcome(new_items=1)])
    state.validators = {FEED.url: {"If-None-Match": '"v1"'}}
    assert TargetState.from_dict(state.to_dict()) == state


def test_schedule_pops_only_what_is_due_in_time_order_and_keeps_the_latest_time():
    schedule = Schedule()
    a, b, c = (Target("s", "feed", f"http://s.test/{n}") for n in "abc")
    schedule.put(a, 50.0)
    schedule.put(b, 10.0)
    schedule.put(c, 30.0)
    schedule.put(a, 20.0)  # rescheduled: the earlier entry is stale
    assert schedule.next_time() == 10.0
    assert schedule.pop_due(25.0) == [b, a]
    assert len(schedule) == 1 and c in schedule
    schedule.discard(c)
    assert schedule.next_time() is None
    assert schedule.pop_due(100.0) == []


@pytest.mark.parametrize("publish_every", [60.0, 120.0, 300.0])
def test_a_source_publishing_regularly_is_polled_well_within_a_minute_of_each_item(publish_every):
    """Simulated: the first poll after each publication sees it; the delay stays small for the
    rates news sites publish at, while the request rate stays near one per interval."""
    policy = IntervalPolicy(floor=30, ceiling=900, idle_factor=0.1, jitter=0.1)
    state, now, rng = TargetState("s", FEED.url), 0.0, random.Random(1)
    published = [publish_every * (n + 1) for n in range(20)]
    delays, polls, pending = [], 0, list(published)
    while pending:
        fresh = [t for t in pending if t <= now]
        pending = [t for t in pending if t > now]
        delays += [now - t for t in fresh]
        policy.record(FEED, state, PollOutcome(new_items=len(fresh)), now, rng)
        polls += 1
        now = state.next_poll
    assert max(delays) <= 30 + publish_every * 0.1 * 1.1 + 1
    assert polls <= 20 * publish_every / 30 + 1

"""When to poll each feed, sitemap and section page: one clock per target, no pass barrier.

A *target* is one URL a source is discovered through. Each has its own ``TargetState``
(validators for conditional GET, failures, the next poll time) and its own interval, set by
``IntervalPolicy`` from what the last poll saw:

- new items     back to the floor (30 s; ``breaking`` targets 10 s): a source that just
                published tends to publish again (updates, tolls that rise);
- nothing new   the interval grows with the time since the target last had something new
                (``idle_factor`` seconds per idle second), up to the ceiling (15 min);
- a failure     doubles per consecutive failure, up to the ceiling, and never sooner than
                the server's ``Retry-After``;

then ±``jitter`` so that targets started together drift apart instead of hitting hosts in
bursts. Times are wall-clock seconds (``time.time``) because they are persisted and read back
by another process; the clock and the random source are injected, so the policy is tested
without sleeping.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from typing import Any, Self

from streams.settings import Settings

__all__ = ["IntervalPolicy", "PollOutcome", "Schedule", "Target", "TargetState"]


@dataclass(frozen=True)
class Target:
    """One URL a source is discovered through."""

    source_id: str
    kind: str  # feed | sitemap | section
    url: str
    breaking: bool = False


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of a target saw."""

    new_items: int = 0
    failed: bool = False
    retry_after: float | None = None  # seconds, from the server's Retry-After


@dataclass
class TargetState:
    """A target's persisted state; ``next_poll`` and the other times are epoch seconds."""

    source_id: str
    url: str
    interval: float = 0.0
    next_poll: float = 0.0
    last_new: float | None = None
    last_success: float | None = None
    failures: int = 0
    last_error: str | None = None
    # conditional-GET headers per URL read in a poll (the target's, a sitemap index's children)
    validators: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class IntervalPolicy:
    floor: float = 30.0
    breaking_floor: float = 10.0
    ceiling: float = 900.0
    idle_factor: float = 0.1
    jitter: float = 0.1

    @classmethod
    def of(cls, settings: Settings) -> IntervalPolicy:
        return cls(
            floor=settings.poll_floor,
            breaking_floor=settings.breaking_poll_floor,
            ceiling=settings.poll_ceiling,
            idle_factor=settings.poll_idle_factor,
            jitter=settings.poll_jitter,
        )

    def floor_for(self, target: Target) -> float:
        return min(self.breaking_floor, self.floor) if target.breaking else self.floor

    def interval(self, target: Target, state: TargetState, outcome: PollOutcome, now: float) -> float:
        """The interval before the next poll, without jitter."""
        floor = self.floor_for(target)
        if outcome.failed:
            backoff = max(state.interval, floor) * (2 if state.failures > 1 else 1)
            return max(min(backoff, self.ceiling), outcome.retry_after or 0.0)
        if outcome.new_items:
            return floor
        idle = now - (state.last_new if state.last_new is not None else now)
        return min(max(floor + idle * self.idle_factor, floor), self.ceiling)

    def record(
        self, target: Target, state: TargetState, outcome: PollOutcome, now: float, rng: random.Random
    ) -> None:
        """Update ``state`` after a poll and set its next poll time."""
        if outcome.failed:
            state.failures += 1
        else:
            state.failures = 0
            state.last_error = None
            state.last_success = now
            if outcome.new_items or state.last_new is None:
                state.last_new = now
        state.interval = self.interval(target, state, outcome, now)
        spread = 1.0 + rng.uniform(-self.jitter, self.jitter)
        wait = state.interval * spread
        if outcome.retry_after:
            wait = max(wait, outcome.retry_after)
        state.next_poll = now + wait


class Schedule:
    """Targets ordered by their next poll time (a heap; stale entries are skipped on pop)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Target]] = []
        self._due: dict[Target, float] = {}
        self._counter = 0

    def __len__(self) -> int:
        return len(self._due)

    def __contains__(self, target: object) -> bool:
        return target in self._due

    def put(self, target: Target, at: float) -> None:
        self._due[target] = at
        self._counter += 1
        heapq.heappush(self._heap, (at, self._counter, target))

    def discard(self, target: Target) -> None:
        self._due.pop(target, None)

    def next_time(self) -> float | None:
        self._drop_stale()
        return self._heap[0][0] if self._heap else None

    def pop_due(self, now: float) -> list[Target]:
        """Every target whose time has come, earliest first; they leave the schedule."""
        due: list[Target] = []
        while (at := self.next_time()) is not None and at <= now:
            _, _, target = heapq.heappop(self._heap)
            del self._due[target]
            due.append(target)
        return due

    def _drop_stale(self) -> None:
        while self._heap and self._due.get(self._heap[0][2]) != self._heap[0][0]:
            heapq.heappop(self._heap)

"""A worker with messages to read that reads none restarts itself.

faust-streaming 0.15 sometimes never fetches some of the partitions it took over from a worker
that died: their committed offsets stay where the dead worker left them and the work on them
waits for ever, silently (seen after SIGKILL takeovers in the integration tests). The watchdog
turns that stall into a restart: when no step has run for ``stall_seconds`` while an assigned
partition has messages past the last one read, the worker exits with ``STALLED_EXIT_CODE``. Its
supervisor (``restart: unless-stopped`` in docker-compose, systemd, the tests' harness) starts
it again; the group rebalances and the partitions are read from their committed offsets.
Delivery is at-least-once and the steps are idempotent, so exiting at any point loses nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

__all__ = ["STALLED_EXIT_CODE", "Progress", "unread"]

STALLED_EXIT_CODE = 75  # EX_TEMPFAIL: try again

Partition = TypeVar("Partition")


@dataclass
class Progress:
    """When work on a message last finished, and how much is running (a step waiting for
    Elasticsearch or Kafka is progress, not a stall)."""

    last: float = field(default_factory=time.monotonic)
    running: int = 0

    @contextmanager
    def working(self) -> Iterator[None]:
        self.running += 1
        try:
            yield
        finally:
            self.running -= 1
            self.last = time.monotonic()

    def idle_for(self, now: float) -> float:
        return 0.0 if self.running else now - self.last


def unread(read: Mapping[Partition, int | None], ends: Mapping[Partition, int]) -> list[Partition]:
    """Partitions whose last message lies past the last offset read (``None``: none read)."""
    return [tp for tp, end in ends.items() if end - 1 > _or_before_first(read.get(tp))]


def _or_before_first(offset: int | None) -> int:
    return -1 if offset is None else offset

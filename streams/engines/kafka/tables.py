"""Faust tables whose changelog writes are tracked until Kafka acknowledged them.

A step's table changes must be in Kafka before its input message is acknowledged: once the
offset is committed, a SIGKILLed worker's successor rebuilds the table from the changelog and
does not replay the message. Faust hands changelog writes to a producer buffer whose
``flush()`` gives up after 0.1 s without a send, so under load it can return with changes
still unsent. ``ChangelogTracker`` instead hands the agent each change's own delivery future,
which the agent waits for before acknowledging the message that made the change. One tracker
per app (several apps may live in one process, e.g. in tests).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust
from faust.types import TP, AppT, EventT
from faust.types.tuples import FutureMessage

__all__ = ["ChangelogTracker", "DeliveryTrackedTable", "create_table"]


class ChangelogTracker:
    """The changelog writes of one app's tables since ``take()`` was last called."""

    def __init__(self) -> None:
        self._written: list[FutureMessage] = []

    def add(self, future: FutureMessage) -> None:
        self._written.append(future)

    def take(self) -> list[FutureMessage]:
        """The delivery futures of the table changes made since the last call. A step runs
        without yielding to the event loop, so taken right after it they are its own."""
        written, self._written = self._written, []
        return written


class DeliveryTrackedTable(faust.Table):
    """A table that hands each changelog write to its app's ``ChangelogTracker``, and counts in
    ``generation`` the times its contents changed other than through a step (recovery from the
    changelog), for what a step derives from it in memory (``streams.pipeline.steps.BandIndex``)."""

    tracker: ChangelogTracker
    generation: int = 0

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        future = super().send_changelog(*args, **kwargs)
        self.tracker.add(future)
        return future

    def apply_changelog_batch(self, batch: Iterable[EventT]) -> None:
        self.generation += 1
        super().apply_changelog_batch(batch)

    async def on_recovery_completed(self, active_tps: set[TP], standby_tps: set[TP]) -> None:
        self.generation += 1  # the store forgets the partitions this worker no longer has
        await super().on_recovery_completed(active_tps, standby_tps)


def create_table(app: AppT, name: str, partitions: int, tracker: ChangelogTracker) -> DeliveryTrackedTable:
    table = DeliveryTrackedTable(
        app, name=name, default=None, beacon=app.tables.beacon, partitions=partitions
    )
    table.tracker = tracker
    app.tables.add(table)
    return table

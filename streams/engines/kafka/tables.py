"""Faust tables whose changelog writes are tracked until Kafka acknowledged them.

A step's table changes must be in Kafka before its input message is acknowledged: once the
offset is committed, a SIGKILLed worker's successor rebuilds the table from the changelog and
does not replay the message. Faust hands changelog writes to a producer buffer whose
``flush()`` gives up after 0.1 s without a send, so under load it can return with changes
still unsent. ``ChangelogTracker.delivered()`` instead waits for each change's own delivery
future. One tracker per app (several apps may live in one process, e.g. in tests).
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
from faust.types import AppT
from faust.types.tuples import FutureMessage

__all__ = ["ChangelogTracker", "DeliveryTrackedTable", "create_table"]


class ChangelogTracker:
    """The changelog writes of one app's tables not yet known to be delivered."""

    def __init__(self) -> None:
        self.in_flight: set[FutureMessage] = set()

    async def delivered(self) -> None:
        """Wait until Kafka acknowledged every table change made so far (by any agent); raise
        the first failed delivery, once (it is forgotten like the delivered ones)."""
        waiting = list(self.in_flight)
        if not waiting:
            return
        results = await asyncio.gather(*waiting, return_exceptions=True)
        self.in_flight.difference_update(waiting)
        for result in results:
            if isinstance(result, BaseException):
                raise result


class DeliveryTrackedTable(faust.Table):
    """A table that hands each changelog write to its app's ``ChangelogTracker``."""

    tracker: ChangelogTracker

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        future = super().send_changelog(*args, **kwargs)
        self.tracker.in_flight.add(future)
        return future


def create_table(app: AppT, name: str, partitions: int, tracker: ChangelogTracker) -> DeliveryTrackedTable:
    table = DeliveryTrackedTable(
        app, name=name, default=None, beacon=app.tables.beacon, partitions=partitions
    )
    table.tracker = tracker
    app.tables.add(table)
    return table

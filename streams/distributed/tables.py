"""Faust tables (state with changelog topics, recovered on restart or rebalance).

band_buckets    band key → [{id, sig, order}]       (near-duplicate check, keyed by band)
pending         article_id → {article, verdicts}     (articles waiting for all band verdicts)
incidents       merge key → [incident dict, ...]     (recent incidents a report may join)
alert_states    incident_id → {subscription_id: AlertState dict}

Order of effects of one step, so that a worker killed at any point loses nothing:

1. its output messages are delivered (acknowledged by Kafka);
2. then its table changes are written (``StagedWrites.apply``) and delivered to the changelog;
3. then its input message is acknowledged (and its offset may be committed).

State is never ahead of output: a successor that finds a change in the changelog can rely on
the step's output existing, so a replayed message whose effect is already in the table needs
no output. (The duplicate check's first step is the exception, see ``agents.step``: it parks
the article before asking for the verdicts that need it, and its replay asks again.)

Faust hands changelog writes to a producer buffer whose ``flush()`` gives up after
0.1 s without a send, so under load it can return with changes still unsent:
``changes_delivered()`` waits for each change's own delivery future instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, MutableMapping
from typing import Any

import faust
from faust.types import TableT
from faust.types.tuples import FutureMessage

from streams.distributed.app import app, settings

__all__ = [
    "StagedWrites",
    "alert_states",
    "band_buckets",
    "changes_delivered",
    "incidents",
    "pending",
]

_in_flight: set[FutureMessage] = set()


class DeliveryTrackedTable(faust.Table):
    """A table that remembers each changelog write until Kafka acknowledged it."""

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        future = super().send_changelog(*args, **kwargs)
        _in_flight.add(future)
        return future


class StagedWrites(MutableMapping[str, Any]):
    """A table as one step sees it: reads see the step's own writes, which reach the table
    only on ``apply()`` (after the step's output was delivered)."""

    def __init__(self, table: MutableMapping[str, Any]) -> None:
        self.table = table
        self.writes: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        return self.writes[key] if key in self.writes else self.table[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes[key] = value

    def __delitem__(self, key: str) -> None:
        raise NotImplementedError("steps keep their entries; nothing deletes from a table")

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self.table), **dict.fromkeys(self.writes)})

    def __len__(self) -> int:
        return len(set(self.table) | set(self.writes))

    def apply(self) -> None:
        for key, value in self.writes.items():
            self.table[key] = value
        self.writes.clear()


async def changes_delivered() -> None:
    """Wait until Kafka acknowledged every table change made so far (by any agent)."""
    waiting = list(_in_flight)
    if waiting:
        await asyncio.gather(*waiting)
        _in_flight.difference_update(waiting)


def _table(name: str, help: str) -> TableT:
    table = DeliveryTrackedTable(
        app,
        name=name,
        default=None,
        beacon=app.tables.beacon,
        partitions=settings.topic_partitions,
        help=help,
    )
    app.tables.add(table)
    return table


band_buckets = _table("band-buckets", "LSH band key -> articles filed under it")
pending = _table("dedup-pending", "article_id -> article and its band verdicts so far")
incidents = _table("incidents-by-merge-key", "merge key -> recent incidents")
alert_states = _table("alert-states", "incident_id -> what each subscription was told")

"""Faust tables (state with changelog topics, recovered on restart or rebalance).

band_buckets    band key → [{id, sig, order}]       (near-duplicate check, keyed by band)
pending         article_id → {article, verdicts}     (articles waiting for all band verdicts)
incidents       merge key → [incident dict, ...]     (recent incidents a report may join)
alert_states    incident_id → {subscription_id: AlertState dict}

A step's table changes must be in Kafka before its input message is acknowledged: once the
offset is committed, a SIGKILLed worker's successor rebuilds the table from the changelog and
does not replay the message. Faust hands changelog writes to a producer buffer whose
``flush()`` gives up after 0.1 s without a send, so under load it can return with changes
still unsent. ``changes_delivered()`` instead waits for each change's own delivery future.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
from faust.types import TableT
from faust.types.tuples import FutureMessage

from streams.engines.kafka.app import app, settings

__all__ = ["alert_states", "band_buckets", "changes_delivered", "incidents", "pending"]

_in_flight: set[FutureMessage] = set()


class DeliveryTrackedTable(faust.Table):
    """A table that remembers each changelog write until Kafka acknowledged it."""

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        future = super().send_changelog(*args, **kwargs)
        _in_flight.add(future)
        return future


async def changes_delivered() -> None:
    """Wait until Kafka acknowledged every table change made so far (by any agent); raise the
    first failed delivery, once (it is forgotten like the delivered ones)."""
    waiting = list(_in_flight)
    if not waiting:
        return
    results = await asyncio.gather(*waiting, return_exceptions=True)
    _in_flight.difference_update(waiting)
    for result in results:
        if isinstance(result, BaseException):
            raise result


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

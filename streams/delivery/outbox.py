"""The embedded outbox: delivery outcomes in the SQLite store, and re-sending what is owed.

An alert is stored before it is submitted for delivery; each output's outcome is stored when
it is known. At start-up every stored alert that an output has no outcome for (the process
stopped or crashed first) is submitted again, so an alert is never lost between being raised
and being sent, and one that was delivered is never sent again.
"""

from __future__ import annotations

import logging

from indexer.sqlite_store import SqliteStore
from streams.delivery.dispatcher import FAILED, Dispatcher
from streams.records import DeadLetter, Delivery

__all__ = ["SqliteDeliveryLog", "resubmit_undelivered"]

LOGGER = logging.getLogger(__name__)


class SqliteDeliveryLog:
    """Stores each outcome; a failed delivery is also a dead letter (stage ``deliver:<output>``)."""

    def __init__(self, store: SqliteStore) -> None:
        self._store = store

    def record(self, delivery: Delivery) -> None:
        with self._store.transaction():
            self._store.put_delivery(delivery)
            if delivery.status == FAILED:
                self._store.put_dead_letter(
                    DeadLetter(
                        stage=f"deliver:{delivery.output}",
                        error=delivery.reason,
                        key=delivery.alert_id,
                        payload=delivery.to_json(),
                    )
                )


async def resubmit_undelivered(dispatcher: Dispatcher, store: SqliteStore) -> int:
    """Submit every stored alert again to the outputs that have no outcome for it, among those
    it is routed to (an alert of an immediate subscription is not owed to the ``digest``
    output); waits for queue room instead of dropping, since a backlog is expected here.
    Returns how many."""
    candidates = store.undelivered(dispatcher.outputs)
    owed = [(alert, [n for n in dispatcher.routes(alert) if n in missing]) for alert, missing in candidates]
    owed = [(alert, outputs) for alert, outputs in owed if outputs]
    for alert, outputs in owed:
        await dispatcher.wait_for_room(outputs)
        dispatcher.submit(alert, only=outputs)
    if owed:
        LOGGER.info("re-sending %d stored alerts that were not delivered before the last stop", len(owed))
    return len(owed)

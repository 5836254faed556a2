"""Digests: a subscription whose policy is ``digest`` hears of its incidents once per period.

Its alerts still reach the shared outputs (terminal, JSON lines, the operator's webhook) and the
page at once; for the subscription's own channels they are *held* instead: ``DigestHold``, the
dispatcher output named ``digest``, writes each into the ``DigestBook`` (SQLite), one row per
(subscription, incident) holding the alert of the incident's latest version. Holding is a
delivery like any other, so an alert is held exactly as reliably as it would have been sent:
the embedded outbox submits again an alert that has no ``digest`` outcome after a crash, and
the Kafka notifier commits an alert's offset only once it is held.

Periods are aligned on multiples of ``every_hours`` counted from 1970-01-01 00:00 UTC (every 6
hours: 00:00, 06:00, 12:00, 18:00 UTC), so they need no state and every process agrees on them.
When a period has ended, ``DigestSender`` closes it: in one transaction the subscription's held
rows become one ``Digest``, stored until sent (no rows, no digest). The digest is submitted to
the dispatcher for the subscription's channels and forgotten once each has an outcome; one
still unsent at a stop is sent again after the restart under the same ``digest_id`` (receivers
drop repeats by it). After a stop longer than a period, the rows of every ended period go out
as one digest.

The wall clock is injected (``now``: seconds since the epoch), so tests need no sleeps.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from streams.delivery.dispatcher import Dispatcher
from streams.delivery.outputs import DeliveryError, Message
from streams.pipeline.subscriptions import Subscription
from streams.records import Alert, Delivery, Digest, stable_id

__all__ = ["DIGEST_OUTPUT", "DigestBook", "DigestHold", "DigestSender", "period_of"]

LOGGER = logging.getLogger(__name__)

DIGEST_OUTPUT = "digest"
CHECK_SECONDS = 30.0  # how often ended periods are looked for: a digest leaves within this
HOUR = 3600

SCHEMA = """
CREATE TABLE IF NOT EXISTS digest_held (
    subscription_id TEXT NOT NULL, incident_id TEXT NOT NULL, name TEXT NOT NULL,
    period_start REAL NOT NULL, period_end REAL NOT NULL, version INTEGER NOT NULL,
    record TEXT NOT NULL, PRIMARY KEY (subscription_id, incident_id)
);
CREATE INDEX IF NOT EXISTS digest_held_by_end ON digest_held(period_end);
CREATE TABLE IF NOT EXISTS digest_closed (digest_id TEXT PRIMARY KEY, record TEXT NOT NULL);
"""

SubscriptionOf = Callable[[str], Subscription | None]


def period_of(moment: float, every_hours: int) -> tuple[float, float]:
    """``(start, end)`` in epoch seconds of the ``every_hours`` period that holds ``moment``."""
    length = every_hours * HOUR
    start = moment // length * length
    return start, start + length


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")


class DigestBook:
    """Held alerts and closed, unsent digests in a SQLite file (created if missing). Used from
    one thread (the event loop's); each call is one short transaction."""

    def __init__(self, path: Path | str) -> None:
        self._db = sqlite3.connect(str(path))
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def hold(self, alert: Alert, name: str, every_hours: int, now: float) -> None:
        """Keep ``alert`` for the digest of the period ``now`` falls in, unless an alert of a
        later version of its incident is already held (which then stays, with its period).
        Incidents it absorbed are dropped from the digest: it is the one to list."""
        start, end = period_of(now, every_hours)
        with self._db as db:
            db.execute(
                """INSERT INTO digest_held VALUES (?,?,?,?,?,?,?)
                   ON CONFLICT (subscription_id, incident_id) DO UPDATE
                   SET name = excluded.name, version = excluded.version, record = excluded.record
                   WHERE excluded.version >= digest_held.version""",
                (alert.subscription_id, alert.incident_id, name, start, end,
                 alert.incident.version, alert.to_json()),
            )
            db.executemany(
                "DELETE FROM digest_held WHERE subscription_id = ? AND incident_id = ?",
                [(alert.subscription_id, absorbed) for absorbed in alert.incident.merged_from],
            )

    def held(self, subscription_id: str) -> list[Alert]:
        rows = self._db.execute(
            "SELECT record FROM digest_held WHERE subscription_id = ? ORDER BY rowid", (subscription_id,)
        )
        return [Alert.from_json(record) for (record,) in rows]

    def close_due(self, now: float) -> list[Digest]:
        """Turn the rows of every period ended by ``now`` into one digest per subscription,
        stored until ``forget``; returns the new digests."""
        with self._db as db:
            rows = db.execute(
                """SELECT subscription_id, incident_id, name, period_start, period_end, record
                   FROM digest_held WHERE period_end <= ? ORDER BY subscription_id, rowid""",
                (now,),
            ).fetchall()
            grouped: dict[str, list[tuple[str, str, float, float, str]]] = {}
            for subscription_id, incident_id, name, start, end, record in rows:
                grouped.setdefault(subscription_id, []).append((incident_id, name, start, end, record))
            digests = [_digest(subscription_id, held) for subscription_id, held in grouped.items()]
            closed = [(digest.digest_id, digest.to_json()) for digest in digests]
            db.executemany("INSERT OR REPLACE INTO digest_closed VALUES (?,?)", closed)
            db.executemany(
                "DELETE FROM digest_held WHERE subscription_id = ? AND incident_id = ?",
                [(row[0], row[1]) for row in rows],
            )
        return digests

    def unsent(self) -> list[Digest]:
        """Closed digests not yet forgotten, oldest first."""
        rows = self._db.execute("SELECT record FROM digest_closed ORDER BY rowid")
        return [Digest.from_json(record) for (record,) in rows]

    def forget(self, digest_id: str) -> None:
        """Every channel has an outcome for the digest: it is not sent again."""
        with self._db as db:
            db.execute("DELETE FROM digest_closed WHERE digest_id = ?", (digest_id,))


def _digest(subscription_id: str, held: list[tuple[str, str, float, float, str]]) -> Digest:
    alerts = [Alert.from_json(record) for *_, record in held]
    start, end = min(row[2] for row in held), max(row[3] for row in held)
    # the alerts listed are part of the id: a digest sent again is the same one, and two
    # notifiers that each held part of one period (after a rebalance) send two different ones
    listed = sorted(alert.alert_id for alert in alerts)
    return Digest(
        digest_id=stable_id("digest", subscription_id, end, *listed),
        subscription_id=subscription_id,
        name=held[-1][1],
        period_start=_iso(start),
        period_end=_iso(end),
        alerts=alerts,
    )


class DigestHold:
    """The dispatcher output that holds a digest subscription's alerts in the ``DigestBook``."""

    name = DIGEST_OUTPUT

    def __init__(
        self, book: DigestBook, subscription_of: SubscriptionOf, now: Callable[[], float] = time.time
    ) -> None:
        self._book = book
        self._subscription_of = subscription_of
        self._now = now

    async def send(self, alert: Message) -> None:
        if isinstance(alert, Digest):
            raise DeliveryError("a digest goes to channels; it is not held again", permanent=True)
        subscription = self._subscription_of(alert.subscription_id)
        every_hours = subscription.policy.every_hours if subscription is not None else None
        if subscription is None or every_hours is None:
            reason = f"subscription {alert.subscription_id} no longer asks for a digest"
            raise DeliveryError(reason, permanent=True)
        try:
            self._book.hold(alert, subscription.name, every_hours, self._now())
        except sqlite3.Error as exc:
            raise DeliveryError(f"could not hold the alert for the digest: {exc}") from exc


OnSent = Callable[[Digest, list[Delivery]], Awaitable[None]]


class DigestSender:
    """Closes ended periods and sends their digests through the dispatcher (which routes a
    digest to its subscription's channels). ``on_sent`` hears each digest's outcomes once all
    its channels have one (the Kafka notifier reports them to its topics)."""

    def __init__(
        self,
        book: DigestBook,
        dispatcher: Dispatcher,
        *,
        now: Callable[[], float] = time.time,
        on_sent: OnSent | None = None,
    ) -> None:
        self._book = book
        self._dispatcher = dispatcher
        self._now = now
        self._on_sent = on_sent
        # digest id → its outcomes to come, and the task that waits for them
        self._sending: dict[str, tuple[asyncio.Future[list[Delivery]], asyncio.Task[None]]] = {}

    async def run(self, interval: float = CHECK_SECONDS) -> None:
        """Send what is due every ``interval`` seconds until cancelled; then ``close`` it once
        the dispatcher has drained."""
        while True:
            try:
                self.send_due()
            except sqlite3.Error as exc:  # the rows stay; the next round tries again
                LOGGER.warning("digests not closed: %s", exc)
            await asyncio.sleep(interval)

    def send_due(self) -> list[Digest]:
        """Close the periods ended by now and submit every unsent digest not already on its
        way (those left by an earlier run included); returns the digests submitted."""
        self._book.close_due(self._now())
        submitted = []
        for digest in self._book.unsent():
            if digest.digest_id in self._sending:
                continue
            receipt = self._dispatcher.submit(digest)
            task = asyncio.create_task(self._settle(digest, receipt.future))
            self._sending[digest.digest_id] = (receipt.future, task)
            task.add_done_callback(functools.partial(self._gone, digest.digest_id))
            submitted.append(digest)
        return submitted

    def _gone(self, digest_id: str, _task: asyncio.Task[None]) -> None:
        self._sending.pop(digest_id, None)

    async def settled(self) -> None:
        """Wait until every digest submitted so far has its outcomes (tests, shutdown)."""
        await asyncio.gather(*(task for _, task in self._sending.values()), return_exceptions=True)

    async def close(self) -> None:
        """Finish the digests that have their outcomes; stop waiting for the others, which stay
        unsent and go again after a restart."""
        sending = list(self._sending.values())
        for outcomes, task in sending:
            if not outcomes.done():
                task.cancel()
        await asyncio.gather(*(task for _, task in sending), return_exceptions=True)

    async def _settle(self, digest: Digest, outcomes: Awaitable[list[Delivery]]) -> None:
        deliveries = await outcomes
        if not deliveries:
            LOGGER.info("digest %s of %s has no channel to go to (subscription gone?)",
                        digest.digest_id, digest.subscription_id)
        # forgotten first: a report that fails must not send the digest to its channels again
        self._book.forget(digest.digest_id)
        if self._on_sent is not None:
            try:
                await self._on_sent(digest, deliveries)
            except Exception:
                LOGGER.exception("the outcomes of digest %s were not reported", digest.digest_id)

"""Logging set-up for every command: readable lines for people, JSON lines for log shippers.

``NEWSWATCH_LOG_FORMAT=json`` (or ``newswatch --log-json``) writes one JSON object per record
with ``time``, ``level``, ``logger``, ``message``, the exception if any, and every ``extra=``
field, so that a log pipeline can filter by stage or source without parsing text.

While a Kafka broker is away, ``BrokerOutageFilter`` turns the Kafka client's stream of
connection errors into a warning that the broker is unreachable and one when it answers again.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from pythonjsonlogger.json import JsonFormatter

from streams.settings import Settings

__all__ = ["BrokerOutageFilter", "configure_logging"]

LOGGER = logging.getLogger(__name__)

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)


def configure_logging(settings: Settings, verbosity: int = 0, *, json_logs: bool = False) -> None:
    """Configure the root logger once per process (replaces handlers set before)."""
    handler = logging.StreamHandler(sys.stderr)
    if json_logs or settings.log_format == "json":
        handler.setFormatter(
            JsonFormatter(
                "%(levelname)s %(name)s %(message)s",
                rename_fields={"levelname": "level", "name": "logger"},
                timestamp="time",  # ISO 8601, UTC
                json_ensure_ascii=False,
            )
        )
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    handler.addFilter(BrokerOutageFilter())
    logging.basicConfig(level=LEVELS[min(verbosity, len(LEVELS) - 1)], handlers=[handler], force=True)


KAFKA_CLIENT = "aiokafka"  # the logger of the Kafka client and the parent of its modules' loggers
# what aiokafka logs, at WARNING or above, for each request it cannot send while a broker is away
BROKER_UNREACHABLE = re.compile(
    r"NodeNotReadyError|KafkaConnectionError|Connect call failed|Unable connect to node"
    r"|Unable to update metadata"
)
# faust's producer logs this each time a stream waits for its buffer of unsent table changes
# (every ~0.1 s while Kafka does not take them), with the buffer's size in the text
FAUST_PRODUCER = "faust.transport.producer"
BUFFER_FULL = re.compile(r"producer buffer full size \d+")
SEEN_KEPT = 256  # distinct Kafka client messages remembered before the expired ones are dropped


@dataclass
class _Outage:
    started: float
    last: float  # when the latest connection error came
    reminded: float  # when the latest line about this outage was let through
    left_out: Counter[str] = field(default_factory=Counter)  # connection errors per logger


@dataclass
class _Seen:
    since: float  # when this message was last let through
    left_out: int = 0  # its repeats since


class BrokerOutageFilter(logging.Filter):
    """Lets a Kafka outage through as a few clear warnings instead of thousands of errors.

    While a broker is away aiokafka logs every failed connection, metadata refresh, fetch,
    produce and coordinator request, several times a second and from each client (a 20 s broker
    restart wrote 2,368 and 811 such lines in two workers' logs), and nothing once the broker
    answers. Put on a handler, this filter lets the first such error through as a warning that
    Kafka is unreachable, leaves the repeats out (one reminder every ``remind`` seconds), and when
    no connection error has come for ``quiet`` seconds logs that Kafka answers again, how long it
    was away and how many errors of which logger were left out. Any other warning or error of the
    Kafka client (e.g. a failed commit after the group forgot the member, once per partition)
    is let through once per ``remind`` seconds; the next one let through tells how many repeats
    were left out. faust's "producer buffer full" warnings (table changes waiting for Kafka, one
    every ~0.1 s) count with the outage while there is one, and else pass once per ``remind``
    seconds. Hand-written: logging's filters see one record at a time and aiokafka reports
    no outage as a whole.
    """

    def __init__(self, *, quiet: float = 5.0, remind: float = 60.0) -> None:
        super().__init__()
        self.quiet = quiet
        self.remind = remind
        self._lock = threading.Lock()
        self._outage: _Outage | None = None
        self._seen: dict[tuple[str, str], _Seen] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        message = record.getMessage()
        if record.name == FAUST_PRODUCER and BUFFER_FULL.fullmatch(message):
            with self._lock:
                return self._buffer_full(record, message, time.monotonic())
        if not (record.name == KAFKA_CLIENT or record.name.startswith(KAFKA_CLIENT + ".")):
            return True
        with self._lock:
            if BROKER_UNREACHABLE.search(message):
                return self._unreachable(record, message, time.monotonic())
            return self._once(record, message, time.monotonic())

    def _buffer_full(self, record: logging.LogRecord, message: str, now: float) -> bool:
        """Table changes waiting for Kafka: a consequence of an outage (counted with it), or
        else a sign of back-pressure, let through once per ``remind`` seconds."""
        if self._outage is not None:
            self._outage.left_out[record.name] += 1
            return False
        return self._once(record, message, now, key="producer buffer full")

    def _unreachable(self, record: logging.LogRecord, message: str, now: float) -> bool:
        outage = self._outage
        if outage is None:
            self._outage = _Outage(started=now, last=now, reminded=now)
            threading.Thread(target=self._watch, name="kafka-outage-log", daemon=True).start()
            _warning(
                record,
                "Kafka unreachable: %s; the clients keep retrying, and their repeated "
                "connection errors are left out of the log until it answers again",
                (message,),
            )
            return True
        outage.last = now
        if now - outage.reminded < self.remind:
            outage.left_out[record.name] += 1
            return False
        outage.reminded = now
        _warning(
            record,
            "Kafka still unreachable after %.0f s (%d connection errors left out so far)",
            (now - outage.started, outage.left_out.total()),
        )
        return True

    def _once(self, record: logging.LogRecord, message: str, now: float, key: str | None = None) -> bool:
        """Let a message (or any with this ``key``) through once per ``remind`` seconds, with the
        count of its repeats."""
        seen_key = (record.name, key or message)
        seen = self._seen.get(seen_key)
        if seen is not None and now - seen.since < self.remind:
            seen.left_out += 1
            return False
        if seen is not None and seen.left_out:
            record.msg = "%s (%d more in the %.0f s before, left out)"
            record.args = (message, seen.left_out, now - seen.since)
        if len(self._seen) >= SEEN_KEPT:
            self._seen = {k: v for k, v in self._seen.items() if now - v.since < self.remind}
        self._seen[seen_key] = _Seen(since=now)
        return True

    def _watch(self) -> None:
        """Wait until no connection error has come for ``quiet`` seconds, then say so."""
        while True:
            with self._lock:
                outage = self._outage
                assert outage is not None  # only this thread ends an outage
                wait = outage.last + self.quiet - time.monotonic()
                if wait <= 0:
                    self._outage = None
                    break
            time.sleep(wait)
        LOGGER.warning(
            "Kafka answers again: no connection error for %g s; it was unreachable for %.0f s, "
            "%d connection errors left out (%s)",
            self.quiet,
            outage.last - outage.started,
            outage.left_out.total(),
            ", ".join(f"{name}: {count}" for name, count in outage.left_out.most_common()) or "none",
        )


def _warning(record: logging.LogRecord, message: str, args: tuple[object, ...]) -> None:
    """Turn ``record`` into a warning with this message."""
    record.msg, record.args = message, args
    record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)

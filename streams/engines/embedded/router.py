"""The embedded engine's transport: every step of ``streams.pipeline.topology`` in one process.

An output message goes straight to the step that reads its topic (first in, first out), until
nothing is left; the records of the sink topics are handed to ``sink``. State lives in
``StateTables``: in memory while running, written to the SQLite store in the same transaction
as the records an input produced, so a crash loses neither (an input whose transaction did not
commit is processed again from the start when it comes back).
"""

from __future__ import annotations

import json
import logging
from collections import Counter, deque
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from typing import Any

from streams.pipeline.steps import Out, dead_letter
from streams.pipeline.topology import SINK_TOPICS, TICK_TOPIC, Message, Step

__all__ = ["Router", "StateTables"]

LOGGER = logging.getLogger(__name__)


class StateTable(MutableMapping[str, Any]):
    """One step table: a dict that remembers which keys changed since the last ``take_changes``.
    ``generation`` counts the times it was reset (what a step derives from a table in memory
    must be derived again then: ``streams.pipeline.steps.BandIndex``)."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self._data = data or {}
        self._changed: set[str] = set()
        self.generation = 0

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = value
        self._changed.add(key)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        self._changed.add(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def reset(self, data: dict[str, Any]) -> None:
        """Hold exactly ``data``, with no changes pending."""
        self._data = data
        self._changed.clear()
        self.generation += 1

    def take_changes(self) -> dict[str, str | None]:
        """Changed keys and their new JSON value (None: deleted); forgets them."""
        changes = {key: _dumps(self._data[key]) if key in self._data else None for key in self._changed}
        self._changed.clear()
        return changes


class StateTables(dict[str, StateTable]):
    """The tables of all steps, by name."""

    @classmethod
    def load(cls, names: Sequence[str], rows: Iterator[tuple[str, str, str]]) -> StateTables:
        """From stored ``(table, key, JSON value)`` rows."""
        tables = cls({name: StateTable() for name in names})
        tables.restore(rows)
        return tables

    def restore(self, rows: Iterator[tuple[str, str, str]]) -> None:
        """Back to the stored ``(table, key, JSON value)`` rows, dropping every change since:
        after a transaction that failed to store them, the tables must not remember changes
        the store does not have (a page marked as decided would never be stored)."""
        data: dict[str, dict[str, Any]] = {name: {} for name in self}
        for name, key, value in rows:
            if name in data:
                data[name][key] = json.loads(value)
        for name, table in self.items():
            table.reset(data[name])

    def take_changes(self) -> list[tuple[str, str, str | None]]:
        return [
            (name, key, value)
            for name, table in self.items()
            for key, value in table.take_changes().items()
        ]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Router:
    """Runs messages through the steps; counts what each topic carried."""

    def __init__(self, steps: Sequence[Step], tables: StateTables, sink: Callable[[Out], None]) -> None:
        self._readers = {topic: step for step in steps for topic in step.topics}
        self._tables = tables
        self._sink = sink
        self.sent: Counter[str] = Counter()
        self.wakes: list[float] = []  # seconds from now at which steps asked for a tick

    def send(self, topic: str, key: str | None, value: str) -> None:
        """Put one message on a topic and process it and everything it leads to."""
        queue = deque([Out(topic, key or "", value)])
        while queue:
            out = queue.popleft()
            self.sent[out.topic] += 1
            if out.topic in SINK_TOPICS:
                self._sink(out)
            step = self._readers.get(out.topic)
            if step is not None:
                queue.extend(self._run(step, out))

    def _run(self, step: Step, out: Out) -> list[Out]:
        if step.wake_after is not None and out.topic != TICK_TOPIC:
            self.wakes.append(step.wake_after)
        message = Message(out.topic, out.key.encode("utf-8") if out.key else None, out.value.encode("utf-8"))
        try:
            return step.handle(message, self._tables)
        except Exception as exc:  # a bad record must not stop the pipeline: dead-letter it
            LOGGER.warning("%s failed for key %r: %r", step.name, out.key, exc)
            return [dead_letter(step.name, exc, out.key, out.value)]

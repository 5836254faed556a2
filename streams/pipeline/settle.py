"""Settle: alerts wait until an incident's burst of reports is over.

Several outlets publish one incident within seconds, each with its own toll; subscribers want
one alert carrying the range, not an alert followed by two "updates". So an incident change is
held until no newer change of that incident came for ``quiet`` seconds (at most ``longest``
after it was first held, so an incident that keeps changing still alerts), and only its latest
version is matched against the subscriptions.

The held changes are state like any other (a table in the Kafka engine, SQLite in the embedded
one) and are released by ticks: a tick is a message on the ``alert-ticks`` topic, so that in the
Kafka engine the release runs inside stream processing, on the partition that holds the
changes (a table change must belong to the message that caused it). ``slot`` is that partition.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SettleWindow", "hold", "release", "slot_key", "tick"]


@dataclass(frozen=True)
class SettleWindow:
    quiet: float = 2.0  # seconds without a newer change of the incident
    longest: float = 10.0  # seconds an incident change may be held at most


def slot_key(slot: int) -> str:
    return f"held:{slot}"


def tick(at: float, *, flush: bool = False) -> str:
    """A tick's value: release what is due at ``at`` (everything when ``flush``)."""
    return json.dumps({"at": at, "flush": flush})


def hold(
    raw: bytes | str, held: MutableMapping[str, Any], slot: int, now: float, window: SettleWindow
) -> None:
    """Hold one incident change (replacing an older held version of the same incident)."""
    incident = json.loads(raw)
    incident_id = incident["incident_id"]
    entries = dict(held.get(slot_key(slot)) or {})
    known = entries.get(incident_id)
    if known is not None and known["version"] > incident.get("version", 0):
        return  # a replayed older version must not replace a newer one
    first = known["first"] if known else now
    entries[incident_id] = {
        "incident": raw.decode("utf-8") if isinstance(raw, bytes) else raw,
        "version": incident.get("version", 0),
        "first": first,
        "due": min(now + window.quiet, first + window.longest),
    }
    held[slot_key(slot)] = entries


def release(held: MutableMapping[str, Any], slot: int, raw_tick: bytes | str) -> list[str]:
    """The held incident changes that are due at the tick's time, in the order they were
    first held; they are removed from ``held``."""
    data = json.loads(raw_tick)
    entries = dict(held.get(slot_key(slot)) or {})
    due = [
        (entry["first"], incident_id)
        for incident_id, entry in entries.items()
        if data.get("flush") or entry["due"] <= data["at"]
    ]
    if not due:
        return []
    released = [entries.pop(incident_id)["incident"] for _, incident_id in sorted(due)]
    held[slot_key(slot)] = entries
    return released

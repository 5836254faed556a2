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
Each held change is an entry of its own (a burst of incidents is never one value rewritten per
change, nor one message over Kafka's size limit); a tick reads the entries of its slot.
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
    """The prefix of the keys of a slot's held changes."""
    return f"held:{slot}:"


def tick(at: float, *, flush: bool = False) -> str:
    """A tick's value: release what is due at ``at`` (everything when ``flush``)."""
    return json.dumps({"at": at, "flush": flush})


def hold(
    raw: bytes | str, held: MutableMapping[str, Any], slot: int, now: float, window: SettleWindow
) -> None:
    """Hold one incident change (replacing an older held version of the same incident)."""
    incident = json.loads(raw)
    key = slot_key(slot) + incident["incident_id"]
    known = held.get(key)
    if known is not None and known["version"] > incident.get("version", 0):
        return  # a replayed older version must not replace a newer one
    first = known["first"] if known else now
    held[key] = {
        "incident": raw.decode("utf-8") if isinstance(raw, bytes) else raw,
        "version": incident.get("version", 0),
        "first": first,
        "due": min(now + window.quiet, first + window.longest),
    }


def release(held: MutableMapping[str, Any], slot: int, raw_tick: bytes | str) -> list[str]:
    """The held incident changes that are due at the tick's time, in the order they were
    first held; they are removed from ``held``."""
    data = json.loads(raw_tick)
    prefix = slot_key(slot)
    entries = {key: held[key] for key in list(held) if key.startswith(prefix)}
    due = sorted(
        (entry["first"], key)
        for key, entry in entries.items()
        if entry is not None and (data.get("flush") or entry["due"] <= data["at"])
    )
    released = []
    for _, key in due:
        released.append(entries[key]["incident"])
        del held[key]
    return released

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

A change read again after its release (an input re-delivered after a rebalance) must not be held
and released once more: its older version would raise a second "new" alert for an incident since
absorbed into another. So each release notes the version it released in ``released`` (the alert
states, which expire with the incident), and a version no newer than that is not held again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SettleWindow", "hold", "release", "released_key", "slot_key", "tick"]


@dataclass(frozen=True)
class SettleWindow:
    quiet: float = 2.5  # seconds without a newer change of the incident
    longest: float = 10.0  # seconds an incident change may be held at most


def slot_key(slot: int) -> str:
    """The prefix of the keys of a slot's held changes."""
    return f"held:{slot}:"


def released_key(incident_id: str) -> str:
    """The key under which the version of an incident last released is noted."""
    return f"released:{incident_id}"


def tick(at: float, *, flush: bool = False) -> str:
    """A tick's value: release what is due at ``at`` (everything when ``flush``)."""
    return json.dumps({"at": at, "flush": flush})


def hold(
    raw: bytes | str, held: MutableMapping[str, Any], slot: int, now: float, window: SettleWindow,
    released: Mapping[str, Any] | None = None,
) -> None:
    """Hold one incident change (replacing an older held version of the same incident), unless
    a version as new was released already."""
    incident = json.loads(raw)
    if released is not None and released.get(released_key(incident["incident_id"]), -1) >= incident.get(
        "version", 0
    ):
        return  # read again after its release (see the module's docstring)
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


def release(
    held: MutableMapping[str, Any], slot: int, raw_tick: bytes | str,
    released: MutableMapping[str, Any] | None = None,
) -> list[str]:
    """The held incident changes that are due at the tick's time, in the order they were
    first held; they are removed from ``held``, and their versions noted in ``released``."""
    data = json.loads(raw_tick)
    prefix = slot_key(slot)
    entries = {key: held[key] for key in list(held) if key.startswith(prefix)}
    due = sorted(
        (entry["first"], key)
        for key, entry in entries.items()
        if entry is not None and (data.get("flush") or entry["due"] <= data["at"])
    )
    out = []
    for _, key in due:
        entry = entries[key]
        out.append(entry["incident"])
        if released is not None:
            released[released_key(key[len(prefix):])] = entry["version"]
        del held[key]
    return out

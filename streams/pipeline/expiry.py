"""Step state that expires: an entry is forgotten ``window`` seconds after its last write.

Without it a worker keeps every article it parked, every band bucket and the alert state of
every incident it ever saw, and its memory grows with every article. ``Expiring`` is a view of
one step table for one input message: entries are stored with the time of their last write
and the partition (``slot``) that wrote them; an entry older than the window reads as absent.
``sweep`` deletes the expired entries of the view's slot (a table change belongs to the
partition of the message that makes it), so the engines need nothing of their own for expiry.

Time is the engines' processing clock, not a record's own date: state stays bounded whatever
dates the records carry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

__all__ = ["Expiring", "Pinned", "Sweeper"]

SWEEPS_PER_WINDOW = 8  # a swept entry is at most window × (1 + 1/8) old

Pinned = Callable[[Any], bool]  # true for a value that must not expire (work still under way)


def _never(value: Any) -> bool:
    return False


class Expiring(MutableMapping[str, Any]):
    """``table`` as seen by one message processed at ``now`` on partition ``slot``; values for
    which ``pinned`` is true never expire (e.g. an article still waiting for its verdicts: under
    a backlog they may come later than the window, and the article must not be lost)."""

    def __init__(
        self, table: MutableMapping[str, Any], now: float, window: float, slot: int, pinned: Pinned = _never
    ) -> None:
        self._table = table
        self._now = now
        self._cutoff = now - window
        self._slot = slot
        self._pinned = pinned

    def _expired(self, stored: Any) -> bool:
        return stored is None or (stored["at"] < self._cutoff and not self._pinned(stored["value"]))

    def __getitem__(self, key: str) -> Any:
        stored = self._table[key]
        if self._expired(stored):
            raise KeyError(key)
        return stored["value"]

    def __setitem__(self, key: str, value: Any) -> None:
        self._table[key] = {"at": self._now, "slot": self._slot, "value": value}

    def __delitem__(self, key: str) -> None:
        del self._table[key]

    def __iter__(self) -> Iterator[str]:
        return (key for key, stored in list(self._table.items()) if not self._expired(stored))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def sweep(self) -> int:
        """Delete this slot's expired entries; returns how many."""
        expired = [
            key
            for key, stored in list(self._table.items())
            if stored and stored["slot"] == self._slot and self._expired(stored)
        ]
        for key in expired:
            del self._table[key]
        return len(expired)


class Sweeper:
    """When to sweep a table's slot: every ``window / SWEEPS_PER_WINDOW`` seconds.

    A sweep walks the whole table, so it runs now and then rather than on every message; when
    it runs changes nothing a step sees (expired entries already read as absent).
    """

    def __init__(self, window: float) -> None:
        self.window = window
        self._last: dict[tuple[str, int], float] = {}

    def view(
        self, name: str, table: MutableMapping[str, Any], now: float, slot: int, pinned: Pinned = _never
    ) -> Expiring:
        """The expiring view of ``table`` for one message, swept first when it is time."""
        view = Expiring(table, now, self.window, slot, pinned)
        last = self._last.setdefault((name, slot), now)
        if now - last >= self.window / SWEEPS_PER_WINDOW:
            self._last[(name, slot)] = now
            view.sweep()
        return view

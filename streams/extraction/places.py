"""Syrian places: where an incident happened, resolved to a gazetteer entry with coordinates.

``gazetteers/places.yaml`` holds the 14 governorates, their districts and the towns and
villages the news names, each with a parent, so a town always reaches its governorate
(``admin1``). Names are matched in one pass over normalised text with clitics peeled;
"ريف إدلب الجنوبي" resolves to the Idlib governorate because "ريف" and the direction are
plain words around the matched name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from streams.extraction.arabic import AliasMatcher, normalize
from streams.records import Location

__all__ = [
    "LEVELS",
    "PlaceEntry",
    "PlaceMention",
    "ancestors",
    "contains",
    "find_place_mentions",
    "find_places",
    "lookup",
    "place_entries",
]

GAZETTEER = Path(__file__).parent / "gazetteers" / "places.yaml"
LEVELS = ("governorate", "district", "subdistrict", "town")


@dataclass(frozen=True)
class PlaceEntry:
    id: str
    name_ar: str
    name_en: str
    level: str
    parent: str | None
    lat: float
    lon: float
    aliases: tuple[str, ...]

    @property
    def rank(self) -> int:
        """Specificity: 0 for a governorate up to 3 for a town."""
        return LEVELS.index(self.level)


@dataclass(frozen=True)
class PlaceMention:
    entry: PlaceEntry
    start: int
    end: int


def _entry(row: dict[str, Any]) -> PlaceEntry:
    aka = tuple(str(a) for a in row.get("aka", []))
    return PlaceEntry(
        row["id"], row["ar"], row["en"], row["level"], row.get("parent"),
        float(row["lat"]), float(row["lon"]), (row["ar"], *aka),
    )


@functools.cache
def place_entries() -> dict[str, PlaceEntry]:
    """All places by id, read once from the gazetteer."""
    rows = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    return {r["id"]: _entry(r) for r in rows}


@functools.cache
def _matcher() -> AliasMatcher[PlaceEntry]:
    mapping: dict[str, PlaceEntry] = {}
    for entry in place_entries().values():
        for alias in entry.aliases:
            mapping.setdefault(normalize(alias), entry)
    for entry in place_entries().values():
        for alias in _with_article(entry):
            mapping.setdefault(alias, entry)
    return AliasMatcher(mapping)


def _with_article(entry: PlaceEntry) -> list[str]:
    """Village names are written with and without the article ("فطيرة"، "قرية الفطيرة"):
    a one-word town name without "ال" also matches with it (never replacing another alias)."""
    if entry.level != "town":
        return []
    names = [normalize(a) for a in entry.aliases]
    return ["ال" + n for n in names if " " not in n and not n.startswith("ال") and len(n) >= 3]


def ancestors(place_id: str) -> list[str]:
    """The place and every place containing it, self first, up to the governorate."""
    entries = place_entries()
    chain: list[str] = []
    current: str | None = place_id
    while current is not None and current in entries and current not in chain:
        chain.append(current)
        current = entries[current].parent
    return chain


def contains(outer_id: str, inner_id: str) -> bool:
    """True when ``inner_id`` is ``outer_id`` or lies inside it."""
    return outer_id in ancestors(inner_id)


@functools.cache
def lookup(place_id: str) -> Location:
    """The record form of a gazetteer place (``admin1`` = governorate English name)."""
    entry = place_entries()[place_id]
    governorate = place_entries()[ancestors(place_id)[-1]]
    return Location(
        entry.id, entry.name_ar, entry.name_en, admin1=governorate.name_en,
        lat=entry.lat, lon=entry.lon, level=entry.level,
    )


def find_place_mentions(norm_text: str) -> list[PlaceMention]:
    """Place mentions in normalised text, left to right."""
    return [PlaceMention(v, s, e) for s, e, _, v in _matcher().finditer(norm_text)]


def find_places(text: str) -> list[Location]:
    """Distinct places named in ``text`` (any spelling), most specific first."""
    seen: dict[str, PlaceEntry] = {}
    for mention in find_place_mentions(normalize(text)):
        seen.setdefault(mention.entry.id, mention.entry)
    ordered = sorted(seen.values(), key=lambda e: -e.rank)
    return [lookup(e.id) for e in ordered]

"""Incidents as files analysts load elsewhere: CSV, GeoJSON and ACLED-compatible CSV.

The ACLED columns follow its public codebook; newswatch's event types map to ACLED's event and
sub-event types through ``data/acled_types.yaml``. Fatalities are the incident's headline toll.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from streams.records import Incident, Location

__all__ = ["ACLED_COLUMNS", "CSV_COLUMNS", "acled_csv", "acled_row", "geojson", "incidents_csv"]

ACLED_TYPES = Path(__file__).parent / "data" / "acled_types.yaml"
ACLED_COLUMNS = [
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
    "latitude", "longitude", "fatalities", "notes", "source",
]
CSV_COLUMNS = [
    "incident_id", "type", "date_start", "date_end", "killed", "killed_min", "killed_max",
    "injured", "places", "admin1", "latitude", "longitude", "actors", "sources", "reports",
    "contested", "first_seen", "updated_at", "version",
]
NOTES_CHARS = 500
CIVILIANS = "civilians"


@functools.cache
def _acled_types() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(ACLED_TYPES.read_text(encoding="utf-8"))
    return data


def _place(incident: Incident) -> Location | None:
    return incident.locations[0] if incident.locations else None


def _names(values: Iterable[str]) -> str:
    return "; ".join(dict.fromkeys(v for v in values if v))


def _acled_type(incident: Incident) -> list[str]:
    mapping = _acled_types().get(incident.type, _acled_types()["other"])
    groups = {t.group for t in incident.toll}
    if groups == {CIVILIANS} and "civilian_victims" in mapping:
        return mapping["civilian_victims"]
    return mapping["default"]


def acled_row(incident: Incident) -> dict[str, Any]:
    event_type, sub_event_type = _acled_type(incident)
    perpetrators = [a.name_en for a in incident.actors if a.role == "perpetrator"]
    targets = [a.name_en for a in incident.actors if a.role == "target"]
    if not targets and any(t.group == CIVILIANS for t in incident.toll):
        targets = ["Civilians (Syria)"]
    place = _place(incident)
    return {
        "event_date": incident.date_start or incident.first_seen[:10],
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": perpetrators[0] if perpetrators else "",
        "actor2": targets[0] if targets else "",
        "admin1": place.admin1 if place else "",
        "location": place.name_en if place else "",
        "latitude": place.lat if place else "",
        "longitude": place.lon if place else "",
        "fatalities": incident.headline.killed,
        "notes": incident.evidence[:NOTES_CHARS],
        "source": _names(r.source_id or "" for r in incident.reports),
    }


def _csv_row(incident: Incident) -> dict[str, Any]:
    place = _place(incident)
    toll = incident.headline  # the one toll rule: streams.pipeline.tolls.headline_toll
    return {
        "incident_id": incident.incident_id, "type": incident.type,
        "date_start": incident.date_start, "date_end": incident.date_end,
        "killed": toll.killed, "killed_min": toll.killed_min, "killed_max": toll.killed,
        "injured": toll.injured,
        "places": _names(loc.name_en for loc in incident.locations),
        "admin1": place.admin1 if place else "",
        "latitude": place.lat if place else "", "longitude": place.lon if place else "",
        "actors": _names(a.name_en for a in incident.actors),
        "sources": _names(r.source_id or "" for r in incident.reports),
        "reports": len(incident.reports), "contested": incident.contested,
        "first_seen": incident.first_seen, "updated_at": incident.updated_at, "version": incident.version,
    }


def _write(columns: list[str], rows: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def incidents_csv(incidents: Iterable[Incident]) -> str:
    return _write(CSV_COLUMNS, map(_csv_row, incidents))


def acled_csv(incidents: Iterable[Incident]) -> str:
    return _write(ACLED_COLUMNS, map(acled_row, incidents))


def geojson(incidents: Iterable[Incident]) -> dict[str, Any]:
    """A FeatureCollection: one Point per incident at its most specific located place."""
    features = []
    for incident in incidents:
        place = next((loc for loc in incident.locations if loc.lat is not None and loc.lon is not None), None)
        if place is None:
            continue
        properties = _csv_row(incident)
        properties.update(place_ar=place.name_ar, place_en=place.name_en)
        features.append(
            {
                "type": "Feature",
                "id": incident.incident_id,
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}

"""Records → Elasticsearch documents: one plain function per record type.

Documents add what search and dashboards need and records do not carry: text normalised by
``streams.extraction.arabic.normalize`` (``*_norm``), flat keyword lists (actor names, governorates),
``geo_point`` values and the incident's headline toll as flat fields (``killed_max`` is the
headline figure, ``killed_min`` the lowest any report gave: the one rule is
``streams.pipeline.tolls.headline_toll``, carried on the record as ``headline``; per-group
ranges stay in ``toll``). The document id is the record id, so a replay
overwrites instead of duplicating.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from streams.extraction.arabic import normalize
from streams.records import Alert, Article, Incident, Location, Record

__all__ = [
    "alert_document",
    "article_document",
    "document_for",
    "incident_document",
]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _geo(location: Location) -> dict[str, float] | None:
    if location.lat is None or location.lon is None:
        return None
    return {"lat": location.lat, "lon": location.lon}


def article_document(article: Article) -> dict[str, Any]:
    """An article with normalised title/text; the minhash signature stays out of the index."""
    doc = article.to_dict()
    doc.pop("signature", None)
    doc["title_norm"] = normalize(article.title)
    doc["text_norm"] = normalize(article.text)
    doc["is_duplicate"] = article.duplicate_of is not None
    doc["text_length"] = len(article.text)
    doc["indexed_at"] = _now()
    return doc


def _locations(locations: list[Location]) -> list[dict[str, Any]]:
    out = []
    for loc in locations:
        item = {k: v for k, v in loc.to_dict().items() if k not in ("lat", "lon")}
        item["geo"] = _geo(loc)
        out.append(item)
    return out


def _incident_summary(incident: Incident) -> dict[str, Any]:
    """The flat fields shared by incident and alert documents (terms aggs, the toll, the map)."""
    return {
        "type": incident.type,
        "date_start": incident.date_start,
        "actor_names": _unique(a.name_en or a.name_ar for a in incident.actors),
        "location_names": _unique(loc.name_en or loc.name_ar for loc in incident.locations),
        "admin1": _unique(loc.admin1 for loc in incident.locations),
        "geo": [g for g in map(_geo, incident.locations) if g],
        "killed_max": incident.headline.killed,
        "injured_max": incident.headline.injured,
    }


def incident_document(incident: Incident) -> dict[str, Any]:
    """An incident with flattened actors, places, its headline toll and sources."""
    doc = incident.to_dict()
    doc.update(_incident_summary(incident))
    doc["locations"] = _locations(incident.locations)
    doc["actor_ids"] = _unique(a.id for a in incident.actors)
    doc["perpetrators"] = _unique(
        a.name_en or a.name_ar for a in incident.actors if a.role == "perpetrator"
    )
    doc["location_ids"] = _unique(loc.id for loc in incident.locations)
    doc["killed_min"] = incident.headline.killed_min
    doc["injured_min"] = incident.headline.injured_min
    doc["toll_approximate"] = incident.headline.approximate
    doc["report_count"] = len(incident.reports)
    doc["source_ids"] = _unique(r.source_id for r in incident.reports)
    doc["article_ids"] = _unique(r.article_id for r in incident.reports)
    doc["claimed_by"] = _unique(c for r in incident.reports for c in r.claimed_by)
    doc["evidence_norm"] = normalize(incident.evidence)
    doc["indexed_at"] = _now()
    return doc


def alert_document(alert: Alert) -> dict[str, Any]:
    """An alert with a searchable incident summary; the full snapshot is stored, not indexed."""
    doc = alert.to_dict()
    doc.update(_incident_summary(alert.incident))
    doc["incident_version"] = alert.incident.version
    doc["indexed_at"] = _now()
    return doc


def document_for(record: Record) -> tuple[str, str, dict[str, Any]]:
    """``(kind, document id, document)`` for any indexable record."""
    if isinstance(record, Article):
        return "articles", record.article_id, article_document(record)
    if isinstance(record, Incident):
        return "incidents", record.incident_id, incident_document(record)
    if isinstance(record, Alert):
        return "alerts", record.alert_id, alert_document(record)
    raise TypeError(f"no Elasticsearch index for {type(record).__name__}")

"""Records → documents: normalised fields added, every field mapped, ids are record ids."""

from __future__ import annotations

from typing import Any

import pytest

from indexer.documents import alert_document, article_document, document_for, incident_document
from indexer.templates import field_types
from streams.records import (
    Actor,
    Alert,
    Article,
    CrawlRequest,
    HeadlineToll,
    Incident,
    Location,
    Report,
    Toll,
)


def make_article() -> Article:
    return Article(
        article_id="a1",
        url="https://example.org/1",
        canonical_url="https://example.org/1",
        source_id="enab",
        title="مَقْتَلُ جنود في إدلب",
        text="قُتِلَ ثلاثةُ جنودٍ",
        published_at="2020-01-22",
        fetched_at="2020-01-22T10:00:00+00:00",
        lang="ar",
        content_hash="h",
        signature=[1, 2],
    )


def make_incident() -> Incident:
    return Incident(
        incident_id="i1",
        type="attack",
        date_start="2020-01-22",
        date_end=None,
        actors=[
            Actor("hts", "هيئة تحرير الشام", "Hayat Tahrir al-Sham", "perpetrator"),
            Actor("saa", "قوات النظام", "", "target"),
        ],
        locations=[
            Location("kz", "خربة عزمارين", "Khirbet Azmarin", "Idlib", 35.9, 36.4),
            Location("x", "مكان", "Somewhere", None),
        ],
        toll=[Toll("soldiers", 3, 4, 8, 8), Toll("civilians", 1, 2, None, None, True)],
        reports=[Report("a1", "enab", "e1", ["وزارة الدفاع"], actors={"hts": "perpetrator"}),
                 Report("a2", "sana", "e2")],
        headline=HeadlineToll(killed=6, injured=8, killed_min=4, injured_min=8, approximate=True),
    )


def paths(doc: dict[str, Any], prefix: str = "") -> set[str]:
    """Field paths of a document, objects flattened (lists of objects included)."""
    out = set()
    for key, value in doc.items():
        path = f"{prefix}{key}"
        out.add(path)
        items = value if isinstance(value, list) else [value]
        for item in items:
            opaque = key in ("geo", "incident", "counts", "added") or path == "reports.actors"
            if isinstance(item, dict) and not opaque:
                out |= paths(item, f"{path}.")
    return out


def test_article_document_adds_normalised_fields() -> None:
    doc = article_document(make_article())
    assert doc["title_norm"] == "مقتل جنود في ادلب"
    assert doc["text_norm"] == "قتل ثلاثه جنود"
    assert "signature" not in doc
    assert doc["is_duplicate"] is False


def test_incident_document_flattens_for_dashboards() -> None:
    doc = incident_document(make_incident())
    assert doc["killed_min"] == 4 and doc["killed_max"] == 6  # the headline toll, never a sum
    assert doc["injured_max"] == 8
    assert doc["toll_approximate"] is True
    assert doc["admin1"] == ["Idlib"]
    assert doc["geo"] == [{"lat": 35.9, "lon": 36.4}]
    assert doc["locations"][1]["geo"] is None
    assert doc["actor_names"] == ["Hayat Tahrir al-Sham", "قوات النظام"]
    assert doc["perpetrators"] == ["Hayat Tahrir al-Sham"]
    assert doc["source_ids"] == ["enab", "sana"]
    assert doc["claimed_by"] == ["وزارة الدفاع"]
    assert doc["report_count"] == 2


@pytest.mark.parametrize(
    ("kind", "doc"),
    [
        ("articles", article_document(make_article())),
        ("incidents", incident_document(make_incident())),
        ("alerts", alert_document(Alert("al", "s", "i1", "new", "why", make_incident()))),
    ],
)
def test_every_document_field_is_mapped(kind: str, doc: dict[str, Any]) -> None:
    unmapped = paths(doc) - set(field_types(kind))
    assert not unmapped, f"{kind} documents carry unmapped fields: {sorted(unmapped)}"


def test_document_ids_are_record_ids() -> None:
    assert document_for(make_article())[:2] == ("articles", "a1")
    assert document_for(make_incident())[:2] == ("incidents", "i1")
    alert = Alert("al-1", "s", "i1", "new", "why", make_incident())
    assert document_for(alert)[:2] == ("alerts", "al-1")
    with pytest.raises(TypeError):
        document_for(CrawlRequest("https://x", "s", "now"))

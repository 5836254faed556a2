"""The shipped boundaries layer: valid GeoJSON polygons of the watched region, one per country."""

from __future__ import annotations

import json

from indexer.boundaries import BOUNDARIES_FILE, boundary_documents

COLLECTION = json.loads(BOUNDARIES_FILE.read_text(encoding="utf-8"))


def points(coords: list) -> list:
    if isinstance(coords[0], (int, float)):
        return [coords]
    return [p for c in coords for p in points(c)]


def test_one_polygon_feature_per_country_of_the_region() -> None:
    features = COLLECTION["features"]
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids))
    assert {"SYR", "IRQ", "LBN", "JOR", "PSE", "ISR", "TUR", "EGY", "LBY", "YEM", "SAU", "IRN"} <= set(ids)
    for feature in features:
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
        for lon, lat in points(feature["geometry"]["coordinates"]):
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_rings_are_closed() -> None:
    for feature in COLLECTION["features"]:
        polygons = feature["geometry"]["coordinates"]
        if feature["geometry"]["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                assert ring[0] == ring[-1] and len(ring) >= 4, feature["id"]


def test_documents_are_keyed_by_country_code() -> None:
    documents = boundary_documents(BOUNDARIES_FILE)
    syria = next(d for d in documents if d["_id"] == "SYR")
    assert syria["name"] == "Syria" and syria["iso3"] == "SYR" and "geometry" in syria

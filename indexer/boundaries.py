"""The offline base layer of the Kibana incident map: country polygons in Elasticsearch.

Kibana's default basemap comes from the internet; a deployment without it would show incident
points on a blank canvas. ``kibana/boundaries.geojson`` (derived from Natural Earth by
``scripts/derive_boundaries.py``) is indexed into ``<prefix>-boundaries`` once at set-up, and
the map draws it under the incidents. Documents are keyed by country code, so reloading
overwrites instead of duplicating.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from elasticsearch import AsyncElasticsearch
from elasticsearch.helpers import async_bulk

from indexer.templates import DEFAULT_PREFIX, names, render_template, setup_kind

__all__ = ["BOUNDARIES_FILE", "boundary_documents", "load_boundaries"]

BOUNDARIES_FILE = Path(__file__).resolve().parent / "kibana" / "boundaries.geojson"
KIND = "boundaries"


def boundary_documents(path: Path) -> list[dict[str, Any]]:
    collection = json.loads(path.read_text(encoding="utf-8"))
    if collection.get("type") != "FeatureCollection":
        raise ValueError(f"{path} is not a GeoJSON FeatureCollection")
    return [
        {"_id": feature["id"], **feature["properties"], "geometry": feature["geometry"]}
        for feature in collection["features"]
    ]


async def load_boundaries(
    es: AsyncElasticsearch, prefix: str = DEFAULT_PREFIX, path: Path = BOUNDARIES_FILE
) -> int:
    """Create the boundaries index if missing and (re)index every feature; returns the count.

    Raises when Elasticsearch rejects any feature (a malformed polygon is a bug in the file).
    """
    n = names(KIND, prefix)
    await setup_kind(es, n, render_template(KIND, prefix))
    documents = boundary_documents(path)
    indexed, errors = await async_bulk(
        es, ({"_index": n.alias, **doc} for doc in documents), raise_on_error=False, refresh="wait_for"
    )
    if isinstance(errors, list) and errors:
        raise RuntimeError(f"Elasticsearch rejected {len(errors)} boundaries, first: {errors[0]}")
    return indexed

"""Derive indexer/kibana/boundaries.geojson, the offline base layer of the Kibana incident map.

Kibana's maps need a basemap; the default one is fetched from the internet, which a deployment
without internet access cannot reach. This script takes the Natural Earth 1:110m country
polygons (public domain) as shipped inside the geopandas 0.14 wheel, keeps the countries that
overlap the region newswatch watches (the Arab countries and their neighbours), rounds the
coordinates to 0.01° (the layer is a backdrop, not a survey) and writes one GeoJSON feature
per country with its ISO code and name.

    pip download --no-deps geopandas==0.14.4 -d /tmp/gp && unzip -q /tmp/gp/*.whl -d /tmp/gp
    pip install pyshp
    python scripts/derive_boundaries.py \
        /tmp/gp/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Natural Earth has no first-level (governorate) polygons at this scale, so the layer holds
countries only; incidents carry their governorate as the ``admin1`` field instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import shapefile  # pyshp: reads the .shp/.dbf pair without GDAL

OUT = Path(__file__).resolve().parents[1] / "indexer" / "kibana" / "boundaries.geojson"
# West, south, east, north: North Africa and the Sahel, the Levant, the Gulf, Turkey, Iran.
REGION = (-18.0, 2.0, 64.0, 43.0)
DECIMALS = 2


def overlaps(bbox: list[float]) -> bool:
    west, south, east, north = bbox
    return not (east < REGION[0] or west > REGION[2] or north < REGION[1] or south > REGION[3])


def rounded(coords: Any) -> Any:
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], DECIMALS), round(coords[1], DECIMALS)]
    return [rounded(c) for c in coords]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shapefile", type=Path, help="naturalearth_lowres.shp")
    args = parser.parse_args()
    features = []
    with shapefile.Reader(str(args.shapefile)) as reader:
        for record in reader.iterShapeRecords():
            if not overlaps(list(record.shape.bbox)):
                continue
            geometry = record.shape.__geo_interface__
            name = record.record["name"]
            iso3 = record.record["iso_a3"]
            code = name if iso3 == "-99" else iso3  # Natural Earth's "-99": no ISO code (Kosovo)
            features.append(
                {
                    "type": "Feature",
                    "id": code,
                    "properties": {"iso3": code, "name": name},
                    "geometry": {"type": geometry["type"], "coordinates": rounded(geometry["coordinates"])},
                }
            )
    features.sort(key=lambda f: f["id"])
    collection = {"type": "FeatureCollection", "features": features}
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(features)} countries → {OUT}")


if __name__ == "__main__":
    main()

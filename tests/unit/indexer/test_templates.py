"""Index templates are valid data, and the Kibana saved objects only use fields they define."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from indexer.templates import KINDS, field_types, load_template, names, render_template

SAVED_OBJECTS = Path(__file__).resolve().parents[3] / "indexer" / "kibana" / "saved_objects.ndjson"
NUMERIC = {"integer", "long", "short", "float", "double", "scaled_float", "half_float"}
AGG_TYPES = {
    "terms": {"keyword", "boolean", *NUMERIC},
    "date_histogram": {"date"},
    "sum": NUMERIC,
    "avg": NUMERIC,
    "max": NUMERIC | {"date"},
    "min": NUMERIC | {"date"},
    "cardinality": {"keyword", *NUMERIC},
}


def load_saved_objects() -> list[dict[str, Any]]:
    lines = SAVED_OBJECTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


OBJECTS = load_saved_objects()
BY_ID = {(o["type"], o["id"]): o for o in OBJECTS}


def kind_of_data_view(view_id: str) -> str:
    title = BY_ID[("index-pattern", view_id)]["attributes"]["title"]
    assert title.startswith("newswatch-"), title
    kind = title.removeprefix("newswatch-")
    assert kind in KINDS
    return kind


def data_view_kind(obj: dict[str, Any], ref_name: str) -> str:
    (ref,) = [r for r in obj["references"] if r["name"] == ref_name]
    assert ref["type"] == "index-pattern"
    return kind_of_data_view(ref["id"])


def assert_field(kind: str, field: str, allowed: set[str]) -> None:
    types = field_types(kind)
    assert field in types, f"{field!r} is not in the {kind} template"
    assert types[field] in allowed, f"{kind}.{field} is {types[field]}, need one of {allowed}"


@pytest.mark.parametrize("kind", KINDS)
def test_template_is_versioned_and_uses_arabic_where_possible(kind: str) -> None:
    body = load_template(kind)
    assert isinstance(body["version"], int)
    assert body["template"]["mappings"]["dynamic"] is False
    n = names(kind, "nw")
    assert (n.alias, n.index) == (f"nw-{kind}", f"nw-{kind}-v{body['version']}")


def test_render_swaps_the_analyzer_when_the_cluster_lacks_arabic() -> None:
    body = render_template("articles", prefix="test", text_analyzer="standard")
    assert body["index_patterns"] == ["test-articles-v*"]
    props = body["template"]["mappings"]["properties"]
    assert props["text"]["analyzer"] == "standard"
    assert load_template("articles")["template"]["mappings"]["properties"]["text"]["analyzer"] == ("arabic")


def test_articles_have_normalised_search_fields() -> None:
    types = field_types("articles")
    for name in ("title", "text", "title_norm", "text_norm"):
        assert types[name] == "text"
    assert types["published_at"] == "date"
    assert types["source_id"] == "keyword"


def test_incidents_have_map_and_toll_fields() -> None:
    types = field_types("incidents")
    assert types["geo"] == "geo_point"
    assert types["locations.geo"] == "geo_point"
    assert types["killed_max"] in NUMERIC
    assert types["admin1"] == "keyword"
    assert types["actors.name_ar"] == "keyword"


def test_every_saved_object_kind_is_present() -> None:
    kinds = {o["type"] for o in OBJECTS}
    assert {"index-pattern", "visualization", "search", "map", "dashboard"} <= kinds
    assert {kind_of_data_view(o["id"]) for o in OBJECTS if o["type"] == "index-pattern"} == set(KINDS)


def test_data_view_time_fields_are_dates() -> None:
    for obj in OBJECTS:
        if obj["type"] == "index-pattern":
            kind = kind_of_data_view(obj["id"])
            assert_field(kind, obj["attributes"]["timeFieldName"], {"date"})


def test_visualization_aggregations_use_fields_of_the_right_type() -> None:
    visualizations = [o for o in OBJECTS if o["type"] == "visualization"]
    assert visualizations
    for obj in visualizations:
        kind = data_view_kind(obj, "kibanaSavedObjectMeta.searchSourceJSON.index")
        for agg in json.loads(obj["attributes"]["visState"])["aggs"]:
            if "field" in agg["params"]:
                assert_field(kind, agg["params"]["field"], AGG_TYPES[agg["type"]])


def test_saved_searches_show_existing_fields() -> None:
    for obj in (o for o in OBJECTS if o["type"] == "search"):
        kind = data_view_kind(obj, "kibanaSavedObjectMeta.searchSourceJSON.index")
        for column in obj["attributes"]["columns"]:
            assert column in field_types(kind), f"{column} not in {kind}"
        for sort_field, _ in obj["attributes"]["sort"]:
            assert_field(kind, sort_field, {"date", *NUMERIC})


def test_map_layers_use_geo_points() -> None:
    maps = [o for o in OBJECTS if o["type"] == "map"]
    assert maps
    for obj in maps:
        for layer in json.loads(obj["attributes"]["layerListJSON"]):
            source = layer["sourceDescriptor"]
            if source["type"] != "ES_SEARCH":
                continue
            kind = data_view_kind(obj, source["indexPatternRefName"])
            assert_field(kind, source["geoField"], {"geo_point"})
            assert_field(kind, source["sortField"], {"date", *NUMERIC})
            for prop in source["tooltipProperties"]:
                assert prop in field_types(kind)


def test_dashboard_panels_point_at_objects_in_the_file() -> None:
    for obj in (o for o in OBJECTS if o["type"] == "dashboard"):
        refs = {r["name"]: r for r in obj["references"]}
        for panel in json.loads(obj["attributes"]["panelsJSON"]):
            ref = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
            assert (ref["type"], ref["id"]) in BY_ID

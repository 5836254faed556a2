"""Index templates are valid data, and the Kibana saved objects only use fields they define, in
the saved-object format Kibana 8.19 imports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from indexer.templates import KINDS, REFERENCE_KINDS, field_types, load_template, names, render_template

SAVED_OBJECTS = Path(__file__).resolve().parents[3] / "indexer" / "kibana" / "saved_objects.ndjson"
NUMERIC = {"integer", "long", "short", "float", "double", "scaled_float", "half_float"}
# Lens operations → the mapping types they can run on.
OPERATION_TYPES = {
    "terms": {"keyword", "boolean", *NUMERIC},
    "date_histogram": {"date"},
    "sum": NUMERIC,
    "average": NUMERIC,
    "max": NUMERIC | {"date"},
    "min": NUMERIC | {"date"},
    "unique_count": {"keyword", *NUMERIC},
}
# The newest migration version of each type that Kibana 8.19 migrates on import (an object
# claiming a newer one is refused), and the attributes each type needs.
FORMAT = {
    "index-pattern": ("8.0.0", {"title", "name", "fields", "fieldFormatMap", "runtimeFieldMap"}),
    "search": ("8.0.0", {"title", "columns", "sort", "kibanaSavedObjectMeta"}),
    "lens": ("8.9.0", {"title", "visualizationType", "state"}),
    "map": ("8.4.0", {"title", "mapStateJSON", "layerListJSON", "uiStateJSON"}),
    "dashboard": ("8.9.0", {"title", "panelsJSON", "optionsJSON", "timeRestore", "kibanaSavedObjectMeta"}),
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
    assert kind in (*KINDS, *REFERENCE_KINDS)
    return kind


def data_view_kind(obj: dict[str, Any], ref_name: str) -> str:
    (ref,) = [r for r in obj["references"] if r["name"] == ref_name]
    assert ref["type"] == "index-pattern"
    return kind_of_data_view(ref["id"])


def assert_field(kind: str, field: str, allowed: set[str]) -> None:
    types = field_types(kind)
    assert field in types, f"{field!r} is not in the {kind} template"
    assert types[field] in allowed, f"{kind}.{field} is {types[field]}, need one of {allowed}"


@pytest.mark.parametrize("kind", KINDS + REFERENCE_KINDS)
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
    assert kinds == set(FORMAT), "Lens, not legacy visualizations"
    views = {kind_of_data_view(o["id"]) for o in OBJECTS if o["type"] == "index-pattern"}
    assert views == {*KINDS, *REFERENCE_KINDS}


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: f"{o['type']}:{o['id']}")
def test_saved_object_follows_the_8_19_format(obj: dict[str, Any]) -> None:
    newest, required = FORMAT[obj["type"]]
    assert set(obj) == {
        "attributes", "coreMigrationVersion", "id", "managed", "references", "type", "typeMigrationVersion"
    }
    assert obj["coreMigrationVersion"] == "8.8.0" and obj["managed"] is False
    version = tuple(int(part) for part in obj["typeMigrationVersion"].split("."))
    assert version <= tuple(int(part) for part in newest.split("."))
    assert required <= set(obj["attributes"]), required - set(obj["attributes"])
    for ref in obj["references"]:
        assert set(ref) == {"id", "name", "type"}
        assert (ref["type"], ref["id"]) in BY_ID, f"{obj['id']} refers to missing {ref}"
    assert len({r["name"] for r in obj["references"]}) == len(obj["references"])
    for key in ("panelsJSON", "optionsJSON", "mapStateJSON", "layerListJSON", "uiStateJSON"):
        if key in obj["attributes"]:
            json.loads(obj["attributes"][key])  # Kibana stores these as JSON strings
    if "kibanaSavedObjectMeta" in obj["attributes"]:
        json.loads(obj["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])


def test_data_view_time_fields_are_dates() -> None:
    for obj in OBJECTS:
        if obj["type"] == "index-pattern" and "timeFieldName" in obj["attributes"]:
            kind = kind_of_data_view(obj["id"])
            assert_field(kind, obj["attributes"]["timeFieldName"], {"date"})


def test_lens_columns_use_fields_of_the_right_type() -> None:
    lenses = [o for o in OBJECTS if o["type"] == "lens"]
    assert lenses
    for obj in lenses:
        state = obj["attributes"]["state"]
        for layer_id, layer in state["datasourceStates"]["formBased"]["layers"].items():
            kind = data_view_kind(obj, f"indexpattern-datasource-layer-{layer_id}")
            assert layer["columnOrder"] and set(layer["columnOrder"]) == set(layer["columns"])
            for column in layer["columns"].values():
                if column["operationType"] == "count":
                    assert column["sourceField"] == "___records___"
                    continue
                assert_field(kind, column["sourceField"], OPERATION_TYPES[column["operationType"]])
                if column["operationType"] == "terms":
                    assert column["params"]["orderBy"]["columnId"] in layer["columns"]
        used = json.dumps(state["visualization"])
        for layer in state["datasourceStates"]["formBased"]["layers"].values():
            for column_id in layer["columns"]:
                assert f'"{column_id}"' in used, f"{obj['id']}: column {column_id} is not shown"


def test_dashboards_restore_a_time_range_that_shows_recent_work() -> None:
    for obj in (o for o in OBJECTS if o["type"] == "dashboard"):
        assert obj["attributes"]["timeRestore"] is True
        assert obj["attributes"]["timeFrom"].startswith("now-") and obj["attributes"]["timeTo"] == "now"


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
        layers = json.loads(obj["attributes"]["layerListJSON"])
        # Only layers drawn from Elasticsearch: no basemap fetched from the internet.
        assert {layer["sourceDescriptor"]["type"] for layer in layers} == {"ES_SEARCH"}
        for layer in layers:
            source = layer["sourceDescriptor"]
            kind = data_view_kind(obj, source["indexPatternRefName"])
            assert_field(kind, source["geoField"], {"geo_point", "geo_shape"})
            if source["sortField"]:
                assert_field(kind, source["sortField"], {"date", *NUMERIC})
            for prop in source["tooltipProperties"]:
                assert prop in field_types(kind)
        refs = [layer["sourceDescriptor"]["indexPatternRefName"] for layer in layers]
        assert "boundaries" in {data_view_kind(obj, ref) for ref in refs}


def test_dashboard_panels_point_at_objects_in_the_file() -> None:
    for obj in (o for o in OBJECTS if o["type"] == "dashboard"):
        refs = {r["name"]: r for r in obj["references"]}
        for panel in json.loads(obj["attributes"]["panelsJSON"]):
            ref = refs[f"{panel['panelIndex']}:{panel['panelRefName']}"]
            assert (ref["type"], ref["id"]) in BY_ID

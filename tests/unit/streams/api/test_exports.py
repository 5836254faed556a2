"""Exports: newswatch CSV, GeoJSON and ACLED-compatible CSV of incidents."""

from __future__ import annotations

import csv
import io

from streams.api.exports import ACLED_COLUMNS, acled_csv, geojson, incidents_csv
from streams.pipeline.tolls import headline_toll
from streams.records import Actor
from tests.unit.streams.api.helpers import incident


def test_acled_columns_types_and_fatalities() -> None:
    record = incident("i1", killed=7, sources=("sham", "furat"))
    record.actors.append(Actor("hts", "هيئة تحرير الشام", "Hayat Tahrir al-Sham", "target"))
    rows = list(csv.DictReader(io.StringIO(acled_csv([record]))))
    assert list(rows[0]) == ACLED_COLUMNS
    row = rows[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (row["actor1"], row["actor2"]) == ("Russian forces", "Hayat Tahrir al-Sham")
    assert (row["admin1"], row["location"], row["fatalities"]) == ("Idlib", "Maarat al-Numan", "7")
    assert row["source"] == "sham; furat" and row["event_date"] == "2020-01-22"


def test_an_attack_on_civilians_is_violence_against_civilians() -> None:
    record = incident("i1")
    record.type = "attack"
    (row,) = csv.DictReader(io.StringIO(acled_csv([record])))
    assert (row["event_type"], row["sub_event_type"], row["actor2"]) == (
        "Violence against civilians", "Attack", "Civilians (Syria)",
    )


def test_csv_gives_the_toll_range_when_sources_disagree() -> None:
    record = incident("i1", killed=5, sources=("a",))
    record.reports += incident("i1", killed=9, sources=("b",)).reports
    record.headline = headline_toll(record.reports)
    (row,) = csv.DictReader(io.StringIO(incidents_csv([record])))
    assert (row["killed"], row["killed_min"], row["killed_max"], row["reports"]) == ("9", "5", "9", "2")


def test_geojson_points_are_lon_lat() -> None:
    collection = geojson([incident("i1")])
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.67, 35.65]}
    assert feature["properties"]["place_ar"] == "معرة النعمان"

"""The fixture sites' stories, extracted and merged: the same incidents whatever order their
reports arrive in, and one toll for al-Bab from the merge to the store."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from crawlers.fixture_sites.model import load_outlets, load_stories
from indexer.documents import alert_document, incident_document
from indexer.sqlite_store import SqliteStore
from streams.extraction.extract import article_from_text, extract
from streams.pipeline import steps
from streams.pipeline.alerts import Matcher, Subscription
from streams.records import Event, Incident
from tests.factories import Merger

NOW = "2020-01-26T12:00:00+00:00"
FOLLOW_UP = ("sham", "bab-car-bomb-toll-rises")


def _events(outlet: str, slug: str, title: str, paragraphs: list[str], date: str) -> list[Event]:
    article = article_from_text("\n".join([title, *paragraphs]), published=date, url=f"http://{outlet}/{slug}")
    article.source_id = outlet
    return extract(article)


@pytest.fixture(scope="module")
def stories() -> dict[tuple[str, str], list[Event]]:
    """Every fixture article's events (copies and non-articles left out, as dedup would)."""
    found = {}
    for outlet in load_outlets():
        for story in load_stories(outlet.id):
            if story.expected == "article":
                found[(outlet.id, story.slug)] = _events(
                    outlet.id, story.slug, story.title, story.paragraphs, story.date
                )
    return found


def snapshot(incidents: list[Incident]) -> list[tuple]:
    return sorted(
        (i.incident_id, tuple(r.event_id for r in i.reports), i.type, i.headline.to_json(),
         tuple(t.to_json() for t in i.toll), tuple(loc.id for loc in i.locations))
        for i in incidents
    )


def merged(events: list[Event]) -> list[Incident]:
    merger = Merger()
    for event in events:
        merger.add(event, NOW)
    return merger.incidents()


def test_twenty_shuffled_orders_give_the_same_incidents(stories):
    events = [e for found in stories.values() for e in found]
    # dozens of events, so that the orders differ (40: a context paragraph's raids, the victims'
    # home provinces and an outlet's own name make no event of their own)
    assert len(events) >= 35
    expected = snapshot(merged(events))
    for seed in range(20):
        shuffled = list(events)
        random.Random(seed).shuffle(shuffled)
        assert snapshot(merged(shuffled)) == expected, f"order {seed}"


def test_the_kafka_step_over_a_table_gives_the_embedded_mergers_incidents(stories):
    events = [e for found in stories.values() for e in found]
    table: dict = {}
    latest: dict[str, Incident] = {}
    for event in events:
        for out in steps.merge_incident(event.to_json().encode(), table, clock=lambda: NOW):
            incident = Incident.from_json(out.value)
            latest[incident.incident_id] = incident
    live = [i for i in latest.values() if i.superseded_by is None]
    assert snapshot(live) == snapshot(merged(events))


def _bab(incidents: list[Incident]) -> Incident:
    (bab,) = [i for i in incidents if i.type == "explosion" and i.locations[0].id == "al_bab"]
    return bab


def test_al_bab_reads_eleven_killed_from_merge_to_alert_documents_and_store(stories, tmp_path: Path):
    first = [e for key, found in stories.items() if key != FOLLOW_UP for e in found]
    merger, matcher = Merger(), Matcher([Subscription(id="aleppo", name="Aleppo", places=("aleppo",))])
    for event in first:
        merger.add(event, NOW)
    (new,) = matcher.match(_bab(merger.incidents()), NOW)
    assert new.incident.headline.killed == 7
    changed = [i for e in stories[FOLLOW_UP] for i in merger.add(e, NOW)]
    bab = _bab(merger.incidents())
    assert {r.source_id for r in bab.reports} == {"sham", "furat", "idlib"}
    assert bab.headline.killed == 11
    settled = {i.incident_id: i for i in changed}  # alerts match the burst once it settles
    (update,) = matcher.match(settled[bab.incident_id], NOW)
    assert "killed rose from 7 to 11" in update.reason

    assert incident_document(bab)["killed_max"] == 11
    assert alert_document(update)["killed_max"] == 11
    with SqliteStore(tmp_path / "store.sqlite3") as store:
        for incident in changed:
            store.put_incident(incident)
        store.put_alert(update)
        assert _bab(store.incidents()).headline.killed == 11
        (stored,) = store.latest_alerts(1)
        assert json.loads(stored)["incident"]["headline"]["killed"] == 11

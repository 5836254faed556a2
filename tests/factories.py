"""Small records for tests that need a stored article without crawling one."""

from __future__ import annotations

from typing import Any

from streams.pipeline.merge import MergeState, merge_key
from streams.pipeline.tolls import headline_toll
from streams.records import Actor, Alert, Article, Casualties, Event, Incident, Location, Report


def make_article(article_id: str, title: str, text: str, **extra: Any) -> Article:
    return Article(
        article_id=article_id,
        url=f"http://a.test/{article_id}",
        canonical_url=f"http://a.test/{article_id}",
        source_id="a",
        title=title,
        text=text,
        published_at="2020-01-22",
        fetched_at="2020-01-22T10:00:00",
        lang="ar",
        content_hash=f"h-{article_id}",
        **extra,
    )


def make_alert(alert_id: str = "al-1", subscription_id: str = "idlib", kind: str = "new") -> Alert:
    """An alert on an airstrike in Ariha by HTS: 11 killed, 8 injured, two reports."""
    incident = Incident(
        incident_id="i1",
        type="airstrike",
        date_start="2020-01-22",
        date_end="2020-01-22",
        actors=[Actor("hts", "هيئة تحرير الشام", "Hayat Tahrir al-Sham", "target")],
        locations=[Location("ariha", "أريحا", "Ariha", "Idlib")],
        reports=[
            Report("a1", "s1", "e1", counts=[Casualties(killed=7, injured=8)]),
            Report("a2", "s2", "e2", counts=[Casualties(killed=11)]),
        ],
        evidence="غارة على أريحا",
    )
    incident.headline = headline_toll(incident.reports)
    return Alert(alert_id, subscription_id, "i1", kind, f"{subscription_id}: airstrike in Ariha", incident,
                 "2020-01-22T10:00:00")


class Merger:
    """The merge step over plain in-memory state, one ``MergeState`` per merge key."""

    def __init__(self) -> None:
        self.states: dict[str, MergeState] = {}

    def add(self, event: Event, now: str) -> list[Incident]:
        key = merge_key(event)
        return self.states.setdefault(key, MergeState(key)).add(event, now)

    def restore(self, incident: Incident) -> None:
        key = merge_key(incident)
        self.states.setdefault(key, MergeState(key)).restore(incident)

    def incidents(self) -> list[Incident]:
        return [incident for state in self.states.values() for incident in state.live()]

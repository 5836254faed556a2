"""Small records for tests that need a stored article without crawling one."""

from __future__ import annotations

from typing import Any

from streams.pipeline.merge import MergeState, merge_key
from streams.records import Article, Event, Incident


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

"""What the rule tests read from a sentence: its counts, its events and their tolls."""

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from streams.extraction.extract import article_from_text, extract
from streams.records import Event


def counts(text: str) -> list[tuple[str, int | None]]:
    """(kind, value) of every casualty count of the sentence, in order."""
    norm = normalize(text)
    return [(i.kind, i.value) for i in find_casualties(norm, find_actors(norm))]


def events(text: str, published: str = "2024-05-02") -> list[Event]:
    return extract(article_from_text(text, published))


def tolls(text: str) -> list[tuple[int | None, int | None]]:
    """(killed, injured) of every casualty record of every event, in order."""
    return [(c.killed, c.injured) for e in events(text) for c in e.casualties]


def actor_ids(text: str) -> set[str]:
    """Ids of every actor of every event of the text."""
    return {a.id for e in events(text) for a in e.actors}


def place_ids(text: str) -> set[str]:
    """Ids of every place of every event of the text."""
    return {loc.id for e in events(text) for loc in e.locations}

"""What the rule tests read from a sentence or an event: its counts, events, tolls, places and
actors."""

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from streams.extraction.extract import article_from_text, extract
from streams.records import Event

PUBLISHED = "2024-05-02"  # the publication date of a test's report unless it gives one


def counts(text: str) -> list[tuple[str, int | None]]:
    """(kind, value) of every casualty count of the sentence, in order."""
    norm = normalize(text)
    return [(i.kind, i.value) for i in find_casualties(norm, find_actors(norm))]


def events(text: str, published: str | None = PUBLISHED) -> list[Event]:
    return extract(article_from_text(text, published))


def only(text: str, published: str | None = PUBLISHED) -> Event:
    """The one event of the text; fails when it has none or several."""
    got = events(text, published)
    assert len(got) == 1, got
    return got[0]


def tolls(text: str) -> list[tuple[int | None, int | None]]:
    """(killed, injured) of every casualty record of every event, in order."""
    return [(c.killed, c.injured) for e in events(text) for c in e.casualties]


def actor_ids(text: str) -> set[str]:
    """Ids of every actor of every event of the text."""
    return {a.id for e in events(text) for a in e.actors}


def place_ids(text: str) -> set[str]:
    """Ids of every place of every event of the text."""
    return {loc.id for e in events(text) for loc in e.locations}


def places_of(event: Event) -> set[str]:
    return {loc.id for loc in event.locations}


def actors_of(event: Event) -> set[str]:
    return {a.id for a in event.actors}


def roles_of(event: Event) -> dict[str, str]:
    """Each actor's role in the event, by actor id."""
    return {a.id: a.role for a in event.actors}


def group_tolls_of(event: Event) -> set[tuple[str | None, int | None, int | None]]:
    """(group, killed, injured) of each casualty record of the event."""
    return {(c.group, c.killed, c.injured) for c in event.casualties}


def figures_of(*got: Event) -> set[tuple[str, int]]:
    """("killed" | "injured", value) of every figure the events give."""
    return {
        (kind, value)
        for e in got
        for c in e.casualties
        for kind in ("killed", "injured")
        if (value := getattr(c, kind)) is not None
    }

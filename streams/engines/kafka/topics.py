"""Topic declarations (names per DESIGN.md, prefixed by ``NEWSWATCH_TOPIC_PREFIX``)."""

from __future__ import annotations

from faust.types import TopicT

from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, topic_name
from streams.engines.kafka.app import app, settings

__all__ = ["TOPICS", "topic"]

TOPICS: dict[str, TopicT] = {
    name: app.topic(
        topic_name(settings, name),
        partitions=settings.topic_partitions,
        internal=True,  # declared (created if missing) by the worker
    )
    for name in (*PUBLIC_TOPICS, *INTERNAL_TOPICS)
}


def topic(name: str) -> TopicT:
    return TOPICS[name]

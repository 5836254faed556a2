"""Topic names and their creation: shared by the crawler service and the Faust worker.

Every topic is created up front with ``topic_partitions`` partitions, so that topics keyed by
the same id (``articles``, ``verdicts``, ``checked-articles``) are co-partitioned.
"""

from __future__ import annotations

import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams.settings import Settings

__all__ = ["INTERNAL_TOPICS", "PUBLIC_TOPICS", "ensure_topics", "topic_name"]

LOGGER = logging.getLogger(__name__)

PUBLIC_TOPICS = ("crawl-requests", "articles", "events", "incidents", "alerts", "dead-letters")
INTERNAL_TOPICS = ("band-probes", "band-verdicts", "checked-articles", "events-by-merge-key")


def topic_name(settings: Settings, name: str) -> str:
    return f"{settings.topic_prefix}{name}"


async def ensure_topics(settings: Settings, names: tuple[str, ...] = PUBLIC_TOPICS) -> None:
    """Create the missing topics (idempotent; racing creators are fine)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [topic_name(settings, name) for name in names]
        missing = [
            NewTopic(name, num_partitions=settings.topic_partitions, replication_factor=1)
            for name in wanted
            if name not in existing
        ]
        if missing:
            await _create(admin, missing)
    finally:
        await admin.close()


async def _create(admin: AIOKafkaAdminClient, topics: list[NewTopic]) -> None:
    response = await admin.create_topics(topics)
    for name, code, *_ in getattr(response, "topic_errors", []):
        if code not in (0, TopicAlreadyExistsError.errno):
            LOGGER.error("could not create topic %s (error code %s)", name, code)
    LOGGER.info("created topics %s", ", ".join(t.name for t in topics))

"""Topic names and their creation, and the options every consumer group member shares: used by
the Faust worker and the crawler, indexer and notifier services.

Every topic is created up front with ``topic_partitions`` partitions, so that topics keyed by
the same id (``articles``, ``verdicts``, ``checked-articles``) are co-partitioned. Creation waits
until every partition has a leader: a consumer that subscribes to a topic whose metadata is not
out yet skips it until the next rebalance (Faust logs "Ignoring missing topic" and never reads
it), which on a freshly started broker stalled a whole stage.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from streams.settings import Settings

__all__ = [
    "INTERNAL_TOPICS",
    "METADATA_MAX_AGE",
    "PUBLIC_TOPICS",
    "ensure_topics",
    "group_member_options",
    "topic_name",
]

READY_TIMEOUT = 60.0
METADATA_MAX_AGE = 10.0  # seconds between a group member's metadata refreshes. A group's leader
# assigns only the topics its metadata lists, and asks for a new assignment when a refresh lists
# more (aiokafka's coordinator); just after a broker restart the metadata can list none of them,
# and with aiokafka's default of 5 min the workers held no partition for that long (a broker
# restart test in the integration loop: alerts held 240 s, then the test gave up).

LOGGER = logging.getLogger(__name__)

PUBLIC_TOPICS = ("articles", "events", "incidents", "alerts", "deliveries", "dead-letters")
INTERNAL_TOPICS = ("band-probes", "band-verdicts", "checked-articles", "events-by-merge-key", "alert-ticks")


def topic_name(settings: Settings, name: str) -> str:
    return f"{settings.topic_prefix}{name}"


def group_member_options(settings: Settings) -> dict[str, int]:
    """The aiokafka consumer options every consumer group member of the deployment shares: how
    soon a member that stopped answering leaves its group, and how soon a leader notices topics
    its last assignment left out."""
    return {
        "session_timeout_ms": int(settings.kafka_session_timeout * 1000),
        "heartbeat_interval_ms": int(min(3.0, settings.kafka_session_timeout / 3) * 1000),
        "metadata_max_age_ms": int(METADATA_MAX_AGE * 1000),
    }


async def ensure_topics(
    settings: Settings, names: tuple[str, ...] = PUBLIC_TOPICS, compacted: Iterable[str] = ()
) -> None:
    """Create the missing topics, ``compacted`` ones (full names, e.g. table changelogs) with
    log compaction, and wait until all have a leader (idempotent; racing creators are fine)."""
    admin = await _connected(settings)
    try:
        existing = set(await admin.list_topics())
        wanted: dict[str, dict[str, str]] = {topic_name(settings, name): {} for name in names}
        wanted.update({name: {"cleanup.policy": "compact"} for name in compacted})
        missing = [
            NewTopic(name, settings.topic_partitions, 1, topic_configs=configs)
            for name, configs in wanted.items()
            if name not in existing
        ]
        if missing:
            await _create(admin, missing)
        await _wait_for_leaders(admin, list(wanted), settings.topic_partitions)
    finally:
        await admin.close()


async def _connected(settings: Settings) -> AIOKafkaAdminClient:
    """An admin client that reached the broker. A worker or crawler started while Kafka is still
    starting, or restarting, waits for it (up to ``READY_TIMEOUT``) rather than exiting: a
    worker that loads its extraction data first may reach this point during a broker restart."""
    deadline = time.monotonic() + READY_TIMEOUT
    warned = False
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
        try:
            await admin.start()
            return admin
        except KafkaConnectionError:
            await admin.close()
            if time.monotonic() > deadline:
                raise
            if not warned:
                LOGGER.warning(
                    "Kafka at %s does not answer; retrying for up to %.0fs",
                    settings.kafka_bootstrap, READY_TIMEOUT,
                )
                warned = True
            await asyncio.sleep(1.0)


async def _wait_for_leaders(admin: AIOKafkaAdminClient, topics: list[str], partitions: int) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while True:
        described = await admin.describe_topics(topics)
        waiting = sorted(
            topic["topic"]
            for topic in described
            if topic["error_code"] != 0
            or len([p for p in topic["partitions"] if p["leader"] >= 0]) < partitions
        )
        if not waiting:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"Kafka topics without a leader after {READY_TIMEOUT:.0f}s: {', '.join(waiting)}; "
                "is the broker healthy? (infra/services.sh status)"
            )
        await asyncio.sleep(0.2)


async def _create(admin: AIOKafkaAdminClient, topics: list[NewTopic]) -> None:
    response = await admin.create_topics(topics)
    for name, code, *_ in getattr(response, "topic_errors", []):
        if code not in (0, TopicAlreadyExistsError.errno):
            LOGGER.error("could not create topic %s (error code %s)", name, code)
    LOGGER.info("created topics %s", ", ".join(t.name for t in topics))

"""The Kafka worker's client settings that its recovery from broker trouble depends on (no
broker needed: the aiokafka consumer faust builds for the worker is created, never started)."""

from __future__ import annotations

from streams.engines.kafka import app as kafka_app
from streams.settings import Settings


async def test_a_group_leader_notices_topics_its_assignment_left_out_within_seconds() -> None:
    """Just after a broker restart the leader may see none of the topics and assign nothing;
    aiokafka asks for a new assignment once a metadata refresh lists them, so a refresh must
    come within seconds, not aiokafka's default five minutes."""
    app = kafka_app.create_app(Settings(kafka_bootstrap="127.0.0.1:9"), steps=[])
    thread = app.consumer._thread
    client = thread._create_worker_consumer(app.transport)._client
    assert client._metadata_max_age_ms == kafka_app.METADATA_MAX_AGE * 1000
    assert kafka_app.METADATA_MAX_AGE <= 30

"""The Kafka clients' settings that recovery from broker trouble depends on (no broker needed:
the aiokafka consumers are created, never started)."""

from __future__ import annotations

from streams.engines.kafka import admin
from streams.engines.kafka import app as kafka_app
from streams.settings import Settings


async def test_a_workers_group_leader_notices_topics_its_assignment_left_out_within_seconds() -> None:
    """Just after a broker restart the leader may see none of the topics and assign nothing;
    aiokafka asks for a new assignment once a metadata refresh lists them, so a refresh must
    come within seconds, not aiokafka's default five minutes."""
    settings = Settings(kafka_bootstrap="127.0.0.1:9")
    app = kafka_app.create_app(settings, steps=[])
    client = app.consumer._thread._create_worker_consumer(app.transport)._client
    assert client._metadata_max_age_ms == admin.METADATA_MAX_AGE * 1000
    assert admin.METADATA_MAX_AGE <= 30


def test_every_group_member_shares_the_workers_session_and_metadata_settings() -> None:
    settings = Settings(kafka_bootstrap="127.0.0.1:9", kafka_session_timeout=12.0)
    app = kafka_app.create_app(settings, steps=[])
    options = admin.group_member_options(settings)
    assert options == {
        "session_timeout_ms": 12_000,
        "heartbeat_interval_ms": 3_000,
        "metadata_max_age_ms": int(admin.METADATA_MAX_AGE * 1000),
    }
    assert app.conf.broker_session_timeout == 12.0
    assert app.conf.broker_heartbeat_interval == 3.0

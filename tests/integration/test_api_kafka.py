"""The API in distributed mode: the SSE stream from a real Kafka topic, search and alerts from a
real Elasticsearch cluster."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from elasticsearch import AsyncElasticsearch

from indexer.elastic_sink import ElasticSink
from streams.api import create_app, serving
from streams.settings import Settings
from tests.integration.conftest import ELASTICSEARCH_URL
from tests.unit.streams.api.helpers import (
    alert,
    article,
    bearer,
    make_team,
    next_alert_event,
    sse_events,
    wait_ready,
)

pytestmark = pytest.mark.integration

STREAM_WAIT_S = 20.0
PARTITIONS = 3


@pytest.fixture
async def topic_prefix(kafka_bootstrap: str) -> AsyncIterator[str]:
    """A unique topic prefix; its topics are deleted afterwards."""
    prefix = f"nwtest-{uuid.uuid4().hex[:8]}-"
    yield prefix
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        mine = [name for name in await admin.list_topics() if name.startswith(prefix)]
        if mine:
            await admin.delete_topics(mine)
    finally:
        await admin.close()


async def create_topic(bootstrap: str, name: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, num_partitions=PARTITIONS, replication_factor=1)])
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, alert_ids: list[str]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for alert_id in alert_ids:
            record = alert(alert_id)
            key = f"{record.subscription_id}-{alert_id}".encode()  # spread over partitions
            await producer.send_and_wait(topic, record.to_json().encode(), key=key)
    finally:
        await producer.stop()


@pytest.fixture
def token(tmp_path: Path) -> str:
    return make_team(tmp_path / "teams.sqlite3", "kafka-team", ("idlib",))


@pytest.fixture
async def kafka_api(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path, token: str
) -> AsyncIterator[str]:
    settings = Settings(
        kafka_bootstrap=kafka_bootstrap,
        elasticsearch_url=None,
        store_path=tmp_path / "unused.sqlite3",
        teams_path=tmp_path / "teams.sqlite3",
        topic_prefix=topic_prefix,
    )
    async with serving(create_app(settings, keepalive=1.0)) as url:
        yield url


async def test_alert_produced_after_connecting_reaches_the_sse_client(
    kafka_api: str, kafka_bootstrap: str, topic_prefix: str, token: str
) -> None:
    topic = f"{topic_prefix}alerts"
    await create_topic(kafka_bootstrap, topic)
    await produce(kafka_bootstrap, topic, ["old"])  # before connecting: not sent
    async with (
        asyncio.timeout(STREAM_WAIT_S),
        httpx.AsyncClient(base_url=kafka_api, timeout=STREAM_WAIT_S, headers=bearer(token)) as http,
        http.stream("GET", "/alerts/stream") as response,
    ):
        events = sse_events(response)
        await wait_ready(events)
        await produce(kafka_bootstrap, topic, ["k-live"])
        event = await next_alert_event(events)
    assert event["id"] == "k-live"
    assert event["event"] == "new"
    assert "معرة النعمان" in event["data"]


async def test_last_event_id_resumes_after_that_alert(
    kafka_api: str, kafka_bootstrap: str, topic_prefix: str, token: str
) -> None:
    topic = f"{topic_prefix}alerts"
    await create_topic(kafka_bootstrap, topic)
    await produce(kafka_bootstrap, topic, ["r1", "r2", "r3"])
    async with (
        asyncio.timeout(STREAM_WAIT_S),
        httpx.AsyncClient(base_url=kafka_api, timeout=STREAM_WAIT_S, headers=bearer(token)) as http,
        http.stream("GET", "/alerts/stream", headers={"Last-Event-ID": "r1"}) as response,
    ):
        events = sse_events(response)
        ids = {(await next_alert_event(events))["id"] for _ in range(2)}
    assert ids == {"r2", "r3"}


async def test_topic_created_after_connecting_is_read_from_its_start(
    kafka_api: str, kafka_bootstrap: str, topic_prefix: str, token: str
) -> None:
    topic = f"{topic_prefix}alerts"
    async with (
        asyncio.timeout(STREAM_WAIT_S),
        httpx.AsyncClient(base_url=kafka_api, timeout=STREAM_WAIT_S, headers=bearer(token)) as http,
        http.stream("GET", "/alerts/stream") as response,
    ):
        events = sse_events(response)
        await wait_ready(events)
        await create_topic(kafka_bootstrap, topic)
        await produce(kafka_bootstrap, topic, ["first-ever"])
        event = await next_alert_event(events)
    assert event["id"] == "first-ever"


async def test_health_reports_kafka(kafka_api: str, token: str) -> None:
    async with httpx.AsyncClient(base_url=kafka_api, timeout=STREAM_WAIT_S, headers=bearer(token)) as http:
        body = (await http.get("/health", params={"strict": "1"})).json()
    assert body["stream"] == "kafka"
    assert body["stream_reachable"] is True


async def test_search_and_alerts_from_elasticsearch(
    es: AsyncElasticsearch, es_prefix: str, tmp_path: Path, token: str
) -> None:
    sink = ElasticSink(es, prefix=es_prefix, refresh="wait_for")
    await sink.setup()
    first, second = alert("e-first"), alert("e-second")
    second.created_at = "2020-01-22T11:00:00"
    await sink.write(
        [
            article("1", "غارات على معرة النعمان", "قتل خمسة مدنيين في غارة جوية على مدينة معرة النعمان."),
            article("2", "معرض للكتاب", "افتتحت وزارة الثقافة معرضاً للكتاب في دمشق."),
            first,
            second,
        ]
    )
    settings = Settings(
        elasticsearch_url=ELASTICSEARCH_URL,
        kafka_bootstrap=None,
        store_path=tmp_path / "unused.sqlite3",
        teams_path=tmp_path / "teams.sqlite3",
        index_prefix=es_prefix,
    )
    async with serving(create_app(settings)) as url, httpx.AsyncClient(base_url=url, timeout=30) as http:
        http.headers.update(bearer(token))
        health = (await http.get("/health")).json()
        plain = (await http.get("/search", params={"q": "غارة جوية"})).json()
        marked = (await http.get("/search", params={"q": "غَارَةٍ جَوِّيَّةٍ"})).json()
        empty = await http.get("/search", params={"q": " "})
        latest = (await http.get("/alerts")).json()
    assert health["backend"] == "elasticsearch" and health["reachable"] is True
    assert [hit["article_id"] for hit in plain["hits"]] == ["1"]
    assert [hit["article_id"] for hit in marked["hits"]] == ["1"]
    assert empty.status_code == 422
    assert [a["alert_id"] for a in latest["alerts"]] == ["e-second", "e-first"]
    assert latest["alerts"][0]["incident"]["locations"][0]["name_ar"] == "معرة النعمان"

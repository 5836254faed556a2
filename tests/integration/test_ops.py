"""Set-up and status against the real Kafka and Elasticsearch (Kibana: the loopback stub)."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from elasticsearch import AsyncElasticsearch

from crawlers.fixture_sites.generated import GeneratedOutlets
from crawlers.sources import Source
from indexer.elastic import supports_field_type
from indexer.templates import KINDS, names
from streams.api import create_app, serving
from streams.engines.kafka.admin import PUBLIC_TOPICS, ensure_topics, topic_name
from streams.engines.kafka.crawler_service import CrawlerService
from streams.ops.setup import SAVED_OBJECTS, main
from streams.ops.status import collect_status
from streams.pipeline.steps import dead_letter
from streams.settings import Settings
from tests.integration.conftest import ELASTICSEARCH_URL
from tests.kibana_stub import kibana_stub, rejected_import
from tests.unit.streams.api.helpers import bearer, make_team

CRAWL_WAIT_S = 90.0
OBJECTS = sum(1 for line in SAVED_OBJECTS.read_text(encoding="utf-8").splitlines() if line.strip())


async def delete_topics(bootstrap: str, prefix: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        ours = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if ours:
            await admin.delete_topics(ours)
    finally:
        await admin.close()


async def test_field_type_detection_asks_the_cluster(es: AsyncElasticsearch) -> None:
    assert await supports_field_type(es, "keyword")
    assert not await supports_field_type(es, "no_such_type")


async def test_setup_installs_indices_and_fails_when_kibana_rejects_an_object(
    es: AsyncElasticsearch, es_prefix: str, kafka_bootstrap: str
) -> None:
    topic_prefix = f"nwtest-{uuid.uuid4().hex[:8]}-"
    with kibana_stub() as stub:
        stub.import_body = rejected_import(OBJECTS - 1, "newswatch-gone")
        settings = Settings(
            kafka_bootstrap=kafka_bootstrap,
            elasticsearch_url=ELASTICSEARCH_URL,
            index_prefix=es_prefix,
            topic_prefix=topic_prefix,
            topic_partitions=2,
            kibana_url=stub.url,
        )
        try:
            # main() runs its own event loop: run it beside this test's loop, not inside it.
            rejected = await asyncio.to_thread(main, [], settings)
            stub.import_body = {"successCount": OBJECTS, "success": True, "warnings": []}
            accepted = await asyncio.to_thread(main, ["--kibana-only"], settings)
            again = await asyncio.to_thread(main, ["--no-kibana"], settings)  # idempotent
        finally:
            await delete_topics(kafka_bootstrap, topic_prefix)
    assert (rejected, accepted, again) == (1, 0, 0)
    assert len(stub.requests) == 2
    for kind in KINDS:
        n = names(kind, es_prefix)
        assert await es.indices.exists_alias(name=n.alias, index=n.index), kind
        assert (await es.indices.get_index_template(name=n.template))["index_templates"]
    boundaries = names("boundaries", es_prefix).alias
    if await supports_field_type(es, "geo_shape"):
        assert (await es.count(index=boundaries))["count"] == 75
    else:  # the development distribution: no spatial module, set-up goes on without the layer
        assert not await es.indices.exists_alias(name=boundaries)


async def test_status_reports_lag_dead_letters_and_failing_sources(kafka_bootstrap: str) -> None:
    prefix = f"nwtest-{uuid.uuid4().hex[:8]}-"
    settings = Settings(
        kafka_bootstrap=kafka_bootstrap,
        elasticsearch_url=ELASTICSEARCH_URL,
        topic_prefix=prefix,
        topic_partitions=1,
        index_prefix=f"{prefix}idx",
    )
    await ensure_topics(settings, PUBLIC_TOPICS)
    articles = topic_name(settings, "articles")
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    group = f"{prefix}newswatch-test"
    try:
        for i in range(5):
            await producer.send_and_wait(articles, key=b"k", value=json.dumps({"n": i}).encode())
        request = json.dumps({"url": "https://a.example/x", "source_id": "site-a"}).encode()
        letters = [
            dead_letter("crawl:robots", ValueError("disallowed"), b"a.example", request),
            dead_letter("crawl:http", ValueError("503"), b"a.example", request),
            dead_letter("discover", ValueError("feed gone"), b"site-b", b"Source(id='site-b')"),
            dead_letter("extract", ValueError("bad"), b"article-1", b"{}"),
        ]
        for letter in letters:
            await producer.send_and_wait(
                topic_name(settings, "dead-letters"), key=letter.key.encode(), value=letter.value.encode()
            )
        consumer = AIOKafkaConsumer(
            bootstrap_servers=kafka_bootstrap, group_id=group, enable_auto_commit=False
        )
        await consumer.start()
        try:
            consumer.assign([TopicPartition(articles, 0)])
            await consumer.commit({TopicPartition(articles, 0): 2})  # 2 of 5 consumed
        finally:
            await consumer.stop()

        status = await collect_status(settings)
    finally:
        await producer.stop()
        await delete_topics(kafka_bootstrap, prefix)

    assert status.ok, status.components
    (lag,) = [g for g in status.groups if g.group == group]
    assert (lag.lag, lag.by_topic) == (3, {articles: 3})
    assert status.dead_letters == 4
    assert status.dead_letters_by_stage == {"crawl:robots": 1, "crawl:http": 1, "discover": 1, "extract": 1}
    assert status.dead_letters_by_source == {"site-a": 2, "site-b": 1}
    assert status.failing_sources == []  # no crawler ever wrote a crawl state under this prefix
    assert status.documents == {}  # no newswatch indices under this prefix


async def test_status_names_what_is_down() -> None:
    status = await collect_status(
        Settings(kafka_bootstrap="127.0.0.1:1", elasticsearch_url="http://127.0.0.1:1"), timeout=10
    )
    assert not status.ok
    assert [(c.name, c.ok) for c in status.components] == [("kafka", False), ("elasticsearch", False)]
    assert status.dead_letters is None


async def test_status_and_the_api_show_the_sources_a_crawler_failed_to_read(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """A real crawler service polls two outlets and a source nothing answers for; the status
    command and the API (Kafka mode) read its state back from ``crawl-state`` alike."""
    prefix = f"nwtest-{uuid.uuid4().hex[:8]}-"
    settings = Settings(
        kafka_bootstrap=kafka_bootstrap,
        elasticsearch_url=None,
        topic_prefix=prefix,
        topic_partitions=2,
        allow_private_hosts=("127.0.0.1",),
        retries=0,
        host_delay=0.0,
        kafka_session_timeout=6.0,
        store_path=tmp_path / "unused.sqlite3",
        teams_path=tmp_path / "teams.sqlite3",
    )
    dead = Source(id="dead", name="dead", homepage="http://127.0.0.1:9/", feeds=["http://127.0.0.1:9/feed"])
    token = make_team(settings.teams_path, "ops")
    try:
        async with GeneratedOutlets(2, stories=2, initial=1, seed=9, crawl_delay=0) as outlets:
            service = CrawlerService(settings, [*outlets.sources, dead])
            stop = asyncio.Event()
            crawling = asyncio.create_task(service.run(stop))
            try:
                async with asyncio.timeout(CRAWL_WAIT_S):
                    while not ("dead" in service.stats.failing() and service.stats.fetched >= 2):
                        assert not crawling.done(), crawling
                        await asyncio.sleep(0.2)
            finally:
                stop.set()
                await asyncio.wait_for(crawling, 30)
        status = await collect_status(settings)
        async with serving(create_app(settings)) as url, httpx.AsyncClient(base_url=url, timeout=30) as http:
            public = (await http.get("/healthz")).json()
            detailed = (await http.get("/health", headers=bearer(token))).json()
    finally:
        await delete_topics(kafka_bootstrap, prefix)

    expected = service.stats.failing()["dead"].to_dict()
    assert [h.to_dict() for h in status.failing_sources] == [expected]
    assert expected["last_success"] is None and expected["consecutive_failures"] >= 1
    assert expected["last_error"].startswith("http://127.0.0.1:9/")
    assert public["failing_sources"] == ["dead"] and public["status"] == "degraded"
    assert detailed["failing_source_health"] == [expected]

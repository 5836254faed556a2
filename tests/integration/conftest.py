"""Fixtures for the real Kafka and Elasticsearch started by ``infra/services.sh start``.

Integration tests must run, not skip: when a service is unreachable the fixture fails with
how to start it.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from elasticsearch import AsyncElasticsearch
from pipeline_run import PipelineRun
from reference_run import Result, require_services, run_fixture_sites

from indexer.elastic import connect

ELASTICSEARCH_URL = (
    os.environ.get("NEWSWATCH_TEST_ELASTICSEARCH")
    or os.environ.get("NEWSWATCH_ELASTICSEARCH_URL")
    or "http://127.0.0.1:9200"
)
KAFKA_BOOTSTRAP = (
    os.environ.get("NEWSWATCH_TEST_KAFKA") or os.environ.get("NEWSWATCH_KAFKA_BOOTSTRAP") or "127.0.0.1:9092"
)
HOW_TO_START = "start the services with: infra/services.sh start"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/integration is an integration test."""
    for item in items:
        if "tests/integration/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
async def es() -> AsyncIterator[AsyncElasticsearch]:
    """A client for the running cluster; fails (never skips) when it is not there."""
    client = connect(ELASTICSEARCH_URL, request_timeout=60, max_retries=1)
    try:
        health = await client.cluster.health(wait_for_status="yellow", timeout="10s")
    except Exception as exc:
        await client.close()
        pytest.fail(f"Elasticsearch unreachable at {ELASTICSEARCH_URL} ({exc!r}); {HOW_TO_START}")
    assert health["status"] in ("green", "yellow")
    yield client
    await client.close()


@pytest.fixture
async def es_prefix(es: AsyncElasticsearch) -> AsyncIterator[str]:
    """A fresh index prefix; its indices and templates are removed afterwards."""
    prefix = f"nwtest-{uuid.uuid4().hex[:8]}"
    yield prefix
    await es.indices.delete(index=f"{prefix}-*", ignore_unavailable=True, allow_no_indices=True)
    templates = await es.indices.get_index_template(name=f"{prefix}-*")
    for template in templates["index_templates"]:
        await es.indices.delete_index_template(name=template["name"])


@pytest.fixture
async def kafka_bootstrap() -> str:
    """The bootstrap servers of the running broker; fails (never skips) when it is not there."""
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP, request_timeout_ms=10_000)
    try:
        await admin.start()
        await admin.list_topics()
    except Exception as exc:
        pytest.fail(f"Kafka unreachable at {KAFKA_BOOTSTRAP} ({exc!r}); {HOW_TO_START}")
    finally:
        await admin.close()
    return KAFKA_BOOTSTRAP


@pytest.fixture(scope="session")
def reference(request: pytest.FixtureRequest) -> Iterator[Result]:
    """The fixture sites through one worker with no fault: the run every fault test is
    compared with (one run for the whole session; its topics and indices removed after,
    unless a test failed: then they are kept to compare the failed run's records with)."""
    require_services()
    result = asyncio.run(run_fixture_sites(PipelineRun(workers=1)))
    yield result
    if request.session.testsfailed:
        print(f"reference run kept: topics {result[2].prefix}*, logs in {result[2].workdir}")
        return
    asyncio.run(result[2].cleanup())
    result[2].remove_logs()

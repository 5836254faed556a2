"""Set-up of a deployment: Kafka topics, Elasticsearch templates and indices, the map's
boundaries layer, and the Kibana saved objects. Idempotent; run by the ``setup`` and
``kibana-setup`` one-shot services of docker-compose.yml (``python -m streams.ops.setup``).

It fails loudly: a non-zero exit and the reason when anything is refused. Kibana's import API
answers 200 even when it rejects objects (``success: false`` and an ``errors`` list), so the
body is checked, not only the status.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from elasticsearch import AsyncElasticsearch

from indexer.boundaries import BOUNDARIES_FILE, load_boundaries
from indexer.elastic import connect, is_ready, supports_field_type
from indexer.templates import setup_indices
from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, ensure_topics
from streams.ops.logs import configure_logging
from streams.settings import Settings, get_settings

__all__ = ["SAVED_OBJECTS", "SetupError", "import_saved_objects", "main", "setup_elasticsearch"]

LOGGER = logging.getLogger(__name__)

SAVED_OBJECTS = BOUNDARIES_FILE.parent / "saved_objects.ndjson"  # indexer/kibana/


class SetupError(RuntimeError):
    """Something the deployment needs was refused or never became ready."""


@dataclass(frozen=True)
class ElasticsearchSetup:
    analyzer: str  # the text analyzer the templates use on this cluster
    boundaries: int  # boundary features indexed; 0 when the cluster cannot hold shapes


async def setup_elasticsearch(es: AsyncElasticsearch, prefix: str) -> ElasticsearchSetup:
    """Templates, versioned indices and aliases, and the boundaries layer of the map."""
    analyzer = await setup_indices(es, prefix)
    if not await supports_field_type(es, "geo_shape"):
        # The development distribution (infra/) has no spatial module; it runs without Kibana.
        LOGGER.warning("this cluster has no geo_shape type: the map's boundaries layer is not loaded")
        return ElasticsearchSetup(analyzer, 0)
    return ElasticsearchSetup(analyzer, await load_boundaries(es, prefix))


def wait_for_kibana(client: httpx.Client, timeout: float) -> None:
    """Until Kibana reports its overall status as available (its API answers before that)."""
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        try:
            response = client.get("/api/status")
            level = response.json().get("status", {}).get("overall", {}).get("level")
            if response.status_code == 200 and level == "available":
                return
            last = f"HTTP {response.status_code}, level {level!r}"
        except (httpx.HTTPError, ValueError) as exc:
            last = repr(exc)
        time.sleep(max(0.0, min(2.0, deadline - time.monotonic())))
    raise SetupError(f"Kibana not available at {client.base_url} after {timeout:.0f}s: {last}")


def import_saved_objects(client: httpx.Client, path: Path = SAVED_OBJECTS) -> int:
    """Import (overwrite) every saved object in ``path``; returns how many Kibana accepted.

    Raises SetupError when Kibana answers an error status, or 200 with ``success: false``,
    an ``errors`` list, or fewer objects than the file holds.
    """
    expected = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    response = client.post(
        "/api/saved_objects/_import",
        params={"overwrite": "true"},
        headers={"kbn-xsrf": "newswatch-setup"},
        files={"file": (path.name, path.read_bytes(), "application/ndjson")},
    )
    try:
        body: dict[str, Any] = response.json()
    except ValueError as exc:
        raise SetupError(
            f"Kibana import: HTTP {response.status_code}, not JSON: {response.text[:300]}"
        ) from exc
    if response.status_code != 200:
        raise SetupError(f"Kibana import: HTTP {response.status_code}: {body.get('message', body)}")
    errors = body.get("errors") or []
    if not body.get("success") or errors or body.get("successCount") != expected:
        details = "; ".join(_describe(e) for e in errors)
        raise SetupError(
            f"Kibana rejected saved objects ({body.get('successCount', 0)} of {expected} imported): "
            f"{details or body}"
        )
    return expected


def _describe(error: dict[str, Any]) -> str:
    """One rejected object as Kibana explains it (conflict, missing references, unsupported type…)."""
    reason = error.get("error", {})
    missing = ", ".join(f"{r.get('type')}:{r.get('id')}" for r in reason.get("references", []))
    text = f"{error.get('type')}:{error.get('id')}: {reason.get('type')}"
    return f"{text} {reason.get('reason') or reason.get('message') or missing}".strip()


def kibana_client(settings: Settings) -> httpx.Client:
    if not settings.kibana_url:
        raise SetupError("NEWSWATCH_KIBANA_URL is not set")
    auth = None
    if settings.kibana_username and settings.kibana_password:
        auth = httpx.BasicAuth(settings.kibana_username, settings.kibana_password.get_secret_value())
    return httpx.Client(base_url=settings.kibana_url, auth=auth, timeout=60.0)


async def _setup_services(settings: Settings) -> None:
    if settings.kafka_bootstrap:
        await ensure_topics(settings, PUBLIC_TOPICS + INTERNAL_TOPICS)
        LOGGER.info("Kafka topics ready (%d partitions each)", settings.topic_partitions)
    if not settings.elasticsearch_url:
        raise SetupError("NEWSWATCH_ELASTICSEARCH_URL is not set")
    es = connect(settings.elasticsearch_url, credentials=settings.elasticsearch_credentials())
    try:
        if not await is_ready(es, wait="60s"):
            raise SetupError(f"Elasticsearch at {settings.elasticsearch_url} is not ready")
        done = await setup_elasticsearch(es, settings.index_prefix)
        LOGGER.info(
            "Elasticsearch ready: templates and indices (%s analyzer), %d boundaries",
            done.analyzer,
            done.boundaries,
        )
    finally:
        await es.close()


def main(argv: Sequence[str] | None = None, settings: Settings | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.ops.setup", description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--no-kibana", action="store_true", help="Kafka and Elasticsearch only")
    which.add_argument("--kibana-only", action="store_true", help="the Kibana saved objects only")
    parser.add_argument("--kibana-timeout", type=float, default=300.0, help="seconds to wait for Kibana")
    args = parser.parse_args(argv)
    settings = settings or get_settings()
    configure_logging(settings, verbosity=1)
    try:
        if not args.kibana_only:
            asyncio.run(_setup_services(settings))
        if not args.no_kibana:
            with kibana_client(settings) as client:
                wait_for_kibana(client, args.kibana_timeout)
                LOGGER.info("Kibana: %d saved objects imported", import_saved_objects(client))
    except SetupError as exc:
        LOGGER.error("set-up failed: %s", exc)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

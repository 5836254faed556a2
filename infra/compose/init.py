"""The one-shot ``init`` service of docker-compose.yml (runs in the newswatch image).

Creates every Kafka topic with ``NEWSWATCH_TOPIC_PARTITIONS`` partitions (enough to scale the
workers), then imports the Kibana saved objects through Kibana's ``_import`` API. Idempotent.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import httpx

from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, ensure_topics
from streams.settings import Settings

KIBANA = os.environ.get("KIBANA_URL", "http://kibana:5601")
SAVED_OBJECTS = Path(os.environ.get("SAVED_OBJECTS", "/init/saved_objects.ndjson"))


def import_saved_objects(deadline: float) -> None:
    while True:
        try:
            if httpx.get(f"{KIBANA}/api/status", timeout=10).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            sys.exit(f"init: Kibana not ready at {KIBANA}")
        time.sleep(5)
    response = httpx.post(
        f"{KIBANA}/api/saved_objects/_import",
        params={"overwrite": "true"},
        headers={"kbn-xsrf": "true"},
        files={"file": (SAVED_OBJECTS.name, SAVED_OBJECTS.read_bytes(), "application/ndjson")},
        timeout=60,
    )
    response.raise_for_status()
    print("init: Kibana import", response.json().get("successCount"), "objects")


def main() -> None:
    asyncio.run(ensure_topics(Settings(), (*PUBLIC_TOPICS, *INTERNAL_TOPICS)))
    print("init: Kafka topics ready")
    import_saved_objects(time.monotonic() + 300)


if __name__ == "__main__":
    main()

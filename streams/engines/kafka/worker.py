"""``newswatch worker``: the Faust worker, started programmatically."""

from __future__ import annotations

import logging

from streams.ops.metrics import serve_metrics
from streams.settings import Settings

__all__ = ["run_worker"]

LOGGER = logging.getLogger(__name__)


def run_worker(settings: Settings, loglevel: str = "info") -> int:
    """Run the worker until SIGTERM/SIGINT; the app reads the same settings (``get_settings``)."""
    import faust

    from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, ensure_topics
    from streams.engines.kafka.agents import app

    LOGGER.info("worker for %s (topics prefixed %r)", settings.kafka_bootstrap, settings.topic_prefix)
    serve_metrics(settings)
    worker = faust.Worker(app, loglevel=loglevel)
    changelogs = [table.changelog_topic.get_topic_name() for table in app.tables.values()]
    worker.loop.run_until_complete(ensure_topics(settings, PUBLIC_TOPICS + INTERNAL_TOPICS, changelogs))
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0

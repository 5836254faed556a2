"""``newswatch worker``: one Faust worker of the Kafka engine, wired from settings."""

from __future__ import annotations

import logging
import time

from streams.ops.metrics import serve_metrics
from streams.settings import Settings

__all__ = ["run_worker"]

LOGGER = logging.getLogger(__name__)


def run_worker(settings: Settings, loglevel: str = "info") -> int:
    """Build the app, create its topics, run until SIGTERM/SIGINT."""
    import faust

    from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, ensure_topics
    from streams.engines.kafka.app import create_app
    from streams.engines.kafka.subscriptions import SubscriptionFeed
    from streams.extraction.extract import preload
    from streams.pipeline.alerts import Matcher, load_subscriptions
    from streams.wiring import pipeline_steps_for

    # the process's own logging set-up (streams.ops.logs: JSON lines, redaction, a Kafka outage
    # logged as a few warnings) stays in place; Faust would replace it with its own
    root = logging.getLogger()
    root.setLevel(min(root.level, logging.getLevelNamesMapping()[loglevel.upper()]))
    fixed = load_subscriptions(settings.subscriptions_file) if settings.subscriptions_file else []
    matcher = Matcher(fixed)
    app = create_app(settings, pipeline_steps_for(settings, matcher))
    # the teams' subscriptions, created over HTTP, come from the compacted subscriptions topic
    fixed_ids = {subscription.id for subscription in fixed}
    feed = SubscriptionFeed(
        settings, lambda live: matcher.replace(fixed + [s for s in live if s.id not in fixed_ids])
    )
    matcher.muted = feed.is_silenced  # what teams silenced over HTTP, from the same topic

    async def follow_subscriptions() -> None:  # Faust passes the app to a task taking an argument
        await feed.follow()

    app.task(follow_subscriptions)
    if settings.webhook_url or settings.alerts_jsonl:
        LOGGER.warning(
            "the worker does not deliver alerts (NEWSWATCH_WEBHOOK_URL / NEWSWATCH_ALERTS_JSONL "
            "are read by `newswatch notifier`): run a notifier next to the workers"
        )
    LOGGER.info("worker for %s (topics prefixed %r)", settings.kafka_bootstrap, settings.topic_prefix)
    started = time.perf_counter()
    preload()  # before the worker joins its group: its first messages must not wait for it
    LOGGER.info("extraction lexicons and gazetteers loaded in %.1fs", time.perf_counter() - started)
    serve_metrics(settings)
    worker = faust.Worker(app, loglevel=loglevel, override_logging=False)
    worker.on_setup_root_logger(root, root.level)  # as Faust's set-up would: no progress spinner
    changelogs = [table.changelog_topic.get_topic_name() for table in app.tables.values()]
    worker.loop.run_until_complete(ensure_topics(settings, PUBLIC_TOPICS + INTERNAL_TOPICS, changelogs))
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0

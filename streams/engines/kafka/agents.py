"""The agents: each moves one topic's messages through one step and sends what it returns.

articles ─► probe_bands ─► band-probes (key: band key) ─► band_check ─► band-verdicts
   (key: article_id) ─► collect_verdict ─► checked-articles ─┬► extract_events ─► events
                                                             └► index (Elasticsearch)
events ─► route_event ─► events-by-merge-key ─► merge_incident ─► incidents ─► match_alerts
   ─► alerts; incidents and alerts are indexed too. Failures go to dead-letters.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from faust import StreamT
from faust.types import EventT

from streams.engines.kafka import tables
from streams.engines.kafka.app import app, settings
from streams.engines.kafka.indexing import Indexer
from streams.engines.kafka.topics import topic
from streams.ops.metrics import get_metrics
from streams.pipeline import steps
from streams.pipeline.alerts import Matcher, load_subscriptions
from streams.pipeline.steps import Out

__all__ = ["app"]

LOGGER = logging.getLogger(__name__)

matcher = Matcher(load_subscriptions(settings.subscriptions_file) if settings.subscriptions_file else [])
indexer = Indexer(settings)


def _extract(article: Any) -> Any:
    from streams.extraction.extract import extract  # the extraction stage loads its lexicons once

    return extract(article)


async def send(outs: list[Out]) -> None:
    """Send, and wait until Kafka acknowledged every message."""
    delivered = [await topic(out.topic).send(key=out.key.encode(), value=out.value.encode()) for out in outs]
    await asyncio.gather(*delivered)


async def step(stage: str, event: EventT, fn: Callable[..., list[Out]], *args: Any) -> None:
    """Run one step on one message; a failure becomes a dead letter and the stream goes on."""
    started = time.perf_counter()
    try:
        outs = fn(event.value, *args)
    except Exception as exc:
        LOGGER.warning("%s failed for key %r: %r", stage, event.key, exc)
        outs = [steps.dead_letter(stage, exc, event.key, event.value)]
    await send(outs)
    await tables.changes_delivered()  # before the event is acknowledged: see streams.engines.kafka.tables
    metrics = get_metrics()
    metrics.sent(stage, outs)
    metrics.step_seconds.labels(stage).observe(time.perf_counter() - started)


@app.agent(topic("articles"))
async def check_duplicates(stream: StreamT) -> None:
    async for event in stream.events():
        await step("dedup", event, steps.probe_bands, tables.pending, event.key)


@app.agent(topic("band-probes"))
async def check_band(stream: StreamT) -> None:
    async for event in stream.events():
        await step("dedup-band", event, steps.band_check, tables.band_buckets)


@app.agent(topic("band-verdicts"))
async def decide_duplicate(stream: StreamT) -> None:
    async for event in stream.events():
        await step("dedup-verdict", event, steps.collect_verdict, tables.pending)


# A topic has exactly one agent: an article is indexed by the agent that extracts from it, an
# incident by the one that matches alerts on it. faust (0.15) hands a message read by two
# agents to both with a reference count of two; a rebalance drops the copies still queued
# (``flow_control.clear()``) without releasing them and then waits for every handed-out
# message to be acked ("wait_empty: Waiting for tasks [(1, <ConsumerMessage ...>)]"). When one
# agent had taken the message and the other's copy was dropped, that wait never ends: the
# worker never re-joins the group, which stalls until the broker expels it. Not waiting
# (``stream_wait_empty=False``) would let a revoked worker finish, and index, a message after
# its partition's new owner did: a stale incident over a newer one.


@app.agent(topic("checked-articles"))
async def extract(stream: StreamT) -> None:
    async for event in stream.events():
        await step("extract", event, steps.extract_events, _extract)
        await send(await indexer.write("checked-articles", [event.value]))


@app.agent(topic("events"))
async def route_events(stream: StreamT) -> None:
    async for event in stream.events():
        await step("route", event, steps.route_event)


@app.agent(topic("events-by-merge-key"))
async def merge(stream: StreamT) -> None:
    async for event in stream.events():
        await step("merge", event, steps.merge_incident, tables.incidents)


@app.agent(topic("incidents"))
async def match_alerts(stream: StreamT) -> None:
    async for event in stream.events():
        await step("alerts", event, steps.match_alerts, tables.alert_states, matcher)
        await send(await indexer.write("incidents", [event.value]))


def _indexing_agent(name: str) -> None:
    async def index(stream: StreamT) -> None:
        async for event in stream.events():
            await send(await indexer.write(name, [event.value]))

    app.agent(topic(name), name=f"index-{name}")(index)


_indexing_agent("alerts")

"""The pipeline after cleaning, declared once: which step reads which topic and keeps which state.

Both engines run exactly this list. The Kafka engine makes each step a Faust agent over its
topics, with its tables as Faust tables; the embedded engine routes each output message to the
step that reads its topic, in one process, with the tables in SQLite. The records of
``SINK_TOPICS`` are what the pipeline keeps: the embedded engine stores them in SQLite, the Kafka
engine's indexer consumer group indexes them in Elasticsearch (besides any step that reads
them), and alert delivery reads ``alerts``.

    articles ─► dedup ─► band-probes (key: band shard) ─► dedup-band ─► band-verdicts
       (key: article_id) ─► dedup-verdict ─► checked-articles ─► extract ─► events (public)
       and events-by-merge-key ─► merge ─► incidents ─► alerts (settle, then match) ─► alerts
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from streams.pipeline import dedup as duplicates
from streams.pipeline import settle, steps
from streams.pipeline.alerts import Matcher
from streams.pipeline.expiry import Pinned, Sweeper
from streams.pipeline.steps import Out
from streams.records import Article, Event

__all__ = ["SINK_TOPICS", "TICK_TOPIC", "Message", "StateWindows", "Step", "Tables", "pipeline_steps"]

TICK_TOPIC = "alert-ticks"
SINK_TOPICS = ("checked-articles", "incidents", "alerts", "dead-letters")

Tables = Mapping[str, MutableMapping[str, Any]]


@dataclass(frozen=True)
class Message:
    """One input message as a step sees it: the engine fills in where it came from."""

    topic: str
    key: bytes | None
    value: bytes
    partition: int = 0


@dataclass(frozen=True)
class StateWindows:
    """Seconds after its last write that step state is forgotten (``streams.pipeline.expiry``)."""

    duplicates: float = 2 * 86400.0  # parked articles and band buckets: how late a copy is caught
    incidents: float = 7 * 86400.0  # merge and alert state: an incident's lifetime


@dataclass(frozen=True)
class Step:
    name: str  # the stage named in dead letters, logs and metrics
    topics: tuple[str, ...]  # what it reads
    tables: tuple[str, ...]  # the state it keeps (keyed like its input, so co-partitioned)
    handle: Callable[[Message, Tables], list[Out]]
    # seconds after a message (other than a tick) at which the step wants a tick on that
    # message's partition: what it held is due then. The engines tick every partition
    # periodically anyway; this tick is what lets a held alert go out when it is due rather
    # than up to a whole period later.
    wake_after: float | None = None


def pipeline_steps(
    matcher: Matcher,
    *,
    extractor: Callable[[Article], list[Event]] | None = None,
    window: settle.SettleWindow | None = None,
    clock: Callable[[], float],
    stamp: Callable[[], str] = steps.now,
    band_shards: int = duplicates.BAND_SHARDS,
    windows: StateWindows | None = None,
) -> list[Step]:
    """The steps in pipeline order. ``clock`` gives seconds (settle window, state expiry),
    ``stamp`` the ISO time written into records; ``band_shards`` is how many probes an article
    sends at most (both engines pass the ``band_shards`` setting)."""
    extract = extractor or _extract
    window = window or settle.SettleWindow()
    windows = windows or StateWindows()
    short, long = Sweeper(windows.duplicates), Sweeper(windows.incidents)
    bands = steps.BandIndex()

    def state(
        m: Message, t: Tables, name: str, sweeper: Sweeper, pinned: Pinned | None = None
    ) -> MutableMapping[str, Any]:
        if pinned is None:
            return sweeper.view(name, t[name], clock(), m.partition)
        return sweeper.view(name, t[name], clock(), m.partition, pinned)

    def pending(m: Message, t: Tables) -> MutableMapping[str, Any]:
        return state(m, t, "dedup-pending", short, steps.awaits_verdicts)

    def dedup(m: Message, t: Tables) -> list[Out]:
        return steps.probe_bands(m.value, pending(m, t), m.key, band_shards)

    def dedup_band(m: Message, t: Tables) -> list[Out]:
        entries = state(m, t, "band-buckets", short)
        shard = m.key.decode("utf-8") if m.key else ""
        return steps.band_check(m.value, entries, bands.follow(t["band-buckets"], entries), shard)

    def dedup_verdict(m: Message, t: Tables) -> list[Out]:
        return steps.collect_verdict(m.value, pending(m, t))

    def extract_step(m: Message, t: Tables) -> list[Out]:
        return steps.extract_events(m.value, extract)

    def merge(m: Message, t: Tables) -> list[Out]:
        return steps.merge_incident(m.value, state(m, t, "incidents-by-merge-key", long), stamp)

    def alerts(m: Message, t: Tables) -> list[Out]:
        told = state(m, t, "alert-states", long)
        if m.topic != TICK_TOPIC:
            settle.hold(m.value, t["alert-held"], m.partition, clock(), window, told)
            return []
        return [
            out
            for incident in settle.release(t["alert-held"], m.partition, m.value, told)
            for out in steps.match_alerts(incident.encode("utf-8"), told, matcher, stamp)
        ]

    return [
        Step("dedup", ("articles",), ("dedup-pending",), dedup),
        Step("dedup-band", ("band-probes",), ("band-buckets",), dedup_band),
        Step("dedup-verdict", ("band-verdicts",), ("dedup-pending",), dedup_verdict),
        Step("extract", ("checked-articles",), (), extract_step),
        Step("merge", ("events-by-merge-key",), ("incidents-by-merge-key",), merge),
        Step("alerts", ("incidents", TICK_TOPIC), ("alert-held", "alert-states"), alerts, window.quiet),
    ]


def _extract(article: Article) -> list[Event]:
    from streams.extraction.extract import extract  # loads the lexicons and gazetteers once

    return extract(article)

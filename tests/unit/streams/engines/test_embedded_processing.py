"""The embedded engine's processing: a transaction that fails (a full disk) leaves no trace, in
the store or in the steps' state in memory, so the same article processed again is processed in
full; a release of held alerts that fails is retried by the next tick."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from indexer.sqlite_store import SqliteStore
from streams.engines.embedded import runner
from streams.engines.embedded.processing import ArticleProcessor
from streams.engines.embedded.router import StateTables
from streams.engines.embedded.runner import RunStats
from streams.pipeline.alerts import Matcher, Subscription
from streams.pipeline.settle import SettleWindow
from streams.pipeline.topology import pipeline_steps
from streams.records import Actor, Alert, Article, Casualties, Event, Incident, Location
from streams.settings import Settings
from tests.factories import make_article

TEXT = " ".join(f"انفجار سيارة مفخخة في الباب رقم {i}" for i in range(40))


class FullDiskStore(SqliteStore):
    """A store whose disk fills up while an incident is written, ``failures`` times."""

    failures = 0

    def put_incident(self, incident: Incident) -> bool:
        if self.failures:
            self.failures -= 1
            super().put_incident(incident)  # the write happens, then the transaction fails
            raise sqlite3.OperationalError("database or disk is full")
        return super().put_incident(incident)


def _events(article: Article) -> list[Event]:
    return [
        Event(
            event_id=f"{article.article_id}-e0",
            type="explosion",
            date="2024-01-01",
            actors=[Actor("isis", "داعش", "ISIS", "perpetrator")],
            locations=[Location("al-bab", "الباب", "Al-Bab", "Aleppo", 36.37, 37.51, "town")],
            casualties=[Casualties(killed=7)],
            evidence="انفجار سيارة مفخخة",
        )
    ]


def _processor(store: SqliteStore) -> ArticleProcessor:
    matcher = Matcher([Subscription(id="bombs", name="bombs", types=("explosion",))])
    steps = pipeline_steps(matcher, extractor=_events, clock=lambda: 0.0)
    return ArticleProcessor(store, steps, clock=lambda: 0.0)


def test_a_failed_transaction_leaves_the_state_as_stored_so_the_article_is_processed_again(
    tmp_path: Path,
) -> None:
    store = FullDiskStore(tmp_path / "store.sqlite3")
    processor = _processor(store)
    article = make_article("a1", "انفجار في الباب", TEXT)
    stats = RunStats()
    store.failures = 1
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        processor.process(article, stats)
    assert store.count("articles") == 0 and store.incidents() == []
    assert list(store.state()) == []
    assert not processor.pending  # nothing held in memory that the store does not hold

    again = RunStats()
    processor.process(article, again)
    assert again.unchanged == 0  # not taken for a page decided before the failure
    assert store.get_article("a1") is not None
    assert [len(i.reports) for i in store.incidents()] == [1]
    assert processor.pending

    alerts = processor.tick(again, flush=True)
    assert [a.subscription_id for a in alerts] == ["bombs"]
    assert [a.alert_id for a in store.alerts()] == [alerts[0].alert_id]


def test_the_next_tick_comes_when_a_held_alert_is_due_not_a_whole_period_later(tmp_path: Path) -> None:
    now = [100.0]
    matcher = Matcher([Subscription(id="bombs", name="bombs", types=("explosion",))])
    steps = pipeline_steps(matcher, extractor=_events, clock=lambda: now[0], window=SettleWindow(quiet=1.5))
    processor = ArticleProcessor(SqliteStore(tmp_path / "store.sqlite3"), steps, clock=lambda: now[0])
    assert processor.until_tick(5.0) == 5.0  # nothing held: a period
    processor.process(make_article("a1", "انفجار في الباب", TEXT), RunStats())
    assert processor.until_tick(5.0) == 1.5
    now[0] += 1.5
    assert processor.until_tick(5.0) == 0.0
    assert [a.subscription_id for a in processor.tick(RunStats())] == ["bombs"]
    assert processor.until_tick(5.0) == 5.0


def test_restore_drops_every_change_since_the_stored_rows() -> None:
    tables = StateTables.load(["held", "seen"], iter([("held", "k", '{"v": 1}'), ("other", "x", "1")]))
    tables["held"]["k"] = {"v": 2}
    tables["seen"]["new"] = True
    del tables["held"]["k"]
    tables.restore(iter([("held", "k", '{"v": 1}')]))
    assert dict(tables["held"]) == {"k": {"v": 1}} and dict(tables["seen"]) == {}
    assert tables.take_changes() == []


class Collect:
    def __init__(self) -> None:
        self.alerts: list[Alert] = []
        self.got = asyncio.Event()

    def submit(self, alert: Alert) -> None:
        self.alerts.append(alert)
        self.got.set()


class FullDiskOnAlerts(SqliteStore):
    """The disk is full when the first alert is stored."""

    failures = 1

    def put_alert(self, alert: Alert) -> bool:
        if self.failures:
            self.failures -= 1
            raise sqlite3.OperationalError("database or disk is full")
        return super().put_alert(alert)


async def test_a_tick_that_fails_does_not_stop_the_ticks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "TICK_SECONDS", 0.01)
    store = FullDiskOnAlerts(tmp_path / "store.sqlite3")
    matcher = Matcher([Subscription(id="bombs", name="bombs", types=("explosion",))])
    steps = pipeline_steps(matcher, extractor=_events, clock=lambda: 0.0)
    processor = ArticleProcessor(store, steps, clock=lambda: 100.0)  # held changes are due
    processor.process(make_article("a1", "انفجار في الباب", TEXT), RunStats())
    collect, stop = Collect(), asyncio.Event()
    settings = Settings(store_path=store.path)
    async with runner.EmbeddedPipeline(settings, store, processor, alerts=collect) as pipe:
        running = asyncio.create_task(pipe.run_forever([], stop))
        await asyncio.wait_for(collect.got.wait(), 5)  # released by a tick, not by the stop
        stop.set()
        await running
    assert store.failures == 0 and [a.subscription_id for a in collect.alerts] == ["bombs"]
    assert [a.alert_id for a in store.alerts()] == [collect.alerts[0].alert_id]

"""The embedded delivery stage as ``newswatch run`` wires it (``streams.wiring.delivery``): a
digest subscription's alerts are held in the store's file and its channel gets one digest when
the period ends, on an injected wall clock; a restart sends it no second one."""

import asyncio
import dataclasses
import json
import time

from rich.console import Console

from indexer.sqlite_store import SqliteStore
from streams.delivery.digests import DIGEST_OUTPUT
from streams.engines.embedded.runner import RunStats
from streams.pipeline.alerts import Matcher
from streams.pipeline.subscriptions import Policy, Subscription
from streams.settings import Settings
from streams.wiring import delivery, print_summary
from tests.factories import make_alert
from tests.unit.streams.delivery.conftest import Receiver
from tests.unit.streams.delivery.test_digests import HOUR, T0, Wall, alert

CHECK_S = 0.02


async def until(condition, what: str, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.01)


async def test_the_embedded_stage_holds_and_sends_one_digest_a_period(tmp_path):
    receiver = await Receiver().start()
    matcher = Matcher([
        Subscription("daily", channels=(receiver.url,), policy=Policy(mode="digest", every_hours=6))
    ])
    settings = Settings(store_path=tmp_path / "store.sqlite3", delivery_drain_timeout=1.0)
    wall = Wall(T0 + HOUR)
    alerts = [alert("a1", "daily", "i1", killed=7), alert("a2", "daily", "i1", version=2, killed=12)]
    try:
        with SqliteStore(settings.store_path) as store:
            stage = delivery(settings, store, None, matcher, wall=wall, digest_check=CHECK_S)
            async with stage as dispatcher:
                for item in alerts:
                    store.put_alert(item)  # as the processor does, before delivery
                    dispatcher.submit(item)

                def held() -> bool:
                    return len([d for d in store.deliveries() if d.output == DIGEST_OUTPUT]) == 2

                await until(held, "both alerts held")
                await asyncio.sleep(10 * CHECK_S)
                assert receiver.requests == [], "nothing before the period ends"
                wall.at = T0 + 6 * HOUR
                await until(lambda: len(receiver.requests) == 1, "one digest")
            ((_, body),) = receiver.requests
            digest = json.loads(body)
            assert [a["incident"]["headline"]["killed"] for a in digest["alerts"]] == [12]
            assert [d.status for d in store.deliveries(digest["digest_id"])] == ["delivered"]

            async with delivery(settings, store, None, matcher, wall=wall, digest_check=CHECK_S):
                await asyncio.sleep(10 * CHECK_S)  # ten rounds of checks after a restart
            assert len(receiver.requests) == 1
    finally:
        await receiver.stop()


def test_the_summary_tells_incidents_opened_from_incidents_left_after_merges(tmp_path):
    store = SqliteStore(tmp_path / "s.sqlite3")
    incident = make_alert().incident  # "i1"
    store.put_incident(dataclasses.replace(incident, incident_id="i0", superseded_by="i1"))
    store.put_incident(incident)
    stats = RunStats()
    stats.incidents = 2
    console = Console(record=True, width=120)
    print_summary(console, stats, store)
    lines = console.export_text().splitlines()
    assert any("incidents opened" in line and line.rstrip(" │").endswith("2") for line in lines), lines
    assert any("incidents after merges" in line and line.rstrip(" │").endswith("1") for line in lines), lines

"""Digests on an injected wall clock: a digest subscription's alerts are held (durably, in
SQLite) instead of sent to its channels, and one message per period lists its incidents with
their latest toll; nothing for an empty period; nothing lost or sent twice across restarts."""

import asyncio
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from streams.delivery.channels import ChannelRoute
from streams.delivery.digests import DIGEST_OUTPUT, DigestBook, DigestHold, DigestSender, period_of
from streams.delivery.dispatcher import Dispatcher
from streams.delivery.messages import MAX_DIGEST_LINES, render_digest
from streams.delivery.outputs import WebhookOutput
from streams.delivery.signing import ALERT_ID_HEADER
from streams.pipeline.subscriptions import Policy, Subscription
from streams.records import Alert, Digest, HeadlineToll
from tests.factories import make_alert
from tests.unit.streams.delivery.conftest import Receiver

HOUR = 3600.0
DAY = "2026-01-01"
T0 = datetime(2026, 1, 1, 6, 0, tzinfo=UTC).timestamp()  # a period start for every_hours: 6


class Wall:
    """Seconds since the epoch that move only when a test says so."""

    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


class Channel:
    """An output that remembers what it got."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.got: list[Alert | Digest] = []

    async def send(self, message: Alert | Digest) -> None:
        self.got.append(message)


def alert(alert_id: str, subscription_id: str, incident_id: str, version: int = 1, killed: int = 11,
          kind: str = "new", merged_from: tuple[str, ...] = ()) -> Alert:
    base = make_alert(alert_id, subscription_id, kind)
    incident = dataclasses.replace(
        base.incident, incident_id=incident_id, version=version, merged_from=list(merged_from),
        headline=HeadlineToll(killed=killed, injured=0),
    )
    return dataclasses.replace(base, incident_id=incident_id, incident=incident)


DAILY = Subscription("daily", name="غرفة إدلب", channels=("tgram://bot/chat",),
                     policy=Policy(mode="digest", every_hours=6), team_id="t1")
NOW = Subscription("now", channels=("slack://a/b/c",), team_id="t1")


class Stage:
    """The delivery stage as the engines wire it, over one SQLite file."""

    def __init__(self, path: Path, wall: Wall, subscriptions: list[Subscription]) -> None:
        self.subscriptions = {s.id: s for s in subscriptions}
        self.shared = Channel("terminal")
        self.channels: dict[str, Channel] = {}
        self.book = DigestBook(path)
        self.dispatcher = Dispatcher([self.shared])
        hold = DigestHold(self.book, self.subscriptions.get, now=wall)
        self.dispatcher.route_by(ChannelRoute(self.dispatcher, self.subscriptions.get, self.make, hold))
        self.sender = DigestSender(self.book, self.dispatcher, now=wall)

    def make(self, url: str) -> Channel:
        self.channels[url] = Channel(f"channel-{len(self.channels)}")
        return self.channels[url]

    async def deliver(self, *alerts: Alert) -> None:
        receipts = [self.dispatcher.submit(a) for a in alerts]
        await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 2.0)

    async def send_due(self) -> list[Digest]:
        sent = self.sender.send_due()
        await asyncio.wait_for(self.sender.settled(), 2.0)
        return sent

    async def __aenter__(self) -> "Stage":
        self.dispatcher.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.dispatcher.aclose()
        await self.sender.close()
        self.book.close()


def test_periods_are_aligned_on_multiples_of_every_hours_since_the_epoch():
    start, end = period_of(T0 + 5 * HOUR + 59 * 60, 6)
    assert (start, end) == (T0, T0 + 6 * HOUR)
    assert period_of(T0 + 6 * HOUR, 6)[0] == T0 + 6 * HOUR, "the end of one period starts the next"
    day = period_of(T0, 24)
    assert datetime.fromtimestamp(day[0], UTC).hour == 0


async def test_a_digest_subscription_hears_once_per_period_with_the_latest_toll(tmp_path):
    wall = Wall(T0 + HOUR)
    async with Stage(tmp_path / "store.sqlite3", wall, [DAILY, NOW]) as stage:
        await stage.deliver(
            alert("a1", "daily", "i1", version=1, killed=7),
            alert("a2", "now", "i1", version=1, killed=7),
            alert("a3", "daily", "i2", version=1, killed=2),
        )
        wall.at = T0 + 2 * HOUR
        await stage.deliver(alert("a4", "daily", "i1", version=2, killed=12, kind="update"))

        assert [a.message_id for a in stage.shared.got] == ["a1", "a2", "a3", "a4"], "shared outputs at once"
        assert [a.message_id for a in stage.channels["slack://a/b/c"].got] == ["a2"], "immediate at once"
        assert "tgram://bot/chat" not in stage.channels, "the digest's channel has heard nothing yet"
        assert await stage.send_due() == [], "the period has not ended"

        wall.at = T0 + 6 * HOUR + 1
        (digest,) = await stage.send_due()
        (got,) = stage.channels["tgram://bot/chat"].got
        assert got == digest
        assert [(a.incident_id, a.incident.headline.killed) for a in digest.alerts] == [("i1", 12), ("i2", 2)]
        assert (digest.period_start, digest.period_end) == (f"{DAY}T06:00:00+00:00", f"{DAY}T12:00:00+00:00")
        assert digest.name == "غرفة إدلب"
        assert stage.dispatcher.counts[stage.channels["tgram://bot/chat"].name, "delivered"] == 1

        assert await stage.send_due() == [], "not sent twice"
        wall.at = T0 + 12 * HOUR + 1
        assert await stage.send_due() == [], "a period without alerts sends nothing"
        assert len(stage.channels["tgram://bot/chat"].got) == 1


async def test_held_alerts_survive_a_restart_and_are_sent_once(tmp_path):
    path = tmp_path / "store.sqlite3"
    wall = Wall(T0 + HOUR)
    async with Stage(path, wall, [DAILY]) as first:
        await first.deliver(alert("a1", "daily", "i1"), alert("a2", "daily", "i2"))
        assert [a.alert_id for a in first.book.held("daily")] == ["a1", "a2"]
    # the process stops; it starts again after the period has ended
    wall.at = T0 + 7 * HOUR
    async with Stage(path, wall, [DAILY]) as second:
        (digest,) = await second.send_due()
        assert [a.alert_id for a in digest.alerts] == ["a1", "a2"]
        assert len(second.channels["tgram://bot/chat"].got) == 1
    async with Stage(path, wall, [DAILY]) as third:
        assert await third.send_due() == []
        assert "tgram://bot/chat" not in third.channels


async def test_a_digest_closed_but_unsent_at_a_stop_is_sent_again_under_the_same_id(tmp_path):
    path = tmp_path / "store.sqlite3"
    book = DigestBook(path)
    book.hold(alert("a1", "daily", "i1"), "daily", 6, T0 + HOUR)
    (closed,) = book.close_due(T0 + 6 * HOUR)  # closed, then the process died before sending
    book.close()
    async with Stage(path, Wall(T0 + 6 * HOUR + 5), [DAILY]) as stage:
        (sent,) = await stage.send_due()
        assert sent.digest_id == closed.digest_id
        assert stage.book.unsent() == []


async def test_after_a_long_stop_every_ended_period_goes_out_as_one_digest(tmp_path):
    book = DigestBook(tmp_path / "store.sqlite3")
    book.hold(alert("a1", "daily", "i1"), "daily", 6, T0 + HOUR)
    book.hold(alert("a2", "daily", "i2"), "daily", 6, T0 + 7 * HOUR)
    book.hold(alert("a3", "daily", "i3"), "daily", 6, T0 + 13 * HOUR)  # its period has not ended
    (digest,) = book.close_due(T0 + 13 * HOUR)
    assert [a.alert_id for a in digest.alerts] == ["a1", "a2"]
    assert digest.period_start.startswith(f"{DAY}T06:00") and digest.period_end.startswith(f"{DAY}T18:00")
    assert [a.alert_id for a in book.held("daily")] == ["a3"]


def test_a_late_older_version_does_not_replace_the_latest_and_absorbed_incidents_leave(tmp_path):
    book = DigestBook(tmp_path / "store.sqlite3")
    book.hold(alert("new", "daily", "i1", version=3, killed=9), "daily", 6, T0)
    book.hold(alert("old", "daily", "i1", version=2, killed=4), "daily", 6, T0 + 1)
    book.hold(alert("other", "daily", "i2"), "daily", 6, T0 + 2)
    assert [a.alert_id for a in book.held("daily")] == ["new", "other"]
    book.hold(alert("merged", "daily", "i3", merged_from=("i2",)), "daily", 6, T0 + 3)
    assert [a.incident_id for a in book.held("daily")] == ["i1", "i3"], "i2 is now part of i3"


async def test_the_digest_of_a_deleted_subscription_goes_nowhere_and_is_forgotten(tmp_path):
    wall = Wall(T0 + HOUR)
    async with Stage(tmp_path / "store.sqlite3", wall, [DAILY]) as stage:
        await stage.deliver(alert("a1", "daily", "i1"))
        del stage.subscriptions["daily"]
        wall.at = T0 + 6 * HOUR
        assert len(await stage.send_due()) == 1
        assert stage.channels == {}
        assert stage.book.unsent() == [], "nobody to tell: forgotten, not retried forever"


async def test_an_alert_for_a_subscription_no_longer_a_digest_is_refused_for_good(tmp_path):
    book = DigestBook(tmp_path / "store.sqlite3")
    hold = DigestHold(book, {"now": NOW}.get, now=Wall(T0))
    dispatcher = Dispatcher([hold])
    async with dispatcher:
        (outcome,) = await asyncio.wait_for(dispatcher.submit(alert("a1", "now", "i1")).future, 2.0)
    assert outcome.status == "failed" and "no longer asks for a digest" in outcome.reason
    assert outcome.output == DIGEST_OUTPUT
    book.close()


def test_the_digest_message_lists_each_incident_with_its_latest_toll_in_arabic_then_english():
    alerts = [alert(f"a{n}", "daily", f"i{n}", killed=n + 1) for n in range(MAX_DIGEST_LINES + 2)]
    alerts[0] = alert("a0", "daily", "i0", killed=12, kind="update")
    digest = Digest("d1", "daily", "غرفة إدلب", f"{DAY}T06:00:00+00:00", f"{DAY}T12:00:00+00:00", alerts)
    title, body = render_digest(digest)
    n = len(alerts)
    assert title == f"ملخص «غرفة إدلب»: عدد الحوادث {n} | Digest “غرفة إدلب”: {n} incident(s)"
    arabic, english = body.split("\n\n")
    assert arabic.splitlines()[0] == "من 2026-01-01 06:00 إلى 2026-01-01 12:00 (بتوقيت UTC)"
    assert arabic.splitlines()[1] == "• غارة جوية في أريحا (محدَّث): القتلى 12 (عدد التقارير 2)"
    assert english.splitlines()[1] == "• airstrike in Ariha (updated): 12 killed (2 reports)"
    assert english.splitlines()[2] == "• airstrike in Ariha: 2 killed (2 reports)"
    assert english.splitlines()[-1] == "and 2 more"
    assert len(english.splitlines()) == 1 + MAX_DIGEST_LINES + 1


async def test_a_webhook_gets_the_digest_as_json_under_its_id(receiver: Receiver):
    import httpx

    digest = Digest("d1", "daily", "x", "2026-01-01T06:00:00+00:00", "2026-01-01T12:00:00+00:00",
                    [alert("a1", "daily", "i1")])
    async with httpx.AsyncClient() as client:
        await WebhookOutput(client, receiver.url, secret="s").send(digest)
    ((headers, body),) = receiver.requests
    assert headers[ALERT_ID_HEADER] == "d1"
    data = json.loads(body)
    assert data["kind"] == "digest" and data["alerts"][0]["alert_id"] == "a1"
    assert Digest.from_json(body) == digest

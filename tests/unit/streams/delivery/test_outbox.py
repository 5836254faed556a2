"""The SQLite outbox: what was not delivered before a stop is sent after the restart; what was
delivered is never sent again."""

import asyncio

from indexer.sqlite_store import SqliteStore
from streams.delivery.dispatcher import Dispatcher, RetryPolicy
from streams.delivery.outbox import SqliteDeliveryLog, resubmit_undelivered
from streams.delivery.outputs import DeliveryError
from streams.records import Delivery
from tests.factories import make_alert


class Recorder:
    def __init__(self, name: str, *, down: bool = False) -> None:
        self.name = name
        self.down = down
        self.received: list[str] = []

    async def send(self, alert):
        if self.down:
            raise DeliveryError("HTTP 503")
        self.received.append(alert.alert_id)


async def settle(dispatcher: Dispatcher, wanted: int) -> None:
    async with asyncio.timeout(2.0):
        while sum(n for (_, status), n in dispatcher.counts.items() if status == "delivered") < wanted:
            await asyncio.sleep(0.01)


async def test_alerts_owed_at_a_stop_are_sent_after_the_restart_and_delivered_ones_are_not(tmp_path):
    path = tmp_path / "store.sqlite3"
    alerts = [make_alert(f"al-{n}") for n in range(3)]
    chat, hook = Recorder("chat"), Recorder("hook", down=True)
    with SqliteStore(path) as store:
        for alert in alerts:
            assert store.put_alert(alert)
        dispatcher = Dispatcher([chat, hook], log=SqliteDeliveryLog(store), policy=RetryPolicy(deadline=60))
        dispatcher.start()
        for alert in alerts[:2]:  # the process stops before the third alert is submitted
            dispatcher.submit(alert)
        await settle(dispatcher, 2)
        assert await dispatcher.aclose(timeout=0.1) == 2  # the hook's two, still retrying
        assert store.delivery_counts() == {("chat", "delivered"): 2}

    chat, hook = Recorder("chat"), Recorder("hook")
    with SqliteStore(path) as store:
        dispatcher = Dispatcher([chat, hook], log=SqliteDeliveryLog(store))
        dispatcher.start()
        assert await resubmit_undelivered(dispatcher, store) == 3
        await settle(dispatcher, 4)
        await dispatcher.aclose()
        assert chat.received == ["al-2"]
        assert hook.received == ["al-0", "al-1", "al-2"]
        assert store.delivery_counts() == {("chat", "delivered"): 3, ("hook", "delivered"): 3}
        assert store.undelivered(["chat", "hook"]) == []


async def test_a_failed_delivery_is_a_dead_letter_and_not_resent(tmp_path):
    with SqliteStore(tmp_path / "store.sqlite3") as store:
        store.put_alert(make_alert())
        hook = Recorder("hook", down=True)
        # a deadline long enough for several attempts on a loaded machine (0.05 s once let only one in)
        policy = RetryPolicy(base_delay=0.001, max_delay=0.001, deadline=0.5)
        async with Dispatcher([hook], log=SqliteDeliveryLog(store), policy=policy) as dispatcher:
            await asyncio.wait_for(dispatcher.submit(make_alert()).future, 10.0)
        (letter,) = store.dead_letters()
        assert (letter.stage, letter.key) == ("deliver:hook", "al-1")
        assert "HTTP 503" in letter.error
        assert store.undelivered(["hook"]) == []
        assert [(d.status, d.attempts > 1) for d in store.deliveries("al-1")] == [("failed", True)]


def test_a_delivered_alert_stays_delivered(tmp_path):
    with SqliteStore(tmp_path / "store.sqlite3") as store:
        store.put_alert(make_alert())
        store.put_delivery(Delivery("al-1", "hook", "delivered", 1))
        store.put_delivery(Delivery("al-1", "hook", "failed", 0, "dropped"))
        assert [d.status for d in store.deliveries()] == ["delivered"]
        store.put_delivery(Delivery("al-1", "chat", "failed", 3, "HTTP 503"))
        store.put_delivery(Delivery("al-1", "chat", "delivered", 1))
        assert store.delivery_counts() == {("hook", "delivered"): 1, ("chat", "delivered"): 1}
        (owed,) = store.undelivered(["hook", "chat", "mail"])
        assert (owed[0].alert_id, owed[1]) == ("al-1", ["mail"])


async def test_an_alert_not_yet_held_for_its_digest_at_a_stop_is_held_after_the_restart(tmp_path):
    from streams.delivery.channels import ChannelRoute
    from streams.delivery.digests import DigestBook, DigestHold
    from streams.pipeline.subscriptions import Policy, Subscription

    path = tmp_path / "store.sqlite3"
    subscriptions = {
        "daily": Subscription(
            "daily", channels=("tgram://bot/chat",), policy=Policy(mode="digest", every_hours=6)
        ),
        "now": Subscription("now", channels=("slack://a/b/c",)),
    }
    held, immediate = make_alert("al-held", "daily"), make_alert("al-now", "now")
    with SqliteStore(path) as store:
        for alert in (held, immediate):
            store.put_alert(alert)
        store.put_delivery(Delivery("al-now", "chat", "delivered", 1))
        store.put_delivery(Delivery("al-held", "chat", "delivered", 1))  # stopped before the hold
        chat, book = Recorder("chat"), DigestBook(path)
        dispatcher = Dispatcher([chat], log=SqliteDeliveryLog(store))
        hold = DigestHold(book, subscriptions.get, now=lambda: 0.0)
        dispatcher.route_by(ChannelRoute(dispatcher, subscriptions.get, lambda url: Recorder(url), hold))
        dispatcher.start()
        owed = await resubmit_undelivered(dispatcher, store)
        assert owed == 1, "the immediate alert owes the digest nothing"
        await settle(dispatcher, 1)
        await dispatcher.aclose()
        assert [a.alert_id for a in book.held("daily")] == ["al-held"]
        assert chat.received == []
        book.close()

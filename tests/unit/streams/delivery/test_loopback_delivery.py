"""The dispatcher with real signed webhooks on 127.0.0.1: a dead receiver costs the others
nothing, and one that comes back within the deadline gets every alert."""

import asyncio
import json
import time

import httpx

from streams.delivery.dispatcher import Dispatcher, RetryPolicy
from streams.delivery.outputs import WebhookOutput
from streams.delivery.signing import verify
from tests.factories import make_alert
from tests.unit.streams.delivery.conftest import Receiver, closed_port

ALERTS = [make_alert(f"al-{number}") for number in range(25)]


class Log:
    def __init__(self) -> None:
        self.deliveries = []

    def record(self, delivery):
        self.deliveries.append(delivery)


def received_ids(receiver: Receiver, secret: str) -> list[str]:
    ids = []
    for headers, body in receiver.requests:
        verify(headers, body, secret, tolerance_s=60)
        ids.append(json.loads(body)["alert_id"])
    return ids


async def test_a_refusing_receiver_does_not_slow_a_working_one(receiver):
    log = Log()
    policy = RetryPolicy(base_delay=0.05, max_delay=0.2, attempt_timeout=1.0, deadline=1.5)
    async with httpx.AsyncClient() as client:
        outputs = [
            WebhookOutput(client, f"http://127.0.0.1:{closed_port()}/hook", secret="k", name="dead"),
            WebhookOutput(client, receiver.url, secret="k", name="live"),
        ]
        async with Dispatcher(outputs, log=log, policy=policy) as dispatcher:
            started = time.monotonic()
            receipts = [dispatcher.submit(alert) for alert in ALERTS]
            submitted = time.monotonic() - started
            async with asyncio.timeout(1.0):
                while len(receiver.requests) < len(ALERTS):
                    await asyncio.sleep(0.01)
            live_done = time.monotonic() - started
            await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 5.0)
            all_done = time.monotonic() - started
    assert submitted < 0.05
    assert live_done < 1.0
    assert sorted(received_ids(receiver, "k")) == sorted(a.alert_id for a in ALERTS)
    dead = [d for d in log.deliveries if d.output == "dead"]
    assert len(dead) == len(ALERTS) and {d.status for d in dead} == {"failed"}
    # eight in flight at a time: an alert still queued when its deadline passes is never tried
    reasons = [d.reason for d in dead]
    assert [r for r in reasons if "ConnectError" not in r and "first attempt" not in r] == []
    assert max(d.attempts for d in dead) >= 3
    assert 1.2 < all_done < 3.0  # they gave up at the deadline, not before and not much after
    assert dispatcher.counts["live", "delivered"] == len(ALERTS)


async def test_a_receiver_that_comes_back_gets_every_alert_once_after_deduplication():
    receiver = Receiver(port=closed_port(), fail_first=5)  # its first answers get lost, too
    log = Log()
    policy = RetryPolicy(base_delay=0.05, max_delay=0.3, attempt_timeout=1.0, deadline=10.0)
    try:
        async with httpx.AsyncClient() as client:
            output = WebhookOutput(client, receiver.url, secret="k", name="flaky")
            async with Dispatcher([output], log=log, policy=policy) as dispatcher:
                receipts = [dispatcher.submit(alert) for alert in ALERTS]
                await asyncio.sleep(0.8)
                assert receiver.requests == []
                await receiver.start()  # the receiver is back, on the same port
                await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 8.0)
    finally:
        await receiver.stop()
    ids = received_ids(receiver, "k")
    assert len(ids) == len(ALERTS) + 5  # five redeliveries of requests whose answer was a 503
    assert sorted(set(ids)) == sorted(a.alert_id for a in ALERTS)
    assert {d.status for d in log.deliveries} == {"delivered"}

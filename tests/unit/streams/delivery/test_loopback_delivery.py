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
        self.recorded_at = []  # time.monotonic() of each record, in order

    def record(self, delivery):
        self.deliveries.append(delivery)
        self.recorded_at.append(time.monotonic())


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
            # submitting only queues: nothing has been sent when the last submit returns
            assert receiver.requests == []
            await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 10.0)
    # Ordering rather than wall-clock bounds, so that a loaded machine cannot fail the test:
    # every alert reached the working receiver before the dead one's first alert was given up
    # at its deadline, so the dead one's retries held nothing up.
    timeline = sorted(zip(log.recorded_at, log.deliveries, strict=True), key=lambda pair: pair[0])
    live = [at for at, d in timeline if d.output == "live"]
    dead = [(at, d) for at, d in timeline if d.output == "dead"]
    assert sorted(received_ids(receiver, "k")) == sorted(a.alert_id for a in ALERTS)
    assert len(live) == len(ALERTS) and dispatcher.counts["live", "delivered"] == len(ALERTS)
    assert len(dead) == len(ALERTS) and {d.status for _, d in dead} == {"failed"}
    assert max(live) < min(at for at, _ in dead)
    assert min(at for at, _ in dead) - started >= policy.deadline - 0.3  # not given up before
    # eight in flight at a time: an alert still queued when its deadline passes is never tried
    reasons = [d.reason for _, d in dead]
    assert [r for r in reasons if "ConnectError" not in r and "first attempt" not in r] == []
    assert max(d.attempts for _, d in dead) >= 3


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

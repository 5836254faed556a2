"""The retry policy on a fake clock, and the dispatcher's queues: nothing here sleeps for real
except the per-attempt timeout test and the isolation tests, each bounded to well under a second."""

import asyncio

import pytest

from streams.delivery.dispatcher import Clock, Dispatcher, RetryPolicy, deliver
from streams.delivery.outputs import DeliveryError
from tests.factories import make_alert


class FakeClock:
    """Monotonic time that moves only when something sleeps."""

    def __init__(self, draw: float = 1.0) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.draw = draw

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> Clock:
        return Clock(monotonic=lambda: self.now, sleep=self.sleep, random=lambda: self.draw)


class Flaky:
    """Fails ``failures`` times (with ``error``), then accepts; remembers what it got."""

    def __init__(self, name: str = "flaky", failures: int = 0, error: Exception | None = None) -> None:
        self.name = name
        self.failures = failures
        self.error = error or DeliveryError("HTTP 503")
        self.calls = 0
        self.received: list[str] = []

    async def send(self, alert):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        self.received.append(alert.alert_id)


class Hanging:
    def __init__(self, name: str = "hanging") -> None:
        self.name = name
        self.calls = 0

    async def send(self, alert):
        self.calls += 1
        await asyncio.Event().wait()


class Log:
    def __init__(self) -> None:
        self.deliveries = []

    def record(self, delivery):
        self.deliveries.append(delivery)


POLICY = RetryPolicy(base_delay=1.0, max_delay=8.0, attempt_timeout=5.0, deadline=20.0)


def test_full_jitter_backoff_is_uniform_below_a_capped_exponential():
    bounds = [POLICY.backoff(attempt, 1.0) for attempt in range(1, 7)]
    assert bounds == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert POLICY.backoff(3, 0.25) == 1.0
    assert POLICY.backoff(3, 0.0) == 0.0


async def test_a_flaky_output_is_retried_with_backoff_until_delivered():
    fake = FakeClock(draw=0.5)
    output = Flaky(failures=3)
    result = await deliver(output, make_alert(), POLICY, fake.now, fake.clock())
    assert result == ("delivered", 4, "")
    assert fake.sleeps == [0.5, 1.0, 2.0]


async def test_an_output_that_stays_down_fails_at_the_deadline_without_sleeping_past_it():
    fake = FakeClock(draw=1.0)
    output = Flaky(failures=1000)
    status, attempts, reason = await deliver(output, make_alert(), POLICY, fake.now, fake.clock())
    # attempts at t = 0, 1, 3, 7, 15; the next would start at 23, after the 20 s deadline
    assert (status, attempts) == ("failed", 5)
    assert fake.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert "deadline" in reason and "HTTP 503" in reason


async def test_the_deadline_counts_from_submission():
    fake = FakeClock()
    result = await deliver(Flaky(), make_alert(), POLICY, fake.now - 25.0, fake.clock())
    assert result == ("failed", 0, "deadline of 20s passed before the first attempt")


async def test_a_permanent_refusal_is_not_retried():
    fake = FakeClock()
    output = Flaky(failures=5, error=DeliveryError("HTTP 404", permanent=True))
    assert await deliver(output, make_alert(), POLICY, fake.now, fake.clock()) == (
        "failed", 1, "refused: HTTP 404",
    )
    assert fake.sleeps == []


async def test_retry_after_is_honoured_when_longer_than_the_backoff():
    fake = FakeClock(draw=0.1)
    output = Flaky(failures=1, error=DeliveryError("HTTP 429", retry_after=7.0))
    assert (await deliver(output, make_alert(), POLICY, fake.now, fake.clock()))[0] == "delivered"
    assert fake.sleeps == [7.0]


async def test_an_output_bug_is_a_failed_attempt_not_a_dead_worker():
    fake = FakeClock(draw=0.0)
    output = Flaky(failures=1, error=RuntimeError("bug"))
    assert await deliver(output, make_alert(), POLICY, fake.now, fake.clock()) == ("delivered", 2, "")


async def test_each_attempt_has_a_timeout():
    # room for three attempts of 0.05 s even when a loaded machine wakes timers late
    policy = RetryPolicy(base_delay=0.01, max_delay=0.01, attempt_timeout=0.05, deadline=1.0)
    output = Hanging()
    status, attempts, reason = await asyncio.wait_for(
        deliver(output, make_alert(), policy, asyncio.get_running_loop().time(), Clock()), 5.0
    )
    assert status == "failed" and attempts >= 3 and output.calls == attempts
    assert "no answer within" in reason


async def test_a_hanging_output_does_not_hold_up_the_others():
    working, log = Flaky("working"), Log()
    policy = RetryPolicy(attempt_timeout=60, deadline=120)
    async with Dispatcher([Hanging(), working], log=log, policy=policy, concurrency=2) as dispatcher:
        for number in range(20):
            dispatcher.submit(make_alert(f"al-{number}"))
        async with asyncio.timeout(2.0):
            while len(working.received) < 20:
                await asyncio.sleep(0.01)
        assert dispatcher.pending == 20  # the hanging output's: two in flight, eighteen queued
        unfinished = await dispatcher.aclose(timeout=0.05)
    assert unfinished == 20
    assert [(d.output, d.status) for d in log.deliveries] == [("working", "delivered")] * 20


async def test_close_drains_working_outputs_and_does_not_wait_for_failing_ones():
    slow, down = Flaky("slow"), Flaky("down", failures=1000)
    original = slow.send

    async def slow_send(alert):
        await asyncio.sleep(0.01)
        await original(alert)

    slow.send = slow_send
    dispatcher = Dispatcher([slow, down], policy=RetryPolicy(deadline=60), concurrency=1)
    dispatcher.start()
    for number in range(10):
        dispatcher.submit(make_alert(f"al-{number}"))
    started = asyncio.get_running_loop().time()
    unfinished = await dispatcher.aclose(timeout=5.0)
    assert len(slow.received) == 10  # drained although it took ~0.1 s
    assert unfinished == 10  # the failing output's, left owed
    assert asyncio.get_running_loop().time() - started < 1.0


async def test_submit_never_waits_a_full_queue_drops_and_records_the_drop():
    log = Log()
    async with Dispatcher([Hanging()], log=log, queue_size=2, concurrency=1) as dispatcher:
        receipts = [dispatcher.submit(make_alert(f"al-{n}")) for n in range(5)]
        assert dispatcher.counts["hanging", "dropped"] == 3
        dropped = [d for d in log.deliveries if d.status == "failed"]
        assert [d.alert_id for d in dropped] == ["al-2", "al-3", "al-4"]
        assert all(d.attempts == 0 and "already waiting" in d.reason for d in dropped)
        assert [r.done for r in receipts] == [False, False, True, True, True]
        await dispatcher.aclose(timeout=0.05)


async def test_the_receipt_completes_when_every_routed_output_has_an_outcome():
    fake = FakeClock(draw=1.0)
    outputs = [Flaky("a"), Flaky("b", failures=1000)]
    policy = RetryPolicy(deadline=5.0)
    async with Dispatcher(outputs, policy=policy, clock=fake.clock()) as dispatcher:
        deliveries = await asyncio.wait_for(dispatcher.submit(make_alert()).future, 2.0)
    assert sorted((d.output, d.status) for d in deliveries) == [("a", "delivered"), ("b", "failed")]
    failed = next(d for d in deliveries if d.status == "failed")
    assert failed.attempts > 1 and failed.alert_id == "al-1" and failed.subscription_id == "idlib"


async def test_route_chooses_outputs_per_alert():
    slack, mail, log = Flaky("slack"), Flaky("mail"), Log()

    def route(alert):
        return {"idlib": ["slack"], "aleppo": ["slack", "mail"], "lost": ["pager"]}[alert.subscription_id]

    async with Dispatcher([slack, mail], log=log, route=route) as dispatcher:
        receipts = [dispatcher.submit(make_alert(f"al-{s}", s)) for s in ("idlib", "aleppo", "lost")]
        await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 2.0)
    assert slack.received == ["al-idlib", "al-aleppo"]
    assert mail.received == ["al-aleppo"]
    assert [(d.output, d.reason) for d in log.deliveries if d.status == "failed"] == [
        ("pager", "no output named 'pager'")
    ]


async def test_a_failing_log_does_not_stop_delivery():
    class BrokenLog:
        def record(self, delivery):
            raise OSError("disk full")

    output = Flaky()
    async with Dispatcher([output], log=BrokenLog()) as dispatcher:
        await asyncio.wait_for(dispatcher.submit(make_alert()).future, 2.0)
    assert output.received == ["al-1"]


async def test_submit_after_close_is_an_error():
    dispatcher = Dispatcher([Flaky()])
    dispatcher.start()
    await dispatcher.aclose()
    with pytest.raises(RuntimeError, match="not running"):
        dispatcher.submit(make_alert())


def test_two_outputs_with_one_name_are_refused():
    with pytest.raises(ValueError, match="share a name"):
        Dispatcher([Flaky("x"), Flaky("x")])


async def test_outcomes_are_counted_per_output_in_the_metrics_registry():
    from streams.ops.metrics import PipelineMetrics

    metrics = PipelineMetrics()
    fake = FakeClock()
    good, flaky = Flaky("apprise-tgram-1a2b3c4d"), Flaky("webhook", failures=1)
    refused = Flaky("apprise-slack-9f8e7d6c", failures=9, error=DeliveryError("HTTP 404", permanent=True))
    async with Dispatcher([good, flaky, refused], clock=fake.clock(), metrics=metrics) as dispatcher:
        receipts = [dispatcher.submit(make_alert(f"al-{n}")) for n in range(2)]
        await asyncio.wait_for(asyncio.gather(*(r.future for r in receipts)), 2.0)

    def sample(name: str, **labels: str) -> float | None:
        return metrics.registry.get_sample_value(name, labels)

    assert sample("newswatch_deliveries_total", output="apprise-tgram-1a2b3c4d", status="delivered") == 2
    assert sample("newswatch_deliveries_total", output="webhook", status="delivered") == 2
    assert sample("newswatch_delivery_attempts_failed_total", output="webhook") == 1
    assert sample("newswatch_deliveries_total", output="apprise-slack-9f8e7d6c", status="failed") == 2
    assert sample("newswatch_dead_letters_total", stage="deliver:apprise-slack-9f8e7d6c") == 2
    assert sample("newswatch_deliveries_total", output="webhook", status="failed") is None
    assert sample("newswatch_delivery_seconds_count", output="webhook") == 2

"""Alert delivery as its own stage: a queue and a worker per output, retries, a deadline.

``Dispatcher.submit(alert)`` returns at once: the alert joins the bounded queue of each output
it is routed to, and that output's worker delivers it with retries (exponential backoff with
full jitter, each attempt under a timeout) until it is delivered, refused for good, or its
deadline (counted from submission) has passed; then it is dead-lettered. A receiver that is
down or hangs therefore holds up only its own queue: never the pipeline, never another output.
Each output keeps at most ``concurrency`` alerts in flight, so a hanging receiver ties up a
bounded number of connections while its queue waits.

Every outcome, per alert and output, goes to a ``DeliveryLog`` (the SQLite outbox, the
``deliveries`` topic) and to the ``Receipt`` that ``submit`` returned, which completes once
every output the alert was routed to has an outcome: the Kafka notifier commits an offset only
then. Deliveries still queued or in flight at shutdown get no outcome, so the outbox or the
uncommitted offset sends them again after a restart (receivers drop repeats by alert id).

Digests (``streams.delivery.digests``) travel the same way as alerts: a ``Message`` is either.
Outcomes are also counted per output in the process's Prometheus metrics, when given.

The clock, the sleep and the random source are injected, so the retry policy is tested without
waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from streams.delivery.outputs import AlertOutput, DeliveryError, Message
from streams.records import Alert, Delivery
from streams.settings import Settings

if TYPE_CHECKING:
    from streams.ops.metrics import PipelineMetrics

__all__ = ["Clock", "DeliveryLog", "Dispatcher", "Receipt", "RetryPolicy", "deliver"]

LOGGER = logging.getLogger(__name__)

DELIVERED, FAILED = "delivered", "failed"
Route = Callable[[Message], Iterable[str]]


class DeliveryLog(Protocol):
    """Where outcomes are recorded; called on the event loop, must not block for long."""

    def record(self, delivery: Delivery) -> None: ...


@dataclass(frozen=True)
class RetryPolicy:
    base_delay: float = 0.5  # seconds before the first retry, at most
    max_delay: float = 60.0  # cap of the backoff between two attempts
    attempt_timeout: float = 10.0  # one attempt, connection to answer
    deadline: float = 300.0  # from submission to giving up

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(attempt_timeout=settings.delivery_attempt_timeout, deadline=settings.delivery_deadline)

    def backoff(self, attempt: int, draw: float) -> float:
        """The wait after failed attempt number ``attempt`` (1-based), ``draw`` in [0, 1):
        "full jitter", uniform below the exponential bound, so receivers that come back are
        not hit by every sender at the same instant."""
        return draw * min(self.max_delay, self.base_delay * 2 ** (attempt - 1))


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Clock:
    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    random: Callable[[], float] = random.random
    wall: Callable[[], str] = _now_iso


async def deliver(
    output: AlertOutput,
    alert: Message,
    policy: RetryPolicy,
    submitted: float,
    clock: Clock,
    on_attempt: Callable[[bool], None] = lambda ok: None,
) -> tuple[str, int, str]:
    """Try ``output`` until delivered, refused for good or past the deadline:
    ``(status, attempts, reason)``. ``on_attempt`` hears whether each attempt succeeded."""
    deadline_at = submitted + policy.deadline
    attempts, reason = 0, ""
    while True:
        remaining = deadline_at - clock.monotonic()
        if remaining <= 0:
            if not reason:
                when = "during" if attempts else "before"
                return FAILED, attempts, f"deadline of {policy.deadline:g}s passed {when} the first attempt"
            return FAILED, attempts, f"deadline of {policy.deadline:g}s passed; last error: {reason}"
        attempts += 1
        retry_after = None
        timeout = min(policy.attempt_timeout, remaining)
        try:
            async with asyncio.timeout(timeout):
                await output.send(alert)
        except DeliveryError as exc:
            reason, retry_after = str(exc), exc.retry_after
            if exc.permanent:
                return FAILED, attempts, f"refused: {reason}"
        except TimeoutError:
            if timeout < policy.attempt_timeout:  # cut short by the deadline: the loop ends next
                continue
            reason = f"no answer within {timeout:.3g}s"
        except Exception as exc:  # a bug in one output must not stop its worker
            LOGGER.exception("output %s raised on message %s", output.name, alert.message_id)
            reason = f"{type(exc).__name__}: {exc}"
        else:
            on_attempt(True)
            return DELIVERED, attempts, ""
        on_attempt(False)
        delay = max(policy.backoff(attempts, clock.random()), retry_after or 0.0)
        if clock.monotonic() + delay >= deadline_at:
            return FAILED, attempts, f"gave up within the {policy.deadline:g}s deadline; last error: {reason}"
        await clock.sleep(delay)


class Receipt:
    """Completes with one ``Delivery`` per routed output once all have an outcome."""

    def __init__(self, expected: int) -> None:
        self.future: asyncio.Future[list[Delivery]] = asyncio.get_running_loop().create_future()
        self._expected = expected
        self._outcomes: list[Delivery] = []
        if expected == 0:
            self.future.set_result([])

    def add(self, delivery: Delivery) -> None:
        self._outcomes.append(delivery)
        if len(self._outcomes) == self._expected and not self.future.done():
            self.future.set_result(list(self._outcomes))

    @property
    def done(self) -> bool:
        return self.future.done()


@dataclass
class _Job:
    alert: Message
    submitted: float
    submitted_at: str
    receipt: Receipt


@dataclass
class _Lane:
    output: AlertOutput
    queue: asyncio.Queue[_Job]
    worker: asyncio.Task[None] | None = None
    in_flight: set[asyncio.Task[None]] = field(default_factory=set)
    failing: bool = False  # the last attempt on this output failed

    @property
    def busy(self) -> bool:
        return bool(self.queue.qsize() or self.in_flight)


class Dispatcher:
    """Delivers alerts to outputs without ever making the caller wait for a receiver."""

    def __init__(
        self,
        outputs: Sequence[AlertOutput],
        *,
        log: DeliveryLog | None = None,
        policy: RetryPolicy | None = None,
        queue_size: int = 1000,
        concurrency: int = 8,
        route: Route | None = None,
        clock: Clock | None = None,
        metrics: PipelineMetrics | None = None,
    ) -> None:
        names = [output.name for output in outputs]
        if len(set(names)) != len(names):
            raise ValueError(f"two outputs share a name: {sorted(names)}")
        self.policy = policy or RetryPolicy()
        self.counts: Counter[tuple[str, str]] = Counter()  # (output, delivered | failed | dropped)
        self._queue_size, self._concurrency = queue_size, concurrency
        self._lanes = {output.name: _Lane(output, asyncio.Queue(queue_size)) for output in outputs}
        self._log = log
        self._route = route
        self._clock = clock or Clock()
        self._metrics = metrics
        self._slots = {name: asyncio.Semaphore(concurrency) for name in self._lanes}
        self._progress = asyncio.Event()  # set when a delivery ends or an output's health changes
        self._open = False

    @property
    def outputs(self) -> list[str]:
        return list(self._lanes)

    @property
    def pending(self) -> int:
        """Alerts queued or in flight, over all outputs."""
        return sum(lane.queue.qsize() + len(lane.in_flight) for lane in self._lanes.values())

    async def __aenter__(self) -> Dispatcher:
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def start(self) -> None:
        for lane in self._lanes.values():
            self._start_lane(lane)
        self._open = True

    def route_by(self, route: Route) -> None:
        """Choose each alert's outputs with ``route`` from now on."""
        self._route = route

    def add_output(self, output: AlertOutput) -> None:
        """Deliver to one more output from now on (a subscription's own channel); an output
        of a known name is not added twice."""
        if output.name in self._lanes:
            return
        lane = _Lane(output, asyncio.Queue(self._queue_size))
        self._lanes[output.name] = lane
        self._slots[output.name] = asyncio.Semaphore(self._concurrency)
        if self._open:
            self._start_lane(lane)

    def _start_lane(self, lane: _Lane) -> None:
        lane.worker = asyncio.create_task(self._work(lane), name=f"deliver:{lane.output.name}")

    def routes(self, message: Message) -> list[str]:
        """The outputs ``message`` goes to."""
        return list(self._route(message)) if self._route else list(self._lanes)

    def submit(self, alert: Message, only: Collection[str] | None = None) -> Receipt:
        """Queue ``alert`` (or a digest) for each output it is routed to (restricted to
        ``only``, when given); returns at once. A full queue drops it for that output,
        recorded as a failure."""
        if not self._open:
            raise RuntimeError("the dispatcher is not running (start it, or it was closed)")
        names = self.routes(alert)
        if only is not None:
            names = [name for name in names if name in only]
        receipt = Receipt(len(names))
        job = _Job(alert, self._clock.monotonic(), self._clock.wall(), receipt)
        for name in names:
            lane = self._lanes.get(name)
            if lane is None:
                self._finish(name, job, FAILED, 0, f"no output named {name!r}")
                continue
            try:
                lane.queue.put_nowait(job)
            except asyncio.QueueFull:
                self.counts[name, "dropped"] += 1
                reason = f"dropped: {lane.queue.maxsize} alerts already waiting for {name}"
                self._finish(name, job, FAILED, 0, reason)
        return receipt

    async def wait_for_room(self, only: Collection[str] | None = None) -> None:
        """Wait until the queues of ``only`` (default: every output) can take an alert, for
        callers that would rather wait than drop (re-sending a backlog from the outbox)."""
        lanes = [lane for name, lane in self._lanes.items() if only is None or name in only]
        while any(lane.queue.full() for lane in lanes):
            self._progress.clear()
            await self._progress.wait()

    async def aclose(self, timeout: float = 5.0) -> int:
        """Stop taking alerts and give the queued ones up to ``timeout`` seconds, then stop the
        workers. Outputs whose last attempt failed are not waited for: a receiver that is down
        now will hardly be back within seconds, and what it is owed stays owed (outbox,
        uncommitted offset). Returns how many deliveries were left without an outcome (again
        on a second call, without waiting)."""
        if not self._open:
            return self.pending
        self._open = False
        loop = asyncio.get_running_loop()
        until = loop.time() + timeout
        while any(lane.busy and not lane.failing for lane in self._lanes.values()):
            self._progress.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._progress.wait(), until - loop.time())
            if loop.time() >= until:
                break
        unfinished = self.pending
        tasks = [lane.worker for lane in self._lanes.values() if lane.worker is not None]
        tasks += [task for lane in self._lanes.values() for task in lane.in_flight]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if unfinished:
            LOGGER.warning(
                "%d deliveries unfinished at shutdown; they stay undelivered and are sent again "
                "after a restart", unfinished,
            )
        return unfinished

    async def _work(self, lane: _Lane) -> None:
        slots = self._slots[lane.output.name]
        while True:
            await slots.acquire()  # before taking a job, so a job is always queued or in flight
            job = await lane.queue.get()
            task = asyncio.create_task(self._deliver(lane, job))
            lane.in_flight.add(task)
            task.add_done_callback(lane.in_flight.discard)
            task.add_done_callback(lambda _: self._done(lane, slots))

    def _done(self, lane: _Lane, slots: asyncio.Semaphore) -> None:
        slots.release()
        self._progress.set()

    def _attempted(self, lane: _Lane, ok: bool) -> None:
        if not ok and self._metrics is not None:
            self._metrics.delivery_attempts_failed.labels(lane.output.name).inc()
        if lane.failing == ok:
            lane.failing = not ok
            self._progress.set()

    async def _deliver(self, lane: _Lane, job: _Job) -> None:
        status, attempts, reason = await deliver(
            lane.output, job.alert, self.policy, job.submitted, self._clock,
            lambda ok: self._attempted(lane, ok),
        )
        self._finish(lane.output.name, job, status, attempts, reason)

    def _finish(self, name: str, job: _Job, status: str, attempts: int, reason: str) -> None:
        message = job.alert
        delivery = Delivery(
            alert_id=message.message_id,
            output=name,
            status=status,
            attempts=attempts,
            reason=reason,
            submitted_at=job.submitted_at,
            finished_at=self._clock.wall(),
            subscription_id=message.subscription_id,
            incident_id=message.incident_id if isinstance(message, Alert) else "",
        )
        self.counts[name, status] += 1
        if self._metrics is not None:
            self._metrics.delivery_finished(name, status, self._clock.monotonic() - job.submitted)
        if status == FAILED:
            LOGGER.warning("%s %s not delivered to %s: %s", message.kind, message.message_id, name, reason)
        if self._log is not None:
            try:
                self._log.record(delivery)
            except Exception:  # the outcome still completes the receipt; the log says why
                LOGGER.exception("could not record the delivery of %s to %s", message.message_id, name)
        job.receipt.add(delivery)

"""`newswatch worker` + `newswatch notifier` against the real services: every alert the worker
publishes reaches a loopback webhook receiver, signed."""

from __future__ import annotations

import asyncio
import json
import time

from pipeline_run import PipelineRun, Snapshot

from crawlers.fixture_sites import FixtureSites
from streams.delivery.signing import verify
from tests.unit.streams.delivery.conftest import Receiver

SECRET = "worker-notifier-secret"


async def test_worker_and_notifier_deliver_every_alert_as_a_signed_webhook(kafka_bootstrap, es):
    receiver = await Receiver().start()
    run = PipelineRun(
        notifiers=1,
        extra_env={"NEWSWATCH_WEBHOOK_URL": receiver.url, "NEWSWATCH_WEBHOOK_SECRET": SECRET},
    )

    async def every_alert_received(snapshot: Snapshot) -> None:
        wanted = {alert["alert_id"] for alert in snapshot.alerts_on_topic}
        deadline = time.monotonic() + 60
        while not wanted <= {json.loads(body)["alert_id"] for _, body in receiver.requests}:
            assert time.monotonic() < deadline, f"webhooks missing; notifier log in {run.workdir}"
            await asyncio.sleep(0.5)

    try:
        async with FixtureSites(slow_delay=0.5) as sites:
            expected = [p for p in sites.pages if p.published and p.expected in ("article", "duplicate")]
            snapshot = await run.run(
                sites, expected_articles=len(expected), timeout=240, settled=every_alert_received
            )
    finally:
        await receiver.stop()
        await run.cleanup()
    assert snapshot.alerts_on_topic, "the fixture sites raise alerts"
    received = []
    for headers, body in receiver.requests:
        verify(headers, body, SECRET, tolerance_s=600)
        received.append(json.loads(body)["alert_id"])
        assert headers["X-Newswatch-Alert-Id"] == received[-1]
    assert set(received) == {alert["alert_id"] for alert in snapshot.alerts_on_topic}
    run.remove_logs()

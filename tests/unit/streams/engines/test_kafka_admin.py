"""Topic creation waits for a broker that does not answer yet, within a bound (no broker here:
a port nothing listens on)."""

from __future__ import annotations

import logging
import socket
import time

import pytest
from aiokafka.errors import KafkaConnectionError

from streams.engines.kafka import admin
from streams.settings import Settings


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_broker_that_never_answers_is_retried_until_the_bound_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(admin, "READY_TIMEOUT", 2.0)
    settings = Settings(kafka_bootstrap=f"127.0.0.1:{_closed_port()}")
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger=admin.__name__), pytest.raises(KafkaConnectionError):
        await admin.ensure_topics(settings)
    assert time.monotonic() - started >= 2.0  # retried, not given up at the first refusal
    warnings = [r.getMessage() for r in caplog.records if r.name == admin.__name__]
    assert len(warnings) == 1 and "does not answer" in warnings[0]

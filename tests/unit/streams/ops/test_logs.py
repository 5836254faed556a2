"""JSON logs: one object per line with time, level, logger, message and extra fields; a Kafka
outage logged as a few warnings."""

from __future__ import annotations

import json
import logging
import time

import pytest

from streams.ops.logs import BrokerOutageFilter, configure_logging
from streams.settings import Settings


@pytest.fixture(autouse=True)
def restore_logging() -> object:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_json_lines_carry_extra_fields_and_arabic_as_is(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(log_format="json"), verbosity=1)
    logging.getLogger("newswatch.test").info("skipped %s", "مقال", extra={"stage": "crawl:robots"})
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["level"] == "INFO" and line["logger"] == "newswatch.test"
    assert line["message"] == "skipped مقال" and line["stage"] == "crawl:robots"
    assert line["time"].endswith("+00:00")


def test_the_flag_overrides_text_settings(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(), verbosity=0, json_logs=True)
    logging.getLogger("x").warning("w")
    assert json.loads(capsys.readouterr().err.strip().splitlines()[-1])["level"] == "WARNING"


def test_text_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(), verbosity=0)
    logging.getLogger("x").warning("plain")
    assert capsys.readouterr().err.strip().endswith("WARNING x: plain")


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def lines(self) -> list[str]:
        return [f"{r.levelname} {r.name}: {r.getMessage()}" for r in self.records]

    def wait_for(self, text: str, count: int = 1, timeout: float = 10.0) -> list[str]:
        """The lines containing ``text`` once there are ``count`` of them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [line for line in self.lines() if text in line]
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"not {count} {text!r} in {timeout} s: {self.lines()}")


def _records(outage_filter: BrokerOutageFilter) -> Records:
    """Every record reaching the root logger, through a handler with ``outage_filter``."""
    handler = Records()
    handler.addFilter(outage_filter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    return handler


def _outage(errors: int) -> None:
    """What aiokafka logs while a broker is away (as in a worker's log of a broker restart)."""
    for _ in range(errors):
        logging.getLogger("aiokafka").error(
            "Unable connect to node with id %s: %s", 1, "[Errno 111] Connect call failed ('127.0.0.1', 9092)"
        )
        logging.getLogger("aiokafka").error("Unable to update metadata from %s", [1])
        logging.getLogger("aiokafka.consumer.fetcher").error(
            "Failed fetch messages from %s: %s", 1, "NodeNotReadyError: Attempt to send a request to node"
        )
        logging.getLogger("aiokafka.producer.sender").warning(
            "Got error produce response: %s", "KafkaConnectionError: Connection at 127.0.0.1:9092 closed"
        )


def test_a_broker_outage_is_one_warning_and_one_when_it_answers_again() -> None:
    records = _records(BrokerOutageFilter(quiet=1.0))
    _outage(errors=300)
    assert records.lines() == [
        "WARNING aiokafka: Kafka unreachable: Unable connect to node with id 1: [Errno 111] Connect call "
        "failed ('127.0.0.1', 9092); the clients keep retrying, and their repeated connection errors are "
        "left out of the log until it answers again"
    ]
    (back,) = records.wait_for("Kafka answers again")
    assert back.startswith("WARNING streams.ops.logs: Kafka answers again: no connection error for 1 s; ")
    assert back.endswith(
        "1199 connection errors left out (aiokafka: 599, aiokafka.consumer.fetcher: 300, "
        "aiokafka.producer.sender: 300)"
    )
    assert len(records.records) == 2


def test_a_second_outage_is_reported_again() -> None:
    records = _records(BrokerOutageFilter(quiet=1.0))
    _outage(errors=2)
    records.wait_for("Kafka answers again")
    _outage(errors=3)
    records.wait_for("Kafka answers again", count=2)
    outages = ["Kafka unreachable", "Kafka answers again"] * 2
    assert [line.split(": ")[1] for line in records.lines()] == outages
    assert records.lines()[-1].endswith(
        "11 connection errors left out (aiokafka: 5, aiokafka.consumer.fetcher: 3, "
        "aiokafka.producer.sender: 3)"
    )


def test_a_long_outage_is_recalled_every_remind_seconds() -> None:
    records = _records(BrokerOutageFilter(quiet=5.0, remind=0.2))
    _outage(errors=2)
    for _ in range(2):
        time.sleep(0.25)  # errors keep coming, and more than ``remind`` seconds have passed
        _outage(errors=2)
    still = [line for line in records.lines() if "still unreachable" in line]
    assert len(still) == 2, records.lines()
    assert still[1].startswith("WARNING aiokafka: Kafka still unreachable after 1 s (")  # 0.5 s
    assert still[1].endswith("(14 connection errors left out so far)")
    assert len(records.lines()) == 3, "one line for the outage and one per reminder"


def test_another_repeated_kafka_client_error_is_let_through_once_per_remind_seconds() -> None:
    records = _records(BrokerOutageFilter(remind=0.2))
    coordinator = logging.getLogger("aiokafka.consumer.group_coordinator")
    failed = "OffsetCommit failed for group %s due to group error (%s), will rejoin"
    for _ in range(14):  # once per partition, after the broker forgot the member
        coordinator.error(failed, "g", "[Error 25] UnknownMemberIdError: g")
    coordinator.error(failed, "other-group", "[Error 25] UnknownMemberIdError: other-group")
    time.sleep(0.25)  # more than ``remind`` seconds later
    coordinator.error(failed, "g", "[Error 25] UnknownMemberIdError: g")
    first = "ERROR aiokafka.consumer.group_coordinator: OffsetCommit failed for group g due to group error "
    first += "([Error 25] UnknownMemberIdError: g), will rejoin"
    lines = records.lines()
    assert lines[:2] == [first, first.replace(" g ", " other-group ").replace(": g)", ": other-group)")]
    assert lines[2].startswith(first + " (13 more in the 0 s before, left out)"), lines
    assert len(lines) == 3


def test_other_records_pass_as_they_are() -> None:
    records = _records(BrokerOutageFilter())
    logging.getLogger("aiokafka.consumer.group_coordinator").warning("Marking the coordinator dead")
    logging.getLogger("aiokafka").info("Unable to update metadata from [1]")  # below WARNING
    logging.getLogger("streams.engines.kafka.indexing").error("KafkaConnectionError while indexing")
    assert records.lines() == [
        "WARNING aiokafka.consumer.group_coordinator: Marking the coordinator dead",
        "INFO aiokafka: Unable to update metadata from [1]",
        "ERROR streams.engines.kafka.indexing: KafkaConnectionError while indexing",
    ]


def test_every_command_logs_through_the_outage_filter() -> None:
    configure_logging(Settings(), verbosity=0)
    (handler,) = logging.getLogger().handlers
    assert any(isinstance(f, BrokerOutageFilter) for f in handler.filters)


def _buffer_full(sizes: range) -> None:
    """What faust logs while its producer holds table changes Kafka does not take."""
    for size in sizes:
        logging.getLogger("faust.transport.producer").warning(f"producer buffer full size {size}")


def test_table_changes_held_during_an_outage_are_counted_with_it() -> None:
    records = _records(BrokerOutageFilter(quiet=1.0))
    _outage(errors=1)
    _buffer_full(range(101, 150))
    (back,) = records.wait_for("Kafka answers again")
    assert "faust.transport.producer: 49" in back
    assert len(records.records) == 2


def test_a_full_producer_buffer_without_an_outage_is_let_through_once_per_remind_seconds() -> None:
    records = _records(BrokerOutageFilter(remind=0.2))
    _buffer_full(range(101, 120))
    time.sleep(0.25)
    _buffer_full(range(120, 121))
    assert records.lines() == [
        "WARNING faust.transport.producer: producer buffer full size 101",
        "WARNING faust.transport.producer: producer buffer full size 120"
        " (18 more in the 0 s before, left out)",
    ]

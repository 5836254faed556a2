"""JSON logs: one object per line with time, level, logger, message and extra fields."""

from __future__ import annotations

import json
import logging

import pytest

from streams.ops.logs import configure_logging
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

"""Logging set-up for every command: readable lines for people, JSON lines for log shippers.

``NEWSWATCH_LOG_FORMAT=json`` (or ``newswatch --log-json``) writes one JSON object per record
with ``time``, ``level``, ``logger``, ``message``, the exception if any, and every ``extra=``
field, so that a log pipeline can filter by stage or source without parsing text.
"""

from __future__ import annotations

import logging
import sys

from pythonjsonlogger.json import JsonFormatter

from streams.settings import Settings

__all__ = ["configure_logging"]

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)


def configure_logging(settings: Settings, verbosity: int = 0, *, json_logs: bool = False) -> None:
    """Configure the root logger once per process (replaces handlers set before)."""
    handler = logging.StreamHandler(sys.stderr)
    if json_logs or settings.log_format == "json":
        handler.setFormatter(
            JsonFormatter(
                "%(levelname)s %(name)s %(message)s",
                rename_fields={"levelname": "level", "name": "logger"},
                timestamp="time",  # ISO 8601, UTC
                json_ensure_ascii=False,
            )
        )
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=LEVELS[min(verbosity, len(LEVELS) - 1)], handlers=[handler], force=True)

"""``newswatch worker``: the Faust worker, started programmatically."""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path
from typing import Any

from streams.settings import Settings

__all__ = ["await_chain", "log_agent_stacks", "run_worker"]

LOGGER = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIRS = tuple(str(ROOT / name) + "/" for name in ("streams", "indexer", "crawlers"))


def run_worker(settings: Settings, loglevel: str = "info") -> int:
    """Run the worker until SIGTERM/SIGINT; the app reads the same settings (``get_settings``).

    ``kill -USR2 <pid>`` logs where each of newswatch's agents is waiting.
    """
    import faust

    from streams.distributed.agents import app

    LOGGER.info("worker for %s (topics prefixed %r)", settings.kafka_bootstrap, settings.topic_prefix)
    worker = faust.Worker(app, loglevel=loglevel)
    worker.loop.add_signal_handler(signal.SIGUSR2, log_agent_stacks)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def log_agent_stacks() -> None:
    """Log, for every asyncio task running newswatch code, the chain of awaits it is suspended
    in, down to the future it waits for: a stalled stream shows where it is stuck."""
    for task in asyncio.all_tasks():
        chain = await_chain(task.get_coro())
        if any(line.startswith(PACKAGE_DIRS) for line in chain):
            LOGGER.warning("task %s waits in:\n  %s", task.get_name(), "\n  ".join(chain))


def await_chain(awaitable: Any) -> list[str]:
    """``file:line function`` of each coroutine in an await chain, then what the last awaits."""
    chain = []
    while awaitable is not None:
        frame = getattr(awaitable, "cr_frame", None) or getattr(awaitable, "gi_frame", None)
        if frame is None:
            chain.append(repr(awaitable)[:300])
            break
        chain.append(f"{frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}")
        awaitable = getattr(awaitable, "cr_await", None) or getattr(awaitable, "gi_yieldfrom", None)
    return chain

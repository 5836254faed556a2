"""Faults in the middle of a run of the distributed engine, each ending in the state of the
one-worker reference run (``reference_run.same_state``): every worker replaced in turn by a
SIGTERM rolling restart, and the broker SIGKILLed and started again.

(A worker SIGKILLed while another takes over is ``test_distributed.py``'s ``one-sigkilled``.)
The broker that is restarted is the test's own (``private_broker.py``): the shared one serves
other test runs and must never stop.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_run import PipelineRun
from private_broker import PrivateBroker
from reference_run import Result, run_fixture_sites, same_state

pytestmark = pytest.mark.integration

READY_TIMEOUT = 90.0  # seconds a new worker has to join the group and log that it is ready
STOP_TIMEOUT = 30.0  # seconds a SIGTERMed worker has to leave the group and exit
BROKER_DOWN = 5.0  # seconds between the broker's SIGKILL and its restart
MAX_NOISE = 20  # warning/error lines a worker may log for the whole run with the restart
NOISE = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) |^Traceback")  # streams.ops.logs.TEXT_FORMAT


def _log(run: PipelineRun, worker: subprocess.Popen[bytes]) -> Path:
    return run.workdir / f"worker-{run.processes.index(worker)}.log"


async def _until_ready(run: PipelineRun, worker: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while "Worker]: Ready" not in _log(run, worker).read_text(errors="replace"):
        assert worker.poll() is None, f"worker exited with {worker.returncode}; logs in {run.workdir}"
        assert time.monotonic() < deadline, f"worker not ready in {READY_TIMEOUT}s; logs in {run.workdir}"
        await asyncio.sleep(0.5)


async def _until_exited(worker: subprocess.Popen[bytes], timeout: float) -> int | None:
    """The worker's exit code, or None if it still runs after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while worker.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    return worker.poll()


def test_a_sigterm_rolling_restart_of_every_worker_gives_the_same_state(reference: Result) -> None:
    """Each of two workers in turn: a new one starts and is ready, then the old one gets SIGTERM
    and must hand over its partitions and exit cleanly, while articles keep coming."""
    exits: list[int | None] = []

    async def roll(r: PipelineRun) -> None:
        for old in list(r.processes):
            await _until_ready(r, r.start_worker())
            old.terminate()
            exits.append(await _until_exited(old, STOP_TIMEOUT))

    expected, pages, _ = reference
    run = PipelineRun(workers=2)
    with run.cleaned_up_unless_failed():
        snapshot, _, _ = asyncio.run(run_fixture_sites(run, roll))
        assert exits == [0, 0], f"exit codes after SIGTERM (None: still running after {STOP_TIMEOUT}s)"
        same_state(snapshot, expected, pages)
        assert [worker.returncode for worker in run.processes] == [0] * 4, "a worker crashed"


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[PrivateBroker]:
    broker = PrivateBroker(tmp_path / "kafka")
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


def test_a_broker_restart_gives_the_same_state_and_a_few_clear_warnings(
    reference: Result, broker: PrivateBroker
) -> None:
    """Two workers on the test's own broker, which is SIGKILLed once a few articles are in and
    started again ``BROKER_DOWN`` seconds later. Each worker logs a handful of warning lines that
    say the broker was unreachable and is back, not a line per failed request."""

    async def restart(r: PipelineRun) -> None:
        await asyncio.to_thread(broker.kill)
        await asyncio.sleep(BROKER_DOWN)
        await asyncio.to_thread(broker.start)

    expected, pages, _ = reference
    run = PipelineRun(workers=2, bootstrap=broker.address)
    with run.cleaned_up_unless_failed():
        snapshot, _, _ = asyncio.run(run_fixture_sites(run, restart))
        same_state(snapshot, expected, pages)
        assert [worker.returncode for worker in run.processes] == [0, 0], "a worker crashed"
        for worker in run.processes:
            log = _log(run, worker).read_text(errors="replace")
            noisy = [line for line in log.splitlines() if NOISE.search(line)]
            print(f"{_log(run, worker).name}: {len(noisy)} warning/error lines", *noisy, sep="\n")
            assert len(noisy) <= MAX_NOISE, f"{len(noisy)} warning/error lines; logs in {run.workdir}"
            assert "Kafka unreachable" in log and "Kafka answers again" in log, f"logs in {run.workdir}"

"""A Kafka broker of a test's own, which the test may SIGKILL and start again.

The shared broker (127.0.0.1:9092) serves other test runs at the same time and must never be
stopped, so the broker-restart test runs a second single-node KRaft broker on free loopback
ports with its data, logs and pid file in a temporary folder. ``infra/kafka.sh`` starts it, with
the configuration and the jars of the shared one (found under the repository's ``.state``, or
``NEWSWATCH_STATE_DIR``, as the script finds them). Every wait is bounded.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from tcp_proxy import free_port

__all__ = ["PrivateBroker"]

KAFKA_SH = Path(__file__).resolve().parents[2] / "infra" / "kafka.sh"
START_TIMEOUT = 120  # seconds infra/kafka.sh waits for the broker to answer
STOP_TIMEOUT = 30.0  # seconds a SIGTERMed broker has before it is SIGKILLed


class PrivateBroker:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.controller_port = free_port()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the broker (formatting its storage on the first start) and wait until it
        answers; raises with the end of its log if it does not within ``START_TIMEOUT``."""
        env = {
            **os.environ,
            "NEWSWATCH_KAFKA_DIR": str(self.directory),
            "NEWSWATCH_KAFKA_PORT": str(self.port),
            "NEWSWATCH_KAFKA_CONTROLLER_PORT": str(self.controller_port),
            "NEWSWATCH_KAFKA_HEAP": "256m",
            "NEWSWATCH_START_TIMEOUT": str(START_TIMEOUT),
        }
        done = subprocess.run(
            [str(KAFKA_SH), "start"], env=env, capture_output=True, text=True, timeout=START_TIMEOUT + 60
        )
        if done.returncode != 0:
            raise RuntimeError(f"private broker did not start on {self.address}:\n{done.stderr[-4000:]}")

    def kill(self) -> None:
        """SIGKILL the broker, as a crash would; returns once it is gone."""
        self._signal(signal.SIGKILL, STOP_TIMEOUT)

    def stop(self) -> None:
        """SIGTERM the broker, SIGKILL it if it has not stopped after ``STOP_TIMEOUT``."""
        if not self._signal(signal.SIGTERM, STOP_TIMEOUT):
            self._signal(signal.SIGKILL, STOP_TIMEOUT)

    def _signal(self, signum: signal.Signals, timeout: float) -> bool:
        """Send ``signum`` to this broker's JVM; True once it has exited and its port is closed
        (or it was not running)."""
        pid = self._pid()
        if pid is None:
            return True
        os.kill(pid, signum)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not _running(pid) and not _listening(self.port):
                # an exited JVM may stay a zombie for a while, which infra/kafka.sh would take
                # for a running broker
                (self.directory / "kafka.pid").unlink(missing_ok=True)
                return True
            time.sleep(0.2)
        return False

    def _pid(self) -> int | None:
        """The pid of this broker's JVM: the pid file's process, if its command line names this
        broker's folder (never another process that got the pid after it)."""
        try:
            pid = int((self.directory / "kafka.pid").read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return pid if str(self.directory).encode() in cmdline else None


def _running(pid: int) -> bool:
    """The process exists and has not exited (a zombie has)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0

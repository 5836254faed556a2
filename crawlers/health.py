"""A source's health, folded from the states of its targets (feeds, sitemaps, section pages).

One rule for every place that shows it: the run summary and its exit code, the per-source
metrics, ``newswatch status`` and the API's health. Each target's ``TargetState`` already
carries what a poll left (its last success, its failures in a row, the reason of the last
one) and is persisted by both engines, so every reader, in any process, folds the same
records the same way:

- consecutive failures  the failed polls since each target's last success, summed: a source
                        is failing while any of its targets is;
- last success          the latest success of any of its targets;
- last error            the target that failed most in a row, with the reason it gave.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from crawlers.schedule import TargetState

__all__ = ["SourceHealth", "failing", "source_health"]


@dataclass(frozen=True)
class SourceHealth:
    source_id: str
    targets: int
    failing_targets: int
    consecutive_failures: int
    last_success: float | None  # epoch seconds
    last_error: str | None  # "URL: reason" of the target that failed most in a row

    @property
    def failing(self) -> bool:
        return self.consecutive_failures > 0

    @property
    def never_succeeded(self) -> bool:
        return self.last_success is None

    def describe(self) -> str:
        """One line for a terminal (the run summary, ``newswatch status``)."""
        last = self.to_dict()["last_success"] or "never"
        return (
            f"{self.consecutive_failures} failed poll(s) in a row "
            f"({self.failing_targets} of {self.targets} feeds/sitemaps/sections), "
            f"last success {last}, last error: {self.last_error}"
        )

    def to_dict(self) -> dict[str, Any]:
        """As JSON shows it: ``last_success`` in ISO 8601 (UTC)."""
        last = None if self.last_success is None else datetime.fromtimestamp(self.last_success, UTC)
        return {
            "source_id": self.source_id,
            "targets": self.targets,
            "failing_targets": self.failing_targets,
            "consecutive_failures": self.consecutive_failures,
            "last_success": last.isoformat(timespec="seconds") if last else None,
            "last_error": self.last_error,
        }


def source_health(states: Iterable[TargetState]) -> dict[str, SourceHealth]:
    """Each source's health from the states of its targets, by source id."""
    by_source: dict[str, list[TargetState]] = {}
    for state in states:
        by_source.setdefault(state.source_id, []).append(state)
    return {source_id: _fold(source_id, targets) for source_id, targets in sorted(by_source.items())}


def _fold(source_id: str, targets: list[TargetState]) -> SourceHealth:
    successes = [t.last_success for t in targets if t.last_success is not None]
    failed = [t for t in targets if t.failures]
    worst = max(failed, key=lambda t: t.failures, default=None)
    return SourceHealth(
        source_id=source_id,
        targets=len(targets),
        failing_targets=len(failed),
        consecutive_failures=sum(t.failures for t in failed),
        last_success=max(successes, default=None),
        last_error=f"{worst.url}: {worst.last_error or 'failed'}" if worst else None,
    )


def failing(health: dict[str, SourceHealth]) -> list[SourceHealth]:
    """The failing sources, by name."""
    return [h for _, h in sorted(health.items()) if h.failing]

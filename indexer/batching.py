"""Group records into bulk requests: flush at ``max_docs`` records or ``max_wait`` seconds.

A stream hands records over one at a time; Elasticsearch wants them by the hundred. The
batcher sits between the two so a busy stream sends full bulks and a quiet one still reaches
the index within ``max_wait`` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["Batcher"]

LOGGER = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class Batcher(Generic[T, R]):
    """Collects items and calls ``flush_fn(batch)`` by size or by time, one flush at a time."""

    def __init__(
        self,
        flush_fn: Callable[[Sequence[T]], Awaitable[R]],
        *,
        max_docs: int = 500,
        max_wait: float = 1.0,
    ) -> None:
        self._flush_fn = flush_fn
        self.max_docs = max_docs
        self.max_wait = max_wait
        self._items: list[T] = []
        self._lock = asyncio.Lock()
        self._timer: asyncio.TimerHandle | None = None
        self._pending: set[asyncio.Task[R | None]] = set()
        self.results: list[R] = []

    def __len__(self) -> int:
        return len(self._items)

    async def add(self, item: T) -> R | None:
        """Queue one item; flushes (and waits for it) when the batch is full."""
        self._items.append(item)
        if len(self._items) >= self.max_docs:
            return await self.flush()
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self.max_wait, self._flush_soon)
        return None

    def _flush_soon(self) -> None:
        self._timer = None
        task = asyncio.ensure_future(self.flush())
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def flush(self) -> R | None:
        """Send what is queued now; returns what ``flush_fn`` returned, or None if empty."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        async with self._lock:
            batch, self._items = self._items, []
            if not batch:
                return None
            result = await self._flush_fn(batch)
            self.results.append(result)
            return result

    async def aclose(self) -> None:
        """Flush the rest and wait for timer-started flushes."""
        await self.flush()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*self._pending)

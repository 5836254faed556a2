"""The batcher flushes by size and by time, and flushes the rest on close."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from indexer.batching import Batcher


class Recorder:
    def __init__(self) -> None:
        self.batches: list[list[int]] = []

    async def __call__(self, batch: Sequence[int]) -> int:
        self.batches.append(list(batch))
        return len(batch)


async def test_flushes_when_full() -> None:
    rec = Recorder()
    batcher = Batcher(rec, max_docs=3, max_wait=60)
    results = [await batcher.add(i) for i in range(7)]
    assert rec.batches == [[0, 1, 2], [3, 4, 5]]
    assert results[2] == 3 and results[5] == 3
    await batcher.aclose()
    assert rec.batches[-1] == [6]


async def test_flushes_after_max_wait() -> None:
    rec = Recorder()
    batcher = Batcher(rec, max_docs=100, max_wait=0.05)
    await batcher.add(1)
    await batcher.add(2)
    await asyncio.sleep(0.2)
    assert rec.batches == [[1, 2]]
    assert len(batcher) == 0
    await batcher.aclose()
    assert rec.batches == [[1, 2]]


async def test_empty_flush_sends_nothing() -> None:
    rec = Recorder()
    batcher = Batcher(rec)
    assert await batcher.flush() is None
    await batcher.aclose()
    assert rec.batches == []

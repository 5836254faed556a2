"""What a search returns, whichever store answered it (SQLite FTS5 or Elasticsearch)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SearchHit"]


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str
    url: str
    source_id: str
    published_at: str | None
    snippet: str
    score: float

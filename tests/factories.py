"""Small records for tests that need a stored article without crawling one."""

from __future__ import annotations

from typing import Any

from streams.records import Article


def make_article(article_id: str, title: str, text: str, **extra: Any) -> Article:
    return Article(
        article_id=article_id,
        url=f"http://a.test/{article_id}",
        canonical_url=f"http://a.test/{article_id}",
        source_id="a",
        title=title,
        text=text,
        published_at="2020-01-22",
        fetched_at="2020-01-22T10:00:00",
        lang="ar",
        content_hash=f"h-{article_id}",
        **extra,
    )

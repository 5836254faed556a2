"""Full-text search over the articles in Elasticsearch, for ``newswatch search``.

The query is normalised with ``streams.extraction.arabic.normalize`` (the same rules that filled the
``*_norm`` fields), so a diacritised query finds undiacritised text and every alef/hamza or
ta marbuta spelling finds the others. The fields analysed by the cluster (``arabic`` where it
exists) add stemmed matches on top.
"""

from __future__ import annotations

import logging
from typing import Any

from elasticsearch import AsyncElasticsearch

from indexer.search import SearchHit
from indexer.templates import DEFAULT_PREFIX, names
from streams.extraction.arabic import normalize

__all__ = ["build_query", "search"]

LOGGER = logging.getLogger(__name__)

NORM_FIELDS = ["title_norm^3", "text_norm"]
ANALYSED_FIELDS = ["title^2", "text"]
SNIPPET_CHARS = 200


def build_query(query: str) -> dict[str, Any]:
    """The ``query`` clause: every word must match, in the normalised or analysed fields."""
    text = normalize(query)
    return {
        "bool": {
            "should": [
                {
                    "multi_match": {
                        "query": text,
                        "type": "cross_fields",
                        "fields": NORM_FIELDS,
                        "operator": "and",
                    }
                },
                {
                    "multi_match": {
                        "query": text,
                        "type": "cross_fields",
                        "fields": ANALYSED_FIELDS,
                        "operator": "and",
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


HIGHLIGHT = {
    "pre_tags": ["«"],
    "post_tags": ["»"],
    "fields": {
        "text_norm": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1},
        "text": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 1},
    },
}


async def search(
    es: AsyncElasticsearch, query: str, size: int = 10, *, prefix: str = DEFAULT_PREFIX
) -> list[SearchHit]:
    """Best ``size`` articles for ``query``, with a highlighted snippet each."""
    if not normalize(query).strip():
        return []
    resp = await es.search(
        index=names("articles", prefix).alias,
        query=build_query(query),
        highlight=HIGHLIGHT,
        size=size,
        source_excludes=["text_norm", "title_norm"],
    )
    return [_hit(h) for h in resp["hits"]["hits"]]


def _snippet(hit: dict[str, Any]) -> str:
    highlight = hit.get("highlight", {})
    for name in ("text", "text_norm"):
        if highlight.get(name):
            return str(highlight[name][0])
    return str(hit["_source"].get("text", ""))[:SNIPPET_CHARS]


def _hit(hit: dict[str, Any]) -> SearchHit:
    src = hit["_source"]
    return SearchHit(
        article_id=src.get("article_id", hit["_id"]),
        title=src.get("title", ""),
        url=src.get("url", ""),
        source_id=src.get("source_id", ""),
        published_at=src.get("published_at"),
        snippet=_snippet(hit),
        score=float(hit.get("_score") or 0.0),
    )

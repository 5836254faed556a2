"""The Elasticsearch client and what the connected cluster can do.

One place builds the async client (retries on connection errors, timeouts and 429/5xx) and
probes optional features, because the single-node distribution used for development lacks
modules a full distribution has (the ``arabic`` analyzer among them): detect, never assume.
"""

from __future__ import annotations

import logging

from elasticsearch import AsyncElasticsearch, BadRequestError

__all__ = ["RETRY_ON_STATUS", "connect", "has_analyzer"]

LOGGER = logging.getLogger(__name__)

RETRY_ON_STATUS = (429, 502, 503, 504)


def connect(url: str, *, request_timeout: float = 30.0, max_retries: int = 3) -> AsyncElasticsearch:
    """An async client that retries transient failures (connection, timeout, 429/5xx)."""
    return AsyncElasticsearch(
        url,
        request_timeout=request_timeout,
        max_retries=max_retries,
        retry_on_timeout=True,
        retry_on_status=RETRY_ON_STATUS,
    )


async def has_analyzer(es: AsyncElasticsearch, name: str) -> bool:
    """True when the cluster knows the built-in analyzer ``name`` (e.g. ``arabic``)."""
    try:
        await es.indices.analyze(analyzer=name, text="اختبار")
    except BadRequestError:
        LOGGER.info("cluster has no %r analyzer", name)
        return False
    return True

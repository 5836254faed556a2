"""The Elasticsearch client and what the connected cluster can do.

One place builds the async client (retries on connection errors, timeouts and 429/5xx) and
probes optional features, because the single-node distribution used for development lacks
modules a full distribution has (the ``arabic`` analyzer among them): detect, never assume.
"""

from __future__ import annotations

import logging

from elasticsearch import ApiError, AsyncElasticsearch, BadRequestError, TransportError

__all__ = ["RETRY_ON_STATUS", "connect", "has_analyzer", "is_ready"]

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


async def is_ready(es: AsyncElasticsearch, wait: str = "0s") -> bool:
    """True when the cluster is at least yellow.

    Use this, not ``ping()``/``info()``: the single-node development distribution answers
    ``GET /`` with 405, so ``ping()`` is False and ``info()`` raises on a healthy cluster.
    """
    try:
        health = await es.cluster.health(wait_for_status="yellow", timeout=wait)
    except TransportError as exc:
        LOGGER.warning("elasticsearch not reachable: %r", exc)
        return False
    except ApiError as exc:  # 408 when the wait ran out
        LOGGER.warning("elasticsearch not ready: %s", exc.message)
        return False
    return health["status"] in ("green", "yellow") and not health["timed_out"]

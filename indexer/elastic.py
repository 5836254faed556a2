"""The Elasticsearch client and what the connected cluster can do.

One place builds the async client (retries on connection errors, timeouts and 429/5xx) and
probes optional features, because the single-node distribution used for development lacks
modules a full distribution has (the ``arabic`` analyzer among them): detect, never assume.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, AsyncElasticsearch, BadRequestError, TransportError

__all__ = ["RETRY_ON_STATUS", "Credentials", "connect", "has_analyzer", "is_ready", "supports_field_type"]

LOGGER = logging.getLogger(__name__)

RETRY_ON_STATUS = (429, 502, 503, 504)


@dataclass(frozen=True)
class Credentials:
    """How to authenticate to a secured cluster: an API key, or a user and password; and the
    CA certificate that signed the cluster's HTTPS certificate (None: the system's trust store).
    """

    username: str | None = None
    password: str | None = None
    api_key: str | None = None
    ca_certs: Path | None = None

    def __post_init__(self) -> None:
        if self.api_key and self.username:
            raise ValueError("give an Elasticsearch API key or a username and password, not both")
        if bool(self.username) != bool(self.password):
            raise ValueError("an Elasticsearch username needs a password, and a password a username")
        if self.ca_certs is not None and not self.ca_certs.is_file():
            raise ValueError(f"Elasticsearch CA certificate {self.ca_certs} is not a file")

    def client_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if self.api_key:
            options["api_key"] = self.api_key
        if self.username and self.password:
            options["basic_auth"] = (self.username, self.password)
        if self.ca_certs is not None:
            options["ca_certs"] = str(self.ca_certs)
        return options


def connect(
    url: str,
    *,
    credentials: Credentials | None = None,
    request_timeout: float = 30.0,
    max_retries: int = 3,
) -> AsyncElasticsearch:
    """An async client that retries transient failures (connection, timeout, 429/5xx)."""
    return AsyncElasticsearch(
        url,
        request_timeout=request_timeout,
        max_retries=max_retries,
        retry_on_timeout=True,
        retry_on_status=RETRY_ON_STATUS,
        **(credentials or Credentials()).client_options(),
    )


async def has_analyzer(es: AsyncElasticsearch, name: str) -> bool:
    """True when the cluster knows the built-in analyzer ``name`` (e.g. ``arabic``)."""
    try:
        await es.indices.analyze(analyzer=name, text="اختبار")
    except BadRequestError:
        LOGGER.info("cluster has no %r analyzer", name)
        return False
    return True


async def supports_field_type(es: AsyncElasticsearch, field_type: str) -> bool:
    """True when the cluster can map a field of ``field_type`` (``geo_shape`` needs a module the
    development distribution lacks). Asks by simulating a template: nothing is created."""
    try:
        await es.indices.simulate_template(
            index_patterns=["newswatch-probe-*"],
            template={"mappings": {"properties": {"probe": {"type": field_type}}}},
        )
    except BadRequestError:
        LOGGER.info("cluster has no %r field type", field_type)
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

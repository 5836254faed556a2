"""Typed settings, read once from ``NEWSWATCH_*`` environment variables.

Nothing set means embedded mode: in-process queues, SQLite store, fixture-free defaults.
Setting ``NEWSWATCH_KAFKA_BOOTSTRAP`` and ``NEWSWATCH_ELASTICSEARCH_URL`` selects the
distributed engine. Nothing else in the code base reads ``os.environ``.

Values are checked on load (types and bounds): a mistake is a ``ConfigError`` naming the
variable, which the command line prints as one line (exit code 2), never a hang later
(``NEWSWATCH_HOST_CONCURRENCY=0`` would leave every host with no slot).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from indexer.elastic import Credentials

__all__ = ["ConfigError", "Settings", "describe_errors", "get_settings"]

PACKAGE_DIR = Path(__file__).resolve().parent
ENV_PREFIX = "NEWSWATCH_"
Seconds = Annotated[float, Field(ge=0, le=86400)]
PositiveSeconds = Annotated[float, Field(gt=0, le=86400)]
Count = Annotated[int, Field(ge=1)]
Window = Annotated[float, Field(gt=0)]  # seconds, days or weeks


class ConfigError(ValueError):
    """A configuration mistake, described in one line for the person who made it."""


def describe_errors(exc: ValidationError, where: str, env_prefix: str = "") -> str:
    """One line for a pydantic error: ``where: field: message (got value)``; with
    ``env_prefix`` fields are named as environment variables."""
    parts = []
    for error in exc.errors():
        field = ".".join(str(p) for p in error["loc"]) or "(top level)"
        field = env_prefix + field.upper() if env_prefix else field
        got = "" if error["type"] == "missing" else f" (got {error['input']!r:.60})"
        parts.append(f"{field}: {error['msg']}{got}")
    return f"{where}: " + "; ".join(parts)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="forbid")

    kafka_bootstrap: str | None = None
    elasticsearch_url: str | None = None  # may hold credentials: print it via redact_url
    # A secured cluster: a user and password, or an API key; the CA that signed its certificate.
    elasticsearch_username: str | None = None
    elasticsearch_password: SecretStr | None = None
    elasticsearch_api_key: SecretStr | None = None
    elasticsearch_ca_certs: Path | None = None
    kibana_url: str | None = None  # set-up imports the saved objects here (streams.ops.setup)
    kibana_username: str | None = None
    kibana_password: SecretStr | None = None
    topic_partitions: Annotated[int, Field(ge=1, le=1024)] = 8
    # band shards of the duplicate check: an article's LSH bands are looked up on this many
    # partitions, each a probe, a verdict and two table writes per article; 2 rather than one
    # per partition made a worker do a quarter more articles per CPU second (bench/README.md)
    band_shards: Annotated[int, Field(ge=1, le=1024)] = 2
    topic_prefix: str = ""  # prepended to every Kafka topic and the Faust app id (tests, tenants)
    index_prefix: str = "newswatch"  # Elasticsearch index/alias prefix
    faust_store: str = "memory://"  # table store; state is recovered from changelog topics
    worker_web_port: Annotated[int | None, Field(ge=0, le=65535)] = None  # Faust's web server
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    kafka_session_timeout: PositiveSeconds = 30.0  # seconds before a dead worker's partitions move

    sources_file: Path = PACKAGE_DIR.parent / "crawlers" / "sources.yaml"
    subscriptions_file: Path | None = None
    store_path: Path = Path("newswatch.sqlite3")
    alerts_jsonl: Path | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    apprise_urls: str | None = None  # comma-separated apprise channel URLs (slack://, tgram://, …)
    delivery_attempt_timeout: PositiveSeconds = 10.0  # seconds for one attempt on one output
    delivery_deadline: PositiveSeconds = 300.0  # seconds from submission until dead-lettered
    delivery_queue_size: Count = 1000  # alerts waiting per output before new ones are dropped
    delivery_drain_timeout: Seconds = 5.0  # seconds to finish queued deliveries at shutdown

    user_agent: str = "newswatch/0.1 (+https://github.com/newswatch/newswatch)"
    request_timeout: Annotated[float, Field(gt=0, le=300)] = 10.0  # connect; between two reads
    request_deadline: Annotated[float, Field(gt=0, le=3600)] = 30.0  # a whole request, body included
    max_page_bytes: Annotated[int, Field(ge=1024, le=500_000_000)] = 5_000_000  # bodies, CLI inputs
    max_redirects: Annotated[int, Field(ge=0, le=30)] = 5
    retries: Annotated[int, Field(ge=0, le=10)] = 3
    host_delay: Seconds = 1.0
    host_concurrency: Annotated[int, Field(ge=1, le=64)] = 2
    total_concurrency: Annotated[int, Field(ge=1, le=1024)] = 16
    max_pages: Count = 10_000  # new pages taken from one poll of a target; the rest wait
    # Private addresses the crawler may reach anyway (comma-separated): 127.0.0.1,
    # 127.0.0.1:8080, [::1]:8080, 10.0.0.0/8. Empty: only public addresses (see crawlers/guard.py).
    allow_private_hosts: Annotated[tuple[str, ...], NoDecode] = ()
    # Per-target polling (crawlers.schedule.IntervalPolicy): seconds between polls of a feed,
    # sitemap or section, from the floor after new items up to the ceiling when idle.
    poll_floor: PositiveSeconds = 30.0
    breaking_poll_floor: PositiveSeconds = 10.0  # targets listed under ``breaking`` in sources.yaml
    poll_ceiling: PositiveSeconds = 900.0
    poll_idle_factor: Annotated[float, Field(ge=0)] = 0.1  # s added to the interval per s without news
    poll_jitter: Annotated[float, Field(ge=0, le=1)] = 0.1
    alert_settle: Seconds = 2.5  # seconds an incident must go unchanged before its alerts
    alert_hold_max: Seconds = 10.0  # seconds an incident change waits for alerts at most
    # Step state is forgotten this many seconds after its last write (bounded worker memory):
    dedup_window: Window = 2 * 86400.0  # parked articles, band buckets: how late a copy is caught
    incident_window: Window = 7 * 86400.0  # merge and alert state: an incident's lifetime

    api_host: str = "127.0.0.1"
    api_port: Annotated[int, Field(ge=0, le=65535)] = 8080
    teams_path: Path = Path("newswatch-teams.sqlite3")  # teams, tokens, subscriptions (SQLite)
    digests_path: Path = Path("newswatch-digests.sqlite3")  # the notifier's held digest alerts
    api_rate_limit: str = "50/second"  # per team token ("limits" notation)
    api_streams_per_team: Count = 5  # open /alerts/stream connections per team
    api_max_streams: Count = 100  # open /alerts/stream connections in all
    api_max_connections: Count = 1000  # uvicorn's limit_concurrency: 503 beyond it

    log_format: Literal["text", "json"] = "text"  # json: one JSON object per line (log shippers)
    metrics_port: Annotated[int | None, Field(ge=0, le=65535)] = None  # Prometheus; 0: any; None: off
    metrics_host: str = "127.0.0.1"  # 0.0.0.0 in a container, for the scraper on its network

    @field_validator("allow_private_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("allow_private_hosts")
    @classmethod
    def _valid_hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from crawlers.guard import AddressGuard

        AddressGuard(value)  # raises ValueError naming the bad entry
        return value

    @property
    def distributed(self) -> bool:
        return bool(self.kafka_bootstrap)

    def elasticsearch_credentials(self) -> Credentials:
        """What the Elasticsearch client authenticates and verifies the cluster with."""
        return Credentials(
            username=self.elasticsearch_username,
            password=self.elasticsearch_password.get_secret_value() if self.elasticsearch_password else None,
            api_key=self.elasticsearch_api_key.get_secret_value() if self.elasticsearch_api_key else None,
            ca_certs=self.elasticsearch_ca_certs,
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment; ``ConfigError`` naming the variable if invalid."""
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigError(describe_errors(exc, "environment", ENV_PREFIX)) from exc

"""Typed settings, read once from ``NEWSWATCH_*`` environment variables.

Nothing set means embedded mode: in-process queues, SQLite store, fixture-free defaults.
Setting ``NEWSWATCH_KAFKA_BOOTSTRAP`` and ``NEWSWATCH_ELASTICSEARCH_URL`` selects the
distributed engine. Nothing else in the code base reads ``os.environ``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from indexer.elastic import Credentials

__all__ = ["Settings", "get_settings"]

PACKAGE_DIR = Path(__file__).resolve().parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSWATCH_", frozen=True)

    kafka_bootstrap: str | None = None
    elasticsearch_url: str | None = None
    # A secured cluster: a user and password, or an API key; the CA that signed its certificate.
    elasticsearch_username: str | None = None
    elasticsearch_password: SecretStr | None = None
    elasticsearch_api_key: SecretStr | None = None
    elasticsearch_ca_certs: Path | None = None
    kibana_url: str | None = None  # set-up imports the saved objects here (streams.ops.setup)
    kibana_username: str | None = None
    kibana_password: SecretStr | None = None
    topic_partitions: int = 8
    topic_prefix: str = ""  # prepended to every Kafka topic and the Faust app id (tests, tenants)
    index_prefix: str = "newswatch"  # Elasticsearch index/alias prefix
    faust_store: str = "memory://"  # table store; state is recovered from changelog topics
    worker_web_port: int | None = None  # Faust's web server (metrics, /health); None = off
    processing_guarantee: str = "at_least_once"  # or "exactly_once" (Kafka transactions)
    kafka_session_timeout: float = 30.0  # seconds before a dead worker's partitions move

    sources_file: Path = PACKAGE_DIR.parent / "crawlers" / "sources.yaml"
    subscriptions_file: Path | None = None
    store_path: Path = Path("newswatch.sqlite3")
    alerts_jsonl: Path | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    apprise_urls: str | None = None  # comma-separated apprise channel URLs (slack://, tgram://, …)
    delivery_attempt_timeout: float = 10.0  # seconds for one attempt on one output
    delivery_deadline: float = 300.0  # seconds from submission until an alert is dead-lettered
    delivery_queue_size: int = 1000  # alerts waiting per output before new ones are dropped
    delivery_drain_timeout: float = 5.0  # seconds to finish queued deliveries at shutdown

    user_agent: str = "newswatch/0.1 (+https://github.com/newswatch/newswatch)"
    request_timeout: float = 10.0
    max_page_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 3
    host_delay: float = 1.0
    host_concurrency: int = 2
    total_concurrency: int = 16
    max_pages: int = 10_000
    # Per-target polling (crawlers.schedule.IntervalPolicy): seconds between polls of a feed,
    # sitemap or section, from the floor after new items up to the ceiling when idle.
    poll_floor: float = 30.0
    breaking_poll_floor: float = 10.0  # targets listed under ``breaking`` in sources.yaml
    poll_ceiling: float = 900.0
    poll_idle_factor: float = 0.1  # seconds added to the interval per second without news
    poll_jitter: float = 0.1
    alert_settle: float = 2.0  # seconds an incident must go unchanged before its alerts
    alert_hold_max: float = 10.0  # seconds an incident change waits for alerts at most

    api_host: str = "127.0.0.1"
    api_port: int = 8080
    teams_path: Path = Path("newswatch-teams.sqlite3")  # teams, tokens, subscriptions (SQLite)
    api_rate_limit: str = "50/second"  # per team token ("limits" notation)
    api_streams_per_team: int = 5  # open /alerts/stream connections per team
    api_max_streams: int = 100  # open /alerts/stream connections in all
    api_max_connections: int = 1000  # uvicorn's limit_concurrency: 503 beyond it

    log_format: Literal["text", "json"] = "text"  # json: one JSON object per line (log shippers)
    metrics_port: int | None = None  # Prometheus metrics of workers and services; None = off
    metrics_host: str = "127.0.0.1"  # 0.0.0.0 in a container, for the scraper on its network

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
    return Settings()

"""``newswatch crawler``: discovery and fetch+clean between Kafka topics (aiokafka, not Faust).

discovery loop   every ``recrawl_interval`` s, each source's new URLs → ``crawl-requests``
                 (key: host, so one host's requests and politeness stay in one consumer)
fetch+clean      a consumer group on ``crawl-requests``: a batch is crawled concurrently, its
                 articles (key: article_id) and dead letters are produced, and only after the
                 broker acknowledged them are the batch's offsets committed (at-least-once;
                 downstream is idempotent by record id).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import CommitFailedError

from crawlers.crawl import Crawler
from crawlers.exceptions import CrawlError
from crawlers.fetch import new_client
from crawlers.sources import Source, load_sources
from streams.engines.kafka.admin import ensure_topics, topic_name
from streams.ops.metrics import get_metrics, serve_metrics
from streams.pipeline.steps import Out, dead_letter
from streams.records import CrawlRequest
from streams.settings import Settings

__all__ = ["CrawlerService", "run_crawler_service"]

LOGGER = logging.getLogger(__name__)

POLL_MS = 500


class CrawlerService:
    """One crawler process: a discovery loop and a fetch+clean consumer sharing one client."""

    def __init__(
        self,
        settings: Settings,
        sources: Sequence[Source],
        *,
        client: httpx.AsyncClient | None = None,
        discover: bool = True,
    ) -> None:
        self.settings = settings
        self.sources = list(sources)
        self.discover = discover
        self.counts = {"discovered": 0, "articles": 0, "dead_letters": 0}
        self._client = client
        self._producer: AIOKafkaProducer | None = None

    def _topic(self, name: str) -> str:
        return topic_name(self.settings, name)

    async def run(self, stop: asyncio.Event) -> None:
        """Discover and crawl until ``stop`` is set."""
        await ensure_topics(self.settings)
        owns_client = self._client is None
        client = self._client or new_client(
            self.settings.user_agent, self.settings.request_timeout, self.settings.max_redirects
        )
        crawler = Crawler(client, self.settings)
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self.settings.kafka_bootstrap, acks="all", enable_idempotence=True
        )
        await self._producer.start()
        try:
            tasks = [self._consume(crawler, stop)]
            if self.discover:
                tasks.append(self._discovery_loop(crawler, stop))
            await asyncio.gather(*tasks)
        finally:
            await self._producer.stop()
            if owns_client:
                await client.aclose()

    # -- discovery ------------------------------------------------------------------------------

    async def _discovery_loop(self, crawler: Crawler, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await asyncio.gather(*(self._discover(crawler, source) for source in self.sources))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.recrawl_interval)

    async def _discover(self, crawler: Crawler, source: Source) -> None:
        try:
            found = await crawler.discover(source)
        except Exception as exc:  # one broken source must not stop the others
            await self._send([dead_letter("discover", exc, source.id, repr(source))])
            return
        for url, reason in found.errors:
            LOGGER.info("discovery of %s skipped %s: %s", source.id, url, reason)
        requests = [Out.of(request) for request in found.requests]
        await self._send(requests)
        self.counts["discovered"] += len(requests)

    # -- fetch + clean ---------------------------------------------------------------------------

    async def _consume(self, crawler: Crawler, stop: asyncio.Event) -> None:
        consumer = AIOKafkaConsumer(
            self._topic("crawl-requests"),
            bootstrap_servers=self.settings.kafka_bootstrap,
            group_id=f"{self.settings.topic_prefix}newswatch-crawler",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_interval_ms=600_000,
            session_timeout_ms=int(self.settings.kafka_session_timeout * 1000),
            heartbeat_interval_ms=int(min(3.0, self.settings.kafka_session_timeout / 3) * 1000),
        )
        await consumer.start()
        try:
            while not stop.is_set():
                batch = await consumer.getmany(
                    timeout_ms=POLL_MS, max_records=self.settings.total_concurrency
                )
                if batch:
                    await self._crawl_batch(crawler, consumer, batch)
        finally:
            await consumer.stop()

    async def _crawl_batch(self, crawler: Crawler, consumer: AIOKafkaConsumer, batch: dict) -> None:
        messages = [m for records in batch.values() for m in records]
        results = await asyncio.gather(*(self._crawl_one(crawler, m.key, m.value) for m in messages))
        await self._send([out for outs in results for out in outs])
        offsets = {tp: records[-1].offset + 1 for tp, records in batch.items()}
        try:
            await consumer.commit(offsets)
        except CommitFailedError as exc:  # partitions moved: the new owner re-crawls them
            LOGGER.warning("offsets not committed after a rebalance: %s", exc)

    async def _crawl_one(self, crawler: Crawler, key: bytes | None, raw: bytes) -> list[Out]:
        try:
            request = CrawlRequest.from_json(raw)
            article = await crawler.crawl(request)
        except CrawlError as exc:
            LOGGER.info("skipped %s: %s", exc.url or key, exc.reason)
            return [dead_letter(f"crawl:{exc.reason}", exc, key, raw)]
        except Exception as exc:
            LOGGER.exception("crawl failed for %r", key)
            return [dead_letter("crawl", exc, key, raw)]
        return [Out.of(article)]

    async def _send(self, outs: list[Out]) -> None:
        """Produce and wait until the broker acknowledged every message."""
        assert self._producer is not None
        futures = [
            await self._producer.send(self._topic(out.topic), key=out.key.encode(), value=out.value.encode())
            for out in outs
        ]
        if futures:
            await asyncio.gather(*futures)
        self.counts["articles"] += sum(out.topic == "articles" for out in outs)
        self.counts["dead_letters"] += sum(out.topic == "dead-letters" for out in outs)
        get_metrics().sent("crawler", outs)


async def run_crawler_service(settings: Settings) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    serve_metrics(settings)
    service = CrawlerService(settings, load_sources(settings.sources_file))
    await service.run(stop)
    LOGGER.info("crawler stopped: %s", service.counts)
    return 0

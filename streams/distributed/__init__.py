"""The distributed engine: a crawler service (aiokafka) and a Faust worker over Kafka topics.

Both are transports only: they move records between the stage functions of ``crawlers`` and
``streams`` and keep the stages' state in Faust tables.
"""

from __future__ import annotations

from streams.distributed.crawler_service import CrawlerService, run_crawler_service
from streams.distributed.worker import run_worker

__all__ = ["CrawlerService", "run_crawler_service", "run_worker"]

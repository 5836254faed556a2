"""Bulk indexing throughput against the real Elasticsearch, by bulk size.

Indexes the same synthetic Arabic articles with several bulk sizes in one run, so the
numbers compare on the same machine and cluster state. Needs ``infra/services.sh start``.

    .venv/bin/python -m bench.bench_indexing --docs 10000 --batch-sizes 1,100,500
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import time
import uuid

from elasticsearch import AsyncElasticsearch

from indexer.elastic import connect
from indexer.elastic_sink import ElasticSink
from indexer.templates import names
from streams.records import Article

LOGGER = logging.getLogger(__name__)

SAMPLE_TEXT = (
    "قتل ثلاثة جنود في هجوم على قرية خربة عزمارين بريف إدلب الغربي وأصيب ثمانية آخرون "
    "بحسب مصادر محلية وقالت وزارة الدفاع إن الهجوم نفذته مجموعة مسلحة"
)
WORDS = SAMPLE_TEXT.split()


def make_article(i: int) -> Article:
    """A synthetic article of ~120 words, different per ``i``."""
    text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(120))
    return Article(
        article_id=f"bench-{i}",
        url=f"https://example.org/{i}",
        canonical_url=f"https://example.org/{i}",
        source_id=f"source-{i % 20}",
        title=f"هجوم في إدلب رقم {i}",
        text=text,
        published_at="2020-01-22",
        fetched_at="2020-01-22T10:00:00+00:00",
        lang="ar",
        content_hash=str(i),
    )


async def run_one(es: AsyncElasticsearch, docs: list[Article], batch: int) -> float:
    """Docs/s for ``docs`` written in ``write()`` calls of ``batch`` records each."""
    prefix = f"nwbench-{uuid.uuid4().hex[:6]}"
    sink = ElasticSink(es, prefix=prefix, chunk_size=batch)
    await sink.setup()
    try:
        start = time.perf_counter()
        for i in range(0, len(docs), batch):
            result = await sink.write(docs[i : i + batch])
            if not result.ok:
                raise RuntimeError(f"{len(result.failed)} documents failed")
        await es.indices.refresh(index=names("articles", prefix).alias)
        return len(docs) / (time.perf_counter() - start)
    finally:
        await es.indices.delete(index=f"{prefix}-*")
        for kind in ("articles", "incidents", "alerts"):
            await es.indices.delete_index_template(name=names(kind, prefix).template)


async def main(url: str, n_docs: int, batch_sizes: list[int], single_cap: int) -> None:
    es = connect(url, request_timeout=120)
    try:
        docs = [make_article(i) for i in range(n_docs)]
        print("| docs | bulk size | docs/s |")
        print("|---:|---:|---:|")
        for batch in batch_sizes:
            sample = docs[: min(n_docs, single_cap)] if batch == 1 else docs
            rate = await run_one(es, sample, batch)
            print(f"| {len(sample)} | {batch} | {rate:,.0f} |", flush=True)
    finally:
        await es.close()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url", default=os.environ.get("NEWSWATCH_ELASTICSEARCH_URL", "http://127.0.0.1:9200")
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--batch-sizes", default="1,100,500")
    parser.add_argument("--single-cap", type=int, default=2_000, help="docs for bulk size 1 (it is slow)")
    return parser.parse_args()


if __name__ == "__main__":
    args = parse_args()
    sizes = [int(s) for s in args.batch_sizes.split(",")]
    asyncio.run(main(args.url, args.docs, sizes, args.single_cap))

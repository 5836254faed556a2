"""The Elasticsearch side against a real cluster: set-up, Arabic search, replays, geo, bulk."""

from __future__ import annotations

import asyncio

import pytest
from elasticsearch import AsyncElasticsearch

from indexer.batching import Batcher
from indexer.elastic import connect, is_ready
from indexer.elastic_search import search
from indexer.elastic_sink import ElasticSink, WriteResult
from indexer.templates import KINDS, names
from streams.pipeline.tolls import headline_toll
from streams.records import Actor, Alert, Article, Casualties, Incident, Location, Record, Report, Toll

pytestmark = pytest.mark.integration


def article(article_id: str, title: str, text: str, source_id: str = "enab") -> Article:
    return Article(
        article_id=article_id,
        url=f"https://example.org/{article_id}",
        canonical_url=f"https://example.org/{article_id}",
        source_id=source_id,
        title=title,
        text=text,
        published_at="2020-01-22",
        fetched_at="2020-01-22T10:00:00+00:00",
        lang="ar",
        content_hash=article_id,
        signature=[1, 2, 3],
    )


def incident(incident_id: str = "inc-1", killed: int = 3) -> Incident:
    """An incident as the merge step makes it: its headline toll computed from its report."""
    reports = [Report("a1", "enab", "e1", counts=[Casualties(killed=killed, group="government forces")])]
    return Incident(
        incident_id=incident_id,
        type="attack",
        date_start="2020-01-22",
        date_end="2020-01-22",
        actors=[Actor("hts", "هيئة تحرير الشام", "Hayat Tahrir al-Sham", "perpetrator")],
        locations=[Location("khirbet-azmarin", "خربة عزمارين", "Khirbet Azmarin", "Idlib", 35.9, 36.4)],
        toll=[Toll("government forces", killed_min=killed, killed_max=killed)],
        reports=reports,
        headline=headline_toll(reports),
        first_seen="2020-01-22T10:00:00+00:00",
        updated_at="2020-01-22T10:00:00+00:00",
        evidence="مقتل ثلاثة جنود",
    )


async def count(es: AsyncElasticsearch, prefix: str, kind: str) -> int:
    alias = names(kind, prefix).alias
    await es.indices.refresh(index=alias)
    return int((await es.count(index=alias))["count"])


@pytest.fixture
async def sink(es: AsyncElasticsearch, es_prefix: str) -> ElasticSink:
    s = ElasticSink(es, prefix=es_prefix, refresh="wait_for")
    await s.setup()
    return s


async def test_setup_is_idempotent(es: AsyncElasticsearch, sink: ElasticSink) -> None:
    await sink.setup()
    await asyncio.gather(sink.setup(), sink.setup())
    aliases = await es.indices.get_alias(index=f"{sink.prefix}-*")
    assert sorted(aliases) == sorted(names(k, sink.prefix).index for k in KINDS)
    for kind in KINDS:
        n = names(kind, sink.prefix)
        assert aliases[n.index]["aliases"] == {n.alias: {"is_write_index": True}}
    assert sink.text_analyzer in ("arabic", "standard")


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("قتل ثلاثة جنود في إدلب", "قُتِلَ"),  # diacritised query, plain text
        ("قُتِلَ ثلاثةُ جنودٍ في إِدْلِب", "قتل"),  # plain query, diacritised text
        ("هجوم على مدينة إدلب", "ادلب"),  # hamza under alef vs bare alef
        ("هجوم على مدينة ادلب", "إدلب"),
        ("انفجار سيارة مفخخة", "مفخخه"),  # ta marbuta vs ha
        ("قصف على قريه", "قرية"),
        ("غارة جوية على مستشفى", "مستشفي"),  # alef maqsura vs ya
    ],
)
async def test_arabic_search_ignores_spelling_variants(
    es: AsyncElasticsearch, sink: ElasticSink, stored: str, query: str
) -> None:
    result = await sink.write([article("a1", "خبر", stored), article("a2", "رياضة", "مباراة كرة")])
    assert result.ok, result.failed
    hits = await search(es, query, prefix=sink.prefix)
    assert [h.article_id for h in hits] == ["a1"]
    assert hits[0].url == "https://example.org/a1"
    assert hits[0].snippet


async def test_search_requires_every_word(es: AsyncElasticsearch, sink: ElasticSink) -> None:
    await sink.write([article("a1", "قصف", "قصف على إدلب"), article("a2", "قصف", "قصف على حلب")])
    hits = await search(es, "قصف ادلب", prefix=sink.prefix)
    assert [h.article_id for h in hits] == ["a1"]
    assert await search(es, "  ", prefix=sink.prefix) == []


async def test_replay_overwrites_instead_of_duplicating(es: AsyncElasticsearch, sink: ElasticSink) -> None:
    records: list[Record] = [article("a1", "خبر", "نص"), incident(killed=3)]
    assert (await sink.write(records)).written == 2
    assert (await sink.write([*records, incident(killed=5)])).written == 3
    assert await count(es, sink.prefix, "articles") == 1
    assert await count(es, sink.prefix, "incidents") == 1
    doc = await es.get(index=names("incidents", sink.prefix).alias, id="inc-1")
    assert doc["_source"]["killed_max"] == 5


async def test_an_older_incident_version_never_replaces_a_newer_one(
    es: AsyncElasticsearch, sink: ElasticSink
) -> None:
    """A message processed again after a rebalance can bring an old version after a new one."""
    newer, older = incident(killed=5), incident(killed=3)
    newer.version, older.version = 3, 2
    assert (await sink.write([newer])).written == 1
    late = await sink.write([older])
    assert (late.written, late.stale, late.ok) == (0, 1, True)
    doc = await es.get(index=names("incidents", sink.prefix).alias, id="inc-1")
    assert doc["_source"]["killed_max"] == 5


async def test_geo_query_finds_the_incident(es: AsyncElasticsearch, sink: ElasticSink) -> None:
    far = incident("inc-far")
    far.locations = [Location("deir", "دير الزور", "Deir ez-Zor", "Deir ez-Zor", 35.33, 40.14)]
    await sink.write([incident("inc-1"), far])
    resp = await es.search(
        index=names("incidents", sink.prefix).alias,
        query={"geo_distance": {"distance": "20km", "geo": {"lat": 35.95, "lon": 36.45}}},
    )
    assert [h["_id"] for h in resp["hits"]["hits"]] == ["inc-1"]
    aggs = await es.search(
        index=names("incidents", sink.prefix).alias,
        size=0,
        aggs={"gov": {"terms": {"field": "admin1"}, "aggs": {"k": {"sum": {"field": "killed_max"}}}}},
    )
    buckets = {b["key"]: b["k"]["value"] for b in aggs["aggregations"]["gov"]["buckets"]}
    assert buckets == {"Idlib": 3, "Deir ez-Zor": 3}


async def test_alerts_are_indexed_with_their_incident(es: AsyncElasticsearch, sink: ElasticSink) -> None:
    alert = Alert("al-1", "sub-1", "inc-1", "new", "actor: hts", incident(), "2020-01-22T10:01:00Z")
    assert (await sink.write([alert, alert])).written == 2
    assert await count(es, sink.prefix, "alerts") == 1
    doc = (await es.get(index=names("alerts", sink.prefix).alias, id="al-1"))["_source"]
    assert doc["admin1"] == ["Idlib"]
    assert doc["incident"]["incident_id"] == "inc-1"


async def test_bulk_of_two_thousand_in_batches(es: AsyncElasticsearch, es_prefix: str) -> None:
    sink = ElasticSink(es, prefix=es_prefix, chunk_size=300)
    await sink.setup()
    batcher: Batcher[Record, WriteResult] = Batcher(sink.write, max_docs=500, max_wait=0.2)
    for i in range(2000):
        await batcher.add(article(f"bulk-{i}", f"عنوان {i}", f"نص الخبر رقم {i}"))
    await batcher.aclose()
    assert len(batcher.results) == 4
    assert sum(r.written for r in batcher.results) == 2000
    assert all(r.ok for r in batcher.results)
    assert await count(es, es_prefix, "articles") == 2000


async def test_failed_documents_are_returned(es: AsyncElasticsearch, sink: ElasticSink) -> None:
    await es.indices.put_settings(
        index=names("articles", sink.prefix).index, settings={"index.blocks.write": True}
    )
    sink.max_retries = 0
    result = await sink.write([article("a1", "خبر", "نص")])
    await es.indices.put_settings(
        index=names("articles", sink.prefix).index, settings={"index.blocks.write": False}
    )
    assert result.written == 0
    assert [f.doc_id for f in result.failed] == ["a1"]


async def test_is_ready_answers_on_this_distribution(es: AsyncElasticsearch) -> None:
    assert await is_ready(es)
    closed = connect("http://127.0.0.1:1", max_retries=0, request_timeout=2)
    assert not await is_ready(closed)
    await closed.close()

"""Subscriptions and silences in Kafka mode, on the real broker: what a team creates over HTTP
reaches the compacted subscriptions topic, every follower sees it (and its deletion), a running
worker matches the next incident against it, and an incident a team silenced over HTTP raises no
more alerts for that team on a running worker while another team still hears of it."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from pipeline_run import PipelineRun, es_address, kafka_address

from streams.api import create_app, serving
from streams.api.store import SqliteTeamStore
from streams.engines.kafka.admin import INTERNAL_TOPICS, PUBLIC_TOPICS, ensure_topics
from streams.engines.kafka.subscriptions import (
    SubscriptionFeed,
    SubscriptionPublisher,
    ensure_topic,
    mark_key,
)
from streams.pipeline.subscriptions import SubscriptionSpec
from streams.records import Article
from streams.settings import Settings
from tests.unit.streams.api.helpers import bearer, make_team

WAIT_S = 120.0
REPORT = (
    "انفجار سيارة مفخخة في مدينة الباب يقتل سبعة أشخاص\n"
    "قُتل سبعة أشخاص وأصيب خمسة عشر آخرون، اليوم السبت، جراء انفجار سيارة مفخخة قرب دوار "
    "الكف الأحمر وسط مدينة الباب في ريف حلب الشرقي، وفق ما أفاد به الدفاع المدني."
)
LATER_REPORT = (  # the same blast, a higher toll: an update for whoever still listens
    "ارتفاع حصيلة ضحايا تفجير الباب إلى اثني عشر قتيلاً\n"
    "ارتفعت حصيلة ضحايا انفجار السيارة المفخخة الذي ضرب وسط مدينة الباب بريف حلب الشرقي يوم السبت "
    "إلى اثني عشر قتيلاً وعشرين جريحاً، بعد وفاة عدد من المصابين متأثرين بجراحهم، بحسب مصادر طبية."
)
# The worker's feed polls the topic every 0.5 s: once the silence is on the topic, this margin
# (ten polls) lets a worker on a loaded machine take it before the next report arrives.
FEED_MARGIN_S = 5.0


async def _until(condition, what: str, timeout: float = WAIT_S):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (found := await condition()) is not None:
            return found
        await asyncio.sleep(0.5)
    raise TimeoutError(f"{what} within {timeout:.0f}s")


async def test_followers_see_subscriptions_created_and_deleted(tmp_path: Path) -> None:
    run = PipelineRun()
    settings = Settings(kafka_bootstrap=kafka_address(), topic_prefix=run.prefix, topic_partitions=2)
    store = SqliteTeamStore(tmp_path / "teams.sqlite3")
    seen: list[set[str]] = []
    feed = SubscriptionFeed(settings, lambda live: seen.append({s.id for s in live}))
    following = asyncio.create_task(feed.follow())
    producer = AIOKafkaProducer(bootstrap_servers=kafka_address(), acks="all")
    try:
        team, _ = store.create_team("ops")
        kept = store.add_subscription(team.team_id, SubscriptionSpec(places=["idlib"]), "idlib-watch")
        store.add_subscription(team.team_id, SubscriptionSpec(types=["explosion"]), "blasts")
        publisher = SubscriptionPublisher(settings, store.version, store.subscriptions)
        name = await ensure_topic(settings)
        await producer.start()
        assert await publisher.publish_changes(producer, name) == 2
        assert await publisher.publish_changes(producer, name) == 0, "nothing changed, nothing sent"

        async def both() -> bool | None:
            return True if seen and seen[-1] == {"idlib-watch", "blasts"} else None

        await _until(both, "the follower did not see both subscriptions")
        assert feed.subscriptions["idlib-watch"].places == kept.places

        store.delete_subscription(team.team_id, "blasts")
        assert await publisher.publish_changes(producer, name) == 1  # a tombstone

        async def one() -> bool | None:
            return True if seen[-1] == {"idlib-watch"} else None

        await _until(one, "the follower did not see the deletion")
    finally:
        following.cancel()
        await producer.stop()
        store.close()
        await run.cleanup()
    run.remove_logs()  # reached only when the test passed


def api_settings(run: PipelineRun, teams: Path, tmp_path: Path) -> Settings:
    """The API's settings beside a pipeline run: its topics, its indices, the teams' store."""
    return Settings(
        kafka_bootstrap=kafka_address(),
        elasticsearch_url=es_address(),
        topic_prefix=run.prefix,
        index_prefix=run.index_prefix,
        topic_partitions=run.partitions,
        teams_path=teams,
        store_path=tmp_path / "unused.sqlite3",
    )


async def test_a_subscription_created_over_http_matches_on_a_running_worker(tmp_path: Path) -> None:
    run = PipelineRun(partitions=2)
    teams = tmp_path / "teams.sqlite3"
    token = make_team(teams, "wall-room")
    settings = api_settings(run, teams, tmp_path)
    await ensure_topics(settings, PUBLIC_TOPICS + INTERNAL_TOPICS)  # before anything is sent to them
    run.start_worker()
    producer = AIOKafkaProducer(bootstrap_servers=kafka_address(), acks="all")
    await producer.start()
    try:
        async with serving(create_app(settings)) as base, httpx.AsyncClient(base_url=base) as http:
            response = await http.post(
                "/subscriptions",
                headers=bearer(token),
                json={"name": "مفخخات", "types": ["explosion"], "places": ["aleppo"]},
            )
            assert response.status_code == 201, response.text
            subscription_id = response.json()["id"]
            await _until(lambda: _on_topic(run, "subscriptions", subscription_id), "not published")

            article = Article(
                article_id="bab-1", url="http://127.0.0.1/bab", canonical_url="http://127.0.0.1/bab",
                source_id="wire", title=REPORT.splitlines()[0], text=REPORT.splitlines()[1],
                published_at="2020-01-25", fetched_at="2020-01-25T10:00:00.000+00:00", lang="ar",
                content_hash="bab-1",
            )
            await producer.send_and_wait(
                f"{run.prefix}articles", article.to_json().encode(), key=article.article_id.encode()
            )

            async def alerted() -> dict | None:  # type: ignore[type-arg]
                alerts = await run.read_topic("alerts")
                return next((a for a in alerts if a["subscription_id"] == subscription_id), None)

            alert = await _until(alerted, "no alert for the subscription made over HTTP")
            assert alert["incident"]["type"] == "explosion"
            assert alert["incident"]["headline"]["killed"] == 7
    finally:
        await producer.stop()
        run.stop_workers()
        await run.cleanup()
    run.remove_logs()  # reached only when the test passed


def _article(article_id: str, source_id: str, report: str) -> Article:
    title, text = report.splitlines()
    return Article(
        article_id=article_id, url=f"http://127.0.0.1/{article_id}",
        canonical_url=f"http://127.0.0.1/{article_id}", source_id=source_id, title=title, text=text,
        published_at="2020-01-25", fetched_at="2020-01-25T10:00:00.000+00:00", lang="ar",
        content_hash=article_id,
    )


async def test_an_incident_silenced_over_http_alerts_only_the_team_that_did_not_silence_it(
    tmp_path: Path,
) -> None:
    run = PipelineRun(partitions=2)
    teams = tmp_path / "teams.sqlite3"
    quiet_token, loud_token = make_team(teams, "silencers"), make_team(teams, "listeners")
    store = SqliteTeamStore(teams)
    quiet_team = store.authenticate(quiet_token)
    store.close()
    assert quiet_team is not None
    settings = api_settings(run, teams, tmp_path)
    await ensure_topics(settings, PUBLIC_TOPICS + INTERNAL_TOPICS)
    run.start_worker()
    run.start_indexer()  # the API answers for incidents it finds in Elasticsearch
    producer = AIOKafkaProducer(bootstrap_servers=kafka_address(), acks="all")
    await producer.start()
    try:
        async with serving(create_app(settings)) as base, httpx.AsyncClient(base_url=base) as http:
            spec = {"name": "مفخخات حلب", "types": ["explosion"], "places": ["aleppo"]}
            quiet, loud = [
                (await http.post("/subscriptions", headers=bearer(token), json=spec)).json()["id"]
                for token in (quiet_token, loud_token)
            ]
            for sid in (quiet, loud):
                await _until(lambda sid=sid: _on_topic(run, "subscriptions", sid), "not published")
            first = _article("bab-1", "wire", REPORT)
            await producer.send_and_wait(f"{run.prefix}articles", first.to_json().encode(), key=b"bab-1")

            async def alerts_for(subscription_id: str, kind: str) -> list[dict] | None:  # type: ignore[type-arg]
                alerts = await run.read_topic("alerts")
                found = [a for a in alerts if a["subscription_id"] == subscription_id and a["kind"] == kind]
                return found or None

            (new,) = await _until(lambda: alerts_for(quiet, "new"), "no alert before the silence")
            await _until(lambda: alerts_for(loud, "new"), "no alert for the other team")
            incident_id = new["incident_id"]

            until = (datetime.now(UTC) + timedelta(days=1)).isoformat()

            async def silenced() -> bool | None:  # 404 until the indexer has the incident
                response = await http.post(
                    f"/incidents/{incident_id}/silence", params={"until": until}, headers=bearer(quiet_token)
                )
                assert response.status_code in (200, 404), response.text
                return True if response.status_code == 200 else None

            await _until(silenced, "the API never found the incident to silence")
            started = time.monotonic()
            key = mark_key(quiet_team.team_id, incident_id)
            await _until(lambda: _on_topic(run, "subscriptions", key), "the silence was not published")
            assert time.monotonic() - started < 10, "a silence reaches the topic within seconds"
            await asyncio.sleep(FEED_MARGIN_S)

            later = _article("bab-2", "other", LATER_REPORT)
            await producer.send_and_wait(f"{run.prefix}articles", later.to_json().encode(), key=b"bab-2")
            (update,) = await _until(lambda: alerts_for(loud, "update"), "the other team got no update")
            assert update["incident"]["headline"]["killed"] == 12
            # one step raised both teams' alerts; give the partitions a moment to show all of it
            await asyncio.sleep(2.0)
            quiet_alerts = [a for a in await run.read_topic("alerts") if a["subscription_id"] == quiet]
            assert [a["kind"] for a in quiet_alerts] == ["new"], "the silenced team heard of it again"
    finally:
        await producer.stop()
        run.stop_workers()
        await run.cleanup()
    run.remove_logs()  # reached only when the test passed


async def _on_topic(run: PipelineRun, name: str, key: str) -> bool | None:
    consumer = AIOKafkaConsumer(
        f"{run.prefix}{name}", bootstrap_servers=kafka_address(), auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        batch = await consumer.getmany(timeout_ms=2000)
        keys = {m.key.decode() for messages in batch.values() for m in messages if m.key}
        return True if key in keys else None
    finally:
        await consumer.stop()


def test_subscription_records_round_trip() -> None:
    from streams.engines.kafka.subscriptions import decode, encode

    spec = SubscriptionSpec(keywords=["مفخخة"], places=["idlib"], min_killed=3)
    subscription = spec.to_subscription("s1", "t1")
    assert decode(encode(subscription)) == subscription
    assert json.loads(encode(subscription))["team_id"] == "t1"

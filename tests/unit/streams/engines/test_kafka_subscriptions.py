"""The subscriptions topic's records, read without a broker: silences share the topic with
subscriptions under their own keys, and the feed answers ``Matcher.muted`` from them."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from streams.api.store import IncidentMark
from streams.engines.kafka.subscriptions import (
    SubscriptionFeed,
    decode_mark,
    encode,
    encode_mark,
    mark_key,
)
from streams.pipeline.alerts import Matcher
from streams.pipeline.subscriptions import ID_PATTERN, SubscriptionSpec
from streams.settings import Settings
from tests.factories import make_alert


@dataclass
class Record:
    key: bytes
    value: bytes | None


def _later(hours: float) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat(timespec="seconds")


def _mark(team_id: str, incident_id: str, hours: float) -> Record:
    mark = IncidentMark(incident_id, None, _later(hours))
    return Record(mark_key(team_id, incident_id).encode(), encode_mark(team_id, mark))


def test_a_mark_round_trips_and_its_key_cannot_be_a_subscription_id():
    mark = IncidentMark("i1", None, _later(2))
    assert decode_mark(encode_mark("team_a", mark)) == ("team_a", mark)
    assert re.match(ID_PATTERN, mark_key("team_a", "i1")) is None, "no subscription id looks like it"


def test_the_feed_keeps_silences_apart_from_subscriptions_and_forgets_on_a_tombstone():
    changes: list[list[str]] = []
    feed = SubscriptionFeed(Settings(), lambda live: changes.append([s.id for s in live]))
    subscription = SubscriptionSpec(places=["idlib"]).to_subscription("s1", "team_a")
    silenced, ended = _mark("team_a", "i1", hours=2), _mark("team_a", "i2", hours=-1)
    assert feed.apply([Record(b"s1", encode(subscription)), silenced, ended]) is True
    assert list(feed.subscriptions) == ["s1"], "marks are not subscriptions"
    assert feed.is_silenced("team_a", "i1")
    assert not feed.is_silenced("team_a", "i2"), "a silence that has ended"
    assert not feed.is_silenced("team_b", "i1"), "another team's silence"
    assert feed.apply([Record(mark_key("team_a", "i1").encode(), None)]) is False, "no subscription changed"
    assert not feed.is_silenced("team_a", "i1")
    assert feed.apply([Record(mark_key("team_a", "i3").encode(), b"{not json")]) is False
    assert ("team_a", "i3") not in feed.marks


def test_a_worker_matcher_asking_the_feed_mutes_only_the_team_that_silenced():
    feed = SubscriptionFeed(Settings(), lambda live: None)
    alert = make_alert()
    spec = SubscriptionSpec(places=["ariha"])
    matcher = Matcher([spec.to_subscription("quiet", "team_a"), spec.to_subscription("loud", "team_b")])
    matcher.muted = feed.is_silenced
    feed.apply([_mark("team_a", alert.incident_id, hours=1)])
    assert [a.subscription_id for a in matcher.match(alert.incident)] == ["loud"]

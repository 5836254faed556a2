"""A source's health folded from its targets' states: one rule for summary, status and API."""

from crawlers.health import SourceHealth, failing, source_health
from crawlers.schedule import TargetState


def target(source_id: str, url: str, *, failures: int = 0, success: float | None = None,
           error: str | None = None) -> TargetState:
    return TargetState(source_id, url, failures=failures, last_success=success, last_error=error)


def test_a_source_with_every_target_read_is_healthy() -> None:
    states = [target("a", "http://a/feed", success=100.0), target("a", "http://a/map", success=9.0)]
    health = source_health(states)
    assert health == {"a": SourceHealth("a", 2, 0, 0, 100.0, None)}
    assert not health["a"].failing
    assert failing(health) == []


def test_one_failing_target_makes_the_source_failing_and_names_the_worst_target() -> None:
    health = source_health([
        target("a", "http://a/feed", failures=1, success=50.0, error="http-503"),
        target("a", "http://a/map", failures=3, success=40.0, error="connect"),
        target("a", "http://a/news", success=120.0),
    ])["a"]
    assert health.failing and health.failing_targets == 2
    assert health.consecutive_failures == 4  # failed polls since each target's last success
    assert health.last_success == 120.0
    assert health.last_error == "http://a/map: connect"


def test_sources_are_kept_apart_and_listed_failing_by_name() -> None:
    health = source_health([
        target("zeta", "http://z/feed", failures=2, error="timeout"),
        target("alpha", "http://a/feed", failures=1, error="robots"),
        target("ok", "http://o/feed", success=1.0),
    ])
    assert list(health) == ["alpha", "ok", "zeta"]
    assert [h.source_id for h in failing(health)] == ["alpha", "zeta"]
    assert health["zeta"].never_succeeded and not health["ok"].never_succeeded


def test_as_json_and_as_a_line() -> None:
    health = source_health([target("a", "http://a/feed", failures=2, success=0.0, error="http-404")])["a"]
    assert health.to_dict() == {
        "source_id": "a",
        "targets": 1,
        "failing_targets": 1,
        "consecutive_failures": 2,
        "last_success": "1970-01-01T00:00:00+00:00",
        "last_error": "http://a/feed: http-404",
    }
    line = health.describe()
    assert "2 failed poll(s) in a row" in line and "http://a/feed: http-404" in line
    never = source_health([target("b", "http://b/feed", failures=1)])["b"]
    assert never.to_dict()["last_success"] is None and "last success never" in never.describe()
    assert never.last_error == "http://b/feed: failed"  # no reason recorded

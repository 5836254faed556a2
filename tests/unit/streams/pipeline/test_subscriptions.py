"""The subscription schema: YAML seeds and HTTP bodies are refused with the file, entry and field."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from streams.pipeline.subscriptions import (
    SubscriptionError,
    SubscriptionSpec,
    channel_scheme,
    load_subscriptions,
)


def load(tmp_path: Path, text: str):
    path = tmp_path / "subs.yaml"
    path.write_text(text, encoding="utf-8")
    return load_subscriptions(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("subscriptions: [{id: x, min_kiled: 5}]", "entry 1 (x): min_kiled: Extra inputs are not permitted"),
        ("subscriptions: [{id: x, actors: isis}]", "entry 1 (x): actors: Input should be a valid list"),
        ("subscriptions: [{id: x, actors: [isiss]}]", "unknown actor 'isiss'; did you mean isis"),
        ("subscriptions: [{id: x, types: [airstrik]}]", "did you mean airstrike"),
        ("subscriptions: [{id: x}, {id: x}]", "entry 2 (x): id: 'x' is used by an earlier entry"),
        ("subscriptions: [{id: x, min_killed: -1}]", "min_killed: Input should be greater"),
        ("subscriptions: [{id: x, channels: ['ftp://a/b']}]", "unsupported channel scheme 'ftp'"),
        ("subscriptions: [{id: x, policy: {mode: digest}}]", "a digest needs every_hours"),
        ("subscription: []", "unknown top-level key(s): subscription"),
        ("subscriptions: {id: x}", "'subscriptions' must be a list"),
        ("subscriptions: [[1, 2]]", "entry 1: (entry): Input should be a valid dictionary"),
    ],
)
def test_mistakes_name_the_file_entry_and_field(tmp_path, text, message):
    with pytest.raises(SubscriptionError) as caught:
        load(tmp_path, text)
    assert str(caught.value).startswith(str(tmp_path / "subs.yaml"))
    assert message in str(caught.value)


def test_a_valid_entry_is_normalised(tmp_path):
    (sub,) = load(
        tmp_path,
        """
subscriptions:
  - id: car-bombs
    keywords: ["سيارةٌ مُفخّخة"]
    exclude: ["تدريب"]
    actors: [هيئة تحرير الشام]
    places: [إدلب]
    channels: ["tgram://123456:abcdef/-100200", "https://hooks.example.org/nw"]
    policy: {mode: digest, every_hours: 6, updates: false}
""",
    )
    assert sub.keywords == ("سياره مفخخه",)
    assert sub.actors == ("hts",) and sub.places == ("idlib",)
    assert sub.policy.mode == "digest" and sub.policy.every_hours == 6 and not sub.policy.updates


def test_unknown_place_suggests_close_ids():
    with pytest.raises(ValidationError) as caught:
        SubscriptionSpec.model_validate({"places": ["idlibb"]})
    (error,) = caught.value.errors()
    assert error["loc"] == ("places",)
    assert "did you mean idlib" in error["msg"]


@pytest.mark.parametrize("url", ["slack://T1/B2/C3", "https://example.org/hook", "mailto://u:p@example.org"])
def test_channel_urls_accepted(url):
    assert channel_scheme(url)


@pytest.mark.parametrize("url", ["example.org/hook", "https:///nohost", "slack://", "javascript://x"])
def test_channel_urls_refused(url):
    with pytest.raises(ValueError):
        channel_scheme(url)

"""Alert matching: who hears of an incident, once, and again only when it matters."""

from pathlib import Path

import pytest

from streams.pipeline.alerts import IncidentFacts, Matcher, Subscription, load_subscriptions
from streams.pipeline.merge import Merger
from tests.unit.streams.pipeline.test_merge import ISIS, NOW, event


def subs(tmp_path: Path, text: str) -> list[Subscription]:
    path = tmp_path / "subs.yaml"
    path.write_text(text, encoding="utf-8")
    return load_subscriptions(path)


SUBSCRIPTIONS = """
subscriptions:
  - {id: aleppo, places: [aleppo]}
  - {id: aleppo-10, places: [حلب], min_killed: 10}
  - {id: isis, actors: [isis]}
  - {id: car-bombs, keywords: ["سيارة مُفخخة"], types: [explosion]}
  - {id: idlib, places: [idlib]}
"""


def incident_with(*events):
    merger = Merger()
    for e in events:
        incident, _ = merger.add(e, NOW)
    return incident


def test_a_governorate_subscription_hears_of_its_towns(tmp_path):
    matcher = Matcher(subs(tmp_path, SUBSCRIPTIONS))
    alerts = matcher.match(incident_with(event("e1", place="al_bab", killed=5)), NOW)
    assert [a.subscription_id for a in alerts] == ["aleppo"]
    assert alerts[0].kind == "new" and "Al-Bab" in alerts[0].reason


def test_actor_keyword_and_threshold_subscriptions(tmp_path):
    matcher = Matcher(subs(tmp_path, SUBSCRIPTIONS))
    blast = event("e1", place="al_bab", killed=12, actors=[ISIS])
    blast.evidence = "انفجرت سيارة مفخخة في سوق المدينة"
    ids = sorted(a.subscription_id for a in matcher.match(incident_with(blast), NOW))
    assert ids == ["aleppo", "aleppo-10", "car-bombs", "isis"]


def test_one_alert_per_incident_then_one_update_when_the_toll_rises(tmp_path):
    matcher = Matcher(subs(tmp_path, "subscriptions: [{id: aleppo, places: [aleppo]}]"))
    merger = Merger()
    first, _ = merger.add(event("e1", killed=5), NOW)
    (new,) = matcher.match(first, NOW)
    assert new.kind == "new"
    second, _ = merger.add(event("e2", killed=5, source="furat"), NOW)
    assert matcher.match(second, NOW) == []
    third, _ = merger.add(event("e3", killed=11, source="sham"), NOW)
    (update,) = matcher.match(third, NOW)
    assert update.kind == "update" and "killed rose from 5 to 11" in update.reason
    assert update.alert_id != new.alert_id and update.incident_id == new.incident_id


def test_an_update_when_the_account_becomes_disputed(tmp_path):
    matcher = Matcher(subs(tmp_path, "subscriptions: [{id: idlib, places: [idlib]}]"))
    merger = Merger()
    first, _ = merger.add(event("e1", place="ariha", type="airstrike", killed=10), NOW)
    matcher.match(first, NOW)
    disputed, _ = merger.add(event("e2", place="ariha", type="airstrike", contested=True), NOW)
    (update,) = matcher.match(disputed, NOW)
    assert "disputed" in update.reason


def test_alert_ids_are_deterministic_across_runs(tmp_path):
    incident = incident_with(event("e1", killed=5))
    first = Matcher(subs(tmp_path, SUBSCRIPTIONS)).match(incident, NOW)
    second = Matcher(subs(tmp_path, SUBSCRIPTIONS)).match(incident, NOW)
    assert [a.alert_id for a in first] == [a.alert_id for a in second]


def test_a_restarted_matcher_remembers_what_it_sent(tmp_path):
    incident = incident_with(event("e1", killed=5))
    (sent,) = Matcher(subs(tmp_path, "subscriptions: [{id: a, places: [aleppo]}]")).match(incident, NOW)
    restarted = Matcher(subs(tmp_path, "subscriptions: [{id: a, places: [aleppo]}]"))
    restarted.restore(sent)
    assert restarted.match(incident, NOW) == []


def test_unknown_places_and_missing_ids_are_refused_clearly(tmp_path):
    with pytest.raises(ValueError, match="unknown place"):
        subs(tmp_path, "subscriptions: [{id: x, places: [atlantis]}]")
    with pytest.raises(ValueError, match="'id'"):
        subs(tmp_path, "subscriptions: [{places: [aleppo]}]")


def test_index_files_each_subscription_under_its_most_selective_field(tmp_path):
    matcher = Matcher(subs(tmp_path, SUBSCRIPTIONS))
    facts = IncidentFacts.of(incident_with(event("e1", place="ariha")))
    candidates = {s.id for s in matcher.candidates(facts)}
    assert candidates == {"idlib", "car-bombs"}

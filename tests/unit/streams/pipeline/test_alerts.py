"""Alert matching: who hears of an incident, once, and again only when it matters."""

import dataclasses
from pathlib import Path

import pytest

from streams.pipeline.alerts import IncidentFacts, Matcher, Subscription, load_subscriptions
from tests.factories import Merger
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
        *_, incident = merger.add(e, NOW)
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
    *_, first = merger.add(event("e1", killed=5), NOW)
    (new,) = matcher.match(first, NOW)
    assert new.kind == "new"
    *_, second = merger.add(event("e2", killed=5, source="furat"), NOW)
    assert matcher.match(second, NOW) == []
    *_, third = merger.add(event("e3", killed=11, source="sham"), NOW)
    (update,) = matcher.match(third, NOW)
    assert update.kind == "update" and "killed rose from 5 to 11" in update.reason
    assert update.alert_id != new.alert_id and update.incident_id == new.incident_id


def test_an_update_when_the_account_becomes_disputed(tmp_path):
    matcher = Matcher(subs(tmp_path, "subscriptions: [{id: idlib, places: [idlib]}]"))
    merger = Merger()
    *_, first = merger.add(event("e1", place="ariha", type="airstrike", killed=10), NOW)
    matcher.match(first, NOW)
    *_, disputed = merger.add(event("e2", place="ariha", type="airstrike", contested=True), NOW)
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
    with pytest.raises(ValueError, match="entry 1: id: Field required"):
        subs(tmp_path, "subscriptions: [{places: [aleppo]}]")


def test_index_files_each_subscription_under_its_most_selective_field(tmp_path):
    matcher = Matcher(subs(tmp_path, SUBSCRIPTIONS))
    facts = IncidentFacts.of(incident_with(event("e1", place="ariha")))
    candidates = {s.id for s in matcher.candidates(facts)}
    assert candidates == {"idlib", "car-bombs"}


def test_exclusions_injured_threshold_and_sources_narrow_a_subscription(tmp_path):
    matcher = Matcher(
        subs(
            tmp_path,
            """
subscriptions:
  - {id: no-drill, places: [aleppo], exclude: ["تدريب"]}
  - {id: wounded, places: [aleppo], min_injured: 10}
  - {id: from-sham, places: [aleppo], sources: [sham]}
""",
        )
    )
    blast = event("e1", killed=2, injured=12, source="sham")
    blast.evidence = "انفجار خلال تدريب عسكري"
    assert sorted(a.subscription_id for a in matcher.match(incident_with(blast), NOW)) == [
        "from-sham", "wounded",
    ]
    other = event("e2", place="manbij", killed=2, injured=3, source="furat")
    assert [a.subscription_id for a in matcher.match(incident_with(other), NOW)] == ["no-drill"]


def test_updates_off_means_one_alert_per_incident(tmp_path):
    text = "subscriptions: [{id: quiet, places: [aleppo], policy: {updates: false}}]"
    matcher = Matcher(subs(tmp_path, text))
    merger = Merger()
    *_, first = merger.add(event("e1", killed=5), NOW)
    assert len(matcher.match(first, NOW)) == 1
    *_, risen = merger.add(event("e2", killed=11, source="sham"), NOW)
    assert matcher.match(risen, NOW) == []


def test_a_muted_incident_raises_nothing_for_that_team_only():
    from streams.pipeline.subscriptions import Subscription as Sub

    incident = incident_with(event("e1", killed=5))
    silenced = {("team-a", incident.incident_id)}
    matcher = Matcher(
        [Sub("a1", places=("aleppo",), team_id="team-a"), Sub("b1", places=("aleppo",), team_id="team-b")],
        muted=lambda team, incident_id: (team, incident_id) in silenced,
    )
    assert [a.subscription_id for a in matcher.match(incident, NOW)] == ["b1"]


def test_replace_swaps_the_subscriptions_and_keeps_what_was_sent(tmp_path):
    matcher = Matcher(subs(tmp_path, "subscriptions: [{id: a, places: [aleppo]}]"))
    incident = incident_with(event("e1", killed=5))
    assert len(matcher.match(incident, NOW)) == 1
    matcher.replace(subs(tmp_path, "subscriptions: [{id: a, places: [aleppo]}, {id: b, places: [al_bab]}]"))
    assert [a.subscription_id for a in matcher.match(incident, NOW)] == ["b"]
    matcher.replace([])
    assert matcher.match(incident_with(event("e9", place="idlib_city", killed=1)), NOW) == []


def test_an_alert_id_is_what_it_announces_not_how_the_incident_got_there(tmp_path):
    """Two routes to the same incident state announce it with the same id."""
    one_by_one = incident_with(event("e1", killed=5), event("e2", killed=5, source="furat"))
    at_once = dataclasses.replace(one_by_one, version=9, updated_at="later")
    first = Matcher(subs(tmp_path, SUBSCRIPTIONS)).match(one_by_one, NOW)
    second = Matcher(subs(tmp_path, SUBSCRIPTIONS)).match(at_once, NOW)
    assert [a.alert_id for a in first] == [a.alert_id for a in second]


def test_merged_incidents_carry_over_what_a_subscription_was_told(tmp_path):
    matcher = Matcher(subs(tmp_path, "subscriptions: [{id: aleppo, places: [aleppo]}]"))
    merger = Merger()
    (early,) = merger.add(event("e2", date="2020-01-23", killed=3), NOW)
    (late,) = merger.add(event("e3", date="2020-01-27", killed=4), NOW)
    assert [a.kind for a in matcher.match(early, NOW) + matcher.match(late, NOW)] == ["new", "new"]
    superseded, incident = merger.add(event("e5", date="2020-01-25", killed=4), NOW)
    assert matcher.match(superseded, NOW) == []
    (update,) = matcher.match(incident, NOW)
    assert update.kind == "update" and "2 incidents alerted on are one incident" in update.reason
    assert "killed rose from 4" not in update.reason
    assert matcher.match(incident, NOW) == []


def test_a_subscription_told_of_one_part_hears_nothing_new_when_it_is_absorbed(tmp_path):
    matcher = Matcher(subs(tmp_path, "subscriptions: [{id: aleppo, places: [aleppo]}]"))
    merger = Merger()
    (first,) = merger.add(event("e5", killed=5), NOW)
    matcher.match(first, NOW)
    _, renamed = merger.add(event("e1", killed=5, source="furat"), NOW)
    assert renamed.merged_from == [first.incident_id]
    assert matcher.match(renamed, NOW) == []
    *_, risen = merger.add(event("e7", killed=9), NOW)
    (update,) = matcher.match(risen, NOW)
    assert update.kind == "update" and "killed rose from 5 to 9" in update.reason

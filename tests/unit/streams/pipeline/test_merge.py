"""Incident merge: which reports are one incident, and what the merged record says."""

from streams.extraction import places
from streams.pipeline.merge import Merger, is_same_incident, merge_key, new_incident, total_killed
from streams.records import Actor, Casualties, Event

NOW = "2020-01-25T12:00:00+00:00"
ISIS = Actor("isis", "تنظيم الدولة", "Islamic State", "perpetrator")


def event(event_id, *, place="al_bab", type="explosion", date="2020-01-25", killed=None, injured=None,
          approximate=False, contested=False, actors=(), source="s1", claimed_by=()):
    counts = [Casualties(killed=killed, injured=injured, approximate=approximate, group="civilians")]
    return Event(
        event_id=event_id, type=type, date=date, actors=list(actors), locations=[places.lookup(place)],
        casualties=counts if killed is not None or injured is not None else [], claimed_by=list(claimed_by),
        contested=contested, evidence=f"evidence {event_id}", article_id=f"a-{event_id}", source_id=source,
    )


def test_reports_of_one_blast_from_three_outlets_are_one_incident_with_a_toll_range():
    merger = Merger()
    first, before = merger.add(event("e1", killed=5, injured=15, source="sham"), NOW)
    assert before is None
    second, before = merger.add(event("e2", killed=7, approximate=True, source="furat"), NOW)
    third, _ = merger.add(event("e3", killed=6, approximate=True, source="idlib", date="2020-01-26"), NOW)
    assert first.incident_id == second.incident_id == third.incident_id
    assert [r.source_id for r in third.reports] == ["sham", "furat", "idlib"]
    (toll,) = third.toll
    assert (toll.group, toll.killed_min, toll.killed_max, toll.injured_max) == ("civilians", 5, 7, 15)
    assert toll.approximate
    assert (third.date_start, third.date_end, third.version) == ("2020-01-25", "2020-01-26", 3)
    assert total_killed(third) == 7


def test_a_town_and_its_governorate_are_nested_places_when_the_actors_agree():
    incident = new_incident(event("e1", place="ariha", type="airstrike", actors=[ISIS]), NOW)
    assert is_same_incident(event("e2", place="idlib", type="shelling", actors=[ISIS]), incident)
    assert not is_same_incident(event("e3", place="idlib", type="shelling"), incident)


def test_a_town_inside_a_district_is_the_same_place():
    incident = new_incident(event("e1", place="al_bab"), NOW)
    assert is_same_incident(event("e2", place="bab_district"), incident)


def test_different_towns_types_or_weeks_are_different_incidents():
    incident = new_incident(event("e1", place="al_bab"), NOW)
    assert not is_same_incident(event("e2", place="ariha"), incident)
    assert not is_same_incident(event("e3", type="airstrike"), incident)
    assert not is_same_incident(event("e4", date="2020-02-10"), incident)


def test_clash_and_ambush_are_one_family_airstrike_and_shelling_another():
    incident = new_incident(event("e1", type="armed_clash", place="sarmin"), NOW)
    assert is_same_incident(event("e2", type="ambush", place="sarmin"), incident)
    bombing = new_incident(event("e3", type="airstrike", place="sarmin"), NOW)
    assert is_same_incident(event("e4", type="shelling", place="sarmin"), bombing)


def test_one_disputing_report_makes_the_incident_contested():
    merger = Merger()
    merger.add(event("e1", killed=10, place="ariha", type="airstrike"), NOW)
    incident, _ = merger.add(event("e2", place="ariha", type="airstrike", contested=True), NOW)
    assert incident.contested


def test_the_same_report_twice_changes_nothing():
    merger = Merger()
    merger.add(event("e1", killed=5), NOW)
    again, before = merger.add(event("e1", killed=5), NOW)
    assert again == before


def test_merge_key_puts_reports_of_one_governorate_and_family_together():
    assert merge_key(event("e1", place="al_bab")) == merge_key(event("e2", place="bab_district"))
    assert merge_key(event("e1", place="al_bab")) != merge_key(event("e2", place="ariha"))


def test_a_restored_incident_still_takes_new_reports():
    incident = new_incident(event("e1", killed=5), NOW)
    merger = Merger()
    merger.restore(incident)
    merged, before = merger.add(event("e2", killed=11), NOW)
    assert before == incident and merged.incident_id == incident.incident_id


def test_a_reports_total_is_its_groups_added_or_its_unattributed_figure_if_larger():
    merger = Merger()
    e = event("e1", killed=5)
    e.casualties.append(Casualties(killed=7, approximate=True))  # "سبعة أشخاص بينهم خمسة مدنيين"
    incident, _ = merger.add(e, NOW)
    assert total_killed(incident) == 7
    soldiers = event("e2", killed=3)
    soldiers.casualties.append(Casualties(killed=2, group="government forces"))
    incident, _ = merger.add(soldiers, NOW)
    assert total_killed(incident) == 7
    assert total_killed(merger.add(event("e3", killed=6, injured=2), NOW)[0]) == 7

"""Incident merge: which reports are one incident, whatever order they come in, and what the
merged record says."""

import dataclasses
import datetime
import itertools
import json
import random

import pytest

from streams.extraction import places
from streams.pipeline import merge
from streams.pipeline.merge import Feature, MergeState, incident_id_for, linked, merge_key
from streams.records import Actor, Casualties, Event, Incident
from tests.factories import Merger

NOW = "2020-01-25T12:00:00+00:00"
ISIS = Actor("isis", "تنظيم الدولة", "Islamic State", "perpetrator")


def event(event_id, *, place="al_bab", type="explosion", date="2020-01-25", killed=None, injured=None,
          approximate=False, contested=False, actors=(), source="s1", claimed_by=(), article=None):
    counts = [Casualties(killed=killed, injured=injured, approximate=approximate, group="civilians")]
    return Event(
        event_id=event_id, type=type, date=date, actors=list(actors), locations=[places.lookup(place)],
        casualties=counts if killed is not None or injured is not None else [], claimed_by=list(claimed_by),
        contested=contested, evidence=f"evidence {event_id}", article_id=article or f"a-{event_id}",
        source_id=source,
    )


def feature(e: Event) -> Feature:
    return Feature.of(e.type, e.date, e.locations, [a.id for a in e.actors], e.evidence, bool(e.casualties))


def merged(*events: Event) -> list[Incident]:
    """The live incidents after feeding ``events`` in this order."""
    merger = Merger()
    for e in events:
        merger.add(e, NOW)
    return sorted(merger.incidents(), key=lambda i: i.incident_id)


def membership(incidents: list[Incident]) -> list[tuple[str, list[str]]]:
    return [(i.incident_id, [r.event_id for r in i.reports]) for i in incidents]


def only(incidents: list[Incident]) -> Incident:
    (incident,) = incidents
    return incident


def test_reports_of_one_blast_from_three_outlets_are_one_incident_with_a_toll_range():
    incident = only(merged(
        event("e1", killed=5, injured=15, source="sham"),
        event("e2", killed=7, approximate=True, source="furat"),
        event("e3", killed=6, approximate=True, source="idlib", date="2020-01-26"),
    ))
    assert incident.incident_id == incident_id_for("e1")
    assert [r.source_id for r in incident.reports] == ["sham", "furat", "idlib"]
    (toll,) = incident.toll
    assert (toll.group, toll.killed_min, toll.killed_max, toll.injured_max) == ("civilians", 5, 7, 15)
    assert (incident.date_start, incident.date_end) == ("2020-01-25", "2020-01-26")
    assert (incident.headline.killed, incident.headline.killed_min, incident.headline.injured) == (7, 5, 15)


def test_a_town_and_its_governorate_are_nested_places_when_the_actors_agree():
    town = feature(event("e1", place="ariha", type="airstrike", actors=[ISIS]))
    assert linked(feature(event("e2", place="idlib", type="shelling", actors=[ISIS])), town)
    assert not linked(feature(event("e3", place="idlib", type="shelling")), town)


def figured(e: Event) -> Feature:
    """``feature`` with the report's figures, as the merge reads them."""
    killed = max((c.killed for c in e.casualties if c.killed is not None), default=None)
    injured = max((c.injured for c in e.casualties if c.injured is not None), default=None)
    return Feature.of(e.type, e.date, e.locations, [a.id for a in e.actors], e.evidence, bool(e.casualties),
                      (killed, injured))


def test_a_town_s_report_naming_nobody_meets_its_governorate_s_report_by_the_same_toll():
    """"ستة قتلى وتسعة جرحى بانفجار في سراقب" and "تنظيم الدولة يتبنى تفجيرا في إدلب قتل ستة":
    the town's report names nobody, so it cannot disagree on the doer, and the figures agree."""
    town = figured(event("e1", place="saraqib", killed=6, injured=9))
    claim = figured(event("e2", place="idlib", type="attack", killed=6, actors=[ISIS]))
    assert linked(town, claim) and linked(claim, town)
    # other figures, or none: the governorate's claim could be any of its incidents
    assert not linked(figured(event("e3", place="saraqib", killed=2)), claim)
    assert not linked(figured(event("e4", place="saraqib")), claim)
    # a town's report that names a party needs it shared, figures or not
    named = figured(event("e5", place="saraqib", killed=6, actors=[Actor("hts", "هيئة تحرير الشام",
                                                                      "HTS", "perpetrator")]))
    assert not linked(named, claim)


def test_a_same_toll_does_not_let_a_report_hang_from_a_governorate_s_report_that_names_a_party():
    country = figured(event("f1", place="sy", type="other", killed=6))
    claim = figured(event("e2", place="idlib", type="attack", killed=6, actors=[ISIS]))
    assert country.hangs and not merge.follows(country, claim)


def test_a_town_inside_a_district_is_the_same_place():
    assert linked(feature(event("e1", place="al_bab")), feature(event("e2", place="bab_district")))


def test_different_towns_types_or_weeks_are_different_incidents():
    blast = feature(event("e1", place="al_bab"))
    assert not linked(feature(event("e2", place="ariha")), blast)
    assert not linked(feature(event("e3", type="airstrike")), blast)
    assert not linked(feature(event("e4", date="2020-02-10")), blast)


def test_clash_and_ambush_are_one_family_airstrike_and_shelling_another():
    clash, ambush, strike, shelling = (
        feature(event(f"e{n}", type=kind, place="sarmin"))
        for n, kind in enumerate(("armed_clash", "ambush", "airstrike", "shelling"))
    )
    assert linked(clash, ambush)
    assert linked(strike, shelling)
    assert not linked(clash, strike)


def test_the_relation_is_symmetric():
    reports = [event("e1", place="ariha", type="airstrike", actors=[ISIS]),
               event("e2", place="idlib", type="shelling", actors=[ISIS]),
               event("e3", place="al_bab"), event("e4", place="bab_district")]
    for a, b in itertools.product(map(feature, reports), repeat=2):
        assert linked(a, b) == linked(b, a)


def test_one_disputing_report_makes_the_incident_contested():
    incident = only(merged(
        event("e1", killed=10, place="ariha", type="airstrike"),
        event("e2", place="ariha", type="airstrike", contested=True),
    ))
    assert incident.contested


def test_the_same_report_twice_changes_nothing():
    merger = Merger()
    merger.add(event("e1", killed=5), NOW)
    assert merger.add(event("e1", killed=5), NOW) == []


def test_merge_key_is_the_country_for_every_type_and_every_level():
    assert merge_key(event("e1", place="al_bab")) == merge_key(event("e2", place="bab_district")) == "SY"
    assert merge_key(event("e1", place="al_bab")) == merge_key(event("e2", place="al_bab", type="other"))
    # a report that names only the country meets the incidents of all its governorates
    assert merge_key(event("e1", place="al_bab")) == merge_key(event("e2", place="ariha"))
    assert merge_key(event("e3", place="sy")) == "SY"
    assert merge_key(event("e4", place="iq_tuz_khurmatu")) == "IQ"


def test_a_report_naming_only_the_country_joins_the_incident_of_its_actors():
    town = event("e1", place="ariha", type="airstrike", killed=4, actors=[ISIS])
    country = event("e2", place="sy", type="airstrike", killed=6, actors=[ISIS])
    for order in itertools.permutations([town, country]):
        incident = only(merged(*order))
        assert [r.event_id for r in incident.reports] == ["e1", "e2"]
        assert incident.headline.killed == 6
    # without a shared actor, "in Syria" says nothing about which incident it is
    assert len(merged(town, event("e3", place="sy", type="airstrike", killed=6))) == 2


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_report_naming_only_the_country_never_joins_two_incidents(order):
    """Two strikes by one actor in two towns on one day, and a report that places its strike
    only "in Syria": it joins one of them (the same one in every order), never both."""
    reports = [
        event("e1", place="ariha", type="airstrike", killed=4, actors=[ISIS]),
        event("e2", place="al_bab", type="airstrike", killed=2, actors=[ISIS]),
        event("e3", place="sy", type="airstrike", killed=2, actors=[ISIS]),
    ]
    incidents = merged(*(reports[i] for i in order))
    groups = sorted(sorted(r.event_id for r in incident.reports) for incident in incidents)
    assert groups in ([["e1", "e3"], ["e2"]], [["e1"], ["e2", "e3"]])
    assert membership(incidents) == membership(merged(*reports))


def test_a_report_naming_only_a_governorate_and_nobody_joins_an_incident_there():
    town = event("e1", place="ariha", type="airstrike", killed=4, actors=[ISIS])
    governorate = event("e2", place="idlib", type="airstrike", killed=6)
    assert feature(governorate).hangs
    for order in itertools.permutations([town, governorate]):
        incident = only(merged(*order))
        assert [r.event_id for r in incident.reports] == ["e1", "e2"]
        assert incident.headline.killed == 6
    # named with no figure and no actor, a governorate is a passing mention: no incident of it
    mention = event("e3", place="idlib", type="airstrike")
    assert not feature(mention).hangs
    assert len(merged(town, mention)) == 2


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_report_naming_only_a_governorate_and_nobody_never_joins_two_incidents(order):
    """Two strikes in two towns of one governorate on one day, and a report that gives a toll
    "in Idlib" naming nobody: it joins one of them (the same one in every order), never both."""
    reports = [
        event("e1", place="ariha", type="airstrike", killed=4, actors=[ISIS]),
        event("e2", place="jisr_al_shughur", type="airstrike", killed=2),
        event("e3", place="idlib", type="airstrike", killed=2),
    ]
    incidents = merged(*(reports[i] for i in order))
    groups = sorted(sorted(r.event_id for r in incident.reports) for incident in incidents)
    assert groups in ([["e1", "e3"], ["e2"]], [["e1"], ["e2", "e3"]])
    assert membership(incidents) == membership(merged(*reports))


def test_a_feature_stored_before_it_said_whether_it_counts_is_read_as_counting():
    stored = feature(event("e1", place="idlib", killed=3)).dump()[:6]
    assert Feature.load(stored).counted and Feature.load(stored).hangs


def test_a_feature_with_only_dead_in_one_figure_and_only_wounded_in_another_is_stored_and_read():
    # (None, 3) and (2, None) do not compare: the stored form orders them as the merge does
    both = dataclasses.replace(feature(event("e1", place="idlib")), figures=frozenset({(None, 3), (2, None)}))
    stored = json.loads(json.dumps(both.dump()))
    assert Feature.load(stored).figures == both.figures


def test_a_restored_incident_still_takes_new_reports():
    first = Merger()
    (incident,) = first.add(event("e1", killed=5), NOW)
    restarted = Merger()
    restarted.restore(incident)
    (after,) = restarted.add(event("e2", killed=11), NOW)
    assert after.incident_id == incident.incident_id and len(after.reports) == 2


# Two reports four days apart are not linked; a third between them links both.
EARLY, LATE, BRIDGE = (event("e2", date="2020-01-23", killed=3), event("e3", date="2020-01-27", killed=4),
                       event("e5", date="2020-01-25", killed=6))


@pytest.mark.parametrize("order", list(itertools.permutations([EARLY, LATE, BRIDGE])))
def test_membership_and_id_depend_on_the_set_of_reports_not_their_order(order):
    incident = only(merged(*order))
    assert incident.incident_id == incident_id_for("e2")
    assert [r.event_id for r in incident.reports] == ["e2", "e3", "e5"]
    assert incident.headline.killed == 6


def test_a_report_that_links_two_incidents_merges_them_and_says_so():
    merger = Merger()
    merger.add(EARLY, NOW)
    merger.add(LATE, NOW)
    assert len(merger.incidents()) == 2
    superseded, survivor = merger.add(BRIDGE, NOW)
    assert survivor.incident_id == incident_id_for("e2")
    assert survivor.merged_from == [incident_id_for("e3")]
    assert (superseded.incident_id, superseded.superseded_by) == (incident_id_for("e3"), survivor.incident_id)


def test_a_smaller_event_id_renames_the_incident_and_supersedes_the_old_id():
    merger = Merger()
    (first,) = merger.add(event("e5"), NOW)
    old, new = merger.add(event("e1"), NOW)
    assert (old.incident_id, old.superseded_by) == (first.incident_id, incident_id_for("e1"))
    assert new.incident_id == incident_id_for("e1") and new.merged_from == [first.incident_id]


def test_a_casualty_report_without_attack_words_follows_the_incident_at_its_site():
    followup = event("f1", type="other", killed=6, date="2020-01-26")
    for order in ([event("e1", killed=5), followup], [followup, event("e1", killed=5)]):
        incident = only(merged(*order))
        assert incident.type == "explosion" and [r.event_id for r in incident.reports] == ["e1", "f1"]
        assert incident.reports[1].parent == "e1"


def test_a_followup_that_arrives_first_is_its_own_incident_until_absorbed():
    merger = Merger()
    (alone,) = merger.add(event("f1", type="other", killed=6), NOW)
    assert alone.incident_id == incident_id_for("f1") and alone.type == "other"
    superseded, incident = merger.add(event("e1", killed=5), NOW)
    assert superseded.superseded_by == incident.incident_id == incident_id_for("e1")
    assert incident.merged_from == [alone.incident_id]


def test_a_followup_never_joins_two_incidents_together():
    blast, strike = event("e1", killed=5), event("e2", type="airstrike", killed=3)
    followup = event("f1", type="other", killed=6)
    for order in itertools.permutations([blast, strike, followup]):
        incidents = merged(*order)
        assert membership(incidents) == sorted(
            [(incident_id_for("e1"), ["e1", "f1"]), (incident_id_for("e2"), ["e2"])]
        )


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_followup_hangs_from_the_closest_report_in_date(order):
    reports = [event("f1", type="other", killed=6), event("e1", date="2020-01-27"),
               event("e2", type="airstrike", date="2020-01-25")]
    incidents = merged(*(reports[i] for i in order))
    assert membership(incidents) == sorted(
        [(incident_id_for("e1"), ["e1"]), (incident_id_for("e2"), ["e2", "f1"])]
    )


def test_the_state_of_a_merge_key_is_plain_json_and_loads_back():
    state = MergeState("Aleppo")
    state.add(event("e1", killed=5), NOW)
    state.add(event("f1", type="other", killed=6), NOW)
    tables = (state.records, state.indexes, state.lists)
    records, indexes, lists = (json.loads(json.dumps(table)) for table in tables)
    again = MergeState.load("Aleppo", json.loads(json.dumps(state.dump())), records, indexes, lists)
    (incident,) = again.add(event("e2", killed=7), NOW)
    assert [r.event_id for r in incident.reports] == ["e1", "e2", "f1"]


def test_the_value_of_a_key_does_not_grow_with_the_reports_of_its_incidents():
    state = MergeState("Aleppo")
    state.add(event("e000", killed=1), NOW)
    key, index = len(json.dumps(state.dump())), len(json.dumps(state.indexes))
    for n in range(1, 150):
        state.add(event(f"e{n:03d}", killed=n, source=f"outlet{n}"), NOW)
    assert len(json.dumps(state.dump())) == key
    assert len(json.dumps(state.indexes)) < index + 150 * 10  # an event id per report, no more
    assert len(state.records) == 1


def test_an_incident_reported_by_hundreds_of_outlets_stays_below_the_kafka_message_limit():
    long = "تفاصيل الهجوم " * 80  # over a thousand characters of evidence per report
    reports = [
        dataclasses.replace(event(f"e{n:04d}", killed=5 + n % 3, source=f"outlet-{n}"), evidence=long)
        for n in range(600)
    ]
    incident = only(merged(*reports))
    assert len(incident.reports) == 600 and incident.toll[0].killed_max == 7
    assert len(incident.to_json().encode("utf-8")) < 1_000_000
    with_evidence = [r for r in incident.reports if r.evidence]
    assert 10 < len(with_evidence) < 600  # the first reports keep theirs
    assert incident.reports[0].evidence


def test_an_incident_whose_record_expired_is_forgotten_and_a_new_report_opens_a_new_one():
    state = MergeState("Aleppo")
    (first,) = state.add(event("e1", killed=5), NOW)
    del state.records[first.incident_id]  # what expiry does to an incident left unchanged
    (second,) = state.add(event("e2", killed=7), NOW)
    assert second.incident_id == incident_id_for("e2")
    assert [r.event_id for r in second.reports] == ["e2"]
    assert list(state.indexes) == [second.incident_id]
    assert state.lists == {"2020-01-25": [second.incident_id]}
    *_, again = state.add(event("e1", killed=5), NOW)  # not taken for a replay any more
    assert [r.event_id for r in again.reports] == ["e1", "e2"]


def test_a_followup_whose_anchor_expired_becomes_its_own_incident():
    state = MergeState("Aleppo")
    state.add(event("e1", killed=5), NOW)
    state.records.clear()
    (followup,) = state.add(event("f1", type="other", killed=6), NOW)
    assert followup.incident_id == incident_id_for("f1")


def test_a_new_report_is_compared_with_distinct_features_not_every_report():
    state = MergeState("Aleppo")
    for n in range(50):
        state.add(event(f"e{n:02d}", killed=n, source=f"outlet{n}"), NOW)
    (index,) = state.indexes.values()
    assert len(index["anchors"]) == 1


def test_a_day_lists_only_its_last_listed_incidents(monkeypatch):
    monkeypatch.setattr(merge, "MAX_INCIDENTS_PER_DAY", 3)
    state = MergeState("Aleppo")
    for n, place in enumerate(("ariha", "al_bab", "saraqib", "sarmin")):  # four towns, one day
        state.add(event(f"e{n}", place=place), NOW)
    assert state.lists["2020-01-25"] == [incident_id_for(f"e{n}") for n in (1, 2, 3)]
    assert [i.incident_id for i in state.live()] == [incident_id_for(f"e{n}") for n in (1, 2, 3)]
    (again,) = state.add(event("e9", place="ariha"), NOW)  # the first is no longer met
    assert again.incident_id == incident_id_for("e9")


class ReadLog(dict):
    def __init__(self, data):
        super().__init__(data)
        self.read = []

    def get(self, key, default=None):
        self.read.append(key)
        return super().get(key, default)


class WriteLog(dict):
    def __init__(self, data):
        super().__init__(data)
        self.written = []

    def __setitem__(self, key, value):
        self.written.append(key)
        super().__setitem__(key, value)


def test_a_report_reads_only_the_incidents_its_date_is_close_to():
    state = MergeState("Aleppo")
    for week in range(30):  # thirty incidents of one governorate, a week apart
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=7 * week)
        state.add(event(f"e{week:02d}", killed=week + 1, date=day.isoformat()), NOW)
    indexes, lists = ReadLog(state.indexes), ReadLog(state.lists)
    loaded = MergeState.load("Aleppo", state.dump(), state.records, indexes, lists)
    (incident,) = loaded.add(event("late", killed=3, date="2024-07-23"), NOW)  # close to week 29 only
    assert indexes.read == [incident_id_for("e29")] and incident.incident_id == incident_id_for("e29")
    assert lists.read == ["2024-07-22"]  # the one day of the five close to it that has a list


def test_a_key_stored_in_the_earlier_form_is_read():
    state = MergeState("Aleppo")
    (first,) = state.add(event("e1", killed=5), NOW)
    earlier = {  # one value with every incident's comparison data and an event → incident map
        "order": [first.incident_id],
        "index": {iid: {k: data[k] for k in ("anchors", "followups")} for iid, data in state.indexes.items()},
        "events": {"e1": first.incident_id},
    }
    loaded = MergeState.load("Aleppo", earlier, state.records, {})
    assert loaded.add(event("e1", killed=5), NOW) == []  # still known: a replay
    (incident,) = loaded.add(event("e2", killed=7), NOW)
    assert incident.incident_id == first.incident_id and len(incident.reports) == 2


def test_a_key_stored_with_one_list_of_all_its_incidents_is_read_and_listed_by_day():
    state = MergeState("Aleppo")
    (first,) = state.add(event("e1", killed=5), NOW)
    (undated,) = state.add(event("u1", place="ariha", date=None), NOW)
    earlier = {  # every incident's id, oldest change first, and the days of its reports
        "order": [first.incident_id, undated.incident_id],
        "days": {first.incident_id: ["2020-01-25"], undated.incident_id: [None]},
    }
    lists: dict = {}
    loaded = MergeState.load("Aleppo", earlier, state.records, state.indexes, lists)
    assert loaded.add(event("e1", killed=5), NOW) == []  # still known: a replay
    (incident,) = loaded.add(event("e2", killed=7), NOW)
    assert incident.incident_id == first.incident_id and len(incident.reports) == 2
    assert lists == {"2020-01-25": [first.incident_id], "": [undated.incident_id]}
    assert loaded.dump() == {"days": ["", "2020-01-25"]}


def test_an_attack_is_the_same_incident_as_a_report_of_any_family_at_its_place_and_date():
    # one outlet's car bomb at a hotel gate is another's attack on the hotel
    attack = feature(event("e1", type="attack"))
    for kind in ("explosion", "airstrike", "armed_clash", "assassination"):
        assert linked(feature(event("e2", type=kind)), attack)
    assert not linked(feature(event("e3", type="attack", place="ariha")), attack)
    assert not linked(feature(event("e4", type="attack", date="2020-02-05")), attack)


def test_reports_calling_one_incident_an_explosion_and_an_attack_are_one_incident():
    incident = only(merged(
        event("e1", type="explosion", killed=3, source="one"),
        event("e2", type="attack", killed=9, source="two"),
        event("e3", type="armed_clash", killed=12, source="three"),
    ))
    assert incident.headline.killed == 12
    assert [r.event_id for r in incident.reports] == ["e1", "e2", "e3"]
    assert only(merged(event("e1", type="attack"), event("e2", type="explosion"))).type == "explosion"


def test_a_correction_lowers_the_incidents_headline_toll():
    correction = dataclasses.replace(
        event("e2", killed=18, source="two"),
        casualties=[Casualties(killed=18, group="civilians", text="18 قتيلا")],
        evidence="صححت الحكومة حصيلة قتلى الهجوم إلى 18 قتيلا بدلا من 21",
    )
    incident = only(merged(event("e1", killed=21, source="one"), correction))
    assert (incident.headline.killed, incident.headline.killed_min) == (18, 18)


def test_what_a_report_rewrites_stays_small_however_many_incidents_a_country_keeps():
    """The merge key is a country: a report writes the list of its day when its incident is new
    to it, and the key's own value (the days that have a list) when the day is new."""
    state = MergeState("SY")
    first = datetime.date(2020, 1, 1)
    for n in range(1001):
        day = (first + datetime.timedelta(days=3 * n)).isoformat()  # apart: no two join
        state.add(event(f"e{n:04d}", date=day), NOW)
    assert len(state.dump()["days"]) == 1001 and len(json.dumps(state.dump())) < 20_000
    assert {len(ids) for ids in state.lists.values()} == {1}
    full_day = [incident_id_for(f"e{n:04d}") for n in range(merge.MAX_INCIDENTS_PER_DAY)]
    assert len(json.dumps(full_day)) < 100_000  # Kafka's limit is 1 MB


def test_a_report_joining_an_incident_of_its_day_rewrites_no_list():
    state = MergeState("SY")
    state.add(event("e1", killed=5), NOW)
    lists = ReadLog(state.lists)
    again = MergeState.load("SY", state.dump(), state.records, state.indexes, WriteLog(lists))
    again.add(event("e2", killed=6, source="two"), NOW)
    assert again.lists.written == [] and again.dump() == state.dump()


def test_days_whose_list_expired_leave_the_key_s_value_when_a_new_day_is_listed():
    state = MergeState("SY")
    state.add(event("e1", date="2020-01-01"), NOW)
    state.add(event("e2", date="2020-01-10"), NOW)
    del state.lists["2020-01-01"]  # what expiry does to a list left unchanged
    state.add(event("e3", date="2020-01-20"), NOW)
    assert state.dump() == {"days": ["2020-01-10", "2020-01-20"]}


def at(e: Event, *place_ids: str) -> Event:
    """``e`` naming these places, in this order."""
    return dataclasses.replace(e, locations=[places.lookup(p) for p in place_ids])


def test_sites_keep_the_order_the_report_names_them_in():
    assert feature(at(event("e1"), "saraqib", "ariha")).sites == ("saraqib", "ariha")


def test_places_far_apart_make_a_report_scattered_a_district_beside_its_city_does_not():
    assert feature(at(event("e1"), "al_bab", "ariha")).scattered  # about 100 km apart
    assert not feature(at(event("e2"), "sarmin", "idlib_city")).scattered  # 9 km: one area
    assert not feature(event("e3", place="al_bab")).scattered


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_roundup_of_two_towns_joins_the_incident_of_the_town_it_names_first_never_both(order):
    """"12 killed in two strikes: nine in Ariha, three in al-Bab": each strike is reported on its
    own as well; the roundup must not make them one incident."""
    reports = [
        event("e1", place="ariha", type="airstrike", killed=9, source="one"),
        event("e2", place="al_bab", type="airstrike", killed=3, source="two"),
        at(event("e3", type="airstrike", killed=12, source="three"), "ariha", "al_bab"),
    ]
    incidents = merged(*(reports[i] for i in order))
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1", "e3"]), (incident_id_for("e2"), ["e2"]),
    ])
    assert [i.headline.killed for i in sorted(incidents, key=lambda i: i.reports[0].event_id)] == [9, 3]


def test_a_roundup_adds_no_figure_to_an_incident_whose_own_reports_give_one():
    strike = event("e1", place="ariha", type="airstrike", killed=9)
    roundup = at(event("e3", type="airstrike", killed=12, source="three"), "ariha", "al_bab")
    incident = only(merged(strike, roundup))
    assert (incident.headline.killed, incident.headline.killed_min) == (9, 9)
    # alone, its figure is the only one there is
    assert only(merged(roundup)).headline.killed == 12


def test_reports_naming_the_same_two_far_places_in_either_order_are_one_incident():
    first = at(event("e1", type="airstrike", killed=4), "ariha", "al_bab")
    second = at(event("e2", type="airstrike", killed=5), "al_bab", "ariha")
    assert linked(feature(first), feature(second))
    assert len(only(merged(first, second)).reports) == 2


def test_a_report_recalling_another_incident_s_town_links_only_by_its_own():
    # "a child was killed by a sniper in Ariha, hours after the shelling of Jisr al-Shughur's market"
    market = feature(event("e1", place="jisr_al_shughur", type="shelling"))
    sniper = feature(at(event("e2", type="shelling"), "ariha", "jisr_al_shughur"))
    assert not linked(sniper, market) and not linked(market, sniper)
    assert linked(sniper, feature(event("e3", place="ariha", type="shelling")))


def test_a_follow_up_naming_two_towns_hangs_from_the_incident_of_the_first():
    follow_up = at(event("f1", type="other", killed=7), "al_bab", "ariha")
    incidents = merged(event("e1", place="ariha", killed=5), event("e2", place="al_bab", killed=2), follow_up)
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1"]), (incident_id_for("e2"), ["e2", "f1"]),
    ])


def test_a_follow_up_s_preference_stored_in_the_earlier_form_is_read():
    state = MergeState("SY")
    state.add(event("e1", killed=5), NOW)
    state.add(event("f1", type="other", killed=7), NOW)
    stored = {iid: dict(data) for iid, data in state.indexes.items()}
    for data in stored.values():  # [days, level, event]: before the site's position was in it
        data["followups"] = [[e, f, [rank[0], *rank[2:]]] for e, f, rank in data["followups"]]
    loaded = MergeState.load("SY", state.dump(), state.records, stored, state.lists)
    # a new report as close as the first: the stored preference is compared element by element
    (incident,) = loaded.add(event("e2", killed=6), NOW)
    assert sorted(r.event_id for r in incident.reports) == ["e1", "e2", "f1"]
    # and one stored before the figures were is read as giving other figures than its anchor's
    assert loaded.index[incident.incident_id].followups["f1"][1] == [0, 1, 0, 0, "e1"]


def test_a_follow_up_s_preference_stored_before_the_figures_were_in_it_is_read():
    state = MergeState("SY")
    state.add(event("e1", place="sarmin", type="assassination", killed=1), NOW)
    state.add(event("f1", place="idlib", killed=6, injured=9), NOW)
    stored = {iid: dict(data) for iid, data in state.indexes.items()}
    for data in stored.values():  # [days, position, level, event]
        data["followups"] = [[e, f, [rank[0], *rank[2:]]] for e, f, rank in data["followups"]]
    loaded = MergeState.load("SY", state.dump(), state.records, stored, state.lists)
    # the bomb's report gives the follow-up's figures: it moves there, as if it had come first
    loaded.add(event("e2", place="saraqib", killed=6, injured=9), NOW)
    assert sorted(membership(loaded.live())) == sorted([
        (incident_id_for("e1"), ["e1"]), (incident_id_for("e2"), ["e2", "f1"]),
    ])


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_follow_up_hangs_from_the_report_that_gives_its_figures(order):
    """A governorate's count with nobody named ("ستة قتلى وتسعة جرحى بانفجار في محافظة إدلب")
    is of the bomb that killed six and wounded nine in one of its towns that day, not of the
    shooting of one man in another town, though both towns are as fine a place."""
    reports = [
        event("e1", place="sarmin", type="assassination", killed=1),
        event("e2", place="saraqib", killed=6, injured=9),
        event("f1", place="idlib", killed=6, injured=9),
    ]
    incidents = merged(*(reports[i] for i in order))
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1"]), (incident_id_for("e2"), ["e2", "f1"]),
    ])


def test_with_no_figure_in_common_a_follow_up_hangs_by_place_as_before():
    incidents = merged(
        event("e1", place="sarmin", type="assassination", killed=1),
        event("e2", place="saraqib", killed=6, injured=9),
        event("f1", place="idlib", killed=8),
    )
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1", "f1"]), (incident_id_for("e2"), ["e2"]),
    ])


def test_a_report_that_calls_its_blast_a_second_one_does_not_hang_from_the_first():
    first = event("e1", place="idlib_city", killed=4)
    second = later(event("f1", place="idlib", injured=2),
                   "جريحان بانفجار ثان في إدلب بعد ساعات من انفجار السوق")
    assert feature(second).hangs and feature(second).second
    assert not merge.follows(feature(second), feature(first))
    incidents = merged(first, second)
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1"]), (incident_id_for("f1"), ["f1"]),
    ])
    # the same report without the words hangs from it
    told_again = dataclasses.replace(second, evidence="جريحان بانفجار في إدلب")
    assert merge.follows(feature(told_again), feature(first))


def later(e: Event, evidence: str) -> Event:
    return dataclasses.replace(e, evidence=evidence)


def test_a_report_calling_its_incident_a_later_one_never_joins_an_earlier_day_s_there():
    market = event("e1", place="ariha", type="shelling", killed=7, date="2020-01-23")
    school = later(event("e2", place="ariha", type="shelling", killed=2, date="2020-01-25"),
                   "قصف جديد على أريحا يطال محيط مدرسة")
    assert feature(school).later and not linked(feature(school), feature(market))
    assert not linked(feature(market), feature(school))
    # without the words it is the incident told again; the same day, see the tests of `second`
    assert linked(feature(dataclasses.replace(school, evidence="قصف على أريحا")), feature(market))


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_later_incident_s_reports_that_say_so_stay_apart_from_the_earlier_one(order):
    reports = [
        event("e1", place="ariha", type="shelling", killed=7, date="2020-01-23"),
        later(event("e2", place="ariha", type="shelling", killed=2, date="2020-01-25"),
              "قصف جديد على أريحا يطال محيط مدرسة"),
        later(event("e3", place="ariha", type="shelling", killed=2, date="2020-01-25", source="two"),
              "مقتل طفلين بقصف على أريحا، في ثاني هجوم على المدينة خلال يومين"),
    ]
    incidents = merged(*(reports[i] for i in order))
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1"]), (incident_id_for("e2"), ["e2", "e3"]),
    ])


def test_a_feature_stored_before_it_said_later_is_read():
    stored = feature(event("e1", killed=3)).dump()[:5]
    assert Feature.load(stored) == feature(event("e1", killed=3))


ISRAEL = Actor("israel", "إسرائيل", "Israel", "perpetrator")
MARKET_BOMB = "انفجرت سيارة مفخخة صباح اليوم في سوق الخضار وسط المدينة"
SECOND_BOMB = "قتل شرطي وأصيب مدنيان في انفجار ثان يهز المدينة مساء اليوم"


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_a_report_calling_its_incident_another_stays_apart_from_its_own_day_s_earlier_one(order):
    reports = [
        later(event("e1", killed=6, injured=20), MARKET_BOMB),
        later(event("e2", killed=8, injured=23, source="two"), "ارتفاع قتلى تفجير السوق إلى ثمانية"),
        later(event("e3", killed=1, injured=2, source="three"), SECOND_BOMB),
        # another outlet's report of the second bomb that says so too
        later(event("e4", killed=1, injured=2, source="four"),
              "مقتل شرطي بانفجار عبوة بعد ساعات من تفجير السوق في المدينة"),
    ]
    incidents = merged(*(reports[i] for i in order))
    assert sorted(membership(incidents)) == sorted([
        (incident_id_for("e1"), ["e1", "e2"]), (incident_id_for("e3"), ["e3", "e4"]),
    ])


def test_a_report_calling_its_incident_another_is_linked_to_one_giving_its_own_figures():
    second = Feature.of("explosion", "2020-01-25", [places.lookup("al_bab")], [], SECOND_BOMB,
                        figures=(1, 2))
    assert second.later and second.second
    quiet = Feature.of("explosion", "2020-01-25", [places.lookup("al_bab")], [], "قتيل بانفجار عبوة",
                       figures=(1, None))
    wounded = dataclasses.replace(quiet, figures=frozenset({(None, 2)}))
    market = dataclasses.replace(quiet, figures=frozenset({(6, 20)}))
    unknown = dataclasses.replace(quiet, figures=frozenset())
    assert linked(second, quiet) and linked(quiet, second) and linked(second, wounded)
    assert not linked(second, market) and not linked(market, second) and not linked(second, unknown)
    # another day's report is the earlier rule's (``later``), whatever its figures
    assert not linked(second, dataclasses.replace(quiet, date="2020-01-24"))


def test_a_running_fight_s_day_or_an_answer_is_told_by_the_day_s_other_reports_too():
    for words in ("قتل ستة مسلحين في المعارك الدائرة لليوم الثالث على التوالي حول البلدة",
                  "قتل خمسة مسلحين بغارات على مواقعهم ردا على الهجوم على الحاجز أمس"):
        day = Feature.of("airstrike", "2020-01-25", [places.lookup("al_bab")], [], words, figures=(6, None))
        other = Feature.of("airstrike", "2020-01-25", [places.lookup("al_bab")], [], "غارات على البلدة",
                           figures=(9, None))
        assert day.later and not day.second
        assert linked(day, other)
        assert not linked(day, dataclasses.replace(other, date="2020-01-24"))


def test_two_kinds_of_one_named_party_s_act_in_one_town_on_one_day_are_one_incident():
    strike = event("e1", type="airstrike", killed=1, actors=[ISRAEL])
    killing = event("e2", type="assassination", killed=1, actors=[ISRAEL], source="two")
    assert linked(feature(strike), feature(killing))
    assert only(merged(strike, killing)).type in {"airstrike", "assassination"}
    # a day apart, a governorate, or a force named by its kind only: no
    assert not linked(feature(dataclasses.replace(strike, date="2020-01-24")), feature(killing))
    assert not linked(feature(dataclasses.replace(strike, locations=[places.lookup("idlib")])),
                      feature(dataclasses.replace(killing, locations=[places.lookup("idlib")])))
    gunmen = Actor("unknown", "مسلحون مجهولون", "unknown gunmen", "perpetrator")
    assert not linked(feature(dataclasses.replace(strike, actors=[gunmen])),
                      feature(dataclasses.replace(killing, actors=[gunmen])))
    assert not linked(feature(dataclasses.replace(strike, actors=[])), feature(killing))


def test_reports_differing_only_in_their_figures_are_one_feature_with_a_few_of_the_figures():
    index = merge._Index()
    for n in range(1, 30):
        index.add_anchor(Feature.of("explosion", "2020-01-25", [places.lookup("al_bab")], [], "انفجار",
                                    figures=(n, None)), f"e{n:02d}")
    ((stored, event_id),) = index.anchors.items()
    assert event_id == "e01" and len(stored.figures) == merge.MAX_FIGURES
    assert (1, None) in stored.figures


def test_a_feature_stored_before_it_said_second_is_read():
    stored = Feature.of("explosion", "2020-01-25", [places.lookup("al_bab")], [], SECOND_BOMB,
                        figures=(1, 2))
    assert Feature.load(stored.dump()) == stored
    old = Feature.load(stored.dump()[:7])
    assert old.later and not old.second and not old.figures


def test_a_report_its_incidents_record_holds_but_its_comparison_data_does_not_yet_is_held_once():
    # the record and the comparison data are separate table writes: a worker taking a partition
    # over may read the incident's new record but the comparison data from before the report,
    # and then gets the report again (at-least-once). It is in the incident once, not twice.
    state = MergeState("Aleppo")
    state.add(event("e1", killed=5), NOW)
    stale = json.loads(json.dumps(state.indexes))
    state.add(event("e2", killed=7), NOW)
    loaded = MergeState.load("Aleppo", state.dump(), state.records, stale, state.lists)
    live = [i for i in loaded.add(event("e2", killed=7), NOW) if i.superseded_by is None]
    assert [[r.event_id for r in i.reports] for i in live] == [["e1", "e2"]]


def test_a_merge_whose_parts_a_takeover_restored_unremoved_removes_them_when_its_report_comes_again():
    # a merge writes the new incident before it removes its parts; a worker taking the partition
    # over may restore the writes only up to there, and then gets the joining report again
    state = MergeState("Aleppo")
    state.add(EARLY, NOW)
    state.add(LATE, NOW)
    before = json.loads(json.dumps({"records": state.records, "indexes": state.indexes,
                                    "lists": state.lists}))
    superseded, survivor = state.add(BRIDGE, NOW)
    part = superseded.incident_id
    lists = {day: [*ids, part] if part in before["lists"].get(day, []) and part not in ids else ids
             for day, ids in state.lists.items()}
    loaded = MergeState.load(
        "Aleppo", state.dump(), {**state.records, part: before["records"][part]},
        {**state.indexes, part: before["indexes"][part]}, lists,
    )
    (again,) = loaded.add(BRIDGE, NOW)
    assert (again.incident_id, again.superseded_by) == (part, survivor.incident_id)
    live = [i.incident_id for i in loaded.live()]
    assert live == [survivor.incident_id]
    assert loaded.add(BRIDGE, NOW) == []  # and then a replay changes nothing


class _WriteLog(dict):
    """A table that keeps its writes in order, as its changelog does (values serialised)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[tuple[str, object]] = []

    def __setitem__(self, key, value) -> None:
        self.writes.append((key, json.loads(json.dumps(value))))
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self.writes.append((key, None))
        super().__delitem__(key)


def _live_reports(table: dict) -> list[str]:
    return [r.event_id for key, value in table.items() if "\x1f" in key and value
            for r in Incident.from_dict(value).reports]


@pytest.mark.parametrize("seed", range(40))
def test_a_takeover_that_restores_part_of_the_merges_table_writes_keeps_every_report_once(seed):
    # the new owner restores the writes up to any point and replays from a committed offset a
    # few reports back: every report ends in exactly one incident, once
    from streams.pipeline.steps import merge_incident

    rng = random.Random(seed)
    reports = [EARLY, LATE, BRIDGE, event("e1", killed=5), event("e4", killed=5, source="s2"),
               event("e6", place="ariha", killed=2), event("e7", place="ariha", date="2020-01-26", killed=3),
               event("e8", date="2020-01-24", type="airstrike", killed=1)]
    rng.shuffle(reports)
    raws = [r.to_json() for r in reports]
    log, written_by = _WriteLog(), []
    for i, raw in enumerate(raws):
        merge_incident(raw, log, lambda: NOW)
        written_by += [i] * (len(log.writes) - len(written_by))
    cut = rng.randrange(1, len(log.writes))
    table: dict = {}
    for key, value in log.writes[:cut]:
        if value is None:
            table.pop(key, None)
        else:
            table[key] = value
    for raw in raws[max(0, written_by[cut] - rng.randint(0, 3)):]:
        merge_incident(raw, table, lambda: NOW)
    assert sorted(_live_reports(table)) == sorted(r.event_id for r in reports)

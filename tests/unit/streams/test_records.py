import dataclasses

from streams.records import Actor, Alert, Casualties, Event, Incident, Location, Report, Toll, stable_id


def test_nested_records_survive_a_json_round_trip():
    event = Event(
        event_id="e1", type="airstrike", date="2020-01-22",
        actors=[Actor("russia", "القوات الروسية", "Russian forces", "perpetrator")],
        locations=[Location("maarat-al-numan", "معرة النعمان", "Maarat al-Numan", "Idlib", 35.64, 36.67)],
        casualties=[Casualties(killed=5, injured=None, group="civilians", text="مقتل خمسة مدنيين")],
        claimed_by=["الدفاع المدني"], evidence="...",
    )
    assert Event.from_json(event.to_json()) == event
    incident = Incident(
        "i1", "airstrike", "2020-01-22", "2020-01-23", actors=event.actors, locations=event.locations,
        toll=[Toll("civilians", 5, 7)], reports=[Report("a1", "s1", "e1", counts=event.casualties)],
    )
    alert = Alert("x", "sub", "i1", "new", "reason", incident)
    assert Alert.from_dict(alert.to_dict()) == alert
    assert Alert.from_dict(alert.to_dict()).incident.reports[0].counts[0].killed == 5


def test_a_record_dict_is_the_dataclass_as_a_dict_and_a_copy_of_it():
    report = Report("a1", "s1", "e1", counts=[Casualties(killed=2)], actors={"isis": "perpetrator"})
    toll = [Toll("civilians", 2, 3)]
    incident = Incident("i1", "explosion", "2020-01-22", None, toll=toll, reports=[report])
    alert = Alert("x", "sub", "i1", "new", "reason", incident)
    assert alert.to_dict() == dataclasses.asdict(alert)
    data = alert.to_dict()
    data["incident"]["reports"][0]["actors"]["isis"] = "victim"
    data["incident"]["reports"][0]["counts"][0]["killed"] = 9
    assert report.actors == {"isis": "perpetrator"} and report.counts[0].killed == 2


def test_stable_id_is_deterministic_and_order_sensitive():
    assert stable_id("a", 1) == stable_id("a", 1)
    assert stable_id("a", 1) != stable_id(1, "a")
    assert len(stable_id("x")) == 16

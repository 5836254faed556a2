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


def test_stable_id_is_deterministic_and_order_sensitive():
    assert stable_id("a", 1) == stable_id("a", 1)
    assert stable_id("a", 1) != stable_id(1, "a")
    assert len(stable_id("x")) == 16

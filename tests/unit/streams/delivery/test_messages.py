"""The short chat message: Arabic block, English block, the reason."""

from streams.delivery.messages import render
from streams.records import Incident
from tests.factories import make_alert


def test_message_names_type_place_actors_and_headline_toll_in_both_languages():
    title, body = render(make_alert())
    assert title == "تنبيه: غارة جوية في أريحا | Alert: airstrike in Ariha"
    arabic, english, reason = body.split("\n\n")
    assert arabic.splitlines() == [
        "المكان: أريحا", "الأطراف: هيئة تحرير الشام", "الحصيلة: القتلى 11، الجرحى 8 (عدد التقارير 2)"
    ]
    assert english.splitlines() == [
        "Place: Ariha", "Actors: Hayat Tahrir al-Sham", "Toll: 11 killed, 8 injured (2 reports)"
    ]
    assert reason == "idlib: airstrike in Ariha"


def test_an_update_without_place_or_toll_still_reads():
    alert = make_alert(kind="update")
    alert.incident = Incident("i2", "unknown-type", None, None)
    title, body = render(alert)
    assert title == "تحديث: حادثة أمنية في مكان غير محدد | Update: security incident in unknown place"
    assert "Toll: no toll reported (0 reports)" in body
    assert "Actors" not in body

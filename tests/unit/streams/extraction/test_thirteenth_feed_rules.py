"""Rules and data prompted by the fifty-fourth blind set (tests/fixtures/extraction_eval/
blind54.yaml: a thirteenth day's feed, 15 October 2025), each checked here on sentences written
for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import events, only, place_ids

# --- a truce for a time, or in full, opens no fire --------------------------------------------


def test_a_temporary_ceasefire_agreed_is_no_incident() -> None:
    text = (
        "هدنة قصيرة على الحدود\n"
        "أعلن البلدان التوصل إلى وقف مؤقت لإطلاق النار لمدة ثلاثة أيام على حدودهما المشتركة، "
        "على أن تستأنف المحادثات في الدوحة."
    )
    assert events(text) == []


def test_a_full_ceasefire_called_for_is_no_incident() -> None:
    text = "دعا الوسطاء الطرفين إلى وقف كامل لإطلاق النار وفتح الطرق أمام قوافل الإغاثة."
    assert events(text) == []


def test_fire_opened_beside_a_truce_is_still_an_incident() -> None:
    text = "قتل شابان برصاص الجيش قرب الحدود رغم الإعلان عن وقف مؤقت لإطلاق النار."
    assert only(text).casualties[0].killed == 2


# --- bodies handed back, "released" as persons, are no toll -----------------------------------


def test_bodies_released_as_persons_are_no_toll() -> None:
    text = (
        "استلام جثامين\n"
        "تسلمت طواقم الهلال الأحمر جثامين 20 شهيداً أفرج عنهم الجيش عبر المعبر الجنوبي، "
        "ونقلتها إلى مستشفى المدينة للتعرف عليها."
    )
    assert events(text) == []


# --- Israel as the "axis" outlets name it ------------------------------------------------------


def test_the_zionist_air_force_is_israel() -> None:
    text = "استشهد مواطن في غارة شنها الطيران الحربي الصهيوني على منزل في بلدة حولا."
    assert "israel" in [a.id for a in only(text).actors]


# --- places: a village of the district of Tyre -------------------------------------------------


def test_tayr_harfa_is_a_village_of_south_lebanon() -> None:
    text = "صور - استشهد مزارع في غارة على أطراف بلدة طيرحرفا في قضاء صور."
    assert "lb_tayr_harfa" in place_ids(text)


# --- protesters are victims a toll counts ----------------------------------------------------


def test_a_protester_killed_is_counted() -> None:
    text = "قتل متظاهر برصاص الشرطة وأصيب عشرون آخرون خلال احتجاجات وسط العاصمة مساء أمس."
    assert only(text).casualties[0].killed == 1


"""Rules and data prompted by the fifty-second blind set (tests/fixtures/extraction_eval/
blind52.yaml: a twelfth day's feed, 3 June 2025), each checked here on sentences written for
the test, not on the set's own."""

from tests.unit.streams.extraction.reading import events, only, place_ids

# --- a police raid that found and seized, with no toll, is a police report --------------------


def test_a_raid_that_seized_drugs_and_a_gun_with_no_toll_is_no_incident() -> None:
    text = (
        "ضبط مروجي مخدرات في الرمثا\n"
        "أعلنت مديرية الأمن العام ضبط اثنين من مروجي المخدرات في لواء الرمثا، وضبط بحوزتهما كمية "
        "من الحبوب المخدرة ومسدس، بعد مداهمة منزل كانا يتحصنان فيه دون وقوع إصابات."
    )
    assert events(text) == []


def test_a_raid_with_its_dead_is_still_an_incident() -> None:
    text = (
        "مقتل مطلوب خلال مداهمة\n"
        "قتل مطلوب وأصيب شرطي خلال مداهمة أمنية لمنزل في مدينة الزرقاء، وضبط بحوزته سلاح ناري."
    )
    assert [(c.killed, c.injured) for c in only(text).casualties if c.killed or c.injured]


# --- shooting named as the charge of the wanted, in a Levantine communiqué ---------------------


def test_wanted_men_for_shooting_crimes_arrested_in_a_raid_are_no_incident() -> None:
    text = (
        "توقيف مطلوبين في الهرمل\n"
        "أوقفت دورية من مديرية المخابرات في الهرمل ثلاثة مواطنين مطلوبين بجرائم إطلاق نار وسرقة "
        "سيارات، وسلمتهم إلى المرجع المختص."
    )
    assert events(text) == []


def test_a_man_killed_in_a_shooting_crime_is_still_an_incident() -> None:
    text = "قتل شاب بجريمة إطلاق نار في مدينة أم الفحم مساء أمس."
    assert only(text).casualties[0].killed == 1


# --- places: the passive "بوشر" is no Omani town; Jordan's badia districts ---------------------


def test_the_passive_bushira_of_an_investigation_is_not_bawshar() -> None:
    text = (
        "مقتل شاب بإطلاق نار في طرابلس\n"
        "قتل شاب بإطلاق نار خلال إشكال في باب التبانة بمدينة طرابلس، وبوشر التحقيق بالحادث."
    )
    assert "om_bawshar" not in place_ids(text)


def test_bawshar_named_with_its_wilayat_is_still_a_place() -> None:
    text = "مسقط - توفي شخص وأصيب آخر في هجوم بسكين على محل تجاري في ولاية بوشر."
    assert "om_bawshar" in place_ids(text)


def test_jordans_northern_badia_is_not_the_syrian_desert() -> None:
    text = "قتل مهرب وأصيب آخر في اشتباك مع قوات حرس الحدود في البادية الشمالية."
    assert place_ids(text) & {"jo_northern_badia", "jo_mafraq_governorate"}
    assert "homs_desert" not in place_ids(text)


def test_the_syrian_badia_is_still_homs_desert() -> None:
    text = "قتل أربعة رعاة بانفجار لغم أرضي في البادية السورية."
    assert "homs_desert" in place_ids(text)


def test_al_araba_al_madfuna_is_placed_in_sohag() -> None:
    text = "سوهاج - قتل شخص وأصيب اثنان في مشاجرة بالأسلحة النارية بقرية العرابة المدفونة."
    assert "eg_al_araba_al_madfuna" in place_ids(text)


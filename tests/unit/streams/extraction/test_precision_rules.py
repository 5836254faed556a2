"""Rules prompted by the ninth blind set (tests/fixtures/extraction_eval/blind9.yaml: hard
numbers beside tolls, and non-violent stories full of violent words and figures), each checked
here on sentences written for the test, not on the set's own."""

import datetime as dt

from streams.extraction.arabic import normalize
from streams.extraction.dates import names_earlier_year
from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- numbers that count no one --------------------------------------------------------------


def test_a_unit_number_before_the_wounded_is_not_added_to_them() -> None:
    text = "أعلنت القيادة مقتل ثلاثة من عناصر الفوج 41 وإصابة خمسة آخرين في هجوم على موقعهم"
    assert counts(text) == [("killed", 3), ("injured", 5)]


def test_a_road_number_is_no_toll_but_people_counted_after_a_road_are() -> None:
    assert (1, None) in tolls("هجوم\nقتل سائق برصاص مسلحين على الطريق 8 قرب البلدة مساء أمس.")
    assert counts("قتل على الطريق 4 أشخاص برصاص مسلحين") == [("killed", 4)]


def test_a_definite_people_noun_counted_after_it_is_a_toll() -> None:
    assert counts("وقال الجيش إن المسلحين الأربعة قتلوا جميعاً") == [("killed", 4)]


def test_a_definite_people_noun_with_an_object_after_its_verb_is_the_killer() -> None:
    assert ("killed", 4) not in counts("وقال إن المسلحين الأربعة قتلوا حارساً")


def test_a_gulf_resident_is_a_person() -> None:
    assert counts("أسفر سقوط المقذوف عن وفاة مقيم وإصابة 3 مواطنين") == [("killed", 1), ("injured", 3)]


def test_a_birth_year_dates_no_toll() -> None:
    published = dt.date(2024, 3, 1)
    assert not names_earlier_year(normalize("ونعت الحركة القتيل وهو من مواليد عام 2001"), published)
    assert names_earlier_year(normalize("الهجوم الذي قتل فيه 9 عام 2019"), published)


def test_suicide_bombers_are_an_explosion() -> None:
    text = "تفجير\nقتل 7 أشخاص عندما فجر انتحاريون أنفسهم قرب سوق البلدة يوم الأحد."
    assert [e.type for e in events(text)] == ["explosion"]


# --- background figures ---------------------------------------------------------------------


def test_a_source_running_total_in_a_relative_clause_leaves_the_day_toll() -> None:
    text = (
        "غارة\nقتل شاب وأصيب ثلاثة آخرون في غارة على بلدة الزهراء، وفق الدفاع المدني، الذي قال"
        " إن عدد القتلى في المنطقة منذ مطلع العام بلغ 40."
    )
    assert tolls(text) == [(1, 3)]


def test_a_remark_about_an_earlier_toll_is_its_own_clause() -> None:
    text = (
        "قصف\nقتل أربعة مدنيين بقصف على سوق المدينة، مشيراً إلى أن قصفاً مماثلاً قتل 12 شخصاً في"
        " السوق ذاته."
    )
    assert tolls(text) == [(4, None)]


def test_a_war_around_the_incident_is_its_own_clause() -> None:
    text = (
        "غارة\nقتل 15 شخصاً في غارة على البلدة، في ظل المعارك الدائرة بين الطرفين منذ مطلع العام."
    )
    assert tolls(text) == [(15, None)]


def test_an_attack_a_month_ago_is_background() -> None:
    text = "هجوم\nقتل 6 جنود في هجوم على الموقع. وهو ثاني هجوم بعد هجوم قتل فيه 20 جندياً قبل شهر."
    assert tolls(text) == [(6, None)]


def test_a_monitor_report_quoted_again_is_background() -> None:
    text = (
        "التقرير السنوي للشبكة\nنشرت الشبكة تقريرها السنوي عن الضحايا. وذكر التقرير أن 210 أشخاص"
        " قتلوا بالألغام."
    )
    assert events(text) == []


def test_a_headline_summing_up_a_background_body_is_background() -> None:
    text = (
        "الحرب الأهلية: 120 ألف قتيل\nقالت اللجنة إن الحرب الأهلية بين عامي 1975 و1990 أودت بحياة"
        " نحو 120 ألف شخص."
    )
    assert events(text) == []


def test_a_headline_with_no_figure_over_a_past_only_body_is_background() -> None:
    text = "رفات ضحايا في قرية\nعثرت الفرق على رفات 12 شخصاً أعدمهم المسلحون عام 2015."
    assert events(text) == []


def test_the_convicted_and_a_verdict_are_background() -> None:
    assert events("السلطات تعدم رجلين أدينوا بقتل شرطي خلال أعمال شغب") == []
    assert events("أحكام نهائية بحق منفذي الهجوم على الفندق") == []


def test_a_memorial_is_background() -> None:
    text = "الذكرى\nوضع الوزير أكاليل الزهور أمام المبنى الذي شهد الهجوم، وتليت أسماء الضحايا."
    assert events(text) == []


# --- accidents and disasters ----------------------------------------------------------------


def test_the_injured_of_an_accident_in_a_second_clause_are_no_incident() -> None:
    text = "حادث\nلقي 4 أشخاص مصرعهم في حادث سير على الطريق السريع، فيما أصيب 6 آخرون بجروح."
    assert events(text) == []


def test_forest_fires_and_twin_earthquakes_are_no_incident() -> None:
    assert events("حرائق\nتوفي 12 شخصاً وأصيب 30 جراء حرائق الغابات في الولاية.") == []
    assert events("زلزال\nارتفع عدد قتلى الزلزالين إلى 900 قتيل.") == []


def test_celebratory_gunfire_at_a_wedding_is_no_incident() -> None:
    assert events("عرس\nتوفي شاب متأثراً بإصابته برصاصة طائشة خلال حفل زفاف في القرية.") == []


def test_an_attack_on_a_wedding_is_an_incident() -> None:
    text = "هجوم\nقتل 9 أشخاص عندما هاجم مسلحون حفل زفاف في القرية مساء السبت."
    assert tolls(text) == [(9, None)]


def test_the_law_on_celebratory_gunfire_is_background() -> None:
    text = "توقيف\nوأوقفت الشرطة مطلق النار، والقانون يعاقب على إطلاق النار في المناسبات بالحبس."
    assert events(text) == []


# --- places and actors ----------------------------------------------------------------------


def test_a_town_takes_its_us_state_as_its_division() -> None:
    assert "us_texas" in {loc.admin1 for loc in find_places("إطلاق نار في هيوستن")} | {
        loc.id for loc in find_places("ولاية تكساس")
    }


def test_a_sentence_naming_two_countries_equally_is_read_in_the_article_country() -> None:
    text = (
        "كولومبيا: كمين\nبوغوتا - قتل أربعة من أفراد الشرطة في كمين ببلدة سان لويس بولاية ويلا في"
        " كولومبيا، بحسب الشرطة الكولومبية."
    )
    assert "colombian_forces" in {a.id for e in events(text) for a in e.actors}


def test_the_national_army_of_a_somali_story_is_somalia_s() -> None:
    text = "الصومال\nمقديشو - قالت قوات الجيش الوطني إنها قتلت 12 مسلحاً في إقليم باي."
    assert {a.id for e in events(text) for a in e.actors} >= {"somali_forces"}


def test_in_a_movement_is_no_iraqi_town() -> None:
    assert "iq_baharkah" not in {loc.id for loc in find_places("اغتيال قيادي بحركة الجهاد في خان يونس")}
    assert "iq_baharkah" in {loc.id for loc in find_places("قصف بمسيرة على ناحية بحركة شمال أربيل")}

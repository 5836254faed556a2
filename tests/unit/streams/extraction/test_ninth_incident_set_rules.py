"""Extraction rules and gazetteer data prompted by the ninth blind incident set
(tests/fixtures/incident_eval/blind_incidents9.yaml): camps, villages and district towns the
gazetteer lacked, and the other general rules it showed. Each is checked here on reports
written for the test, not on the set's own sentences."""

import pytest

from tests.unit.streams.extraction.reading import only, place_ids, tolls


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("اقتحام مخيم عسكر\nأصيب ثلاثة شبان برصاص قوات الاحتلال خلال اقتحام مخيم عسكر القديم فجر اليوم.",
         "ps_askar_camp"),
        ("غارة على دورس\nاستشهد مواطنان بغارة من مسيرة على سيارة عند مدخل بلدة دورس مساء اليوم.",
         "lb_douris"),
        ("هجوم قرب إلواك\nقتل جنديان كينيان في هجوم لمسلحين على معسكر قرب إلواك فجر اليوم.", "ke_elwak"),
        ("هجوم في موزوغو\nقتل مسلحون خمسة قرويين في هجوم ليلي على بلدة موزوغو شمالي الكاميرون.",
         "cm_mozogo"),
        ("هجوم في دانسادو\nخطف مسلحون عشرين مزارعا وقتلوا ثلاثة في دانسادو ليل الأحد.", "ng_dansadau"),
        ("قذائف على محاس\nقتل طفل بسقوط قذيفة هاون على سوق بلدة محاس اليوم.", "so_mahas"),
        ("اشتباك في شرناق\nقتل جندي تركي في اشتباك مع مسلحين في قضاء بيت الشباب اليوم.",
         "tr_beytussebap"),
    ],
)
def test_the_camps_villages_and_districts_the_gazetteer_lacked_are_read(text: str, place: str) -> None:
    assert location_ids(text)[0] == place


def test_a_village_of_a_department_is_inside_the_department() -> None:
    # the department named alone (a later report) and the village meet through their parent
    village = only("هجوم على قرية\nقتل مسلحون سبعة مدنيين في هجوم على بلدة موزوغو ليل السبت.")
    department = only("حصيلة هجوم\nقال مسؤول في محافظة مايو تساناغا إن سبعة مدنيين قتلوا في الهجوم.")
    assert village.locations[0].id == "cm_mozogo"
    assert department.locations[0].id == "cm_mayo_tsanaga"


def test_a_camp_beside_a_city_is_not_its_neighbour_camp() -> None:
    askar = location_ids("قصف على مخيم\nاستشهد شاب بقصف مسيرة على مخيم عسكر الجديد شرق نابلس مساء اليوم.")
    balata = location_ids("اقتحام مخيم\nاستشهد شاب برصاص الاحتلال خلال اقتحام مخيم بلاطة شرق نابلس اليوم.")
    assert askar[0] == "ps_askar_camp"
    assert balata[0] == "ps_balatah"


def test_a_youth_centre_is_no_district_of_sirnak() -> None:
    text = "افتتاح مركز\nافتتح الوزير بيت الشباب الجديد في العاصمة بحضور مئات الطلاب."
    assert "tr_beytussebap" not in place_ids(text)


def test_the_ambush_named_again_with_its_article_is_an_ambush() -> None:
    event = only("قتلى في شمال مالي\nقتل أربعة جنود في الكمين الذي نصبه مسلحون لقافلتهم قرب تمبكتو أمس.")
    assert event.type == "ambush"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the head and its verb apart: the incident the toll's people are of stands between
        ("حصيلة الانفجار\nقال مسؤول إن عدد قتلى انفجار الصهريج في السوق ارتفع إلى تسعة "
         "بعد وفاة ثلاثة من الجرحى.", [(9, None)]),
        ("حصيلة القصف\nقالت الوزارة إن حصيلة ضحايا قصف الحي الشرقي أمس ارتفعت إلى سبعة قتلى و20 جريحا، "
         "بعد وفاة اثنين من المصابين.", [(7, 20)]),
        # the wounded who reached a hospital since are inside the new figure
        ("حصيلة الهجوم\nارتفع عدد المصابين في هجوم المسلحين على القرية إلى عشرة "
         "بعد وصول مصابين اثنين إلى المستشفى.", [(None, 10)]),
    ],
)
def test_a_rising_toll_told_after_its_incident_is_the_whole_toll(
    text: str, toll: list[tuple[int | None, int | None]]
) -> None:
    assert tolls(text) == toll


def test_a_count_after_an_unrelated_number_head_is_still_counted() -> None:
    # "عدد من" is no toll head: the dead are counted where they are
    text = "هجوم على قرية\nأحرق مسلحون عددا من المنازل في القرية وقتلوا أربعة مزارعين ليل أمس."
    assert tolls(text) == [(4, None)]


def test_a_running_total_since_a_date_is_no_rise_of_the_incidents_toll() -> None:
    text = (
        "ثلاثة قتلى بقصف\nقتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي على حي سكني اليوم. "
        "وقالت الوزارة إن عدد القتلى منذ توقيع اتفاق التهدئة ارتفع إلى 210."
    )
    assert tolls(text) == [(3, 5)]

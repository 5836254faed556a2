"""Rules and data prompted by the thirty-eighth blind set (tests/fixtures/extraction_eval/
blind38.yaml: a seventh day's feed, 21 April 2026), each checked here on sentences written for
the test, not on the set's own."""

from tests.unit.streams.extraction.reading import counts, events, place_ids, tolls

# --- an operation with no toll is a search, an arrest or a seizure ----------------------------


def test_a_security_operation_launched_with_no_toll_is_no_event() -> None:
    text = (
        "حملة في البادية\n"
        "الموصل - أعلنت قيادة العمليات انطلاق عملية أمنية واسعة في صحراء الحضر بحثاً عن مطلوبين، "
        "بمشاركة طيران الجيش."
    )
    assert events(text) == []


def test_a_sweep_with_no_toll_is_no_event() -> None:
    text = "درعا - بدأت قوى الأمن حملة تمشيط في محيط مدينة نوى وأوقفت عدداً من المطلوبين."
    assert events(text) == []


def test_a_security_operation_that_killed_is_still_an_incident() -> None:
    text = "الرمادي - قتل أربعة مسلحين في عملية أمنية نفذتها القوات العراقية قرب مدينة الرمادي."
    assert tolls(text) == [(4, None)]


# --- a clash that did not happen, a ceasefire asked for, a crisis that may explode ---------------


def test_weapons_seized_with_no_clash_are_no_event() -> None:
    text = (
        "ضبط ذخيرة في ريف حماة دون اشتباك\n"
        "حماة - ضبطت دورية للأمن الداخلي مخزناً يضم قذائف وبنادق في بلدة كفرزيتا، في عملية "
        "لم تشهد أي اشتباك."
    )
    assert events(text) == []


def test_a_mutual_ceasefire_offered_is_no_shooting() -> None:
    text = (
        "عرض للتهدئة\n"
        "موسكو - قال الوزير إن بلاده مستعدة لوقف متبادل لإطلاق النار على طول الجبهة في دونيتسك."
    )
    assert events(text) == []


def test_a_political_explosion_warned_of_is_no_blast() -> None:
    text = (
        "أزمة الدستور\n"
        "طرابلس - تعيش العاصمة طرابلس على وقع انفجار سياسي بعد استقالة ثلاثة وزراء من الحكومة."
    )
    assert events(text) == []


def test_a_fight_a_country_could_not_bear_is_no_battle() -> None:
    text = (
        "بيان المعارضة\n"
        "مقديشو - قالت أحزاب المعارضة في مقديشو إن البلاد لا تحتمل معركة جديدة."
    )
    assert events(text) == []


def test_victims_honoured_at_a_festival_are_no_incident() -> None:
    text = "أيام السينما في تونس تكرم ضحايا الصحافة في افتتاح دورتها الجديدة"
    assert events(text) == []


# --- a weapon tested, what it could do, attacks of a past season ----------------------------------


def test_a_missile_test_is_no_strike() -> None:
    text = (
        "تجربة جديدة\n"
        "بيونغ يانغ - أعلنت كوريا الشمالية أنها أجرت اختباراً ناجحاً لصاروخ جديد في بحر اليابان، "
        "أصاب هدفه على بعد 500 كيلومتر، مؤكدة أن الصاروخ قادر على توجيه ضربة دقيقة."
    )
    assert events(text) == []
    assert events("الحرس يختبر صاروخاً جديداً في بحر عمان") == []


def test_attacks_of_a_past_winter_in_a_statement_are_background() -> None:
    text = (
        "خسائر قطاع الطاقة\n"
        "كييف - قال وزير الطاقة الأوكراني إن الهجمات الروسية على محطات الكهرباء في أوكرانيا خلال "
        "الشتاء كلفت البلاد مليارات الدولارات."
    )
    assert events(text) == []


# --- an age told as a decade ------------------------------------------------------------------------


def test_a_man_in_his_fourth_decade_is_one_dead() -> None:
    assert counts("لقي عامل في العقد الرابع من عمره مصرعه طعناً") == [("killed", 1)]
    assert tolls("أسيوط - مصرع عامل في العقد الخامس من عمره طعناً على يد جاره بمدينة أسيوط.") == [
        (1, None)
    ]


def test_a_third_victim_is_still_counted() -> None:
    assert counts("قتل شاب وأصيب آخر وثالث بجروح") == [("killed", 1), ("injured", 1), ("injured", 1)]


# --- county towns of remote wars -------------------------------------------------------------------


def test_county_towns_of_south_sudan_and_nigeria_are_found() -> None:
    assert "ss_akobo" in place_ids("جوبا - قتل ثمانية أشخاص في هجوم على قرية بمقاطعة أكوبو.")
    assert "ng_maradun" in place_ids("أبوجا - قتل مسلحون تسعة قرويين في منطقة مارادون الإدارية.")


# --- the wound of one who arrived dead -------------------------------------


def test_the_wound_of_one_who_arrived_dead_is_no_other_wounded() -> None:
    text = (
        "صنعاء - قتل رجل برصاص مسلحين مجهولين في سوق شعبي بمدينة ذمار.\n"
        "وقال مصدر طبي إن الرجل وصل جثة هامدة بعد إصابته بثلاث رصاصات في الصدر."
    )
    assert tolls(text) == [(1, None)]

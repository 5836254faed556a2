"""Rules and data prompted by the thirty-fourth blind set (tests/fixtures/extraction_eval/
blind34.yaml: a fifth day's feed, 4 February 2026, from some thirty outlets), each checked here
on sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- stab wounds, and a death told in the present of headlines ------------------------------------


def test_a_death_by_stab_wounds_is_counted() -> None:
    assert tolls("لقي عامل حتفه بطعنات سكين على يد زميله في مدينة الزرقاء مساء أمس.") == [(1, None)]


def test_a_killing_with_a_sharp_weapon_is_an_incident() -> None:
    assert tolls("عثر على رجل مقتولاً بآلة حادة داخل منزله في مدينة طنطا.") == [(1, None)]


def test_a_headline_in_the_present_counts_its_dead() -> None:
    assert tolls("تاجر يلقى حتفه برصاص لصوص في سوق مدينة تعز") == [(1, None)]


def test_an_appeal_against_a_verdict_is_no_stabbing() -> None:
    text = (
        "محكمة تؤيد الحكم\n"
        "القاهرة - قال محامي المتهم إنه سيتقدم بالطعن على الحكم أمام محكمة النقض خلال أيام."
    )
    assert events(text) == []


# --- the dead of a wound, told before the verb; the two dead told again --------------------------


def test_one_told_before_the_verb_who_died_of_his_wound_is_killed() -> None:
    text = "الزرقاء - قالت الشرطة إن سائقاً في الأربعين من عمره توفي متأثراً بإصابته بعيار ناري."
    assert tolls(text) == [(1, None)]


def test_one_wounded_who_died_later_is_still_read_as_before() -> None:
    text = "إربد - أصيب ثلاثة شبان برصاص مجهولين في إربد، وتوفي أحدهم متأثراً بإصابته."
    assert tolls(text) == [(None, 3)]


def test_the_two_dead_named_again_with_the_article_add_no_one() -> None:
    text = (
        "استشهاد مزارعين شرقي دير البلح\n"
        "دير البلح - استشهد مزارعان برصاص قوات الاحتلال شرقي دير البلح صباح اليوم. "
        "وقال مسعفون إن الشهيدين نقلا إلى مستشفى شهداء الأقصى."
    )
    assert sorted(k for k, _ in tolls(text)) == [2]


# --- drills, ordnance blown up on purpose, the cold, and an opinion desk -------------------------


def test_a_drill_that_stages_a_blast_and_its_wounded_is_no_event() -> None:
    text = (
        "تمرين للدفاع المدني\n"
        "العقبة - نفذت فرق الدفاع المدني تمريناً وهمياً يحاكي انفجاراً في ميناء العقبة، "
        "جرى خلاله إسعاف \"مصابين\" ونقلهم إلى المستشفى."
    )
    assert events(text) == []


def test_ordnance_blown_up_under_control_is_no_event() -> None:
    text = (
        "الموصل - أعلنت فرق الهندسة العسكرية رفع 80 قذيفة من مخلفات الحرب في أطراف المدينة، "
        "وتفجيرها تفجيراً مسيطراً عليه في منطقة خالية."
    )
    assert events(text) == []


def test_a_child_dead_of_cold_in_a_tent_is_no_event() -> None:
    text = (
        "وفاة طفلة من شدة البرد\n"
        "دير البلح - توفيت طفلة رضيعة فجر اليوم بسبب البرد القارس داخل خيمة نزوح غرب دير البلح."
    )
    assert events(text) == []


def test_a_column_from_an_opinion_desk_is_no_report() -> None:
    text = (
        "حرب الجداول الزمنية\n"
        "القاهرة - رأي: ليست معركة الاتفاق معركة خنادق، لكنها قد تنفجر إذا واصل الطرفان المماطلة "
        "في تنفيذ بنود الدمج."
    )
    assert events(text) == []


def test_a_report_from_a_desk_named_like_an_opinion_desk_is_still_one() -> None:
    text = (
        "مقتل جنديين\n"
        "لندن - رأي اليوم: قتل جنديان في هجوم على حاجز قرب مدينة الرمادي فجر اليوم."
    )
    assert tolls(text) == [(2, None)]


# --- Iraqi districts and sub-districts the gazetteer lacked --------------------------------------


def test_a_feud_in_al_majar_al_kabir_is_placed_there() -> None:
    text = "العمارة - قتل ثلاثة أشخاص في نزاع عشائري بقضاء المجر الكبير جنوبي ميسان مساء أمس."
    assert "iq_al_majar_al_kabir" in place_ids(text)


def test_hungary_is_not_al_majar_al_kabir() -> None:
    text = "بودابست - قتل شرطي طعناً في المجر أمس على يد مهاجم فر من المكان."
    assert "iq_al_majar_al_kabir" not in place_ids(text)


def test_a_drone_strike_by_sidakan_is_placed_there_within_soran() -> None:
    text = "أربيل - قتل ثلاثة مسلحين بقصف مسيرة تركية على أطراف ناحية سيدكان التابعة لقضاء سوران."
    assert place_ids(text) >= {"iq_sidakan"}
    assert place_ids(text) <= {"iq_sidakan", "iq_soran", "iq_erbil", "iq_erbil_city"}


def test_the_district_of_dibis_is_read_with_its_article() -> None:
    text = "كركوك - أصيب جنديان بهجوم مسلح على نقطة للجيش في ناحية الدبس فجر اليوم."
    assert "iq_dibis" in place_ids(text)


def test_a_village_of_the_same_name_in_duhok_is_not_the_sub_district() -> None:
    text = "دهوك - قتل شخصان بقصف مسيرة تركية على طريق قرية سيدكان التابعة لقضاء العمادية."
    assert "iq_sidakan" not in place_ids(text)

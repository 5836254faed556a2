"""Rules and data prompted by the twenty-seventh blind set (tests/fixtures/extraction_eval/
blind27.yaml: another day's feed from some thirty other outlets), each checked here on sentences
written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import actor_ids, events, place_ids, tolls

# --- the day's other news in the words of violence -----------------------------------------------


def test_a_burst_water_main_is_no_incident() -> None:
    text = (
        "انفجار أنبوب مياه يغمر طريقاً رئيسياً\n"
        "تسبب انفجار أنبوب مياه في حي الرابية بمدينة عمان، مساء أمس، في غمر الطريق لساعات."
    )
    assert events(text) == []


def test_a_burst_main_named_by_its_size_is_no_incident() -> None:
    assert events("توقف الضخ عن ثلاثة أحياء إثر انفجار خط رئيسي بقطر 400 ملم في المدينة.") == []


def test_a_pipeline_blown_up_by_an_attack_is_still_an_incident() -> None:
    text = "قتل حارسان عندما فجر مسلحون عبوة ناسفة استهدفت خط المياه الرئيسي قرب البلدة."
    assert tolls(text) == [(2, None)]


def test_a_win_by_five_goals_and_the_battle_for_the_top_is_sport() -> None:
    text = (
        "العربي يسحق الخور برباعية ويشعل معركة الصدارة\n"
        "الدوحة - فاز العربي على ضيفه الخور مساء أمس في الجولة العاشرة من دوري نجوم قطر."
    )
    assert events(text) == []


def test_the_terror_of_the_roads_is_road_accidents() -> None:
    text = "إرهاب الطرقات يحصد 9 قتلى في يومين\nلقي 9 أشخاص حتفهم في حوادث متفرقة."
    assert events(text) == []


def test_an_exhibition_of_war_photographs_is_no_incident() -> None:
    text = (
        "افتتحت في بيروت أمس معرض صور يضم لقطات من معارك الحرب الأهلية ومجزرة تل الزعتر، "
        "ويستمر حتى نهاية الشهر."
    )
    assert events(text) == []


def test_photographs_taken_in_a_war_are_no_incident() -> None:
    text = "وتعرض في دمشق صور التقطها مصورون خلال معارك الغوطة ومجزرة الكيماوي."
    assert events(text) == []


def test_families_of_victims_heard_by_a_court_are_no_toll() -> None:
    text = "واستمعت المحكمة في حمص إلى شهادات أهالي ضحايا من قرى ريف تلكلخ، وأرجأت الجلسة."
    assert events(text) == []


# --- a communiqué's "neutralised", its militants and their number after the subject ---------


def test_militants_neutralised_counted_after_the_unit_and_the_operation() -> None:
    text = (
        "حيدت مفرزة للجيش الوطني الشعبي، إثر كمين نصب بولاية تيبازة بالناحية العسكرية الأولى، "
        "ثلاثة إرهابيين وضبطت أسلحتهم."
    )
    assert tolls(text) == [(3, None)]


def test_militants_neutralised_with_the_number_after_them() -> None:
    assert tolls("الجيش يحيد إرهابيين اثنين في عملية تمشيط بولاية جيجل") == [(2, None)]


def test_neutralised_with_no_number_is_still_no_count() -> None:
    assert tolls("حيدت قوات الأمن المهاجم بعد مطاردة في وسط المدينة.") == []


# --- the incident ranked against a date ------------------------------------------------------


def test_a_toll_ranked_the_deadliest_since_a_truce_is_the_incident_s_own() -> None:
    text = (
        "استشهد أربعة مواطنين وأصيب تسعة آخرون بقصف إسرائيلي على مخيم المغازي صباح اليوم، "
        "في واحدة من أكثر الحوادث دموية منذ دخول وقف إطلاق النار حيز التنفيذ في أكتوبر الماضي."
    )
    assert tolls(text) == [(4, 9)]


def test_an_attack_called_the_most_violent_since_the_start_of_the_year_keeps_its_toll() -> None:
    text = "قتل 11 جندياً في هجوم على ثكنة قرب مدينة ميناكا، في الهجوم الأعنف منذ بداية العام."
    assert tolls(text) == [(11, None)]


def test_an_earlier_attack_ranked_against_stays_background() -> None:
    text = (
        "قتل 12 جندياً في هجوم على موقع عسكري قرب ميناكا. "
        "ويعد الهجوم الأكثر دموية منذ هجوم على قاعدة ديورا الذي قتل فيه 30 جندياً قبل شهرين."
    )
    assert tolls(text) == [(12, None)]


def test_a_total_since_a_truce_with_no_rank_is_still_background() -> None:
    text = "وقالت الوزارة إن 300 شخص قتلوا منذ دخول وقف إطلاق النار حيز التنفيذ في أكتوبر الماضي."
    assert tolls(text) == []


# --- places: honorifics, "the sons of", the camps of Darfur ------------------------------------


def test_a_quarter_named_after_a_prince_is_no_egyptian_town() -> None:
    text = (
        "الدار البيضاء.. مقتل شاب طعناً في حي مولاي رشيد\n"
        "لفظ شاب أنفاسه متأثراً بطعنات تلقاها خلال شجار بحي مولاي رشيد ليلة أمس."
    )
    assert place_ids(text) == {"ma_casablanca"}


def test_a_place_named_after_a_saint_is_still_found_whole() -> None:
    text = "قتل شخصان في هجوم بسكين على مقهى في مدينة سيدي بوزيد وسط تونس مساء أمس."
    assert "tn_sidi_bouzid" in place_ids(text)


def test_the_sons_of_a_tribe_are_no_afghan_village() -> None:
    assert "af_banu" not in place_ids("قتل ثلاثة أشخاص في اشتباك قبلي في بنو")


def test_tawila_by_its_place_words() -> None:
    text = "قتل أربعة نازحين في هجوم لقوات الدعم السريع على مخيم طويلة للنازحين."
    assert "sd_tawila" in place_ids(text)


def test_long_is_no_town() -> None:
    text = "قتل جندي في هجوم على نقطة تفتيش بعد اشتباكات استمرت ساعات طويلة قرب الفاشر."
    assert "sd_tawila" not in place_ids(text)


# --- actors: an Israeli unit that raided --------------------------------------------------------


def test_an_israeli_force_that_raided_is_israel() -> None:
    text = "قتل راعٍ برصاص قوة إسرائيلية توغلت في أطراف بلدة جباتا الخشب صباح اليوم."
    assert "israel" in actor_ids(text)


def test_israeli_tanks_that_shelled_are_israel() -> None:
    text = "أصيب طفلان بقذيفة أطلقتها دبابات إسرائيلية على أطراف بلدة كفركلا جنوبي لبنان."
    assert "israel" in actor_ids(text)

"""Rules and data prompted by the thirty-first blind set (tests/fixtures/extraction_eval/
blind31.yaml: a new incident that recalls earlier ones with their own tolls, places and doers),
each checked here on sentences written for the test, not on the set's own."""

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- an earlier incident recalled in the new one's sentence is background ------------------------


def test_an_attack_a_day_after_another_counts_its_own_toll_only() -> None:
    text = (
        "مقتل شرطي بهجوم على دورية\n"
        "قتل شرطي وأصيب اثنان بهجوم مسلح على دورية في مدينة بعقوبة مساء الأحد، بعد يوم من "
        "تفجير عبوة ناسفة في قضاء المقدادية أدى إلى مقتل أربعة مدنيين."
    )
    assert tolls(text) == [(1, 2)]
    assert "iq_al_miqdadiyah" not in place_ids(text)


def test_a_recalled_killing_by_its_noun_is_not_summed() -> None:
    text = (
        "استشهاد شاب في طولكرم\n"
        "استشهد شاب برصاص قوات الاحتلال خلال اقتحامها مدينة طولكرم فجر اليوم، بعد يومين من "
        "استشهاد شابين في قصف على مخيم نور شمس."
    )
    assert tolls(text) == [(1, None)]


def test_a_recalled_incident_with_no_toll_stays_in_its_clause() -> None:
    text = (
        "إصابة جنديين بانفجار عبوة\n"
        "أصيب جنديان بانفجار عبوة ناسفة في قضاء الحويجة، بعد يومين من هجوم على نقطة للجيش."
    )
    assert tolls(text) == [(None, 2)]


def test_an_attack_answering_an_earlier_strike_does_not_take_its_dead() -> None:
    text = (
        "صواريخ على موقع عسكري\n"
        "أطلقت الفصائل صواريخ على قاعدة عسكرية قرب مدينة الرمادي ظهر اليوم رداً على الغارة التي "
        "استهدفت مقراً لها في القائم وأدت إلى مقتل خمسة من عناصرها."
    )
    assert tolls(text) == []
    assert "iq_al_qaim" not in place_ids(text)


def test_an_attack_on_a_funeral_does_not_count_the_dead_it_buried() -> None:
    text = (
        "قتلى بقذائف على مقبرة\n"
        "قتل ثلاثة مدنيين بقذائف هاون سقطت على مقبرة في مدينة كسمايو أثناء تشييع ستة جنود قتلوا "
        "في كمين الأحد."
    )
    assert tolls(text) == [(3, None)]


def test_a_strike_of_yesterday_recalled_after_today_s_is_background() -> None:
    text = (
        "جريح بغارة على سيارة\n"
        "أصيب مواطن بجروح في غارة لمسيرة على سيارة في بلدة كفركلا اليوم، بعد استهداف دراجة "
        "نارية في بلدة الخيام أمس أدى إلى استشهاد اثنين."
    )
    assert tolls(text) == [(None, 1)]


def test_a_day_named_in_a_later_clause_does_not_date_the_death_that_raised_the_toll() -> None:
    text = (
        "ارتفاع عدد الشهداء إلى أربعة\n"
        "ارتفع عدد شهداء العدوان على المخيم إلى أربعة، بعد استشهاد شاب متأثراً بجروح أصيب بها "
        "في القصف فجر اليوم، فيما أصيب ستة آخرون، وقال الجيش إن العملية جاءت رداً على هجوم أمس."
    )
    assert (4, 6) in tolls(text) or tolls(text) == [(4, None), (None, 6)]


# --- sentences that place the report after an earlier incident ------------------------------------


def test_a_sentence_that_says_the_attack_comes_after_another_is_background() -> None:
    text = (
        "مقتل ثلاثة بغارة على خيمة\n"
        "استشهد ثلاثة فلسطينيين في غارة على خيمة تؤوي نازحين في دير البلح مساء الاثنين. "
        "ويأتي الهجوم بعد أقل من يوم من غارة على مدرسة في جباليا أسفرت عن استشهاد 12 شخصاً."
    )
    assert tolls(text) == [(3, None)]


def test_an_incident_of_the_same_morning_told_with_kana_is_news() -> None:
    text = (
        "شهيدان في نابلس وقلقيلية\n"
        "استشهد شاب برصاص قوات الاحتلال خلال اقتحام مدينة نابلس مساء اليوم. وكان شاب آخر قد "
        "استشهد صباح اليوم برصاص الجنود عند مدخل مدينة قلقيلية."
    )
    assert sorted(k for k, _ in tolls(text)) == [1, 1]


def test_an_incident_of_an_earlier_day_told_with_kana_stays_background() -> None:
    text = (
        "شهيد في نابلس\n"
        "استشهد شاب برصاص قوات الاحتلال خلال اقتحام مدينة نابلس مساء اليوم. وكان شاب آخر قد "
        "استشهد الأحد الماضي برصاص الجنود عند مدخل مدينة قلقيلية."
    )
    assert tolls(text) == [(1, None)]


def test_a_list_of_recalled_incidents_goes_on_after_kama() -> None:
    text = (
        "قتيل في اشتباكات بغريان\n"
        "قتل شخص في اشتباكات بين مجموعتين مسلحتين في مدينة غريان مساء الجمعة. وكان ثلاثة قد "
        "قتلوا في اشتباكات مماثلة الشهر الماضي، كما قتل اثنان في مدينة ترهونة قبل أسبوعين."
    )
    assert tolls(text) == [(1, None)]
    assert "ly_tarhunah" not in place_ids(text)


def test_a_day_of_a_campaign_counted_is_not_the_report_s_day() -> None:
    text = (
        "غارات على الميناء\n"
        "قتل ثمانية أشخاص في غارات على ميناء الحديدة مساء الخميس. وكانت غارات على صنعاء قبل "
        "أسبوع قد أدت إلى مقتل 12 شخصاً، فيما قتل 40 في اليوم الأول للحملة."
    )
    assert tolls(text) == [(8, None)]
    assert len(events(text)) == 1


def test_a_headline_that_sums_the_body_s_incidents_adds_no_toll() -> None:
    text = (
        "مقتل ثلاثة جنود بهجومين في كركوك والأنبار\n"
        "قتل جنديان بهجوم على نقطة للجيش في قضاء داقوق ليل الخميس. وفي وقت سابق من اليوم "
        "نفسه، قتل جندي آخر بانفجار عبوة استهدفت دوريته في قضاء الرطبة."
    )
    assert sorted(k for k, _ in tolls(text)) == [1, 2]


def test_a_soldier_who_had_been_killed_is_counted_across_the_particle() -> None:
    assert tolls("وكان جندي قد قتل في هجوم على نقطة عسكرية قرب الحدود صباح اليوم.") == [(1, None)]


# --- running totals, rankings and distances told with the new incident --------------------------


def test_a_running_total_since_the_year_began_is_not_the_day_s_toll() -> None:
    text = (
        "مقتل شرطيين بانفجار عبوة\n"
        "قتل شرطيان وأصيب ثلاثة عندما انفجرت عبوة ناسفة بدوريتهم قرب مدينة غاريسا الأربعاء، "
        "ليرتفع إلى 19 عدد عناصر الأمن الذين قتلوا في هجمات مماثلة منذ مطلع العام."
    )
    assert tolls(text) == [(2, 3)]


def test_an_attack_ranked_against_an_earlier_one_keeps_its_own_toll() -> None:
    text = (
        "مقتل 18 في هجوم على حافلة\n"
        "قتل مسلحون 18 راكباً بعد إيقاف حافلتهم على طريق سريع قرب مدينة كويتا الاثنين، في أكثر "
        "الهجمات دموية في الإقليم منذ تفجير سوق الذي أودى بحياة 30 شخصاً في مارس الماضي."
    )
    assert tolls(text) == [(18, None)]


def test_a_blast_near_the_site_of_an_earlier_one_keeps_its_own_toll() -> None:
    text = (
        "انفجار سيارة مفخخة في الباب\n"
        "قتل ثلاثة مدنيين وأصيب ستة بانفجار سيارة مفخخة في مدينة الباب اليوم، على بعد مئات "
        "الأمتار من موقع الانفجار الذي أودى بحياة 11 شخصاً مطلع الشهر."
    )
    assert tolls(text) == [(3, 6)]


def test_an_anniversary_s_list_goes_on_after_idafatan_ila() -> None:
    text = (
        "ذكرى المجزرة\n"
        "أحيا الأهالي اليوم الذكرى العشرين للمجزرة التي راح ضحيتها 40 مصلياً، إضافة إلى استشهاد "
        "آخرين برصاص الجنود في المواجهات التي تلتها."
    )
    assert events(text) == []


def test_a_half_year_report_of_a_mission_is_no_incident() -> None:
    text = (
        "تقرير أممي عن الضحايا المدنيين\n"
        "قالت البعثة الأممية في تقرير نصف سنوي إن 90 مدنياً قتلوا وأصيب 150 آخرون في الفترة من "
        "يناير إلى يونيو، معظمهم بعبوات ناسفة."
    )
    assert events(text) == []


# --- towns of the attacks such reports add to -------------------------------------------------


def test_the_towns_of_rockets_drones_and_ambushes_are_places() -> None:
    assert "il_sderot" in place_ids("أصيب مستوطنان بشظايا صاروخ سقط في مدينة سديروت مساء اليوم.")
    assert "lb_burj_rahal" in place_ids("أصيب مواطن بغارة مسيرة على سيارة في بلدة برج رحال اليوم.")
    assert "pk_bannu" in place_ids("قتل ثلاثة شرطيين بهجوم على مركز للشرطة في منطقة بانو ليلاً.")
    assert "pk_musakhel" in place_ids("قتل مسلحون 12 راكباً على طريق في منطقة موسى خيل الاثنين.")


def test_a_town_whose_name_is_a_word_needs_its_kind() -> None:
    assert "iq_al_adhaim" not in place_ids("قتل جندي في هجوم على الطريق العظيم قرب بعقوبة اليوم.")
    assert "iq_al_adhaim" in place_ids("قتل جندي بانفجار عبوة في ناحية العظيم شمالي ديالى اليوم.")


def test_a_seat_added_beside_its_district_lies_in_it() -> None:
    assert "pk_bajaur" in ancestors("pk_khar")


def test_the_place_of_the_strike_an_attack_answers_is_not_the_attack_s() -> None:
    text = (
        "صواريخ على كريات شمونة\n"
        "أطلق مقاتلون صواريخ على مدينة كريات شمونة ظهر اليوم رداً على اغتيال قيادي في مدينة صور."
    )
    assert "lb_tyre" not in place_ids(text)


def test_an_attack_on_the_day_of_an_old_attack_s_trial_keeps_its_own_toll() -> None:
    text = (
        "مقتل 5 قرويين بهجوم مسلح\n"
        "قتل مسلحون خمسة قرويين في هجوم على قرية قرب مدينة غوساو ليل الأحد، في اليوم نفسه الذي "
        "مثل فيه متهمون أمام محكمة في الهجوم على سوق الذي قتل فيه 30 شخصاً قبل أربع سنوات."
    )
    assert tolls(text) == [(5, None)]


def test_what_an_inquiry_concluded_about_old_killings_is_no_incident() -> None:
    text = (
        "تقرير أممي عن مجزرة\n"
        "طالبت المفوضية بمحاسبة المسؤولين عن مقتل 200 شخص في البلدة عام 2021. وقالت إن تحقيقها "
        "خلص إلى أن جنوداً أعدموا معظم الضحايا خلال عملية استمرت ثلاثة أيام."
    )
    assert events(text) == []

"""Running totals since a date, monitors' periodic counts and a war's whole toll are background,
not the day's incident or its toll."""

from tests.unit.streams.extraction.reading import events, tolls


def test_deaths_told_as_the_war_s_are_background() -> None:
    text = (
        "تسليم رفات ثلاثة جنود في معبر حدودي\n"
        "سلمت الحركة رفات ثلاثة جنود إلى الصليب الأحمر، وقالت إنهم قتلوا في قصف خلال الحرب."
    )
    assert events(text) == []


def test_a_war_toll_in_thousands_headlining_a_ministry_update_is_no_incident() -> None:
    text = (
        "الصحة: حصيلة العدوان ترتفع إلى 38 ألفاً و244 شهيداً\n"
        "أعلنت وزارة الصحة ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 38 ألفاً و244 "
        "شهيداً و88 ألفاً و33 إصابة، فيما لا يزال آلاف المفقودين تحت الأنقاض."
    )
    assert events(text) == []


def test_a_war_told_as_the_subject_of_its_whole_toll_is_no_incident() -> None:
    assert events("تعهد الرئيس بإجراء انتخابات حرة، بعد أن أودت الحرب الأهلية بحياة عشرات الآلاف") == []
    text = (
        "بدأ البرلمان مناقشة قانون العفو عن المقاتلين، "
        "بعد الصراع الذي استمر ثلاثة عقود وأودى بحياة 30 ألف شخص"
    )
    assert events(text) == []


def test_a_count_since_an_earlier_date_is_background() -> None:
    text = ("اغتيالات في الجنوب\nسجلت المحافظة 300 عملية اغتيال منذ ذلك الحين قتل فيها 200 شخص.\n"
            "وقتل مسلحون مجهولون شاباً في البلدة.")
    assert tolls(text) == [(1, None)]


def test_a_monitor_month_total_is_no_incident() -> None:
    text = "حصيلة شهرية\nوثقت الشبكة مقتل 140 مدنياً خلال آذار الماضي في مختلف المحافظات."
    assert events(text) == []


def test_a_monitor_periodic_report_is_no_incident() -> None:
    text = "تقرير\nوقالت المنظمة في تقريرها السنوي إن 900 مدني قتلوا في الغارات."
    assert events(text) == []


def test_a_war_total_since_its_start_date_is_background() -> None:
    text = ("غارة على بلدة\nسقط منذ الثامن من تشرين الأول أكثر من 300 قتيل.\n"
            "وقتل شخصان في غارة على البلدة اليوم.")
    assert tolls(text) == [(2, None)]


def test_a_month_with_no_day_is_a_total_and_ibb_is_a_place() -> None:
    assert events("حصيلة\nوثقت المنظمة مقتل 60 مدنياً في نيسان في مختلف المناطق.") == []
    assert tolls("هجوم\nقتل 3 أشخاص في إب بهجوم مسلح.") == [(3, None)]
    assert tolls("قصف\nقتل 3 أشخاص في 5 أيار بقصف على القرية.") == [(3, None)]


def test_a_rank_since_the_start_of_the_year_is_still_a_total() -> None:
    text = "وتعد الحادثة الثالثة من نوعها منذ بداية العام، إذ قتل 14 شخصاً في حوادث مشابهة."
    assert tolls(text) == []


def test_a_war_total_after_a_background_clause_stays_background() -> None:
    text = "قتل جندي في هجوم الأسبوع الماضي، ليرتفع عدد قتلى الجيش منذ بداية العام إلى 40."
    assert tolls(text) == []


def test_a_past_month_and_a_span_counted_back_are_background_even_after_a_conjunction() -> None:
    text = "قتل 5 في قصف على الحي فجر اليوم. وفي أيلول الماضي قتل 12 في قصف مماثل على الحي نفسه."
    assert tolls("خبر\n" + text) == [(5, None)]
    assert tolls("خبر\nقتل 5 في قصف على الحي. وتجاوزت حصيلة الأشهر الثلاثة الماضية 300 قتيل.") == [(5, None)]


def test_a_running_total_since_a_date_is_no_rise_of_the_incidents_toll() -> None:
    text = (
        "ثلاثة قتلى بقصف\nقتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي على حي سكني اليوم. "
        "وقالت الوزارة إن عدد القتلى منذ توقيع اتفاق التهدئة ارتفع إلى 210."
    )
    assert tolls(text) == [(3, 5)]


def test_a_source_running_total_in_a_relative_clause_leaves_the_day_toll() -> None:
    text = (
        "غارة\nقتل شاب وأصيب ثلاثة آخرون في غارة على بلدة الزهراء، وفق الدفاع المدني، الذي قال"
        " إن عدد القتلى في المنطقة منذ مطلع العام بلغ 40."
    )
    assert tolls(text) == [(1, 3)]


def test_a_war_around_the_incident_is_its_own_clause() -> None:
    text = (
        "غارة\nقتل 15 شخصاً في غارة على البلدة، في ظل المعارك الدائرة بين الطرفين منذ مطلع العام."
    )
    assert tolls(text) == [(15, None)]


def test_a_monitor_report_quoted_again_is_background() -> None:
    text = (
        "التقرير السنوي للشبكة\nنشرت الشبكة تقريرها السنوي عن الضحايا. وذكر التقرير أن 210 أشخاص"
        " قتلوا بالألغام."
    )
    assert events(text) == []


def test_a_running_total_since_the_end_of_a_month_is_not_the_day_s_toll() -> None:
    text = (
        "استشهاد أربعة برصاص الاحتلال\n"
        "استشهد أربعة مواطنين وأصيب 12 برصاص قوات الاحتلال قرب حاجز في مدينة الخليل اليوم، ليرتفع "
        "عدد الشهداء في المحافظة منذ أوائل آذار إلى 45 شهيداً."
    )
    assert tolls(text) == [(4, 12)]


def test_a_running_total_since_the_year_began_is_not_the_day_s_toll() -> None:
    text = (
        "مقتل شرطيين بانفجار عبوة\n"
        "قتل شرطيان وأصيب ثلاثة عندما انفجرت عبوة ناسفة بدوريتهم قرب مدينة غاريسا الأربعاء، "
        "ليرتفع إلى 19 عدد عناصر الأمن الذين قتلوا في هجمات مماثلة منذ مطلع العام."
    )
    assert tolls(text) == [(2, 3)]


def test_a_half_year_report_of_a_mission_is_no_incident() -> None:
    text = (
        "تقرير أممي عن الضحايا المدنيين\n"
        "قالت البعثة الأممية في تقرير نصف سنوي إن 90 مدنياً قتلوا وأصيب 150 آخرون في الفترة من "
        "يناير إلى يونيو، معظمهم بعبوات ناسفة."
    )
    assert events(text) == []


def test_a_toll_ranked_the_deadliest_since_a_truce_is_the_incident_s_own() -> None:
    text = (
        "استشهد أربعة مواطنين وأصيب تسعة آخرون بقصف إسرائيلي على مخيم المغازي صباح اليوم، "
        "في واحدة من أكثر الحوادث دموية منذ دخول وقف إطلاق النار حيز التنفيذ في أكتوبر الماضي."
    )
    assert tolls(text) == [(4, 9)]


def test_an_attack_called_the_most_violent_since_the_start_of_the_year_keeps_its_toll() -> None:
    text = "قتل 11 جندياً في هجوم على ثكنة قرب مدينة ميناكا، في الهجوم الأعنف منذ بداية العام."
    assert tolls(text) == [(11, None)]


def test_a_total_since_a_truce_with_no_rank_is_still_background() -> None:
    text = "وقالت الوزارة إن 300 شخص قتلوا منذ دخول وقف إطلاق النار حيز التنفيذ في أكتوبر الماضي."
    assert tolls(text) == []


def test_a_tail_with_a_running_count_since_the_year_began_is_dropped_alone() -> None:
    text = ("اقتحام\nقتل شاب برصاص القوات خلال اقتحام القرية، فيما قالت جمعية حقوقية إن عدد "
            "المعتقلين منذ بداية العام بلغ 900.")
    assert tolls(text) == [(1, None)]


def test_road_death_statistics_are_no_event() -> None:
    text = ("المرور\nكشف تقرير للإدارة العامة للمرور أن عدد الوفيات الناجمة عن حوادث الطرق في البلاد "
            "انخفض إلى 2,300 حالة وفاة في عام 2022، مقارنة بـ 3,000 قبل خمس سنوات، فيما بلغ عدد "
            "المصابين 15 ألفاً.")
    assert events(text) == []


def test_a_wars_anniversary_total_is_no_event() -> None:
    assert events("عام على حرب الشمال: أكثر من 3 آلاف قتيل ومليون نازح\nتقرير.") == []


def test_a_new_attack_beside_a_wars_toll_still_counts() -> None:
    text = (
        "مقتل أربعة بقصف على سوق\n"
        "قتل أربعة مدنيين وأصيب عشرة في قصف مدفعي على سوق شعبي في مدينة الأبيض صباح اليوم. وتأتي "
        "المحادثات بعد ثلاث سنوات من الحرب التي خلفت أكثر من 40 ألف قتيل."
    )
    assert tolls(text) == [(4, 10)]


def test_a_truce_total_and_an_earlier_strike_this_month_are_background() -> None:
    text = (
        "غارة على سيارة في بنت جبيل\n"
        "بنت جبيل - قتل شخص بغارة بمسيرة إسرائيلية على سيارة في بلدة عيترون.\n"
        "وأسفرت غارة على بلدة الخيام مطلع الشهر عن مقتل ثلاثة أشخاص.\n"
        "وقتل أكثر من 80 شخصاً منذ سريان وقف إطلاق النار."
    )
    assert tolls(text) == [(1, None)]


def test_interceptions_over_two_years_are_not_an_incident() -> None:
    text = (
        "وقال قائد القيادة المركزية الأمريكية إن قواته اعترضت مئات الصواريخ فوق البحر الأحمر "
        "خلال العامين الماضيين."
    )
    assert events(text) == []


def test_the_running_toll_of_an_operation_begun_this_week_is_not_background() -> None:
    text = (
        "اقتحام واسع لمخيم بلاطة\n"
        "نابلس - استشهد ستة فلسطينيين وأصيب 25 آخرون منذ بدء قوات الاحتلال عملية عسكرية في مخيم "
        "بلاطة شرق نابلس فجر الأحد، بحسب وزارة الصحة."
    )
    assert tolls(text) == [(6, 25)]


def test_a_wars_total_since_it_began_stays_background() -> None:
    text = (
        "غارة على منزل في دير البلح\n"
        "دير البلح - قتل أربعة أشخاص بغارة على منزل في دير البلح صباح اليوم.\n"
        "وأعلنت الوزارة الأربعاء أن 35 ألفاً قتلوا منذ بدء الحرب على القطاع."
    )
    assert tolls(text) == [(4, None)]


def test_a_wars_running_total_is_background() -> None:
    text = ("استشهد 5 فلسطينيين في غارة إسرائيلية على مدينة رفح.\n"
            "وبذلك ترتفع حصيلة الشهداء منذ السابع من أكتوبر إلى 30000 شهيد.")
    assert tolls(text) == [(5, None)]


def test_a_ministrys_count_of_the_last_hours_is_no_incident() -> None:
    # the daily report sums the dead of many strikes since the last one; it names none
    text = ("وزارة الصحة: 6 شهداء في يومين\n"
            "قالت وزارة الصحة إن مستشفيات القطاع استقبلت خلال الساعات الـ24 الماضية 6 شهداء و19 "
            "إصابة، ليرتفع عدد الشهداء منذ بدء الهدنة إلى 420.")
    assert events(text) == []
    # ... while a strike of those hours, told as an incident, stays one
    strike = "غارة على منزل\nاستشهد 6 مواطنين بغارة على منزل في مدينة دير البلح ظهر اليوم."
    assert tolls(strike) == [(6, None)]


def test_the_dead_since_a_truce_took_effect_are_a_running_total() -> None:
    text = (
        "مؤتمر لإعادة إعمار غزة\n"
        "وفي مدينة غزة، تتواصل الخروقات الإسرائيلية لوقف إطلاق النار، إذ قتل أكثر من 250 فلسطينياً "
        "منذ دخوله حيز التنفيذ، بحسب الوزارة."
    )
    assert events(text, "2025-11-18") == []


def test_the_last_war_s_toll_recalled_in_a_debate_is_background() -> None:
    text = (
        "مجلس الوزراء يناقش خطة حصر السلاح\n"
        "يعقد مجلس الوزراء جلسة غدا لمناقشة خطة حصر السلاح بيد الدولة، في حين اعتبر وزير أن "
        "معركة بناء الدولة لا تحتمل التأجيل، مذكرا بأن الحرب الأخيرة أودت بحياة أكثر من أربعة "
        "آلاف لبناني."
    )
    assert events(text) == []


def test_a_quarterly_report_of_civilian_casualties_is_no_incident() -> None:
    text = (
        "البعثة الأممية تنشر تقريرها\n"
        "قالت البعثة في تقريرها الفصلي اليوم إنها وثقت مقتل 74 مدنياً وإصابة 166 آخرين بين كانون "
        "الثاني وآذار، معظمهم جراء العبوات الناسفة."
    )
    assert events(text) == []


def test_the_bodies_of_a_war_s_fallen_handed_back_are_no_incident() -> None:
    text = (
        "روسيا وأوكرانيا تتبادلان 300 أسير من كل جانب\n"
        "أعلنت وزارة الدفاع الروسية والرئاسة الأوكرانية إتمام عملية تبادل شملت 300 أسير من كل "
        "جانب، فيما تبادل الطرفان أيضا جثث قتلى سقطوا في المعارك."
    )
    assert events(text) == []


def test_a_quarters_toll_in_a_rights_groups_report_is_no_incident() -> None:
    text = (
        "تقرير: 1200 قتيل في شمال غرب نيجيريا خلال ثلاثة أشهر\n"
        "قال تقرير لمنظمة حقوقية إن هجمات العصابات المسلحة في ولايات زامفارا وكاتسينا أودت بحياة "
        "1200 شخص على الأقل خلال الربع الأول من العام."
    )
    assert events(text) == []


def test_a_toll_in_tens_of_thousands_is_a_wars_total_not_an_incidents() -> None:
    text = (
        "وزير الخارجية يطالب بمحاسبة الاحتلال\n"
        "قال وزير الخارجية في كلمته أمام المؤتمر إن العدوان أودى بحياة 45 ألف مدني ودمر المستشفيات."
    )
    assert events(text) == []


def test_an_incidents_toll_beside_a_wars_total_in_its_clause_is_kept() -> None:
    text = "غارة على مخيم\nقتل 12 شخصاً في غارة على مخيم النصيرات ليبلغ عدد القتلى 30 ألفاً."
    assert 12 in {killed for killed, _ in tolls(text)}


def test_breaches_tallied_since_the_last_meeting_are_no_incident() -> None:
    text = (
        "اجتماع للجنة الهدنة\n"
        "قدم الوفد قائمة بالانتهاكات الإسرائيلية منذ الجلسة الماضية، شملت قصفاً على بلدة الخيام "
        "وتفجير منازل فيها."
    )
    assert events(text) == []


def test_the_bodies_an_exchange_will_hand_over_are_no_incident() -> None:
    text = (
        "اتفاق على تبادل الأسرى\n"
        "أعلن الوسطاء أن جثامين 25 قتيلاً من الجانبين ستسلم في المرحلة الأخيرة من الاتفاق."
    )
    assert events(text) == []


def test_a_peace_deal_after_months_of_fighting_that_killed_thousands_is_no_incident() -> None:
    text = (
        "توقيع إطار للسلام\nوقعت الحكومة والمتمردون في الدوحة إطاراً لاتفاق سلام يتضمن وقفاً دائماً لإطلاق"
        " النار وعودة النازحين إلى قراهم في إقليم ماسيسي، بعد أشهر من المعارك التي أودت بحياة الآلاف."
    )
    assert events(text) == []


def test_a_new_clash_after_months_of_calm_is_still_an_incident() -> None:
    text = "اشتباكات\nقتل خمسة مقاتلين في اشتباكات اندلعت قرب بلدة ماسيسي بعد أشهر من الهدوء."
    assert len(events(text)) == 1


def test_a_war_told_by_its_age_with_what_it_took_is_no_incident() -> None:
    text = (
        "المفوضية: الحرب شردت الملايين\n"
        "قالت المفوضية إن الحرب بين الطرفين، التي دخلت عامها الثالث، شردت نحو 13 مليون شخص "
        "وقتلت عشرات الآلاف."
    )
    assert events(text) == []


def test_a_total_counted_from_a_named_month_is_background() -> None:
    text = (
        "تقرير عن عنف العصابات\n"
        "قال المكتب إن أعمال العنف أودت بحياة أكثر من 3000 شخص وأصابت أكثر من ألف آخرين منذ يناير، "
        "معظمهم في العاصمة."
    )
    assert events(text) == []


def test_an_attack_ranked_with_its_object_against_the_war_s_start_keeps_its_toll() -> None:
    text = (
        "ثلاثة قتلى بهجوم بالمسيرات على المدينة\n"
        "قال رئيس البلدية إن ثلاثة أشخاص قتلوا وأصيب 21 آخرون، فجر السبت، في هجوم بطائرات مسيرة "
        "على أحياء سكنية، في واحد من أعنف الهجمات عليها منذ بداية الحرب."
    )
    assert tolls(text) == [(3, 21)]


def test_bodies_recovered_whom_the_body_dates_to_the_war_are_no_incident() -> None:
    text = (
        "انتشال جثامين 9 شهداء من تحت الركام في البلدات الحدودية\n"
        "واصلت فرق الإسعاف، الخميس، رفع الأنقاض في البلدات الحدودية، وانتشلت 9 جثامين لشهداء "
        "سقطوا خلال الحرب، نقلت إلى المستشفى تمهيداً لدفنها."
    )
    assert events(text) == []

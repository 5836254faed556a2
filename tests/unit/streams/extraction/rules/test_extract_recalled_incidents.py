"""An earlier incident the report recalls, likens or ranks against the new one is background: its
toll is not summed into the reported incident, and a clause's day decides whether it is news."""

import datetime as dt

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.dates import is_dated_entry, names_earlier_year, names_past_day, resolve_date
from tests.unit.streams.extraction.reading import (
    counts,
    events,
    figures_of,
    only,
    place_ids,
    places_of,
    tolls,
)

# "وكان ... قد تبنى": the claim of the incident reported
REPORT = "مقتل 9 جنود في هجوم شمالي مالي\nباماكو - قتل 9 جنود ماليين في هجوم على معسكر قرب تمبكتو أمس. "


PUB = dt.date(2024, 5, 3)  # a Friday


# background: a party's record, spans, fortnightly reports, statistics, a war's toll, an
# obituary, one bereaved before, an old attack ranked
BACKGROUND = {
    "previously": (
        "القنصلية تطلب من رعاياها الحذر\n"
        "وأشارت القنصلية إلى أن مسلحين هاجموا في السابق مقار دبلوماسية في مدينة البصرة بالقذائف."
    ),
    "two_years": (
        "الجماعة تعرض حصيلة عملياتها\n"
        "وقال المتحدث إن مقاتلي حركة الشباب شنوا أكثر من 900 هجوم بالهاون على مواقع الجيش في "
        "مقديشو خلال عامين."
    ),
    "fortnight": (
        "تقرير أممي عن أسبوعين من العنف\n"
        "قال مكتب الأمم المتحدة في تقريره نصف الشهري إن 12 مدنياً قتلوا وأصيب 60 آخرون في "
        "مداهمات خلال الفترة الممتدة من 3 إلى 16 الشهر الجاري."
    ),
    "two_weeks": (
        "منظمة: 14 قتيلاً في المخيمات خلال أسبوعين\n"
        "قالت منظمة حقوقية إن 14 شخصاً قتلوا برصاص مسلحين في مخيمات النازحين خلال أسبوعين."
    ),
    "report_explained": (
        "مرصد: ارتفاع العنف في البلاد العام الماضي\n"
        "نشر المرصد تقريره السنوي عن العنف في البلاد. وأوضح التقرير أن المسلحين مسؤولون عن "
        "معظم الهجمات، وأن الأطفال شكلوا ربع القتلى."
    ),
    "statistics": (
        "الشبكة توثق حصيلة الشهر\n"
        "وبحسب إحصائية المرصد، جاءت محافظة حماة في المرتبة الأولى بـ30 قتيلاً تلتها حمص بـ22 قتيلاً."
    ),
    "war_toll": (
        "استئناف المحادثات بين الطرفين\n"
        "وتستأنف المحادثات بعد ثلاث سنوات من الحرب التي خلفت أكثر من 40 ألف قتيل وملايين النازحين."
    ),
    "obituary": (
        "وفاة قائد عسكري متقاعد\n"
        "وقاد الفقيد سرية مشاة اقتحمت تحصينات العدو في مدينة السويس وأصيب في المعارك."
    ),
    "bereaved": (
        "عائلات تنتظر العودة\n"
        "وتقول أم سامي، التي فقدت 6 من أفراد عائلتها في غارة على حي الشجاعية في غزة، إنها لا تملك "
        "مكاناً تعود إليه."
    ),
    "old_attack_ranked": (
        "تأييد أحكام\n"
        "وكان انتحاري قد فجر نفسه داخل كنيسة في مدينة طنطا عام 2017، ما أسفر عن مقتل 29 شخصاً، في "
        "أسوأ هجوم على المسيحيين في تاريخ مصر."
    ),
}


def test_an_earlier_figure_told_with_wakana_qad_is_still_background() -> None:
    text = REPORT + "وكانت مصادر أمنية قد أعلنت في وقت سابق مقتل 5 جنود."
    assert tolls(text) == [(9, None)]


def test_an_earlier_attack_blamed_before_is_still_background() -> None:
    text = (
        "قتل جندي بانفجار لغم قرب مدينة بيدوا. وكانت السلطات قد اتهمت الحركة بتنفيذ هجوم "
        "الشهر الماضي أسفر عن مقتل 9 أشخاص."
    )
    assert tolls(text) == [(1, None)]


def test_a_new_attack_the_day_after_an_earlier_one_is_still_counted() -> None:
    text = (
        "هجوم جديد\n"
        "كركوك - قتل جنديان بهجوم على نقطة في الحويجة، غداة الهجوم الذي أسفر عن مقتل ثلاثة في الرشاد."
    )
    assert tolls(text) == [(2, None)]


def test_a_relative_clause_after_a_dated_clause_tells_the_past() -> None:
    text = (
        "السجن لمتهم بتفجير سوق الحلة\nقضت المحكمة بسجن متهم شارك في تفجير سوق الحلة عام 2015، "
        "الذي أودى بحياة 70 شخصاً، وقالت إن المتهم نقل المتفجرات التي استخدمت في الهجوم."
    )
    assert events(text) == []


def test_a_relative_clause_after_a_clause_of_today_is_still_its_toll() -> None:
    text = "بغداد - انفجرت عبوة ناسفة في سوق شعبي صباح اليوم، الذي قتل فيه ثلاثة أشخاص."
    assert tolls(text) == [(3, None)]


def test_deaths_by_a_similar_attack_are_a_new_incident() -> None:
    text = (
        "حصاد اليوم\nقتل جنديان بهجوم لمسلحين على حاجز قرب البلدة. "
        "وفي الريف الغربي قتل أربعة عناصر من الشرطة بهجوم مماثل على دورية."
    )
    assert sorted(tolls(text)) == [(2, None), (4, None)]


def test_a_similar_attack_recalled_is_still_the_past() -> None:
    text = "قتل جنديان بهجوم على حاجز قرب البلدة، بعد يومين من هجوم مماثل أدى إلى مقتل خمسة عناصر."
    assert tolls(text) == [(2, None)]


def test_an_earlier_similar_attack_in_the_same_sentence_is_background() -> None:
    text = ("هجوم\nقتل 4 جنود في هجوم على نقطة، وهو ثاني هجوم من نوعه بعد هجوم أسفر عن مقتل "
            "9 جنود في المنطقة.")
    assert tolls(text) == [(4, None)]


def test_the_death_an_attack_answers_is_not_its_toll() -> None:
    assert counts("أطلقت الحركة قذائف على المستوطنات رداً على اغتيال قائدها") == []


def test_an_incident_that_is_the_third_of_its_kind_is_the_one_reported() -> None:
    text = (
        "قتل موظف في البلدية برصاص مسلحين مجهولين أمام منزله في مدينة جاسم بريف درعا مساء أمس، "
        "في حادثة هي الثالثة من نوعها في المدينة هذا الشهر."
    )
    assert tolls(text) == [(1, None)]


def test_an_attack_called_the_deadliest_of_its_kind_keeps_its_toll() -> None:
    text = "قتل تسعة أشخاص في تفجير استهدف سوقاً شعبياً في مدينة بيشاور، في هجوم يعد الأعنف من نوعه هذا العام."
    assert tolls(text) == [(9, None)]


def test_a_similar_earlier_attack_stays_background() -> None:
    text = "قتل جنديان في هجوم على حاجز، بعد أيام من هجوم مماثل قتل فيه أربعة جنود."
    assert tolls(text) == [(2, None)]


def test_an_analysis_keeps_the_new_attack_it_reports_and_drops_the_one_it_recalls() -> None:
    text = (
        "قراءة في تصاعد الهجمات شمال البلاد\n"
        "قتل أربعة من رجال الشرطة بهجوم مسلح على نقطة تفتيش فجر اليوم في مدينة كركوك.\n"
        "ويذكّر الهجوم بما جرى في مارس الماضي حين قتل 9 جنود في كمين قرب المدينة."
    )
    assert tolls(text) == [(4, None)]


def test_a_timeline_line_is_a_dated_entry_but_a_live_page_time_is_not() -> None:
    assert is_dated_entry(normalize("- 12 مارس 2021: مقتل 6 في هجوم على سوق"))
    assert is_dated_entry(normalize("2016: تفجير قرب المطار"))
    assert not is_dated_entry(normalize("10:45 | مقتل 3 بقصف على السوق"))


def test_a_january_report_that_names_last_year_whole_retells_it() -> None:
    published = dt.date(2025, 1, 20)
    assert names_earlier_year(normalize("قتل أكثر من 900 شخص في الإقليم في 2024"), published)
    assert not names_earlier_year(normalize("قتل 3 أشخاص في هجوم يوم 30 ديسمبر 2024"), published)


def test_a_season_or_part_of_an_earlier_year_dates_what_is_told_then() -> None:
    published = dt.date(2025, 10, 2)
    assert names_earlier_year(normalize("فر منه سكانه إثر هجوم تنظيم داعش صيف 2014"), published)
    assert names_earlier_year(normalize("التفجير الذي وقع مطلع 2019 في السوق"), published)
    assert not names_earlier_year(normalize("هجوم وقع مطلع الشهر الجاري في السوق"), published)


def test_a_camp_closed_years_after_the_attack_that_emptied_its_district_is_no_incident() -> None:
    text = (
        "إغلاق مخيم للنازحين\nأعلنت الوزارة إغلاق مخيم شاريا للنازحين في قضاء سميل بعد عودة آخر العائلات إلى"
        " قضاء سنجار، الذي فر منه سكانه إثر هجوم تنظيم داعش صيف 2014 وما رافقه من عمليات قتل."
    )
    assert events(text, published="2025-10-02") == []


def test_yesterday_is_a_past_day_and_today_is_not() -> None:
    assert names_past_day(normalize("هاجم مسلحون القرية ليل أمس"))
    assert not names_past_day(normalize("الصحف الصادرة اليوم"))


def test_a_remark_about_an_earlier_toll_is_its_own_clause() -> None:
    text = (
        "قصف\nقتل أربعة مدنيين بقصف على سوق المدينة، مشيراً إلى أن قصفاً مماثلاً قتل 12 شخصاً في"
        " السوق ذاته."
    )
    assert tolls(text) == [(4, None)]


def test_an_attack_a_month_ago_is_background() -> None:
    text = "هجوم\nقتل 6 جنود في هجوم على الموقع. وهو ثاني هجوم بعد هجوم قتل فيه 20 جندياً قبل شهر."
    assert tolls(text) == [(6, None)]


def test_a_headline_summing_up_a_background_body_is_background() -> None:
    text = (
        "الحرب الأهلية: 120 ألف قتيل\nقالت اللجنة إن الحرب الأهلية بين عامي 1975 و1990 أودت بحياة"
        " نحو 120 ألف شخص."
    )
    assert events(text) == []


def test_a_headline_with_no_figure_over_a_past_only_body_is_background() -> None:
    text = "رفات ضحايا في قرية\nعثرت الفرق على رفات 12 شخصاً أعدمهم المسلحون عام 2015."
    assert events(text) == []


def test_an_attack_likened_to_an_older_one_counts_its_own_toll_only() -> None:
    text = (
        "مقتل سبعة جنود بهجوم على ثكنة\n"
        "قتل سبعة جنود بهجوم شنه مسلحون على ثكنة للجيش قرب مدينة غاو ليل السبت على غرار الهجوم "
        "الذي قتل فيه 25 جندياً في المنطقة نفسها قبل عامين."
    )
    assert tolls(text) == [(7, None)]


def test_a_likening_with_no_toll_of_its_own_leaves_the_report_whole() -> None:
    text = (
        "إصابة ثلاثة شرطيين بعبوة\n"
        "أصيب ثلاثة شرطيين بانفجار عبوة ناسفة على طريق في مدينة الموصل على غرار هجمات سابقة."
    )
    assert tolls(text) == [(None, 3)]


def test_an_earlier_bombing_recalled_in_brackets_is_not_summed() -> None:
    text = (
        "قتلى بتفجير أمام مصرف\n"
        "قتل ستة أشخاص وأصيب 14 في تفجير انتحاري أمام مصرف في مدينة جلال آباد (الثالث في المدينة "
        "منذ تفجير السوق الذي قتل فيه ثمانية أشخاص)."
    )
    assert tolls(text) == [(6, 14)]


def test_a_strike_recalled_in_brackets_is_no_second_event() -> None:
    text = (
        "غارة على منزل في بلدة ياطر\n"
        "استشهد مواطن في غارة إسرائيلية على منزل في بلدة ياطر ظهر اليوم (بعد غارة على البلدة "
        "الأسبوع الماضي أدت إلى استشهاد ثلاثة أشخاص)."
    )
    assert tolls(text) == [(1, None)]


def test_a_bracket_with_a_subset_or_an_age_stays_with_the_toll() -> None:
    text = (
        "قصف على سوق\n"
        "قتل تسعة مدنيين (بينهم أربعة أطفال) وأصيب 20 في قصف مدفعي على سوق في مدينة الفاشر، "
        "وبين القتلى الشاب أحمد (19 عاماً)."
    )
    assert tolls(text) == [(9, 20)]


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


def test_a_soldier_who_had_been_killed_is_counted_across_the_particle() -> None:
    assert tolls("وكان جندي قد قتل في هجوم على نقطة عسكرية قرب الحدود صباح اليوم.") == [(1, None)]


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


def test_an_attack_on_the_day_of_an_old_attack_s_trial_keeps_its_own_toll() -> None:
    text = (
        "مقتل 5 قرويين بهجوم مسلح\n"
        "قتل مسلحون خمسة قرويين في هجوم على قرية قرب مدينة غوساو ليل الأحد، في اليوم نفسه الذي "
        "مثل فيه متهمون أمام محكمة في الهجوم على سوق الذي قتل فيه 30 شخصاً قبل أربع سنوات."
    )
    assert tolls(text) == [(5, None)]


def test_an_earlier_attack_ranked_against_stays_background() -> None:
    text = (
        "قتل 12 جندياً في هجوم على موقع عسكري قرب ميناكا. "
        "ويعد الهجوم الأكثر دموية منذ هجوم على قاعدة ديورا الذي قتل فيه 30 جندياً قبل شهرين."
    )
    assert tolls(text) == [(12, None)]


def test_attacks_of_a_past_winter_in_a_statement_are_background() -> None:
    text = (
        "خسائر قطاع الطاقة\n"
        "كييف - قال وزير الطاقة الأوكراني إن الهجمات الروسية على محطات الكهرباء في أوكرانيا خلال "
        "الشتاء كلفت البلاد مليارات الدولارات."
    )
    assert events(text) == []


def test_a_comparison_with_earlier_attacks_does_not_make_the_attack_background() -> None:
    text = ("تفجير\nقتل 4 أشخاص وأصيب 9 في تفجير استهدف سوقاً شعبية، في ثاني تفجير يضرب المدينة "
            "منذ عام 2019.")
    assert tolls(text) == [(4, 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday dates the report's act; "أمس" after it, the act it answers
        ("أحرق مسلحون السوق مساء الجمعة ردا على الهجوم على الحافلة أمس", dt.date(2024, 5, 3)),
        ("قتل مسلحون ثلاثة ليل الخميس بعد هجوم أمس", dt.date(2024, 5, 2)),
        # the day word that comes first still decides either way
        ("قتل جندي أمس في هجوم شبيه بهجوم الثلاثاء", dt.date(2024, 5, 2)),
        ("قتل جندي فجر اليوم", dt.date(2024, 5, 3)),
    ],
)
def test_the_first_day_word_dates_the_report(text: str, expected: dt.date) -> None:
    assert resolve_date(text, PUB) == expected


def test_an_earlier_attack_some_days_before_is_background() -> None:
    text = (
        "قتل أربعة جنود بقصف على قاعدة عسكرية قرب الموصل مساء الخميس، بعد 5 أيام من هجوم أسفر عن "
        "مقتل جنديين في المنطقة نفسها"
    )
    assert tolls(text) == [(4, None)]


def test_an_earlier_strike_told_so_is_still_dated_as_background() -> None:
    text = (
        "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل. وكانت طائرات حربية قد قصفت البلدة الشهر "
        "الماضي ما أدى إلى مقتل خمسة مدنيين."
    )
    assert tolls(text) == [(3, None)]


@pytest.mark.parametrize("name", sorted(BACKGROUND))
def test_a_toll_or_an_attack_of_the_past_is_no_incident(name: str) -> None:
    assert events(BACKGROUND[name]) == []


def test_a_new_attack_ranked_keeps_its_toll() -> None:
    text = (
        "مقتل 12 جندياً بهجوم على قاعدة\n"
        "قتل 12 جندياً بهجوم شنه مسلحون على قاعدة عسكرية قرب مدينة غاو فجر اليوم، في أعنف هجوم "
        "على الجيش منذ مطلع العام."
    )
    assert tolls(text) == [(12, None)]


def test_a_toll_of_days_ago_that_the_report_follows_is_background() -> None:
    text = (
        "قصف على مدرسة في دير البلح\n"
        "دير البلح - قتل ستة نازحين بقصف على مدرسة تؤوي نازحين في دير البلح.\n"
        "ويأتي القصف بعد أيام من مقتل 22 شخصاً في قصف على سوق في المدينة."
    )
    assert tolls(text) == [(6, None)]


def test_a_comparison_by_the_toll_is_dropped_alone() -> None:
    text = (
        "أعلنت السلطات أن الغارات على الميناء أسفرت عن مقتل 14 شخصاً وإصابة 20 آخرين، في حصيلة "
        "هي الأعلى منذ بدء الحملة قبل شهرين."
    )
    assert tolls(text) == [(14, 20)]


def test_a_clause_on_an_earlier_truce_does_not_hide_the_lede() -> None:
    text = (
        "تجدد القتال في البلدة\n"
        "اندلعت اشتباكات بين مجموعتين مسلحتين في بلدة الميادين أسفرت عن مقتل سبعة، بعد أيام من "
        "هدنة رعاها وجهاء العشائر."
    )
    got = events(text)
    assert [(c.killed, c.injured) for e in got for c in e.casualties] == [(7, None)]
    assert any(loc.id == "mayadin" for e in got for loc in e.locations)


@pytest.mark.parametrize(
    "text",
    [
        "أعادت البلدية افتتاح السوق المركزي بعد ترميمه إثر تضرره جراء القصف والاشتباكات قبل أعوام.",
        "بدأت أعمال إعادة بناء الجسر بعد سنوات من تدميره بالغارات.",
    ],
)
def test_a_place_s_damage_told_as_its_past_is_no_incident(text: str) -> None:
    assert not events(text)


def test_a_toll_beside_a_damage_told_as_its_past_stays() -> None:
    assert tolls("قتل رجلان في منزلهما بعد تدميره بغارة جوية على القرية.") == [(2, None)]


def test_an_earlier_attack_the_reported_one_follows_by_weeks_is_background() -> None:
    text = (
        "مقتل 3 عمال بهجوم على مصنع\n"
        "قتل 3 عمال في هجوم مسلح على مصنع. "
        "ويأتي الهجوم بعد أسبوعين من تفجير في سوق المدينة أودى بحياة 12 شخصاً."
    )
    assert tolls(text) == [(3, None)]


def test_a_toll_dated_to_an_earlier_year_is_background() -> None:
    assert events("تقرير\nوقتل 30 شخصاً في تفجير انتحاري استهدف السوق عام 2016.", "2024-05-02") == []


def test_last_december_in_a_january_report_is_still_news() -> None:
    event = only(
        "هجوم ليلة رأس السنة\nقُتل خمسة أشخاص في هجوم على مقهى في 31 ديسمبر 2023 بمدينة أغاديز.",
        "2024-01-02",
    )
    assert figures_of(event) == {("killed", 5)}


def test_the_earlier_incident_told_after_this_is_the_second_in_days_is_background() -> None:
    text = (
        "قتلى بانفجار سيارة مفخخة في منبج\n"
        "حلب - قتل 20 شخصاً بانفجار سيارة مفخخة قرب مدينة منبج صباح الاثنين. "
        "وهذا ثاني تفجير تشهده المدينة خلال أيام، إذ قتل أربعة أشخاص بانفجار سيارة مفخخة في سوقها يوم السبت."
    )
    assert tolls(text) == [(20, None)]


def test_a_clash_dated_weeks_before_the_report_is_an_earlier_incident() -> None:
    text = (
        "جولة جديدة من المحادثات في إسطنبول\n"
        "استأنف الوفدان محادثاتهما. واندلعت الاشتباكات في 11 تشرين الأول بعد غارات على مواقع حدودية، "
        "وقال الجيش إن 23 من جنوده قتلوا."
    )
    assert events(text, "2025-10-30") == []


def test_an_attack_dated_this_week_is_the_reported_one() -> None:
    text = (
        "مقتل خمسة في هجوم على قرية\n"
        "قتل خمسة قرويين في هجوم شنه مسلحون على قرية قرب مايدوغوري في 27 تشرين الأول."
    )
    assert [(c.killed, c.injured) for e in events(text, "2025-10-30") for c in e.casualties] == [(5, None)]


def test_a_day_and_month_inside_a_groups_name_dates_nothing() -> None:
    text = "قتل 12 مدنياً في اشتباكات بين حركة 23 مارس ومليشيات وازاليندو قرب بلدة ماسيسي."
    assert [(c.killed, c.injured) for e in events(text, "2025-08-14") for c in e.casualties] == [(12, None)]


def test_an_attack_on_mourners_is_news_though_the_death_mourned_was_last_week() -> None:
    # "الأسبوع الماضي" dates the tribal leader's killing, not the grenade thrown at his mourners
    text = ("قنبلة على خيمة عزاء\nبيشاور - قالت الشرطة إن ثلاثة أشخاص قتلوا وأصيب ثمانية آخرون "
            "عندما ألقى مسلحون قنبلة يدوية على خيمة عزاء زعيم قبلي اغتيل الأسبوع الماضي في منطقة "
            "باجور.")
    assert tolls(text) == [(3, 8)]


def test_the_death_mourned_is_no_toll_of_the_attack_on_the_mourners() -> None:
    # the officer killed last week is the one buried, not one of the funeral's dead
    text = ("تفجير في جنازة\nبلدوين - قتل ثمانية أشخاص وأصيب 15 آخرون عندما فجر انتحاري نفسه وسط "
            "حشد من المشيعين في جنازة ضابط في الجيش قتل في هجوم الأسبوع الماضي بمدينة بلدوين.")
    assert figures_of(*events(text)) == {("killed", 8), ("injured", 15)}


def test_a_funeral_with_no_violence_of_its_own_stays_background() -> None:
    # the mourning word comes before any violence: the funeral of last week's dead is no attack
    text = ("تشييع\nالموصل - شيع المئات جثامين ضحايا التفجير الذي وقع الأسبوع الماضي وأودى بحياة "
            "11 شخصاً.")
    assert events(text) == []


def test_an_attack_recalled_by_a_past_weekday_after_bad_is_background() -> None:
    # "بعد هجوم أودى الثلاثاء الماضي بحياة 7": last week's attack, with its own toll and its town
    text = (
        "مقتل 3 من الشرطة بهجوم على نقطة تفتيش\n"
        "قتل ثلاثة من أفراد الشرطة، فجر اليوم، في هجوم شنه مسلحون على نقطة تفتيش في منطقة لكي مروت "
        "بإقليم خيبر بختونخوا. والهجوم هو الثاني من نوعه في المنطقة خلال أسبوع، بعد هجوم أودى "
        "الثلاثاء الماضي بحياة 7 من أفراد الشرطة في منطقة بنو المجاورة."
    )
    assert tolls(text) == [(3, None)]
    assert "pk_bannu" not in place_ids(text)


def test_the_first_incident_told_after_one_that_calls_itself_the_second_is_recalled() -> None:
    text = (
        "غارة على منزل في جرود الهرمل\n"
        "شن الطيران الحربي الإسرائيلي عصر اليوم غارة على منزل في قضاء الهرمل، ما أدى إلى استشهاد "
        "مواطن وإصابة ثلاثة بجروح، وهي الغارة الثانية على البقاع اليوم بعد استهداف سيارة في بريتال صباحا."
    )
    got = events(text)
    assert [places_of(e) for e in got] == [{"lb_el_hermel"}]
    assert [(c.killed, c.injured) for e in got for c in e.casualties] == [(1, 3)]


def test_an_earlier_strike_told_after_a_new_one_that_does_not_call_itself_second_keeps_its_rule() -> None:
    # with no ordinal, "بعد" and an incident noun with no toll and no past day stays in its clause
    text = "استشهد مواطن في غارة على منزل في بلدة القصر، بعد استهداف سيارة في بريتال."
    assert "lb_brital" in place_ids(text)

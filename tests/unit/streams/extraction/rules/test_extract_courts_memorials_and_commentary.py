"""Stories that retell violence without reporting a new incident (trials, verdicts, executions of
the convicted, memorials, festivals, columns, analyses, series and novels) make no event; an
attack they report stays one."""

import pytest

from tests.unit.streams.extraction.reading import events, only, tolls

# stories with no new violence: a rumour denied, a hoax, a raid that ended in arrests,
# fighters who laid down their arms, memoirs, a scene of a play, trade and idle hours in the
# words of war, a fall at work, deaths of illness
NO_INCIDENT = {
    "denied_headline": (
        "الشرطة تنفي مقتل ضابط في الميناء\n"
        "أكدت مديرية الشرطة أن الضابط يمارس عمله كالمعتاد."
    ),
    "denied_verb": (
        "الجيش ينفي وقوع اشتباكات في سوق المدينة القديمة\n"
        "أكد الجيش أن الحياة تسير بشكل طبيعي في المدينة."
    ),
    "rumour": (
        "بيان لمديرية الأمن\n"
        "قالت المديرية إنه لا صحة للأنباء عن سقوط قتلى وجرحى في إطلاق نار قرب الجامعة."
    ),
    "rumour_circulated": (
        "المحافظة توضح\n"
        "أوضحت المحافظة أن ما يتم تداوله عن انفجار في محطة الكهرباء غير دقيق."
    ),
    "hoax": (
        "إخلاء مدرسة بعد بلاغ كاذب\n"
        "أخلت الشرطة مدرسة ثانوية إثر بلاغ كاذب عن زرع قنبلة في أحد فصولها."
    ),
    "suspicious_bag": (
        "استنفار في محطة القطار\n"
        "طوقت قوات الأمن محطة القطار بعد العثور على حقيبة مشبوهة قرب شباك التذاكر."
    ),
    "arrests": (
        "حملة أمنية في الحي الشرقي\n"
        "نفذت الشرطة حملة مداهمة أسفرت عن إلقاء القبض على خمسة مطلوبين وضبط أسلحة."
    ),
    "disarmament": (
        "دفعة جديدة من المقاتلين السابقين\n"
        "أعلنت اللجنة إعادة تأهيل 40 مقاتلاً سابقاً شاركوا في هجمات على الجيش قبل أن يلقوا سلاحهم."
    ),
    "prisoners_swapped": (
        "انتهاء أزمة بين قبيلتين\n"
        "جرى الإفراج المتبادل عن سبعة محتجزين بين المجموعتين المسلحتين بوساطة من الوجهاء."
    ),
    "memoirs": (
        "جنرال متقاعد يكتب عن الحرب\n"
        "يقول الجنرال في مذكراته إن لواءه قتل 300 مسلح في معركة الجسر وخسر 20 جندياً."
    ),
    "play": (
        "عرض مسرحي عن الحصار\n"
        "صفق الجمهور طويلاً بعد مشهد استشهاد الممرضة على خشبة المسرح القومي."
    ),
    "price_war": (
        "شركات الاتصالات تتنافس\n"
        "اشتعلت حرب الأسعار بين شركات الاتصالات بعد خصومات على باقات الإنترنت."
    ),
    "environment": (
        "غضب في الحي\n"
        "وصف سكان ناشطون بيئيون قطع الأشجار في الشارع بأنه مجزرة بيئية."
    ),
    "idle_hours": (
        "شباب بلا عمل\n"
        "يقول الشبان إنهم يقتلون الوقت في المقهى منذ الصباح."
    ),
    "time_bomb": (
        "خبراء يحذرون\n"
        "تمثل البطالة قنبلة موقوتة في الأحياء الفقيرة."
    ),
    "scaffold": (
        "وفاة عامل في ورشة بناء\n"
        "توفي عامل وأصيب اثنان بعد سقوط سقالة في برج قيد الإنشاء."
    ),
    "illness": (
        "رحيل قائد ميداني سابق\n"
        "توفي القائد الميداني السابق عن 70 عاماً بعد معاناة مع مرض عضال."
    ),
    "cancer": (
        "وفاة زعيم قبلي\n"
        "توفي زعيم قبلي بارز في مستشفى بالعاصمة إثر إصابته بالسرطان."
    ),
}


# the same words beside an incident, which stays one
INCIDENT = {
    "denial_beside_toll": (
        (
            "قتلى بقصف على سوق\n"
            "قتل خمسة مدنيين بقصف على سوق البلدة، ونفى الجيش مسؤوليته عن القصف."
        ),
        (5, None),
    ),
    "raid_with_dead": (
        (
            "مقتل مطلوب في مداهمة\n"
            "قتل مطلوب وأصيب شرطيان بتبادل لإطلاق النار خلال مداهمة انتهت بإلقاء القبض على ثلاثة."
        ),
        (1, None),
    ),
    "split_faction": (
        (
            "تفجير قرب مركز للشرطة\n"
            "قتل شرطيان بانفجار سيارة مفخخة تبناه فصيل من المنشقين عن الحركة."
        ),
        (2, None),
    ),
}


def test_a_television_series_is_no_incident() -> None:
    assert events("دراما\nيروي المسلسل قصة ضابط يقتل فيها ثلاثة من رفاقه في تفجير سيارة.") == []


def test_a_hearing_of_a_court_case_is_no_incident() -> None:
    assert events("تأجيل النظر في قضية الهجوم على فندق في مدينة سوسة") == []


def test_a_remand_for_an_old_killing_is_no_incident() -> None:
    text = (
        "حبس سائق متهم بقتل شقيقه في المنيا\n"
        "المنيا - أمرت النيابة العامة بحبس سائق 4 أيام على ذمة التحقيقات لاتهامه بقتل شقيقه "
        "طعناً بسكين بسبب خلافات على الميراث."
    )
    assert events(text) == []


def test_a_killing_reported_with_the_remand_of_its_suspect_keeps_its_toll() -> None:
    text = (
        "مقتل شاب طعناً في مشاجرة بأسيوط\n"
        "أسيوط - لقي شاب مصرعه طعناً بسكين في مشاجرة مع جاره بقرية في مركز ديروط، وأمرت النيابة "
        "بحبس المتهم على ذمة التحقيقات."
    )
    assert [c.killed for e in events(text) for c in e.casualties] == [1]


def test_an_execution_of_men_convicted_of_terrorism_is_no_incident() -> None:
    text = (
        "إعدام 4 مدانين بالإرهاب في سجن الحوت\n"
        "ذي قار - نفذت وزارة العدل حكم الإعدام بحق أربعة مدانين بقضايا إرهاب."
    )
    assert events(text) == []


def test_hostages_executed_by_gunmen_are_still_killed() -> None:
    assert tolls("أعدم مسلحون 3 رهائن في قرية نائية") == [(3, None)]


def test_the_bodies_of_a_wars_dead_handed_over_are_no_incident() -> None:
    assert events("اتفق الطرفان في الجولة الثانية على تسليم جثث 3000 جندي قتيل وتبادل الأسرى") == []


def test_a_trial_retells_a_toll_it_does_not_report() -> None:
    text = "تأجيل\nأجلت المحكمة جلسة محاكمة المتهمين بتفجير الحافلة الذي أوقع 12 قتيلاً."
    assert events(text) == []


def test_an_inquirys_findings_retell_a_toll_they_do_not_report() -> None:
    text = (
        "لجنة تقصي الحقائق تسلم تقريرها\n"
        "سلمت لجنة تقصي الحقائق في أحداث المدينة تقريرها إلى الرئيس، وقالت إنها وثقت مقتل 212 "
        "شخصاً وإصابة 530 آخرين."
    )
    assert events(text) == []


def test_investigators_who_report_an_attack_of_the_day_keep_its_toll() -> None:
    text = ("قالت لجنة التحقيق الروسية إن مسلحين قتلوا 6 أشخاص في هجوم على مركز للشرطة في "
            "مدينة نالتشيك مساء اليوم.")
    assert [(c.killed, c.injured) for c in only(text).casualties] == [(6, None)]


def test_an_appeal_against_a_verdict_is_no_stabbing() -> None:
    text = (
        "محكمة تؤيد الحكم\n"
        "القاهرة - قال محامي المتهم إنه سيتقدم بالطعن على الحكم أمام محكمة النقض خلال أيام."
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


def test_an_analysis_that_only_recalls_past_attacks_reports_no_event() -> None:
    text = (
        "تحليل | لماذا تتكرر الهجمات على طريق الساحل؟\n"
        "منذ يناير الماضي شن المسلحون هجمات عدة على الطريق، وقال مسؤولون إنها أوقعت 14 قتيلاً.\n"
        "ويرى باحثون أن هجمات الجماعة باتت أكثر تنظيماً من قبل."
    )
    assert events(text, "2024-06-10") == []


def test_a_press_review_of_politics_with_war_words_reports_no_event() -> None:
    text = (
        "جولة في الصحافة الإقليمية\n"
        "كتبت صحيفة محلية أن الهجوم الإعلامي المتبادل بين الحزبين يهدد الحكومة، "
        "ورأت أخرى أن الرد العسكري المتوقع سيحدد مستقبل المنطقة."
    )
    assert events(text, "2024-06-10") == []


def test_an_account_told_by_the_victims_families_is_the_incident() -> None:
    text = (
        "مسلحون يقتلون سبعة رعاة في ريف الجنينة\n"
        "قال أهالي الضحايا إن مسلحين هاجموا مراعي قرب الجنينة فجر الأحد وقتلوا سبعة رعاة."
    )
    assert [killed for killed, _ in tolls(text) if killed is not None] == [7]


def test_an_account_after_according_to_the_families_is_the_incident() -> None:
    text = "وبحسب ذوي الضحايا، فإن مسلحين أطلقوا النار على سيارة تقل عمالاً وقتلوا أربعة منهم."
    assert [killed for killed, _ in tolls(text) if killed is not None] == [4]


def test_families_welcoming_a_verdict_still_retell_no_incident() -> None:
    text = "رحب ذوو الضحايا بالحكم الصادر بحق المدانين بقتل 9 أشخاص في السوق."
    assert events(text) == []


def test_a_court_sentence_carried_out_is_no_incident() -> None:
    text = "بيان\nنفذت السلطات حكم القتل تعزيراً في 3 مدانين بتهريب المخدرات والإرهاب."
    assert events(text) == []


def test_the_families_of_the_fallen_heard_by_a_minister_are_no_incident() -> None:
    text = (
        "وزير الداخلية يلتقي أسر الشهداء\n"
        "بغداد - التقى وزير الداخلية أسر الشهداء وضحايا الهجمات الإرهابية من منتسبي الوزارة، "
        "ووعد بتسريع صرف مستحقاتهم."
    )
    assert events(text) == []


def test_the_convicted_and_a_verdict_are_background() -> None:
    assert events("السلطات تعدم رجلين أدينوا بقتل شرطي خلال أعمال شغب") == []
    assert events("أحكام نهائية بحق منفذي الهجوم على الفندق") == []


def test_a_memorial_is_background() -> None:
    text = "الذكرى\nوضع الوزير أكاليل الزهور أمام المبنى الذي شهد الهجوم، وتليت أسماء الضحايا."
    assert events(text) == []


def test_the_law_on_celebratory_gunfire_is_background() -> None:
    text = "توقيف\nوأوقفت الشرطة مطلق النار، والقانون يعاقب على إطلاق النار في المناسبات بالحبس."
    assert events(text) == []


def test_what_an_inquiry_concluded_about_old_killings_is_no_incident() -> None:
    text = (
        "تقرير أممي عن مجزرة\n"
        "طالبت المفوضية بمحاسبة المسؤولين عن مقتل 200 شخص في البلدة عام 2021. وقالت إن تحقيقها "
        "خلص إلى أن جنوداً أعدموا معظم الضحايا خلال عملية استمرت ثلاثة أيام."
    )
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


def test_victims_honoured_at_a_festival_are_no_incident() -> None:
    text = "أيام السينما في تونس تكرم ضحايا الصحافة في افتتاح دورتها الجديدة"
    assert events(text) == []


def test_a_death_sentence_for_an_old_attack_is_no_event() -> None:
    text = "حكم\nقضت محكمة جنايات الإسكندرية بإعدام 7 متهمين في قضية اغتيال ضابط."
    assert events(text) == []


def test_a_death_sentence_headline_over_a_verdict_is_no_incident() -> None:
    text = (
        "الإعدام لسائق طعن شقيقه حتى الموت في المنيا\n"
        "المنيا - قضت محكمة جنايات المنيا بإعدام سائق أدين بقتل شقيقه طعناً بسكين إثر خلاف "
        "على الميراث العام الماضي."
    )
    assert events(text) == []


def test_a_life_sentence_headline_is_no_incident() -> None:
    assert events("المؤبد لـ3 متهمين بقتل تاجر ماشية في سوهاج") == []


def test_an_execution_by_gunmen_is_still_a_killing() -> None:
    text = "إعدام ثلاثة رهائن على يد مسلحين في قرية شمالي البلاد"
    assert tolls(text) == [(3, None)]


def test_an_attack_on_a_gathering_that_marks_an_anniversary_is_no_anniversary_story() -> None:
    text = "قتل 12 شخصاً بتفجير انتحاري استهدف حشداً في الذكرى السنوية لرحيل زعيم قبلي شرقي البلاد"
    assert tolls(text) == [(12, None)]
    assert events("أحيا الآلاف الذكرى السنوية لمجزرة قتل فيها 40 شخصاً قبل عشرين عاماً") == []


def test_a_judge_of_a_criminal_court_killed_is_an_incident() -> None:
    text = (
        "مقتل قاض بهجوم مسلح في البصرة\n"
        "قتل مسلحون مجهولون قاضياً في محكمة الجنايات بإطلاق النار على سيارته في البصرة صباح اليوم "
        "وأصابوا سائقه."
    )
    assert tolls(text) == [(1, 1)]


def test_an_attack_the_day_after_a_sentence_keeps_its_toll() -> None:
    text = (
        "هجوم على قرية في كاتسينا\n"
        "قتل مسلحون 9 مزارعين في هجوم على قرية بولاية كاتسينا، بعد يوم واحد من الحكم بالسجن على "
        "زعيم عصابة."
    )
    assert tolls(text) == [(9, None)]


@pytest.mark.parametrize("text", NO_INCIDENT.values(), ids=NO_INCIDENT.keys())
def test_a_story_with_no_new_violence_makes_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(("text", "toll"), INCIDENT.values(), ids=INCIDENT.keys())
def test_an_incident_told_beside_those_words_keeps_its_toll(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert toll in tolls(text)


def test_shooting_named_as_a_charge_is_no_incident() -> None:
    assert events(
        "توقيف ثلاثة مطلوبين في حملة أمنية\n"
        "أوقفت دورية للشرطة ثلاثة أشخاص مطلوبين بقضايا إطلاق نار وسرقة في ضواحي المدينة."
    ) == []


@pytest.mark.parametrize(
    "text",
    [
        # the dead recalled in a speech
        "واستذكر المحافظ في كلمته مئات الشهداء الذين سقطوا في معارك تحرير المدينة من الإرهاب.",
        # a court hearing a case
        "نظرت المحكمة في قضية تفجير السوق الذي قتل فيه 14 شخصاً، وقررت تأجيل الجلسة إلى الشهر المقبل.",
        # a war's toll beside its end or its length
        "قال الوسيط إن الاتفاق خطوة أولى نحو إنهاء حرب أودت بحياة آلاف المدنيين.",
        "وتأتي المحادثات بعد حرب استمرت 12 عاماً قتل فيها أكثر من 3000 جندي.",
        # an attack months before the news
        "أعادت السوق فتح أبوابها بعد ستة أشهر من التفجير الذي قتل فيه 20 شخصاً.",
        # a parade and a charity concert
        "نظمت الجماعة عرضاً عسكرياً في الميدان عرضت خلاله صواريخ وطائرات مسيرة.",
        "أحيت الفرقة حفلاً خيرياً لجمع التبرعات لعائلات ضحايا التفجير.",
    ],
)
def test_recalled_dead_trials_wars_parades_and_concerts_are_no_incident(text: str) -> None:
    assert events(text) == []


def test_an_opinion_column_that_names_an_attack_without_a_toll_is_no_incident() -> None:
    text = (
        "مقال: دروس الهجوم على المطار\n"
        "لم يكن الهجوم على المطار قبل سنوات حدثاً عابراً، بل اختباراً قاسياً لأجهزة الأمن التي "
        "رفضت التفاوض مع المهاجمين."
    )
    assert events(text) == []


def test_an_international_courts_verdict_retells_old_killings() -> None:
    text = (
        "إدانة قائد ميليشيا سابق\n"
        "قالت رئيسة الدائرة الابتدائية إن المتهم شارك في عمليات قتل وإعدام في قرى الإقليم.\n"
        "وقدرت الأمم المتحدة أن نحو 200 ألف شخص قتلوا في النزاع في العقد الأول من الألفية."
    )
    assert events(text) == []


def test_historians_estimates_and_the_martyrs_of_speeches_are_not_tolls() -> None:
    text = (
        "مسيرة في ذكرى المذبحة\n"
        "وتتراوح تقديرات عدد الضحايا بين 300 و900 قتيل سقطوا خلال يومين.\n"
        "وقال الخطيب إن دماء الشهداء لن تذهب هدراً.\n"
        "ورحبت عائلات الضحايا بقرار المحكمة."
    )
    assert events(text) == []


def test_a_novels_plot_is_not_an_incident() -> None:
    text = "وتتقاطع حكايته مع حكاية جندي قتل في كمين على طريق الصحراء."
    assert events(text) == []


def test_a_trial_in_the_present_tense_is_no_incident() -> None:
    assert events("محكمة تحاكم خمسة متهمين بالتخطيط لتفجير قتل فيه 12 شخصاً") == []


def test_what_the_convicted_confessed_is_no_incident() -> None:
    text = (
        "حكم بالإعدام على مدان بتفجير سوق\n"
        "وقالت المحكمة إن المدان اعترف بتجهيز السيارة المفخخة في مزرعة قرب الفلوجة قبل ساعات من"
        " الهجوم على السوق."
    )
    assert events(text) == []


def test_an_attack_on_a_commemoration_is_an_incident_of_today() -> None:
    text = (
        "اعتداء على فعالية في جنين\n"
        "أصيب أربعة شبان بجروح، مساء اليوم، إثر هجوم مستوطنين على فعالية لإحياء ذكرى النكبة في"
        " قرية برقين غرب جنين."
    )
    assert tolls(text) == [(None, 4)]


def test_what_a_strike_coincided_with_keeps_the_strike_and_drops_the_old_massacre() -> None:
    text = (
        "غارة على دراجة نارية في الجنوب\n"
        "استشهد شابان في غارة لمسيرة إسرائيلية على دراجة نارية في بلدة العباسية بقضاء صور اليوم،"
        " في وقت كانت فيه المدينة تحيي ذكرى المجزرة التي سقط فيها 80 مدنياً قبل ثلاثين عاماً."
    )
    event = only(text)
    assert [(c.killed, c.injured) for c in event.casualties] == [(2, None)]
    assert "lb_abbassiyeh" in {loc.id for loc in event.locations}


@pytest.mark.parametrize("sentences", ["أحكاماً بإعدام", "حكمين بإعدام"])
def test_death_sentences_passed_on_many_are_no_incident(sentences: str) -> None:
    text = (f"محكمة تصدر {sentences} متهمين\n"
            f"أصدرت محكمة أمن الدولة في العاصمة، الأحد، {sentences} 9 متهمين بعد إدانتهم بالتخطيط "
            "لتفجيرات، وفق ما نقلته وسائل الإعلام الرسمية.")
    assert events(text) == []


def test_a_group_that_put_captives_to_death_still_killed_them() -> None:
    # "قام التنظيم بإعدام" is a killing, not a court's sentence
    text = "إعدام رهائن\nقام مسلحو التنظيم بإعدام 6 رهائن في قرية قرب مدينة تدمر، وفق ناشطين."
    assert tolls(text) == [(6, None)]


def test_a_life_sentence_headline_tells_a_verdict() -> None:
    text = "السجن مدى الحياة لمنفذ هجوم الطعن في زولينغن"
    assert events(text, "2025-09-10") == []


def test_a_claim_told_as_back_then_recalls_the_old_attack() -> None:
    text = (
        "الإعدام لمدان بالمشاركة في تفجير الكرادة\n"
        "وكان التفجير قد أودى بحياة أكثر من 300 شخص عام 2016. وتبنى تنظيم داعش الهجوم آنذاك."
    )
    assert events(text, "2025-07-03") == []


def test_a_claim_after_an_attack_recalled_from_an_earlier_year_is_that_attacks_claim() -> None:
    # no "آنذاك": the sentence before dates the attack, and the claim names it only definite
    text = (
        "محكمة في المدينة تقضي بحبس ثلاثة في قضية تفجير السوق\n"
        "قضت محكمة الجنايات بحبس ثلاثة متهمين بتسهيل التفجير الذي ضرب سوق المدينة في مارس 2022 "
        "وقتل 20 شخصاً. وكان تنظيم داعش قد تبنى الهجوم."
    )
    assert events(text, "2025-07-03") == []


def test_a_claim_of_the_days_attack_told_beside_a_recalled_one_is_still_its_claim() -> None:
    text = (
        "مقتل جنديين بهجوم على حاجز في الطارمية\n"
        "قتل جنديان وأصيب ثالث مساء الجمعة في هجوم على حاجز للجيش في قضاء الطارمية شمالي بغداد. "
        "وكان هجوم على الحاجز نفسه قد أودى بحياة 5 جنود في مارس 2022. وتبنى تنظيم داعش الهجوم."
    )
    event = only(text, "2025-07-05")
    assert "isis" in {a.id for a in event.actors}


def test_a_claim_with_no_incident_before_it_is_still_reported() -> None:
    # nothing recalled before it: the claim is the news
    text = (
        "داعش يتبنى الهجوم على حاجز الطارمية\n"
        "تبنى تنظيم داعش الهجوم على حاجز للجيش في قضاء الطارمية شمالي بغداد."
    )
    assert len(events(text, "2025-07-05")) == 1


def test_a_claim_told_as_at_that_time_recalls_the_old_attack() -> None:
    text = (
        "محكمة تنظر في قضية تفجير السوق\n"
        "استمعت المحكمة إلى الشهود في قضية تفجير السوق الذي قتل فيه 20 شخصاً. "
        "وتبنى تنظيم داعش الهجوم حينها."
    )
    assert events(text) == []


def test_scenes_of_a_film_watched_by_survivors_are_no_incident() -> None:
    text = (
        "عرض خاص لفيلم عن مجزرة المدرسة\n"
        "وحضر العرض ناجون من القصف، بكوا خلال مشاهد انتشال جثث زملائهم من تحت الأنقاض."
    )
    assert events(text) == []


def test_what_a_films_director_filmed_is_no_incident() -> None:
    text = (
        "فيلم وثائقي عن حصار المدينة يفوز بجائزة\n"
        "وقال مخرجه إنه صور مشاهد القصف والجثث في شوارع برلين على مدى عشرين يوماً."
    )
    assert events(text) == []


def test_a_courts_verdicts_in_a_killing_case_are_no_incident() -> None:
    text = "محكمة فرنسية تصدر أحكامها في قضية قتل المدرس في باريس"
    assert events(text, "2025-12-20") == []


def test_a_court_upholding_a_death_sentence_is_no_incident() -> None:
    text = (
        "التمييز تؤيد إعدام مواطن قتل زوجته طعناً\n"
        "أيدت محكمة التمييز حكم الإعدام الصادر بحق مواطن أدين بقتل زوجته طعناً بسكين داخل منزلهما."
    )
    assert events(text) == []


def test_a_bombing_of_a_party_s_rally_that_marks_an_anniversary_keeps_its_toll() -> None:
    # the organisers named between the gathering and the anniversary it marks
    text = (
        "قتل تسعة أشخاص وأصيب 20 آخرون عندما فجر انتحاري نفسه خلال مهرجان لحزب عوامي الوطني "
        "بمناسبة ذكرى تأسيسه في مدينة بيشاور."
    )
    assert tolls(text) == [(9, 20)]


def test_a_memorial_gathering_with_no_attack_keeps_the_old_toll_background() -> None:
    text = (
        "وقف المشاركون دقيقة صمت خلال تجمع لأهالي الحي لإحياء ذكرى ضحايا التفجير الذي قتل فيه "
        "35 شخصاً في السوق."
    )
    assert events(text) == []


def test_remains_handed_over_with_the_parties_between_verb_and_bodies_are_no_toll() -> None:
    text = (
        "سلم الجيش الأذربيجاني أرمينيا، الخميس، جثث 19 جندياً قتلوا في المواجهات الحدودية، "
        "وأعلن استعداده لتسليم مئة جثة أخرى."
    )
    assert events(text, "2025-06-12") == []


def test_a_funeral_of_a_death_dated_a_week_back_is_no_incident() -> None:
    text = (
        "تشييع شاب بعد أسبوع على مقتله\n"
        "شيع أهالي البلدة، الأحد، جثمان شاب من أبنائها، بعد أسبوع على مقتله في اشتباكات شهدتها "
        "المنطقة، إثر تسلمه من المستشفى."
    )
    assert events(text) == []


def test_a_film_s_story_of_a_killing_is_no_incident() -> None:
    text = (
        "فيلم عن الحرب يهز المهرجان\n"
        "وقف الجمهور يصفق لفيلم وثائقي يروي قصة مصورة فلسطينية قتلت في غارة إسرائيلية على غزة، "
        "في عمل يوثق أيام القصف والموت."
    )
    assert events(text) == []

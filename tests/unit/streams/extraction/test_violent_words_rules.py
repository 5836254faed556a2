"""Rules and data prompted by the thirty-ninth blind set (tests/fixtures/extraction_eval/
blind39.yaml: news with no new violence told in the words of violence), each checked here on
sentences written for the test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import actor_ids, events, place_ids, tolls

# --- background: a party's record, spans, fortnightly reports, statistics, a war's toll, an
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


@pytest.mark.parametrize("name", sorted(BACKGROUND))
def test_a_toll_or_an_attack_of_the_past_is_no_incident(name: str) -> None:
    assert events(BACKGROUND[name]) == []


def test_a_new_attack_beside_a_wars_toll_still_counts() -> None:
    text = (
        "مقتل أربعة بقصف على سوق\n"
        "قتل أربعة مدنيين وأصيب عشرة في قصف مدفعي على سوق شعبي في مدينة الأبيض صباح اليوم. وتأتي "
        "المحادثات بعد ثلاث سنوات من الحرب التي خلفت أكثر من 40 ألف قتيل."
    )
    assert tolls(text) == [(4, 10)]


def test_a_new_attack_ranked_keeps_its_toll() -> None:
    text = (
        "مقتل 12 جندياً بهجوم على قاعدة\n"
        "قتل 12 جندياً بهجوم شنه مسلحون على قاعدة عسكرية قرب مدينة غاو فجر اليوم، في أعنف هجوم "
        "على الجيش منذ مطلع العام."
    )
    assert tolls(text) == [(12, None)]


def test_the_dead_who_lost_their_lives_are_still_their_incident() -> None:
    text = (
        "تشييع ثلاثة جنود\n"
        "شيع الأهالي في مدينة تكريت اليوم جثامين الجنود الثلاثة الذين فقدوا حياتهم بهجوم مسيرة على "
        "حاجزهم أمس."
    )
    assert len(events(text)) == 1


# --- threats and warnings, a stand against attacks ---------------------------------------------

THREATS = {
    "iron_fist": (
        "مصدر عسكري: سنضرب المهربين\n"
        "أكد مصدر عسكري أن قوات حرس الحدود ستضرب بيد من حديد عصابات التهريب، وأن التعليمات "
        "الجديدة تسمح بإطلاق النار على المتسللين في منطقة الرويشد."
    ),
    "crushing_answer": (
        "قائد عسكري يحذر\n"
        "قال قائد في الحرس الثوري في طهران إن أي اعتداء جديد سيقابل برد ساحق، مؤكداً أن صواريخ "
        "البلاد قادرة على محو قواعد العدو خلال ساعات."
    ),
    "feared": (
        "تحذير أمني\n"
        "وأصدرت السفارة في بغداد تحذيراً أمنياً، مشيرة إلى معلومات عن احتمال تنفيذ هجمات بالصواريخ "
        "على مواقع تضم قوات التحالف في بغداد."
    ),
    "feared_headline": "السفارة تحذر رعاياها من هجمات محتملة في أربيل",
    "stand": (
        "الوزارة تجدد موقفها\n"
        "وجددت الوزارة موقف البلاد الرافض لاستهداف المدنيين والمنشآت الصحية في السودان، معربة عن "
        "خالص التعازي لذوي الضحايا."
    ),
}


@pytest.mark.parametrize("name", sorted(THREATS))
def test_a_threat_a_warning_or_a_stand_is_no_attack(name: str) -> None:
    assert events(THREATS[name]) == []


def test_condolences_name_no_place() -> None:
    text = (
        "قتلى بتفجير في سوق\n"
        "قتل خمسة أشخاص بتفجير عبوة ناسفة في سوق مدينة الموصل اليوم، وقدم المحافظ خالص التعازي "
        "متمنياً للجرحى الشفاء العاجل."
    )
    assert tolls(text) == [(5, None)]
    assert "iq_khalis" not in place_ids(text)
    # the town itself, named with its article
    town = "قتيلان بعبوة ناسفة\nقتل شخصان بانفجار عبوة ناسفة في قضاء الخالص بمحافظة ديالى."
    assert "iq_khalis" in place_ids(town)


# --- exercises, arms, a truce proposed, medicine ---------------------------------------------------

FIGURES_OF_SPEECH = {
    "exercise": (
        "ختام تمرين عسكري\n"
        "ونفذت القوات المشاركة قصفاً مدفعياً وغارات جوية على مواقع العدو الافتراضي قرب مدينة "
        "العقبة، ضمن تمرين على نقل الجرحى."
    ),
    "contracts": (
        "صفقة دفاعية جديدة\n"
        "وقعت وزارة الدفاع في الرياض عقوداً لشراء صواريخ مضادة للطائرات وطائرات مسيرة قادرة على "
        "حمل قنابل."
    ),
    "truce_proposed": (
        "الوسطاء يعرضون هدنة\n"
        "قدم الوسطاء مقترحاً لوقف القصف المدفعي والغارات الجوية على مدينة الفاشر لمدة شهرين."
    ),
    "tumour": (
        "علاج جديد\n"
        "أعلن باحثون في أبوظبي نجاح علاج مناعي جديد يقتل الخلايا السرطانية ويشن هجوماً على الورم "
        "لدى 30 مريضاً."
    ),
    "blood_pressure": (
        "حملة صحية في الكويت\n"
        "ودعت الوزارة إلى الحرب على السمنة في الكويت بعد أن كشفت الفحوص إصابة 800 شخص بارتفاع ضغط "
        "الدم."
    ),
}


@pytest.mark.parametrize("name", sorted(FIGURES_OF_SPEECH))
def test_drills_arms_truces_and_medicine_are_no_attack(name: str) -> None:
    assert events(FIGURES_OF_SPEECH[name]) == []


def test_a_cancer_hospital_struck_is_still_an_attack() -> None:
    text = (
        "قصف مستشفى\n"
        "قصفت قوات الدعم السريع مستشفى علاج الأورام في مدينة الفاشر صباح اليوم دون أنباء عن إصابات."
    )
    assert len(events(text)) == 1


def test_patients_killed_in_a_strike_are_counted() -> None:
    text = (
        "قصف مستشفى للأورام\n"
        "قتل ثلاثة مرضى وأصيب سبعة بقصف مدفعي استهدف مستشفى الأورام في مدينة الفاشر صباح اليوم."
    )
    assert tolls(text) == [(3, 7)]


# --- the Palestinian agency's word for settlers -----------------------------------------------------


def test_settlers_named_colonisers_are_the_settlers() -> None:
    text = (
        "إصابات بهجوم للمستعمرين\n"
        "أصيب ثلاثة مواطنين برضوض إثر هجوم نفذه مستعمرون على قرية ترمسعيا شمال رام الله صباح اليوم."
    )
    assert "israeli_settlers" in actor_ids(text)


def test_the_coloniser_of_history_is_not_the_settlers() -> None:
    text = (
        "ذكرى مجازر الاستعمار\n"
        "قتل المستعمر الفرنسي آلاف الجزائريين في مدينة سطيف عام 1945."
    )
    assert "israeli_settlers" not in actor_ids(text)

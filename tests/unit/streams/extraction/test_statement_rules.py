"""Rules prompted by the sixth blind set (tests/fixtures/extraction_eval/blind6.yaml: official
statements, monitors' digests, numbers that are not tolls, messy text), each checked here on
sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import counts, events, tolls

# --- statements --------------------------------------------------------------------------


def test_the_verb_finished_off_counts_its_victims() -> None:
    assert counts("أغارت المقاتلات على مخزن للسلاح وقضت على عنصرين من الخلية") == [("killed", 2)]
    # past its subject too when people follow "على" (blind19: "قضت مفرزة للجيش ...، على ثلاثة
    # إرهابيين"), but not when no people do
    assert counts("قضت الوحدة على عنصرين بعد اشتباك قصير") == [("killed", 2)]
    assert counts("قضت الوحدة ليلتها على خط الجبهة") == []


def test_the_verb_finished_off_after_a_reported_that_restates_a_death() -> None:
    assert counts("وقال الجيش إنه قضى على عنصر في الهجوم") == []


def test_a_ministrys_count_of_injuries_is_not_added_to_the_dead() -> None:
    assert counts("وصل إلى المستشفيات 12 شهيداً و48 إصابة خلال يوم") == [("killed", 12), ("injured", 48)]


def test_the_attacker_named_as_the_one_who_carried_it_out_is_a_toll_of_his_own() -> None:
    text = ("إطلاق نار\nقتل شخصان وأصيب 4 بإطلاق نار في سوق المدينة، وقالت الشرطة إن عناصرها "
            "قتلوا المنفذ بعد مطاردة.")
    assert sorted(tolls(text), key=str) == sorted([(2, 4), (1, None)], key=str)


def test_a_felling_pronoun_counts_its_victim_once() -> None:
    assert counts("أطلق مجهول النار على سائق أجرة فأرداه قتيلاً") == [("killed", 1)]


def test_a_plural_felling_pronoun_counts_the_people_numbered_before_it() -> None:
    assert counts("أطلق مسلحون النار على تسعة صيادين قرب الشاطئ فأردوهم قتلى") == [("killed", 9)]


def test_a_dual_citizen_noun_before_its_verb_counts_two() -> None:
    assert counts("مواطنان قتلا بقذيفة سقطت على الحي") == [("killed", 2)]


# --- digests and clauses -----------------------------------------------------------------


def test_a_digests_background_opener_does_not_drop_the_incidents_after_its_colon() -> None:
    text = ("ملخص\nسجلت المحافظة خلال الأسبوع الماضي حادثتين: قتل 3 جنود بعبوة ناسفة على طريق "
            "القرية، وأصيب مدني بقذيفة في السوق.")
    assert (3, None) in tolls(text)


def test_a_speakers_colon_keeps_the_speaker_with_the_toll() -> None:
    text = ("بيان\nقال المتحدث باسم الجيش العراقي: قتل جنديان في هجوم على نقطة تفتيش قرب "
            "الحدود.")
    assert [a.id for e in events(text) for a in e.actors] == ["iraqi_forces"]


def test_a_comparison_with_earlier_attacks_does_not_make_the_attack_background() -> None:
    text = ("تفجير\nقتل 4 أشخاص وأصيب 9 في تفجير استهدف سوقاً شعبية، في ثاني تفجير يضرب المدينة "
            "منذ عام 2019.")
    assert tolls(text) == [(4, 9)]


def test_a_tail_with_a_running_count_since_the_year_began_is_dropped_alone() -> None:
    text = ("اقتحام\nقتل شاب برصاص القوات خلال اقتحام القرية، فيما قالت جمعية حقوقية إن عدد "
            "المعتقلين منذ بداية العام بلغ 900.")
    assert tolls(text) == [(1, None)]


# --- numbers that are not tolls ----------------------------------------------------------


def test_an_age_in_the_accusative_before_a_wounding_verb_is_no_count() -> None:
    assert counts("قتل رجل يبلغ من العمر 35 عاماً وأصيب ابنه بجروح") == [("killed", 1), ("injured", 1)]


def test_millions_displaced_after_thousands_of_dead_are_no_count() -> None:
    assert counts("سقط أكثر من 15 ألف قتيل و8 ملايين نازح") == [("killed", 15000)]


# --- non-violent stories with violent words ----------------------------------------------


def test_a_death_sentence_for_an_old_attack_is_no_event() -> None:
    text = "حكم\nقضت محكمة جنايات الإسكندرية بإعدام 7 متهمين في قضية اغتيال ضابط."
    assert events(text) == []


def test_a_live_fire_exercise_is_no_event() -> None:
    text = ("مناورات بالذخيرة الحية في الجنوب\nاختتم الجيش مناورات بالذخيرة الحية نفذت خلالها "
            "المقاتلات والمروحيات غارات وهمية ودمرت أهدافاً افتراضية للعدو.")
    assert events(text) == []


def test_an_arms_deal_is_no_event() -> None:
    text = ("تقرير\nوافقت الحكومة على صفقة محتملة لبيع الأردن 500 صاروخ جو-أرض و20 مسيرة قتالية "
            "بقيمة مليار دولار.")
    assert events(text) == []


def test_road_death_statistics_are_no_event() -> None:
    text = ("المرور\nكشف تقرير للإدارة العامة للمرور أن عدد الوفيات الناجمة عن حوادث الطرق في البلاد "
            "انخفض إلى 2,300 حالة وفاة في عام 2022، مقارنة بـ 3,000 قبل خمس سنوات، فيما بلغ عدد "
            "المصابين 15 ألفاً.")
    assert events(text) == []


def test_a_wars_anniversary_total_is_no_event() -> None:
    assert events("عام على حرب الشمال: أكثر من 3 آلاف قتيل ومليون نازح\nتقرير.") == []

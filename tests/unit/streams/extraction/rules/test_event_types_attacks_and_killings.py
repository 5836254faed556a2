"""The words that make an incident: killings, stabbings, slaughter, suicide bombings, ambushes,
piracy, and attacks that hurt no one."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.event_types import find_triggers
from tests.unit.streams.extraction.reading import actor_ids, counts, events, only, tolls


def test_shelling_with_the_article_and_a_raid_in_the_present_are_triggers() -> None:
    found = events("الفاشر\nقالت غرفة الطوارئ إن القتلى 12 والجرحى 30، متهمة القوات بالقصف.")
    assert [[(c.killed, c.injured) for c in e.casualties] for e in found] == [[(12, 30)]]
    raid = events("تغطية\n07:10 - قوات الاحتلال تقتحم مدينة جنين.")
    assert [[p.id for p in e.locations] for e in raid] == [["ps_janin"]]


def test_two_rockets_intercepted_with_no_casualties_are_an_incident_with_no_toll() -> None:
    found = events("اعتراض\nقال الجيش إن منظومة الدفاع الجوي اعترضت صاروخين أطلقا باتجاه مدينة عسقلان.")
    assert [(e.type, e.casualties, [p.id for p in e.locations]) for e in found] == [
        ("shelling", [], ["il_ashkelon"])]


@pytest.mark.parametrize(
    "text",
    [
        "الرياض - حلقت 1500 طائرة مسيرة فوق بوليفارد الرياض في عرض ضوئي احتفالاً بيوم التأسيس.",
        "الخرطوم - بدأت وزارة الزراعة رش مزارع القمح في ولاية نهر النيل بالمسيرات لمكافحة الجراد.",
        "أنقرة - سلمت الشركة 20 مسيرة للجيش الأذربيجاني ضمن صفقة وقعت العام الماضي في باكو.",
    ],
)
def test_drones_that_strike_nothing_make_no_incident(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أربيل - استهدفت طائرة مسيرة مفخخة مطار أربيل الدولي فجر اليوم دون وقوع إصابات.",
        "الموصل - هجوم بطائرة مسيرة على موقع عسكري غربي الموصل دون وقوع إصابات.",
    ],
)
def test_a_drone_attack_without_casualties_is_still_an_incident(text: str) -> None:
    assert len(events(text)) == 1


@pytest.mark.parametrize(
    ("text", "realised"),
    [
        ("قال الجيش إن الجماعة قد تشن هجوماً على المعسكر.", False),
        ("وكانت الجماعة قد تبنت الهجوم.", True),
    ],
)
def test_qad_before_a_past_verb_is_done_not_maybe(text: str, realised: bool) -> None:
    assert bool(find_triggers(normalize(text))) is realised


def test_a_death_at_a_relatives_hands_is_a_killing() -> None:
    text = (
        "جريمة في المنيا\n"
        "المنيا - لقي شاب مصرعه على يد ابن عمه إثر خلاف على قطعة أرض في قرية بمركز ملوي."
    )
    assert tolls(text) == [(1, None)]


def test_a_woman_dead_at_her_husbands_hands_is_a_killing() -> None:
    text = "الإسكندرية - لقيت سيدة حتفها على يد زوجها داخل شقتهما في حي المنتزه."
    assert tolls(text) == [(1, None)]


def test_a_death_by_stab_wounds_is_counted() -> None:
    assert tolls("لقي عامل حتفه بطعنات سكين على يد زميله في مدينة الزرقاء مساء أمس.") == [(1, None)]


def test_a_killing_with_a_sharp_weapon_is_an_incident() -> None:
    assert tolls("عثر على رجل مقتولاً بآلة حادة داخل منزله في مدينة طنطا.") == [(1, None)]


def test_a_shell_that_fell_on_a_quarter_and_hurt_no_one_is_still_an_incident() -> None:
    assert len(events("سقطت قذيفة هاون على حي سكني في مدينة الفاشر دون وقوع إصابات.")) == 1


def test_the_ambush_named_again_with_its_article_is_an_ambush() -> None:
    event = only("قتلى في شمال مالي\nقتل أربعة جنود في الكمين الذي نصبه مسلحون لقافلتهم قرب تمبكتو أمس.")
    assert event.type == "ambush"


def test_suicide_bombers_are_an_explosion() -> None:
    text = "تفجير\nقتل 7 أشخاص عندما فجر انتحاريون أنفسهم قرب سوق البلدة يوم الأحد."
    assert [e.type for e in events(text)] == ["explosion"]


def test_a_bomber_who_blows_herself_up_in_the_present_is_an_explosion() -> None:
    got = events("انتحارية تفجر نفسها قرب مسجد في مايدوغوري.. 6 قتلى")
    assert [e.type for e in got] == ["explosion"]
    assert tolls("انتحارية تفجر نفسها قرب مسجد في مايدوغوري.. 6 قتلى") == [(6, None)]


@pytest.mark.parametrize(
    "text",
    [
        # engineers taking mines apart
        "بنغازي - أعلنت فرق الهندسة العسكرية تفكيك 150 لغماً وقذيفة من مخلفات حرب سابقة في حي الصابري.",
        # a gang's trade and the charge in a report of arrests
        "أوقفت شعبة المعلومات في طرابلس ثلاثة أشخاص من عصابة خطف، دون وقوع إصابات.",
        "ألقت الشرطة القبض على أربعة متهمين بتهمة الخطف في محافظة الشرقية.",
        # hostages set free under a deal
        "سلمت الحركة أربع رهائن إلى الصليب الأحمر ضمن اتفاق الهدنة.",
        "أعلنت الحكومة الإفراج عن 20 رهينة كانوا محتجزين لدى جماعة مسلحة.",
        # a war's whole toll beside a hope of ending it
        "رحب المبعوث بالاتفاق معرباً عن أمله في إنهاء الحرب التي قتل فيها عشرات الآلاف.",
    ],
)
def test_no_incident_where_nobody_was_attacked(text: str) -> None:
    assert events(text) == []


def test_an_attack_with_nobody_hurt_is_still_an_incident() -> None:
    text = "كركوك - استهدف هجوم بطائرة مسيرة حقلاً نفطياً قرب كركوك دون وقوع إصابات."
    assert len(events(text)) == 1 and tolls(text) == []


def test_pirates_at_sea_are_an_incident_not_hackers() -> None:
    got = events("اختطف قراصنة سفينة شحن وعلى متنها 20 بحاراً قبالة سواحل مقديشو.")
    assert len(got) == 1 and "unknown" in actor_ids(
        "اختطف قراصنة سفينة شحن وعلى متنها 20 بحاراً قبالة سواحل مقديشو."
    )


def test_slaughter_is_killing() -> None:
    assert counts("ذبح مسلحون ثلاثة رعاة في الوادي") == [("killed", 3)]


def test_a_trigger_after_a_bare_lam_is_found() -> None:
    assert [t.word for t in find_triggers(normalize("تعرض الموكب لهجوم"))] == ["هجوم"]


def test_cutting_heads_is_killing() -> None:
    assert counts("وقطع المسلحون رؤوس أربعة قرويين قبل أن يفروا") == [("killed", 4)]
    assert counts("قطعوا الطريق أمام أربعة قرويين") == []


def test_tear_gas_fired_at_a_crowd_makes_no_explosion() -> None:
    got = only("استشهاد شاب\nاستشهد شاب برصاص مستوطنين هاجموا قرية قرب نابلس، فيما أطلقت قوات الاحتلال "
               "قنابل الغاز والصوت باتجاه الأهالي.")
    assert got.type != "explosion"


@pytest.mark.parametrize(
    "text",
    [
        "هجوم على قافلة\nفتح مسلحون النار على قافلة تقل مسافرين قرب مدينة باراتشينار صباح اليوم.",
        "إطلاق نار على حاجز\nفتح مجهولون النار على حاجز للشرطة عند مدخل البلدة مساء اليوم.",
    ],
)
def test_opening_fire_on_people_is_an_attack_even_with_no_toll(text: str) -> None:
    assert [e.type for e in events(text)] == ["attack"]


def test_heads_cut_past_the_verbs_subject_are_a_killing() -> None:
    event = only(
        "مسلحون يقطعون رؤوس أربعة مزارعين في كابو ديلغادو\n"
        "مابوتو - قطع مسلحون ينتمون لتنظيم الدولة رؤوس أربعة مزارعين في قرية قرب بلدة موسيمبوا دا برايا."
    )
    assert [(c.killed, c.injured) for c in event.casualties] == [(4, None)]


def test_a_headlines_present_beheading_verb_is_a_killing() -> None:
    assert tolls("داعش يقطع رؤوس أربعة مزارعين في كابو ديلغادو") == [(4, None)]

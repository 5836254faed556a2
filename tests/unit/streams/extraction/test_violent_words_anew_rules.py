"""Rules and data prompted by the forty-sixth blind set (tests/fixtures/extraction_eval/
blind46.yaml: news with no new violence told in the words of violence, a fresh sample), each
checked here on sentences written for the test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- stories with no new violence: appeals and case files, anniversaries, bodies exchanged,
# rubble and damage after the war, a training accident, a cup tie, a prize, a weapon in service

NO_INCIDENT = {
    "appeal": (
        "تشديد الحكم على متهم في تفجير حافلة\n"
        "رفعت محكمة الاستئناف الحكم الصادر بحق متهم بتفجير حافلة للركاب أسفر عن مقتل سبعة أشخاص "
        "إلى السجن عشرين عاماً."
    ),
    "cassation": (
        "النقض تؤيد حبس متهم بالاعتداء على دورية\n"
        "أيدت محكمة النقض حكم حبس متهم بإطلاق النار على دورية للشرطة أدى إلى إصابة شرطيين."
    ),
    "evidence": (
        "القضاء يرفض طلب مراجعة الحكم\n"
        "وأكدت الهيئة أن جريمة قتل الشرطي طعناً ثبتت بالأدلة والاعترافات."
    ),
    "case_file": (
        "النيابة تغلق القضية\n"
        "أغلقت النيابة العامة ملف اغتيال صحفي قتل بالرصاص أمام منزله في البصرة."
    ),
    "anniversary": (
        "أهالي الضحايا يتجمعون في السوق\n"
        "ويصادف اليوم مرور تسعة أعوام على تفجير السوق الذي قتل فيه 40 شخصاً في الحلة."
    ),
    "bodies_counted": (
        "تبادل 12 جثة بين الطرفين في مأرب\n"
        "جرت عملية تبادل لجثث مقاتلين من الطرفين في مأرب بوساطة قبلية."
    ),
    "bodies_for_bodies": (
        "السلطات تتسلم رفات جنودها\n"
        "استلمت السلطات 200 جثة لجنودها مقابل تسليم 40 جثة للطرف الآخر في المنطقة الحدودية."
    ),
    "bodies_released": (
        "وصول جثامين إلى المستشفى\n"
        "تسلمت وزارة الصحة جثامين 9 شهداء أفرجت عنها سلطات الاحتلال عبر معبر كيسوفيم."
    ),
    "rubble": (
        "البلدية تواصل عملها في الحي\n"
        "وقال رئيس البلدية إن أعمال إزالة الركام في حي الزيتون ما زالت تكشف عن جثامين شهداء."
    ),
    "damage": (
        "فرق هندسية في الجنوب\n"
        "بدأت فرق الهندسة مسح الأضرار التي لحقت بالمنازل جراء القصف في بلدة الخيام."
    ),
    "compensation": (
        "المحافظة تعوض التجار\n"
        "وتشمل التعويضات المحال التي دمرتها القذائف الإسرائيلية في سوق بلدة الخيام."
    ),
    "training": (
        "مصرع جنديين بحادث انقلاب آلية خلال تمرين\n"
        "توفي جنديان وأصيب ثالث بحادث انقلاب آلية عسكرية أثناء تمرين ليلي في المنطقة الجنوبية."
    ),
    "cup_tie": (
        "الوداد يعبر إلى نصف النهائي\n"
        "اغتال الوداد أحلام الرجاء في بلوغ نصف نهائي الكأس بهدف من ركلة جزاء، في مباراة شهدت "
        "إصابة اثنين من المشجعين في مدرجات ملعب الدار البيضاء."
    ),
    "far_corner": (
        "فوز كبير للمتصدر\n"
        "وسدد المهاجم قذيفة قوية من خارج منطقة الجزاء استقرت في الزاوية البعيدة."
    ),
    "prize": (
        "رواية تفوز بجائزة أدبية\n"
        "وتفوز رواية تروي سيرة طبيب نجا من قصف مستشفى في حمص بجائزة الرواية."
    ),
    "in_service": (
        "البحرية تتسلم منظومة جديدة\n"
        "وأكد قائد القوات البحرية السعودية أن الصاروخ سيدخل الخدمة في قاعدة جدة قريباً."
    ),
}


@pytest.mark.parametrize("text", NO_INCIDENT.values(), ids=NO_INCIDENT.keys())
def test_news_with_no_new_violence_is_no_incident(text: str) -> None:
    assert events(text) == []


# --- new attacks told beside the same words

def test_a_judge_of_a_criminal_court_killed_is_an_incident() -> None:
    text = (
        "مقتل قاض بهجوم مسلح في البصرة\n"
        "قتل مسلحون مجهولون قاضياً في محكمة الجنايات بإطلاق النار على سيارته في البصرة صباح اليوم "
        "وأصابوا سائقه."
    )
    assert tolls(text) == [(1, 1)]


def test_shelling_while_bodies_were_exchanged_keeps_its_toll() -> None:
    text = (
        "مقتل ثلاثة جنود في حيس\n"
        "قتل ثلاثة جنود بقصف مدفعي على مواقعهم في حيس، في الوقت الذي كانت فيه اللجنة تشرف على "
        "تبادل الجثث بين الطرفين."
    )
    assert tolls(text) == [(3, None)]


def test_an_attack_the_day_after_a_sentence_keeps_its_toll() -> None:
    text = (
        "هجوم على قرية في كاتسينا\n"
        "قتل مسلحون 9 مزارعين في هجوم على قرية بولاية كاتسينا، بعد يوم واحد من الحكم بالسجن على "
        "زعيم عصابة."
    )
    assert tolls(text) == [(9, None)]


def test_an_attack_on_soldiers_in_training_is_an_incident() -> None:
    text = (
        "هجوم على معسكر تدريب\n"
        "قتل أربعة جنود بهجوم مسلح على معسكرهم خلال تمرين عسكري قرب الحدود."
    )
    assert tolls(text) == [(4, None)]


# --- the talks, the visit or the exchange an attack coincided with are not where it happened

def test_the_city_of_talks_told_after_the_attack_is_no_site() -> None:
    text = (
        "ثلاثة شهداء بقصف على دير البلح\n"
        "استشهد ثلاثة مواطنين بقصف مدفعي على مدينة دير البلح وسط قطاع غزة مساء اليوم. "
        "ويأتي القصف بينما يواصل الوسطاء محادثات مع الوفدين في الدوحة."
    )
    assert place_ids(text) == {"ps_dayr_al_balah", "ps_gaza_strip"}
    assert tolls(text) == [(3, None)]


def test_the_city_where_prisoner_exchange_is_discussed_is_no_site() -> None:
    text = (
        "قصف على زابوريجيا\n"
        "قتل شخصان بقصف روسي على مدينة زابوريجيا، في الوقت الذي اجتمع فيه الوفدان في جنيف لبحث "
        "تبادل الأسرى."
    )
    assert "ch_geneva" not in place_ids(text)
    assert tolls(text) == [(2, None)]


def test_seoul_as_the_desks_spell_it_is_seoul() -> None:
    text = (
        "انفجار قرب مركز تجاري في سول\n"
        "أصيب أربعة أشخاص في انفجار عبوة ناسفة قرب مركز تجاري في سول صباح اليوم."
    )
    assert place_ids(text) == {"kr_seoul"}

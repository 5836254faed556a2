"""Rules prompted by the fourteenth blind set (tests/fixtures/extraction_eval/blind14.yaml: kinds
of violence beyond bombings and air strikes: assassinations, kidnappings, executions, ships,
convoys, prison breaks, feuds, gangs), each checked here on sentences written for the test,
not on the set's own sentences."""

import pytest

from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- who killed and who died -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "الموصل - اغتال مسلحان، ليل الأحد، موظفاً في دائرة البلدية قرب منزله في الموصل.",
        "الموصل - اغتال مسلحان يستقلان دراجة نارية طبيباً أمام عيادته في الموصل.",
    ],
)
def test_two_gunmen_who_assassinate_are_the_killers_not_the_dead(text: str) -> None:
    assert counts(text) == [("killed", 1)]


def test_two_gunmen_killed_beside_a_soldier_are_still_dead() -> None:
    assert sum(v or 0 for k, v in counts("قتل مسلحان وجندي في اشتباك قرب الموصل.") if k == "killed") == 3


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("هجوم على قرية بولاية سنار راح ضحيته 21 قروياً.", (21, None)),
        ("ارتكب مسلحون مجزرة في قرية بولاية سنار ذهب ضحيتها ثلاثة مزارعين.", (3, None)),
    ],
)
def test_the_victims_a_killing_took_are_its_dead(text: str, toll: tuple) -> None:
    assert tolls(text) == [toll]


def test_the_victims_of_a_fraud_are_no_toll() -> None:
    assert events("القاهرة - ضبطت الشرطة محتالاً وقع ضحيته 40 مواطناً في قضية توظيف أموال.") == []


# --- violent words in reports of no violence -------------------------------------------------


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


def test_a_mine_that_blew_up_while_taken_apart_is_an_incident() -> None:
    assert tolls("انفجر لغم أثناء تفكيكه في ريف حماة ما أدى إلى مقتل عنصرين من فرق الهندسة.") == [(2, None)]


def test_a_killing_told_with_a_release_is_an_incident() -> None:
    assert tolls("أفرج الخاطفون عن ثلاثة عمال بعد أن قتلوا اثنين منهم في ولاية كادونا.") != []


# --- places and actors of these reports ------------------------------------------------------


def test_news_coming_in_and_the_authorities_are_no_places() -> None:
    text = "قالت سلطات إقليم مودوغ إن مسلحين هاجموا قرية قرب غالكعيو، دون ورود أنباء عن إصابات."
    assert place_ids(text) == {"so_gaalkacyo", "so_mudug"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل شخصان برصاص مسلحين في بني وليد مساء أمس.", "ly_bani_walid"),
        ("اغتال مسلحون ضابطاً في الشرطة في مدينة غروي صباح اليوم.", "so_garoowe"),
    ],
)
def test_towns_by_their_usual_arabic_names(text: str, place: str) -> None:
    assert place in place_ids(text)


def test_pirates_at_sea_are_an_incident_not_hackers() -> None:
    got = events("اختطف قراصنة سفينة شحن وعلى متنها 20 بحاراً قبالة سواحل مقديشو.")
    assert len(got) == 1 and "unknown" in actor_ids(
        "اختطف قراصنة سفينة شحن وعلى متنها 20 بحاراً قبالة سواحل مقديشو."
    )


def test_the_colombian_rebels_named_as_rebels_of_their_army() -> None:
    text = "قتل ثلاثة جنود في هجوم شنه متمردو جيش التحرير الوطني على دورية في مقاطعة أراوكا الكولومبية."
    assert "eln" in actor_ids(text)


# --- a lede carried as the title -------------------------------------------------------------


def test_a_lede_as_title_is_read_sentence_by_sentence() -> None:
    # the second sentence's earlier year is background of its own, not of the killing
    text = (
        "حماة - اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة أمام منزله في مدينة صوران. "
        "وذكر ناشطون أن القيادي كان قد انضم إلى التسوية عام 2018."
    )
    assert tolls(text) == [(1, None)]


def test_a_ticker_headline_joined_by_two_dots_stays_one_sentence() -> None:
    got = events("مسلحون يهاجمون قاعدة للجيش النيجري في منطقة ديفا.. 12 قتيلاً")
    assert [(c.killed, c.injured) for e in got for c in e.casualties] == [(12, None)]


def test_the_wounded_told_again_by_a_medic_are_counted_once() -> None:
    text = (
        "نابلس - أصيب ثلاثة مواطنين بجروح في هجوم شنه مستوطنون على قرية حوارة. "
        "وقال الهلال الأحمر إن طواقمه تعاملت مع ثلاث إصابات بالرصاص الحي."
    )
    assert tolls(text) == [(None, 3)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل جنديان بانفجار عبوة ناسفة في محافظة أبين. واتهمت القوات تنظيم القاعدة بزرع العبوة.", "aqap"),
        ("قتل ثلاثة جنود بهجوم على حاجز في الطارمية. ويعتقد أن داعش يقف وراء الهجوم.", "isis"),
    ],
)
def test_the_actor_named_behind_an_attack_in_the_next_sentence(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_the_group_that_claims_the_assassination_named_again() -> None:
    text = "بيدوا - اغتال مسلحان مسؤولاً محلياً في بيدوا. وتبنت حركة الشباب عملية الاغتيال في بيان."
    assert "al_shabaab" in actor_ids(text)


def test_the_wounded_the_medics_treated_are_counted() -> None:
    text = "طرابلس - قتل شخصان في هجوم مسلح على مقهى، وأعلن جهاز الإسعاف والطوارئ إسعاف 5 مصابين."
    assert tolls(text) == [(2, 5)]


def test_the_ambulance_service_counts_no_one() -> None:
    assert counts("قتل شخصان في هجوم مسلح على مقهى، وفق جهاز الإسعاف.") == [("killed", 2)]

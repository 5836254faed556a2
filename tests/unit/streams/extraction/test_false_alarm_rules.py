"""Rules prompted by the sixteenth blind set (tests/fixtures/extraction_eval/blind16.yaml: false
alarms and misses: stories told with the words of violence that report none, and incidents
told the way they are easy to miss), each checked here on sentences written for the test,
not on the set's own sentences."""

import pytest

from tests.unit.streams.extraction.reading import events, tolls

# --- no incident ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # threats of attacks to come
        "الحديدة - هدد قائد في الجماعة باستهداف ناقلات النفط التي تعبر البحر الأحمر بالصواريخ.",
        "غزة - قال متحدث باسم الفصائل إنها لن تتردد في قصف المستوطنات بالصواريخ إن استمر الحصار.",
        "بيروت - توعد قيادي في الحزب بقصف مطار حيفا بالصواريخ إذا اندلعت الحرب.",
        # a plot foiled before any violence
        "عمان - أعلنت دائرة المخابرات أنها أحبطت مخططاً لاستهداف مراكز أمنية بطائرات مسيرة مفخخة.",
        "الموصل - قال مصدر أمني إن مفرزة هندسية فككت عبوتين ناسفتين زرعتا على طريق زراعي.",
        # arms bought
        "الجزائر - تقتني القوات الجوية مقاتلات وصواريخ جو-أرض من مورد أجنبي.",
        "القاهرة - تسلمت القوات البحرية دفعة جديدة من الزوارق المسلحة والطائرات المسيرة.",
        # hostages freed with no shot fired
        "كانو - قال الجيش إن المخطوفين أطلق سراحهم دون أن تطلق رصاصة واحدة.",
        # ball games told as a slaughter
        "الرياض - ذبح النصر ضيفه في قمة دوري كرة السلة وثأر لهزيمته في جدة.",
    ],
)
def test_a_threat_a_foiled_plot_a_purchase_a_release_or_a_match_is_no_incident(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "ل" before the article: "للزلزال"، "للفيضانات"
        "ارتفاع الحصيلة\nأعلنت السلطات أن الحصيلة النهائية للزلزال ارتفعت إلى 41 قتيلاً و90 مصاباً.",
        "أعلن الدفاع المدني أن عدد الضحايا نتيجة للفيضانات بلغ 12 قتيلاً في المحافظة.",
        # the cause of a blast given after it: a gas leak, a burst tyre
        "حمص - قال مدير الدفاع المدني إن الانفجار الذي قتل امرأتين نجم عن تسرب الغاز في المطبخ.",
        "مقتل 5 بانقلاب حافلة\nقتل خمسة ركاب عندما انقلبت حافلتهم بعد انفجار أحد إطاراتها على طريق الموصل.",
        "انقلاب عجلة عسكرية يوقع 3 قتلى\nالأنبار - انقلبت عجلة تقل جنوداً على طريق الرطبة.",
    ],
)
def test_deaths_no_one_inflicted_are_no_incident(text: str) -> None:
    assert events(text) == []


def test_a_relative_clause_after_a_dated_clause_tells_the_past() -> None:
    text = (
        "السجن لمتهم بتفجير سوق الحلة\nقضت المحكمة بسجن متهم شارك في تفجير سوق الحلة عام 2015، "
        "الذي أودى بحياة 70 شخصاً، وقالت إن المتهم نقل المتفجرات التي استخدمت في الهجوم."
    )
    assert events(text) == []


def test_a_relative_clause_after_a_clause_of_today_is_still_its_toll() -> None:
    text = "بغداد - انفجرت عبوة ناسفة في سوق شعبي صباح اليوم، الذي قتل فيه ثلاثة أشخاص."
    assert tolls(text) == [(3, None)]


def test_a_threat_beside_an_attack_with_its_dead_keeps_the_attack() -> None:
    text = "مقديشو - قتل 4 جنود بهجوم لحركة الشباب على قاعدة عسكرية، وتوعد الجيش بالرد."
    assert tolls(text) == [(4, None)]


def test_a_foiled_attack_with_its_dead_is_still_an_incident() -> None:
    text = "العريش - أحبطت قوات الأمن هجوماً على كمين وقتلت 6 مسلحين كانوا يستقلون سيارة مفخخة."
    assert tolls(text) == [(6, None)]

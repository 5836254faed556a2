"""Extraction rules prompted by the third blind incident set
(tests/fixtures/incident_eval/blind_incidents3.yaml): the places the merge groups reports by.
Each is checked here on reports written for the test, not on the set's own sentences."""

import pytest

from streams.extraction.extract import calls_itself_another, calls_itself_second
from tests.unit.streams.extraction.reading import events, only


def test_a_place_the_headline_names_comes_first_among_places_of_one_level() -> None:
    # the bank is named after the capital; the headline says where the blast was
    event = only(
        "انفجار أمام مصرف في هرات\n"
        "قتل ثلاثة أشخاص، صباح اليوم، في انفجار وقع أمام فرع لمصرف كابل في مدينة هرات."
    )
    assert next(loc.name_en for loc in event.locations if loc.level == "town") == "Herāt"


def test_places_of_one_level_keep_the_text_s_order_when_the_headline_names_none() -> None:
    event = only(
        "مقتل ثلاثة بقصف في ريف إدلب\n"
        "قتل ثلاثة مدنيين بقصف على مدينة سراقب، بعد ساعات من قصف على مدينة أريحا."
    )
    assert [loc.id for loc in event.locations if loc.level == "town"][:2] == ["saraqib", "ariha"]


def test_the_south_of_lebanon_is_a_region_of_the_country_not_one_governorate() -> None:
    # "جنوب لبنان" spans the South and Nabatieh governorates (Bint Jbeil, Marjayoun, Nabatieh)
    event = only("غارة في جنوب لبنان\nاستشهد شخصان بغارة لمسيرة إسرائيلية على سيارة في جنوب لبنان.")
    assert [(loc.id, loc.level) for loc in event.locations] == [("lb", "country")]


def test_the_city_of_nabatieh_is_the_town_not_its_governorate() -> None:
    event = only("غارة على النبطية\nاستشهد شخص بغارة لمسيرة إسرائيلية على دراجة نارية في مدينة النبطية.")
    assert ("lb_nabatiye_et_tahta", "town") in [(loc.id, loc.level) for loc in event.locations]


def test_the_perpetrators_of_attacks_hunted_are_no_attack_of_the_report() -> None:
    assert events(
        "الرئيس يأمر بنشر قوات إضافية في الولاية\n"
        "أمر الرئيس بنشر قوات إضافية من الجيش والشرطة في الولاية، وتعهد بملاحقة منفذي الهجمات."
    ) == []
    event = only(
        "مقتل خمسة بهجوم مسلح\nقتل مسلحون خمسة مزارعين في هجوم على قرية، وتعهدت الشرطة بملاحقة منفذي الهجوم."
    )
    assert [(c.killed, c.injured) for c in event.casualties] == [(5, None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("حلب: هجوم ثان في يوم واحد يستهدف الشرطة", True),
        ("قصف جديد على البلدة يطال محيط مدرسة", True),
        ("قتل أربعة في هجوم بالمسيرات على المستشفى، في ثاني هجوم على المدينة خلال يومين.", True),
        ("قتل طفلان بقصف صاروخي، في تصعيد هو الثاني خلال أيام على المدينة.", True),
        # the incident told again, definite: not another one
        ("شيع الآلاف ضحايا الهجوم الجديد على السوق.", False),
        ("ارتفعت حصيلة الهجوم على السوق إلى 12 قتيلا.", False),
        # a fight that goes on, or starts again, on a new day
        ("قتل ستة مسلحين في المعارك الدائرة لليوم الثاني على التوالي قرب البلدة.", True),
        ("تجددت الاشتباكات مساء اليوم بين الطرفين على أطراف المدينة.", True),
        # an earlier incident the report's own comes after
        ("قتل ثلاثة عمال بقصف على المعمل، بعد يوم من الغارة على محطة الكهرباء.", True),
        ("استشهد شاب برصاص القوات الخاصة غداة اقتحام المخيم.", True),
        ("أوقف مسلحون سيارة أجرة وقتلوا سائقها وراكبين، بعد يوم من كمين على الطريق نفسه.", True),
        # the violence after the phrase is the earlier incident's, or there is none before it
        ("وجاءت الحملة بعد يوم من كمين قتل فيه خمسة جنود.", False),
        ("أعلنت الجماعة مسؤوليتها بعد يومين من الهجوم على الثكنة.", False),
        # an answer to an earlier incident
        ("قتل خمسة مسلحين بغارات على مواقعهم في الجبال ردا على الهجوم على الحاجز.", True),
        ("قصفت المدفعية قرى الحدود انتقاما لمقتل الجنود الثلاثة.", True),
        ("دعت الحكومة إلى الهدوء ردا على دعوات التظاهر.", False),
        # a claim of the attack, with the motive it gives: the attack itself, not an answer to it
        ("وتبنت الجماعة التفجير الذي استهدف الحافلة وقالت إنه جاء ردا على اعتقال قادتها.", False),
        ("أعلن التنظيم مسؤوليته عن الهجوم على الثكنة انتقاما لمقتل أحد أمرائه.", False),
    ],
)
def test_a_report_calling_its_incident_a_later_one_at_the_place(text: str, want: bool) -> None:
    assert calls_itself_another(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("انفجار ثان يهز المدينة مساء اليوم ويقتل شرطيا", True),
        ("قتل جندي بعبوة ناسفة بعد ساعات من تفجير السوق في البلدة.", True),
        # a running fight's day and an answer: the day's other reports tell them without the words
        ("قتل ستة مسلحين في المعارك الدائرة لليوم الثاني على التوالي قرب البلدة.", False),
        ("قتل خمسة مسلحين بغارات على مواقعهم في الجبال ردا على الهجوم على الحاجز.", False),
        ("ارتفعت حصيلة الهجوم على السوق إلى 12 قتيلا.", False),
    ],
)
def test_a_report_calling_its_incident_another_than_one_of_its_own_day(text: str, want: bool) -> None:
    assert calls_itself_second(text) is want

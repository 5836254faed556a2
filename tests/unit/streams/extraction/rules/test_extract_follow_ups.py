"""Follow-ups of an incident (funerals, visits, arrests, security measures, bodies handed over,
updates and claims the day after) carry the incident's news but make no incident of their own."""

import pytest

from tests.unit.streams.extraction.reading import events, only, place_ids, tolls


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الشرطة توقيف خمسة أشخاص على صلة بالتفجير الذي استهدف محطة الحافلات الأسبوع الماضي.",
        "سلمت لجنة التحقيق في تفجير السوق تقريرها إلى رئيس الحكومة اليوم.",
        "بدأت البلدية أعمال إعادة تأهيل المدرسة التي دمرها القصف خلال الحرب.",
        "قررت المحكمة تمديد اعتقال شاب يشتبه في قتله جاره طعناً لمدة أسبوع.",
        "قال مكتب الأمم المتحدة في تقريره الدوري إن 25 مدنياً سقطوا بين قتيل وجريح في القصف.",
    ],
)
def test_a_follow_up_with_no_incident_of_its_own_is_no_event(text: str) -> None:
    assert events(text) == []


def test_an_arrest_told_after_the_dead_of_today_keeps_them() -> None:
    text = "قتل ثلاثة جنود في هجوم على حاجز قرب المدينة، واعتقلت القوات اثنين من المهاجمين."
    assert tolls(text) == [(3, None)]


def test_security_tightened_the_day_after_a_bombing_is_no_incident() -> None:
    text = (
        "تشديد أمني في العاصمة\n"
        "كابول - شددت الشرطة الإجراءات الأمنية حول المساجد والأسواق في العاصمة، غداة التفجير "
        "الذي أسفر عن مقتل 9 أشخاص قرب السوق المركزي."
    )
    assert events(text) == []


def test_a_toll_updated_the_day_after_is_the_incidents_news() -> None:
    text = (
        "ارتفاع الحصيلة\n"
        "غزة - أعلنت وزارة الصحة غداة الغارة التي استهدفت المدرسة ارتفاع عدد الشهداء إلى 15."
    )
    assert tolls(text) == [(15, None)]


def test_a_claim_the_day_after_carries_the_incidents_toll() -> None:
    text = (
        "تبني الهجوم\n"
        "مقديشو - أعلنت حركة الشباب مسؤوليتها غداة الهجوم الذي أسفر عن مقتل 6 جنود في بلدوين."
    )
    assert tolls(text) == [(6, None)]


def test_a_funeral_that_names_its_dead_still_counts_them_with_its_place() -> None:
    text = (
        "شيع المئات في مدينة طولكرم اليوم جثماني الشهيدين سامر خليل وعمر ناصر، اللذين ارتقيا "
        "برصاص قوات الاحتلال فجر أمس."
    )
    assert tolls(text) == [(2, None)]
    assert "ps_tulkarm" in place_ids(text)


def test_an_attack_on_a_funeral_is_an_incident() -> None:
    assert tolls("أصيب تسعة مواطنين في هجوم لمستوطنين على موكب تشييع في قرية المغير.") == [(None, 9)]


def test_a_visit_to_the_site_is_no_incident() -> None:
    text = "جولة ميدانية\nتفقد وزير الداخلية موقع التفجير في وسط المدينة واطلع على الأضرار."
    assert events(text) == []


def test_the_perpetrators_of_attacks_hunted_are_no_attack_of_the_report() -> None:
    assert events(
        "الرئيس يأمر بنشر قوات إضافية في الولاية\n"
        "أمر الرئيس بنشر قوات إضافية من الجيش والشرطة في الولاية، وتعهد بملاحقة منفذي الهجمات."
    ) == []
    event = only(
        "مقتل خمسة بهجوم مسلح\nقتل مسلحون خمسة مزارعين في هجوم على قرية، وتعهدت الشرطة بملاحقة منفذي الهجوم."
    )
    assert [(c.killed, c.injured) for c in event.casualties] == [(5, None)]


def test_an_attack_on_a_funeral_does_not_count_the_dead_it_buried() -> None:
    text = (
        "قتلى بقذائف على مقبرة\n"
        "قتل ثلاثة مدنيين بقذائف هاون سقطت على مقبرة في مدينة كسمايو أثناء تشييع ستة جنود قتلوا "
        "في كمين الأحد."
    )
    assert tolls(text) == [(3, None)]


def test_bodies_released_as_persons_are_no_toll() -> None:
    text = (
        "استلام جثامين\n"
        "تسلمت طواقم الهلال الأحمر جثامين 20 شهيداً أفرج عنهم الجيش عبر المعبر الجنوبي، "
        "ونقلتها إلى مستشفى المدينة للتعرف عليها."
    )
    assert events(text) == []


def test_shelling_while_bodies_were_exchanged_keeps_its_toll() -> None:
    text = (
        "مقتل ثلاثة جنود في حيس\n"
        "قتل ثلاثة جنود بقصف مدفعي على مواقعهم في حيس، في الوقت الذي كانت فيه اللجنة تشرف على "
        "تبادل الجثث بين الطرفين."
    )
    assert tolls(text) == [(3, None)]


def test_the_dead_who_lost_their_lives_are_still_their_incident() -> None:
    text = (
        "تشييع ثلاثة جنود\n"
        "شيع الأهالي في مدينة تكريت اليوم جثامين الجنود الثلاثة الذين فقدوا حياتهم بهجوم مسيرة على "
        "حاجزهم أمس."
    )
    assert len(events(text)) == 1


def test_the_end_of_an_inquiry_into_an_attack_is_no_incident() -> None:
    text = ("نتائج التحقيق\nأنقرة - أعلنت النيابة العامة انتهاء التحقيق في الهجوم على مقر الشركة، "
            "وقالت في لائحة الاتهام إن المهاجمين تلقيا أوامرهما من قيادات الحزب.")
    assert events(text) == []


def test_a_school_reopened_years_after_the_bombing_that_killed_its_pupils_is_no_incident() -> None:
    text = ("إعادة افتتاح\nكابل - أعيد افتتاح مدرسة للبنات بعد ترميمها، بعد أربع سنوات من التفجير "
            "الذي استهدف طالباتها وأودى بحياة أكثر من 80 شخصاً.")
    assert events(text) == []


def test_the_dead_of_a_raid_buried_in_a_mass_grave_keep_their_toll() -> None:
    # burying the report's own dead in a mass grave is today's news, not a past war's grave opened
    text = (
        "مقتل العشرات في هجوم على قرية\n"
        "قال ناشطون إن 40 مدنياً قتلوا في هجوم شنه مسلحون على قرية قرب مدينة نيالا، وإن السكان "
        "دفنوا القتلى في مقبرة جماعية."
    )
    assert tolls(text) == [(40, None)]


def test_an_officials_statement_the_day_after_gives_the_incidents_toll() -> None:
    # the verb of speech before the recalled phrase, the toll after its "إن": the spokesman's
    # account of the incident, not a relative clause beside other news
    text = ("قال الناطق باسم الجيش في مؤتمر صحفي، غداة الكمين الذي استهدف قافلة عسكرية قرب "
            "الحدود، إن تسعة جنود قتلوا وأصيب 14.")
    assert tolls(text) == [(9, 14)]


def test_news_beside_an_incident_recalled_with_its_toll_still_makes_no_event() -> None:
    text = "شددت السلطات الإجراءات الأمنية في العاصمة غداة التفجير الذي أسفر عن مقتل 12 شخصاً."
    assert events(text) == []


def test_an_authoritys_first_toll_of_the_incident_told_with_the_article_is_its_toll() -> None:
    text = ("قال الجيش إنه استهدف مخزناً للأسلحة في البلدة أمس. وكانت وزارة الصحة قد أعلنت أن "
            "الغارة أسفرت عن استشهاد ثلاثة أشخاص وإصابة خمسة.")
    assert tolls(text) == [(3, 5)]

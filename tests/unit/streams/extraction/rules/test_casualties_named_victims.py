"""Who is counted as a victim: people nouns, named victims, kin, companions and people named by
their work or nationality count; a victim told again is counted once; a name that only
honours a martyr counts no one."""

import pytest

from tests.unit.streams.extraction.reading import counts, figures_of, group_tolls_of, only, roles_of, tolls


def test_a_contractor_is_a_person_counted() -> None:
    assert counts("أدى القصف الصاروخي على القاعدة إلى مقتل متعاقد أجنبي وإصابة 5 جنود.") == [
        ("killed", 1), ("injured", 5)]


def test_an_expatriate_killed_is_counted() -> None:
    assert counts("قتل وافد عربي طعناً على يد شريكه في السكن") == [("killed", 1)]


def test_an_expatriate_who_met_his_death_is_counted() -> None:
    assert tolls("لقي وافد حتفه طعناً في منطقة الفروانية مساء أمس.") == [(1, None)]


def test_a_fan_stabbed_to_death_in_a_celebration_is_counted() -> None:
    assert tolls("مقتل مشجع طعناً خلال الاحتفالات في وهران") == [(1, None)]


def test_a_body_found_killed_is_one_dead_and_its_wounds_are_no_more_wounded() -> None:
    assert counts("عثر على شرطي مقتولاً قرب منزله في الحي، مصاباً بطلقتين في الصدر") == [("killed", 1)]


def test_someone_else_named_wounded_after_a_death_is_still_wounded() -> None:
    assert counts("قتل رجل وخرج ابنه مصاباً") == [("killed", 1), ("injured", 1)]


def test_a_brigade_named_after_a_martyr_counts_no_one() -> None:
    text = (
        "قتل ثلاثة جنود في انفجار عبوة ناسفة شرق مدينة غزة.\n"
        "وأعلنت كتائب الشهيد أبو علي مصطفى مسؤوليتها عن تفجير العبوة."
    )
    assert tolls(text) == [(3, None)]


def test_a_street_or_a_hospital_named_after_a_martyr_counts_no_one() -> None:
    assert counts("أصيب شاب برصاص الاحتلال في شارع الشهيد أحمد ياسين وسط المدينة.") == [
        ("injured", 1)
    ]
    assert counts("ونقل إلى مستشفى الشهداء جريحان في حالة خطرة.") == [("injured", 2)]


def test_a_martyr_that_is_no_name_still_counts() -> None:
    assert counts("ارتقى شهيد برصاص قناص قرب مدرسة البنات في البلدة.") == [("killed", 1)]


def test_gendarmes_a_commander_and_pirates_are_counted_people() -> None:
    assert counts("قتل دركيان وأصيب ثالث في هجوم على مركز حدودي") == [("killed", 2), ("injured", 1)]
    assert counts("قتل آمر سرية في انفجار عبوة على طريق المطار") == [("killed", 1)]
    assert counts("قتل قرصان وأصيب آخر عندما اقتربت سفينة حربية من المركب") == [
        ("killed", 1), ("injured", 1)]


def test_egypt_s_police_sergeant_is_a_counted_person() -> None:
    text = "لقي 4 عناصر إجرامية مصرعهم في تبادل لإطلاق النار مع الشرطة، وأصيب أمين شرطة بطلق ناري."
    assert counts(text) == [("killed", 4), ("injured", 1)]
    assert counts("قتل أمين شرطة برصاص مجهولين أمام منزله") == [("killed", 1)]


def test_the_body_that_reached_the_hospital_is_the_dead_already_told() -> None:
    text = (
        "مقتل تاجر في قنا\n"
        "قنا - لقي تاجر مصرعه على يد جاره بسبب خلاف على الجيرة في مدينة قنا.\n"
        "وتلقت الأجهزة الأمنية بلاغاً بوصول المجني عليه جثة هامدة إلى المستشفى العام، وألقت "
        "قوات الأمن القبض على المتهم."
    )
    assert tolls(text) == [(1, None)]


def test_a_body_told_alone_still_counts() -> None:
    text = (
        "العثور على جثة شاب\n"
        "قنا - وصلت جثة هامدة لشاب إلى المستشفى العام مصابة بطعنات، وفتحت النيابة تحقيقاً."
    )
    assert tolls(text) == [(1, None)]


def test_a_settler_killed_and_another_wounded_are_counted() -> None:
    assert counts("قتل مستوطن وأصيب آخر بجروح في عملية دهس قرب بيت لحم") == [("killed", 1), ("injured", 1)]


def test_possessed_kin_noun_after_a_casualty_verb_counts_one() -> None:
    event = only(
        "قصف على جبل الزاوية\n"
        "استشهد طفلان وأصيبت والدتهما بجروح جراء قصف مدفعي لقوات النظام على قرية الفطيرة في جبل الزاوية."
    )
    assert group_tolls_of(event) == {("civilians", 2, 1)}
    assert roles_of(event)["syrian_army"] == "perpetrator"
    assert event.locations[0].id == "fatira"


def test_mother_and_her_child_are_two() -> None:
    event = only("قصف تركي\nقصفت القوات التركية قرية عون الدادات، ما أسفر عن إصابة امرأة وطفلها بجروح.")
    assert group_tolls_of(event) == {("civilians", None, 2)}


def test_the_restated_victim_of_an_assassination_is_not_added() -> None:
    event = only("اغتيال\nاغتال مسلحون مجهولون قيادياً سابقاً في بلدة طفس، ما أدى إلى مقتله على الفور.")
    assert [c.killed for c in event.casualties] == [1]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # named with a dual relative pronoun
        ("نعت المديرية الرقيب سامر خليل والشرطي وائل حمدان، اللذين استشهدا برصاص مسلحين.", [(2, None)]),
        # a plural noun listing names joined by "و"
        (
            "شيع الأهالي الشهداء رامي سعيد ومحمود عطا وباسل ناصر، الذين قتلوا بقصف مدفعي على القرية.",
            [(3, None)],
        ),
        # singular nouns and a plural noun's names together
        (
            "شيعت البلدة الطفلين سلمى ورامي، والشاب يحيى عمر والطفلة هند، الذين قتلوا في الغارة.",
            [(4, None)],
        ),
        # the Palestinian "ارتقوا"
        ("شيع المخيم الشهداء سامي عودة وخالد نمر وأيمن ربيع، الذين ارتقوا برصاص القناصة.", [(3, None)]),
    ],
)
def test_victims_named_before_a_relative_pronoun_are_counted(text: str, want: list) -> None:
    assert tolls(text) == want


def test_people_named_by_their_tie_to_another_count() -> None:
    assert counts("قتل رجل في الهجوم وأصيب جاره بجروح") == [("killed", 1), ("injured", 1)]


def test_a_companion_named_with_a_preposition_joins_the_toll() -> None:
    assert tolls("غارة على سيارة\nأدت الغارة إلى مقتل قيادي في الفصيل ومرافق له.") == [(2, None)]


def test_a_person_named_by_nationality_is_a_victim() -> None:
    assert counts("قتل مسلحون يمنياً وأصابوا اثنين آخرين") == [("killed", 1), ("injured", 2)]


def test_a_nationality_after_a_people_noun_is_no_second_victim() -> None:
    assert counts("مقتل مدني لبناني وإصابة آخر") == [("killed", 1), ("injured", 1)]


def test_a_commander_and_an_imam_are_victims() -> None:
    assert counts("مقتل قائد ميداني في الجماعة") == [("killed", 1)]
    assert counts("اغتال مسلحون إماماً قرب المسجد") == [("killed", 1)]


def test_the_wound_a_death_came_from_is_no_new_wounded() -> None:
    assert counts("لقي شاب حتفه إثر إصابته بطلق ناري") == [("killed", 1)]
    assert counts("نقل شرطي إلى المستشفى إثر إصابته برصاصة") == [("injured", 1)]


def test_the_two_dead_named_again_with_the_article_add_no_one() -> None:
    text = (
        "استشهاد مزارعين شرقي دير البلح\n"
        "دير البلح - استشهد مزارعان برصاص قوات الاحتلال شرقي دير البلح صباح اليوم. "
        "وقال مسعفون إن الشهيدين نقلا إلى مستشفى شهداء الأقصى."
    )
    assert sorted(k for k, _ in tolls(text)) == [2]


def test_the_bodies_of_the_children_counted_are_not_counted_again() -> None:
    text = "قتل ثلاثة أطفال بانفجار لغم، وقال الدفاع المدني إنه نقل جثث الأطفال إلى المشفى."
    assert counts(text) == [("killed", 3)]


def test_a_victim_who_arrived_a_lifeless_body_is_one_dead() -> None:
    assert counts("وقال مصدر طبي إن القتيل وصل إلى المستشفى جثة هامدة.") == [("killed", 1)]
    assert counts("وأكد المستشفى أن الضحية وصلت جثة هامدة.") == [("killed", 1)]


def test_a_body_found_of_someone_else_still_counts() -> None:
    assert counts("قتل رجل برصاص مسلحين، وعثر على جثة شقيقه في البستان.") == [("killed", 1), ("killed", 1)]
    assert counts("عثر الأهالي على جثة الراعي قرب الوادي.") == [("killed", 1)]


def test_a_wounded_escort_counts_one() -> None:
    event = only("اغتال مسلحون مجهولون شيخاً قبلياً في سوق المدينة بمحافظة مأرب، وأصيب مرافقه بجروح.")
    assert {(c.killed, c.injured) for c in event.casualties} >= {(None, 1)}


def test_a_council_member_killed_counts_one() -> None:
    event = only("اغتال مسلحون مجهولون عضواً في مجلس محافظة ديالى بإطلاق النار عليه قرب منزله.")
    assert [c.killed for c in event.casualties] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون صيادين اثنين قرب بحيرة حمرين في ديالى، وقال مسؤول محلي إن الجثتين نقلتا إلى المستشفى.",
        'قتل شابان بغارة على سيارة في بلدة عيترون، ونعتهما عائلتاهما كـ"شهيدين" في بيان.',
    ],
)
def test_the_dead_named_again_are_not_added(text: str) -> None:
    assert [c.killed for c in only(text).casualties] == [2]


def test_a_second_victim_named_by_a_definite_noun_adds_one() -> None:
    text = "استشهد الشاب سامر عادل (24 عاماً) والطفل كريم نادر (9 أعوام) برصاص الجنود"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 2


def test_a_dual_noun_after_a_named_victim_adds_two() -> None:
    text = "قتل المهندس وليد سالم والعاملتين هدى وسعاد في قصف على المصنع"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 3


def test_a_couple_and_their_child_are_three() -> None:
    text = "قتل الزوجان سمير وهالة وابنتهما ريم في غارة على منزلهم"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 3


def test_a_kin_noun_with_a_possessive_after_named_victims_adds_one() -> None:
    text = "قتل الشقيقان فادي ورامي وابن خالهما برصاص مجهولين"
    assert sum(v or 0 for k, v in counts(text) if k == "killed") == 3


def test_named_victims_after_a_subset_word_are_not_added_again() -> None:
    text = "قتل شخصان بينهما الطفل سامي والشاب رائد في قصف على الحي"
    assert counts(text) == [("killed", 2)]


def test_a_father_named_in_apposition_is_not_another_victim() -> None:
    text = "استشهد الشاب نبيل والد الطفلة سلمى برصاص القناصة"
    assert counts(text) == [("killed", 1)]


def test_the_wounded_after_a_named_dead_are_not_added_to_the_dead() -> None:
    assert counts("قتل الشاب مازن وأصيب الطفل هادي بجروح") == [("killed", 1), ("injured", 1)]


def test_an_initial_with_a_period_does_not_end_the_sentence() -> None:
    text = "اشتباك\nأعلنت الوزارة استشهاد الرقيب ع. سليم والجندي ف. هشام في اشتباك مع مهربين مسلحين."
    assert (2, None) in tolls(text)


def test_a_maghreb_agent_is_a_member_of_the_forces() -> None:
    assert counts("استشهد عون بالحرس الوطني وأصيب زميله في انفجار لغم") == [("killed", 1), ("injured", 1)]


def test_cases_right_after_an_injury_word_are_people() -> None:
    assert counts("أدى القصف إلى إصابة 7 حالات اختناق بينها أطفال") == [("injured", 7)]


def test_cases_away_from_a_casualty_word_are_not_people() -> None:
    assert counts("سجلت المدينة 40 حالة كوليرا خلال الشتاء") == []


def test_migrants_are_people() -> None:
    assert counts("قتل أربعة مهاجرين بإطلاق نار على قارب") == [("killed", 4)]


def test_victims_listed_after_and_they_are_count_one_each_where_no_figure_was_given() -> None:
    text = "نشرت القيادة أسماء ضحايا الكمين على الطريق، وهم: الملازم سامي، والرقيب هادي، والجندي نور"
    assert ("killed", 3) in counts(text)


def test_a_list_after_a_figure_does_not_count_its_victims_again() -> None:
    assert counts("قتل ثلاثة جنود، وهم: الملازم سامي، والرقيب هادي، والجندي نور") == [("killed", 3)]


def test_a_definite_people_noun_counted_after_it_is_a_toll() -> None:
    assert counts("وقال الجيش إن المسلحين الأربعة قتلوا جميعاً") == [("killed", 4)]


def test_a_gulf_resident_is_a_person() -> None:
    assert counts("أسفر سقوط المقذوف عن وفاة مقيم وإصابة 3 مواطنين") == [("killed", 1), ("injured", 3)]


def test_a_third_victim_is_still_counted() -> None:
    assert counts("قتل شاب وأصيب آخر وثالث بجروح") == [("killed", 1), ("injured", 1), ("injured", 1)]


def test_the_wound_of_one_who_arrived_dead_is_no_other_wounded() -> None:
    text = (
        "صنعاء - قتل رجل برصاص مسلحين مجهولين في سوق شعبي بمدينة ذمار.\n"
        "وقال مصدر طبي إن الرجل وصل جثة هامدة بعد إصابته بثلاث رصاصات في الصدر."
    )
    assert tolls(text) == [(1, None)]


def test_another_after_its_noun_or_alone_still_counts_one() -> None:
    assert tolls("قتل جندي بقذيفة على موقعه وأصيب آخر بجروح") == [(1, 1)]
    assert counts("قتل مدني وأصيب جندي آخر بقصف على البلدة") == [("killed", 1), ("injured", 1)]


def test_a_protester_killed_is_counted() -> None:
    text = "قتل متظاهر برصاص الشرطة وأصيب عشرون آخرون خلال احتجاجات وسط العاصمة مساء أمس."
    assert only(text).casualties[0].killed == 1


def test_the_wounded_told_again_by_a_medic_are_counted_once() -> None:
    text = (
        "نابلس - أصيب ثلاثة مواطنين بجروح في هجوم شنه مستوطنون على قرية حوارة. "
        "وقال الهلال الأحمر إن طواقمه تعاملت مع ثلاث إصابات بالرصاص الحي."
    )
    assert tolls(text) == [(None, 3)]


def test_the_wounded_the_medics_treated_are_counted() -> None:
    text = "طرابلس - قتل شخصان في هجوم مسلح على مقهى، وأعلن جهاز الإسعاف والطوارئ إسعاف 5 مصابين."
    assert tolls(text) == [(2, 5)]


def test_the_ambulance_service_counts_no_one() -> None:
    assert counts("قتل شخصان في هجوم مسلح على مقهى، وفق جهاز الإسعاف.") == [("killed", 2)]


def test_patients_killed_in_a_strike_are_counted() -> None:
    text = (
        "قصف مستشفى للأورام\n"
        "قتل ثلاثة مرضى وأصيب سبعة بقصف مدفعي استهدف مستشفى الأورام في مدينة الفاشر صباح اليوم."
    )
    assert tolls(text) == [(3, 7)]


def test_a_companion_adds_to_the_victims_toll() -> None:
    assert tolls("مقتل مسؤول محلي ومرافقه بانفجار عبوة ناسفة في مدينة الرمادي") == [(2, None)]


def test_a_companion_after_a_long_owner_joins_the_toll() -> None:
    text = "وقالت الوزارة إن القوات قتلت قيادياً كبيراً في جماعة أبو سياف المسلحة في الجنوب ومرافقاً له"
    assert counts(text) == [("killed", 1), ("killed", 1)]


def test_officials_and_passengers_are_people() -> None:
    assert figures_of(only("اغتيال\nاغتال مجهولون مسؤولاً في البلدية بمدينة جوهر.")) == {("killed", 1)}
    event = only("هجوم على حافلة\nأصيب 14 راكباً في هجوم على حافلة قرب مدينة بيشاور.")
    assert figures_of(event) == {("injured", 14)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a gold prospector of the Sahara's mines, a street vendor: one person each
        ("الشامي - قتل منقب عن الذهب وأصيب اثنان آخران في شجار قرب بئر للتنقيب أمس.", [(1, 2)]),
        ("الخرطوم - قتل بائع متجول برصاص مسلحين في سوق ليبيا أمس.", [(1, None)]),
    ],
)
def test_a_prospector_or_a_vendor_named_by_his_trade_is_one_dead(text: str, want: list) -> None:
    assert tolls(text) == want

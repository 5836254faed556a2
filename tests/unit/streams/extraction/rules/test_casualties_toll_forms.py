"""How a toll is read from its sentence: casualty verbs and nouns (killed, wounded, neutralised,
finished off, martyred), the count's head before or after its verb, duals, subsets, asides and
relative clauses between a count and its verb."""

import pytest

from streams.extraction.extract import article_from_text, extract
from tests.unit.streams.extraction.reading import counts, figures_of, only, tolls


def test_martyrdom_with_its_pronoun_is_a_death() -> None:
    text = "وأضاف المصدر أن الجنود لاحقوا الشاب عند الحاجز العسكري، ما أدى إلى استشهاده."
    assert tolls(text) == [(1, None)]


def test_neutralised_as_a_verb_with_its_figure_is_a_toll() -> None:
    assert tolls("أعلن الجيش أن وحداته حيدت 25 إرهابياً في محيط مدينة فادا نغورما.") == [(25, None)]
    assert tolls("الجيش يحيد 14 إرهابيا في الشرق") == [(14, None)]


def test_neutralised_without_a_figure_counts_no_one() -> None:
    assert all(k is None for k, _ in tolls("وحيدت الشرطة المهاجم بعد مطاردة قصيرة قرب السوق."))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قال المتحدث إن 12 عنصراً من جهاز حرس المنشآت قتلوا في الهجوم على الحقل.", [("killed", 12)]),
        ("أفاد مصدر أن 7 من جنود الكتيبة أصيبوا بجروح في القصف.", [("injured", 7)]),
    ],
)
def test_a_count_reaches_its_verb_past_its_owners_name(text: str, want: list) -> None:
    assert counts(text) == want


def test_unknown_words_pass_only_to_the_verb_of_the_count() -> None:
    # "ضابط في الشرطة المحلية إن" is no owner's name: the officer is not the one killed
    assert counts("قال ضابط في الشرطة المحلية إن 4 أشخاص قتلوا في الانفجار.") == [("killed", 4)]


def test_an_amount_after_a_counted_noun_is_a_toll_of_its_own() -> None:
    # "وأربعة من عناصر الشرطة" is the police's toll, not more of the passengers
    got = only("قال مسؤولون إن 30 راكباً وثلاثة من عناصر الشرطة قتلوا في هجوم على حافلة في إقليم بلوشستان.")
    assert sorted((c.killed, c.injured) for c in got.casualties) == [(3, None), (30, None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل سبعة من عناصر الشرطة، إلى جانب 4 مهاجمين، في هجوم على مركز أمني.",
         [("killed", 7), ("killed", 4)]),
        ("قتل 9 جنود بالإضافة إلى 3 من المسلحين.", [("killed", 9), ("killed", 3)]),
    ],
)
def test_an_amount_added_to_a_toll_is_a_count_of_its_kind(text: str, want: list) -> None:
    assert counts(text) == want


def test_a_second_side_joined_past_the_first_side_s_description_is_counted() -> None:
    # "و9 من عناصر الحركة" after the first side's long description: the same verb's second toll
    assert counts(
        "قتل ثلاثة من أفراد الشرطة المحلية في السوق و9 من مسلحي حركة الشباب"
    ) == [("killed", 3), ("killed", 9)]


def test_a_second_amount_after_a_clause_mark_is_not_joined_from_afar() -> None:
    # after a comma the amount opens a phrase of its own, with no verb: no toll
    assert counts(
        "قتل ثلاثة من أفراد الشرطة المحلية في السوق، و9 من مسلحي حركة الشباب فروا"
    ) == [("killed", 3)]


def test_a_toll_head_before_its_verb_and_the_other_head_after_the_figure() -> None:
    assert counts("وقال المسؤول إن عدد القتلى بلغ 40 والجرحى 95") == [("killed", 40), ("injured", 95)]


def test_killing_them_all_counts_the_people_numbered_before() -> None:
    assert counts("قصفت طائرة حافلة كانت تقل تسعة ركاب، ما أدى إلى مقتلهم جميعاً") == [("killed", 9)]


def test_killing_them_all_with_no_number_before_stays_vague() -> None:
    assert counts("أدى القصف إلى مقتلهم جميعاً") == [("killed", None)]


def test_a_witness_colloquial_died_and_numbers_count() -> None:
    assert counts("قال أحد الأهالي: ضربت القذيفة البيت ومات تلاتة زول") == [("killed", 3)]
    assert counts("ومات تمانية وعشرين شخصاً في القصف") == [("killed", 28)]


def test_the_wounded_still_in_care_are_wounded() -> None:
    assert counts("قتل ثلاثة في القصف، فيما لا يزال خمسة آخرون يتلقون العلاج") == [
        ("killed", 3), ("injured", 5)]


def test_a_definite_head_with_its_figure_after_it_counts() -> None:
    assert counts("وقال الشاهد إن القتلى 6 والجرحى أكثر من 30") == [("killed", 6), ("injured", 30)]
    assert counts("نقل الجرحى 3 مرات إلى المستشفى") == [("injured", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb closed its count: the figure after it is a subset of the same toll
        ("قالت الشرطة إن 14 شخصاً أصيبوا، ثلاثة منهم بجروح بالغة، في انفجار بالسوق.", [("injured", 14)]),
        ("أعلن المستشفى أن 9 أشخاص قتلوا، أربعة منهم أطفال، في القصف.", [("killed", 9)]),
        # ... nor the count of burnt trucks after it
        ("قال مصدر إن 3 سائقين قتلوا وأحرقت 25 شاحنة في الكمين.", [("killed", 3)]),
        # "و" opens a phrase of its own, whose people come after its verb
        ("قال المسعفون إن 4 مدنيين قتلوا وأصيب 11 آخرون في الغارة.", [("killed", 4), ("injured", 11)]),
        # after a count closed by its verb, a count with a verb of its own takes that verb's kind
        ("قال الجيش إن 4 جنود قتلوا وإن 30 مسلحاً قتلوا في الاشتباك.", [("killed", 4), ("killed", 30)]),
        ("قال المستشفى إن 15 شخصاً قتلوا و20 أصيبوا في الانفجار.", [("killed", 15), ("injured", 20)]),
        # "على الأقل" ends the count, and the subset after it is no count
        ("قتل 18 شخصاً على الأقل، بينهم 6 من رجال الشرطة، وأصيب 30 آخرون.", [("killed", 18), ("injured", 30)]),
    ],
)
def test_a_count_closed_by_its_verb_takes_no_object_after_it(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("نشرت العائلة صور الضحايا الستة الذين قتلوا في القصف على البلدة أمس", [("killed", 6)]),
        ("أعلنت الوزارة أسماء المسعفين الثلاثة الذين استشهدوا في الغارة", [("killed", 3)]),
        ("نعت الحركة مقاتليها الأربعة الذين قتلوا في الكمين", [("killed", 4)]),
        ("كشفت الشرطة هوية الشهداء الخمسة الذين ارتقوا في القصف", [("killed", 5)]),
    ],
)
def test_a_definite_number_after_the_dead_and_a_relative_pronoun_counts_them(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert counts(text) == want


def test_the_dead_counted_by_a_definite_number_with_no_verb_stay_uncounted() -> None:
    assert tolls("قال الجيش إن القتلى الثلاثة في الغارة على جباليا من عائلة واحدة.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("توفي جريحان في المستشفى متأثرين بجروحهما", [("killed", 2)]),
        ("أعلنت المديرية وفاة جريح متأثراً بإصابته في الانفجار", [("killed", 1)]),
    ],
)
def test_a_wounded_noun_right_after_a_death_word_is_the_dead(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert counts(text) == want


def test_people_with_their_fate_after_them_take_its_kind() -> None:
    assert counts("اشتباك على الحدود.. 9 قتلى وأربعة جنود جرحى") == [("killed", 9), ("injured", 4)]
    assert counts("سقوط خمسة مدنيين قتلى و11 جريحاً في القصف") == [("killed", 5), ("injured", 11)]


def test_people_with_no_fate_after_them_keep_the_open_kind() -> None:
    assert counts("مقتل 7 مدنيين وثلاثة جنود في الهجوم على القرية") == [("killed", 7), ("killed", 3)]


def test_a_count_whose_verb_follows_it_keeps_its_kind() -> None:
    assert counts("12 شخصاً قتلوا وأصيب 30 آخرون") == [("killed", 12), ("injured", 30)]


def test_a_wounded_man_after_fall_is_wounded_not_dead() -> None:
    assert counts("قصف مدفعي على أطراف البلدة وسقوط جريح") == [("injured", 1)]
    assert counts("سقوط جريحين بغارة على سيارة") == [("injured", 2)]


def test_a_wounded_man_after_a_death_verb_is_still_dead() -> None:
    assert counts("وفاة جريح متأثراً بجروحه في المستشفى") == [("killed", 1)]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("اغتال مسلحون مجهولون عنصراً سابقاً في فصائل التسوية في بلدة طفس.", 1),
        ("اغتال مجهولون، مساء الأحد، شابين بإطلاق النار عليهما في مدينة جاسم.", 2),
        ("أعدم عناصر من تنظيم داعش ثلاثة رعاة في بادية السخنة.", 3),
    ],
)
def test_killing_verbs_count_their_object_past_the_subject(sentence: str, killed: int) -> None:
    event = only("خبر\n" + sentence)
    assert [(c.killed, c.approximate) for c in event.casualties] == [(killed, False)]


def test_a_failed_assassination_kills_no_one() -> None:
    got = extract(article_from_text("نجاة\nنجا قيادي من محاولة اغتيال في مدينة الباب.", "2022-03-10"))
    assert all(c.killed is None for e in got for c in e.casualties)


def test_count_before_its_verb() -> None:
    event = only("قصف\nقالت مصادر محلية إن 15 شخصاً قتلوا وأصيب أكثر من 30 آخرين في قصف على سرمدا.")
    assert {(c.killed, c.injured) for c in event.casualties} == {(15, 30)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a figure already read: the names say who they were
        ("قتل ثلاثة أشخاص هم سامي ورامي وخالد، الذين كانوا في السيارة.", [("killed", 3)]),
        # two names are no plural list
        ("شيع الأهالي الشهداء رامي سعيد ومحمود عطا، الذين قتلوا بالقصف.", []),
        # no casualty verb after the pronoun
        ("استقبل الوزير الأطباء سامي ورامي وخالد، الذين وصلوا أمس.", []),
    ],
)
def test_a_relative_pronoun_counts_no_one_more(text: str, want: list) -> None:
    assert [(kind, value) for kind, value in counts(text) if value is not None] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb in the plural or the dual after its amount is that amount's, Egyptian included
        ("قالت المصادر إن أربعة جنود قتلوا واثنين أصيبوا في الكمين.", [("killed", 4), ("injured", 2)]),
        ("قال شهود إن تلاتة من الأهالي ماتوا واتنين اتصابوا في الضرب.", [("killed", 3), ("injured", 2)]),
        # a noun after the amount opens the next phrase, of its own kind
        ("أسفر القصف عن مقتل 4 وإصابة 2 آخرين.", [("killed", 4), ("injured", 2)]),
        # "منهم" after a smaller amount: a part of those counted
        ("استقبل المستشفى ستة شهداء، أربعة منهم قتلوا في قصف على السوق.", [("killed", 6)]),
        # the construct "مجندي" and colloquial "عساكر" are soldiers
        ("قال مصدر إن خمسة من مجندي الشرطة قتلوا في الكمين.", [("killed", 5)]),
    ],
)
def test_amounts_take_the_verb_after_them_and_parts_are_no_new_toll(text: str, want: list) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أطلق مسلحان على دراجة نارية النار على تاجرين فأردياهما أمام متجرهما", [("killed", 2)]),
        ("اعترض مسلحان سيارة قاض فأردياه قتيلاً", [("killed", 1)]),
    ],
)
def test_two_doers_felling_their_victims_count_the_victims(text: str, want: list[tuple[str, int]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقع هجوم بالسكين قتل فيه شاب وأصيب اثنان آخران", [("killed", 1), ("injured", 2)]),
        ("التفجير الذي قتل فيه جندي أمام الثكنة", [("killed", 1)]),
        ("الحادث الذي أصيب خلاله شرطيان", [("injured", 2)]),
    ],
)
def test_the_victims_after_the_incidents_pronoun_are_counted(text: str, want: list[tuple[str, int]]) -> None:
    assert counts(text) == want


def test_a_hedge_between_a_count_and_its_verb_keeps_the_count() -> None:
    assert counts("وقال الطبيب إن ثمانية مدنيين على الأقل قتلوا في القصف") == [("killed", 8)]


def test_a_dual_subject_before_a_dual_passive_verb_is_two_wounded() -> None:
    assert counts("وأكد الناطق أن شرطيين أصيبا بشظايا القذيفة") == [("injured", 2)]


def test_a_dual_with_a_possessive_pronoun_is_two() -> None:
    assert counts("قتل رجل وأصيب ابناه في القصف") == [("killed", 1), ("injured", 2)]


def test_a_singular_with_a_possessive_pronoun_stays_one() -> None:
    assert counts("قتل رجل وأصيب ابنه في القصف") == [("killed", 1), ("injured", 1)]


def test_an_ordinal_object_after_an_active_wounding_verb_is_one() -> None:
    assert counts("اغتال مسلحون شرطيين وأصابوا ثالثاً") == [("killed", 2), ("injured", 1)]


def test_a_ministry_count_of_neutralised_enemies_is_killed() -> None:
    assert counts("وأعلنت الوزارة تحييد 12 إرهابياً في المنطقة") == [("killed", 12)]


def test_the_verb_neutralised_alone_is_not_a_count() -> None:
    assert counts("وحيدت الشرطة المهاجم") == []


def test_a_claimant_word_for_enemies_perishing_is_killed() -> None:
    assert counts("وأعلنت الجماعة هلاك 4 من عناصر الميليشيا في الهجوم") == [("killed", 4)]


def test_the_passive_of_assassinate_counts_its_victim() -> None:
    assert counts("اغتيل قاض برصاص مسلحين أمام منزله") == [("killed", 1)]


def test_a_life_taken_names_its_victims_after_it() -> None:
    assert counts("أودى انفجار العبوة بحياة 6 عمال في الموقع") == [("killed", 6)]


def test_the_communique_noun_of_finishing_off_counts_a_single_enemy() -> None:
    assert counts("أسفرت العملية عن القضاء على إرهابي وتوقيف آخر") == [("killed", 1)]


def test_one_arrested_after_one_killed_is_no_second_death() -> None:
    assert counts("مقتل مهاجم واعتقال آخر قرب الحاجز") == [("killed", 1)]
    assert counts("قتل 4 مسلحين وأسر 3 آخرين") == [("killed", 4)]


def test_finishing_off_counts_its_victims() -> None:
    assert counts("وقالت الكتائب إن مقاتليها أجهزوا على 4 جنود") == [("killed", 4)]


def test_a_toll_head_far_before_its_verb_past_a_relative_clause() -> None:
    text = (
        "قال الدفاع المدني إن عدد قتلى القصف الذي استهدف سوق الخضار المزدحم في وسط البلدة "
        "القديمة ارتفع إلى 17"
    )
    assert counts(text) == [("killed", 17)]


def test_the_dead_counted_as_the_deceased() -> None:
    assert counts("ارتفع عدد المتوفين إلى ثلاثة بعد وفاة مصاب في المستشفى") == [("killed", 3)]


def test_an_official_who_says_we_lost_counts_the_dead() -> None:
    got = counts("وقال القائد إننا فقدنا ثلاثة من جنودنا وأصيب اثنان آخرون")
    assert got == [("killed", 3), ("injured", 2)]


def test_a_subset_without_commas_does_not_replace_the_toll() -> None:
    assert counts("قال الجيش إن ستة جنود بينهم ضابطان قتلوا في الهجوم") == [("killed", 6)]


def test_dialect_verbs_and_numbers_count() -> None:
    assert counts("طخو على السيارة، مات زوز وتصاوب ثلاثة") == [("killed", 2), ("injured", 3)]
    assert counts("انفجرت العبوة وانصاب اتنين من الشرطة") == [("injured", 2)]
    assert counts("قتلو أكتر من 20 زول بالقرية") == [("killed", 20)]


def test_a_single_young_man_in_a_post_is_one_dead() -> None:
    assert tolls("خبر\nمسلحين طخو على سيارة بالطريق ومات شب وانجرح رفيقه") == [(1, 1)]


def test_casualty_nouns_without_the_article_still_count() -> None:
    event = only("سقط قتيلان وثلاثة جرحى بقصف مدفعي على بلدة سرمين، ونقل الجرحى إلى مستشفى إدلب.")
    assert {(c.killed, c.injured) for c in event.casualties} == {(2, 3)}


def test_a_number_with_the_article_after_plural_people_counts_them() -> None:
    assert counts("وقتلت القوات الخاصة المسلحين الستة بعد حصار دام ساعات") == [("killed", 6)]
    assert counts("فيما قتل الجناة الثلاثة في تبادل لإطلاق النار") == [("killed", 3)]


def test_an_aside_naming_the_people_counted_is_skipped_on_the_way_to_their_verb() -> None:
    text = "قالت المصادر إن أسرة من ستة أفراد، هم الجد والجدة وأربعة من أحفادهما، قتلت في الغارة"
    assert counts(text) == [("killed", 6)]


def test_counts_inside_an_aside_naming_the_counted_are_not_added() -> None:
    assert counts("قتل تسعة أشخاص، هم خمسة رجال وأربع نساء، في القصف على السوق") == [("killed", 9)]


def test_a_word_for_bodies_counts_the_figure_after_it() -> None:
    assert counts("عثرت دورية على جثث 6 رعاة قتلوا برصاص مسلحين في الصحراء") == [("killed", 6)]


def test_a_count_after_an_unrelated_number_head_is_still_counted() -> None:
    # "عدد من" is no toll head: the dead are counted where they are
    text = "هجوم على قرية\nأحرق مسلحون عددا من المنازل في القرية وقتلوا أربعة مزارعين ليل أمس."
    assert tolls(text) == [(4, None)]


def test_a_subset_after_the_count_s_own_description_is_still_a_subset() -> None:
    assert counts("قتل 6 أشخاص من أسرة واحدة، بينهم 4 نساء، وأصيب رجلان آخران بقصف على الحي.") == [
        ("killed", 6), ("injured", 2)]


def test_militants_neutralised_counted_after_the_unit_and_the_operation() -> None:
    text = (
        "حيدت مفرزة للجيش الوطني الشعبي، إثر كمين نصب بولاية تيبازة بالناحية العسكرية الأولى، "
        "ثلاثة إرهابيين وضبطت أسلحتهم."
    )
    assert tolls(text) == [(3, None)]


def test_militants_neutralised_with_the_number_after_them() -> None:
    assert tolls("الجيش يحيد إرهابيين اثنين في عملية تمشيط بولاية جيجل") == [(2, None)]


def test_neutralised_with_no_number_is_still_no_count() -> None:
    assert tolls("حيدت قوات الأمن المهاجم بعد مطاردة في وسط المدينة.") == []


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


def test_a_felling_pronoun_counts_its_victim_once() -> None:
    assert counts("أطلق مجهول النار على سائق أجرة فأرداه قتيلاً") == [("killed", 1)]


def test_a_plural_felling_pronoun_counts_the_people_numbered_before_it() -> None:
    assert counts("أطلق مسلحون النار على تسعة صيادين قرب الشاطئ فأردوهم قتلى") == [("killed", 9)]


def test_a_dual_citizen_noun_before_its_verb_counts_two() -> None:
    assert counts("مواطنان قتلا بقذيفة سقطت على الحي") == [("killed", 2)]


def test_the_kidnapped_counted_before_a_killing_are_not_killed() -> None:
    assert counts("اختطاف 12 مسافراً ومقتل سائق في هجوم على حافلة بولاية زمفرة") == [("killed", 1)]


def test_a_rank_between_two_joined_victims_keeps_both() -> None:
    assert counts("استشهد ضابط برتبة رائد وجندي في الهجوم") == [("killed", 1), ("killed", 1)]


def test_the_two_counted_by_a_definite_dual_before_their_verb() -> None:
    assert counts("وقالت الشرطة إن المهاجمين الاثنين قتلا بعد الاشتباك") == [("killed", 2)]
    assert counts("وعقد المسؤولين الاثنين اجتماعاً") == []


def test_a_finishing_verb_with_its_subject_before_the_victims_counts_them() -> None:
    text = "قضت مفرزة للجيش الوطني الشعبي، إثر عملية بحث وتمشيط بجبال الولاية، على أربعة إرهابيين"
    assert counts(text) == [("killed", 4)]
    assert counts("قضت مفرزة للجيش على إرهابي خطير") == [("killed", 1)]


def test_a_finishing_verb_with_no_people_after_its_preposition_counts_no_one() -> None:
    assert counts("قضى الشاب ثلاثة أيام في المستشفى على سرير متنقل") == []


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("هجوم على قرية بولاية سنار راح ضحيته 21 قروياً.", (21, None)),
        ("ارتكب مسلحون مجزرة في قرية بولاية سنار ذهب ضحيتها ثلاثة مزارعين.", (3, None)),
    ],
)
def test_the_victims_a_killing_took_are_its_dead(text: str, toll: tuple) -> None:
    assert tolls(text) == [toll]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("شهيدان و9 معتقلين في اقتحام البلدة\nاستشهد شابان برصاص الجنود خلال اقتحام البلدة.", (2, None)),
        ("قتيل و4 مفقودين بهجوم على قرية\nقتل مزارع بهجوم لمسلحين على قرية في الإقليم.", (1, None)),
    ],
)
def test_the_arrested_and_the_missing_beside_a_toll_add_nothing_to_it(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert tolls(text) and all(t == toll for t in tolls(text))


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("قال المجلس إن نحو 300 شخص بين مدنيين وعسكريين قتلوا في هجوم التنظيم على البلدة.", (300, None)),
        ("قال المستشفى إن 16 شخصاً بين نساء وأطفال أصيبوا في القصف على السوق.", (None, 16)),
    ],
)
def test_the_kinds_of_people_between_a_count_and_its_verb(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert tolls(text) == [toll]


def test_an_accusative_martyr_count_and_injuries_in_the_plural_are_a_toll() -> None:
    assert tolls("وصل إلى مستشفيات خان يونس خلال الساعات الماضية 12 شهيداً و30 إصابات") == [(12, 30)]


def test_a_dual_martyr_noun_is_two() -> None:
    assert tolls("شهيدان في مخيم النصيرات فجر اليوم") == [(2, None)]


def test_every_part_of_a_subset_belongs_to_the_dead_not_to_the_wounded() -> None:
    text = "قتل 12 شخصاً، بينهم 4 جنود و3 أطفال، وأصيب 20 آخرون"
    assert counts(text) == [("killed", 12), ("injured", 20)]


def test_a_subset_of_a_ministry_count_does_not_join_the_injured() -> None:
    text = "أدت الغارات إلى استشهاد 40 شخصاً بينهم 9 أطفال و6 نساء وإصابة 70 آخرين"
    assert tolls(text) == [(40, 70)]


def test_people_who_died_in_the_plural_after_their_count() -> None:
    text = "وقالت مصادر محلية إن سبعة قرويين قضوا برصاص عشوائي خلال الاشتباكات"
    assert counts(text) == [("killed", 7)]


def test_one_of_the_strikes_is_not_one_more_wounded() -> None:
    text = "قتل خمسة مدنيين وجرح آخرون، وإن إحدى الضربات أصابت مخبزاً"
    assert counts(text) == [("killed", 5), ("injured", None)]


def test_a_toll_head_before_a_relative_clause_and_its_verb() -> None:
    text = "وأوضح المستشفى أن عدد الجرحى الذين نقلوا إليه من موقع الانفجار بلغ 31"
    assert ("injured", 31) in counts(text)


def test_a_toll_head_far_from_its_verb_without_a_relative_clause_is_not_read_as_its_head() -> None:
    text = "بلغ عدد النازحين من القرى الحدودية في المحافظة بلغ 3000"
    assert counts(text) == []


def test_the_parts_of_the_wounded_already_counted_are_not_added() -> None:
    text = (
        "أدى سقوط الصاروخ إلى إصابة عشرة أشخاص، وقالت الإسعاف إن بين المصابين ثلاثة أصيبوا "
        "بالشظايا وسبعة أصيبوا أثناء الركض إلى الملاجئ"
    )
    assert counts(text) == [("injured", 10)]


def test_among_the_wounded_with_no_toll_before_counts_as_usual() -> None:
    assert ("injured", 3) in counts("وبين المصابين ثلاثة أصيبوا بجروح خطيرة في الهجوم")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل رجل وأصيب اثنان بقصف مدفعي على حي سكني.", [("killed", 1), ("injured", 2)]),
        ("استشهد طفل وأصيب خمسة بصواريخ سقطت على سوق شعبي.", [("killed", 1), ("injured", 5)]),
        ("قتلت امرأة وأصيب ثلاثة بغارات استهدفت القرية.", [("killed", 1), ("injured", 3)]),
    ],
)
def test_a_bare_number_before_the_means_of_the_verb_counts_people(text: str, want: list) -> None:
    # "بقذائف"، "بغارة" are the means; the amount before them counts the wounded, not shells
    assert counts(text) == want


def test_a_verb_after_a_partitive_and_a_named_force_counts() -> None:
    assert counts("وأكد مصدر طبي أن خمسة من عناصر الحشد الشعبي لقوا حتفهم في الكمين") == [("killed", 5)]


def test_a_verb_after_a_subset_aside_counts_once() -> None:
    assert counts("وأوضح أن تسعة مدنيين، بينهم امرأتان، قتلوا في القصف") == [("killed", 9)]


def test_counts_joined_before_their_verb_are_two_tolls() -> None:
    assert counts("وقال إن 8 جنود وثلاثة مدنيين قتلوا عند الحاجز") == [("killed", 8), ("killed", 3)]


def test_a_dual_subject_before_its_verb_counts_two() -> None:
    assert counts("وذكرت الشرطة أن جنديين استشهدا في الاشتباك") == [("killed", 2)]


def test_a_definite_noun_before_a_casualty_word_counts_no_one() -> None:
    assert counts("أعلن المتحدث العسكري مقتل 3 مسلحين") == [("killed", 3)]


def test_a_life_taken_after_a_long_subject_with_an_aside() -> None:
    text = (
        "أودى هجوم بقذائف الهاون استهدف سوقاً شعبية في بلدة على الحدود، قرب معبر تجاري، "
        "بحياة 6 أشخاص، بينهم طفلان، وأصاب 9 آخرين"
    )
    assert counts(text) == [("killed", 6), ("injured", 9)]


def test_the_verb_neutralised_with_its_count_right_after_it_is_killed() -> None:
    assert counts('وأكد المتحدث أن الجيش "حيد" 25 من المسلحين') == [("killed", 25)]


def test_the_verb_neutralised_with_no_count_stays_uncounted() -> None:
    assert counts("وقال البيان إن القوات حيدت منفذ الهجوم") == []


def test_a_report_opening_with_a_dash_aside_keeps_its_toll() -> None:
    event = only("اشتباكات\nقُتل جنديان وأصيب ثالث - بحسب مصدر أمني - في اشتباكات مع مسلحين قرب مدينة درنة.")
    assert figures_of(event) == {("killed", 2), ("injured", 1)}


def test_a_range_is_its_lower_bound_and_approximate() -> None:
    event = only("تفجير في كويتا\nقُتل ما بين 10 و12 شخصاً في تفجير سيارة مفخخة بسوق في مدينة كويتا.")
    assert figures_of(event) == {("killed", 10)}
    assert all(c.approximate for c in event.casualties)


def test_a_count_whose_verb_follows_a_partitive() -> None:
    event = only("اشتباكات\nقالت الشرطة إن 9 من المسلحين قتلوا في اشتباكات قرب مدينة ديفا.")
    assert figures_of(event) == {("killed", 9)}


def test_a_lawyer_is_a_person_counted() -> None:
    assert tolls("اغتيال\nاغتال مسلحون محامياً أمام مكتبه في البصرة مساء أمس.") == [(1, None)]
    assert counts("اغتيال محامٍ بأسلحة كاتمة في البصرة") == [("killed", 1)]


def test_the_share_of_the_dead_an_aside_names_does_not_cut_them_from_their_verb() -> None:
    assert counts("قال المسؤولون إن 23 شخصاً، معظمهم من الأطفال، قتلوا في الغارة") == [("killed", 23)]


def test_the_wound_of_a_body_found_is_no_one_else_wounded() -> None:
    assert tolls("جثة\nعثر على جثة رجل مصاباً بطلقتين في رأسه داخل بستان في البصرة.") == [(1, None)]
    assert tolls("قتل\nقتل رجل في البصرة وخرج ابنه مصاباً من المنزل.") == [(1, 1)]


def test_a_communiques_finishing_verb_reaches_past_the_sector_and_the_day() -> None:
    # the Algerian defence ministry's order: the unit, the operation, the sector, the military
    # region and the day stand between "قضت" and its "على"
    text = ("في إطار مكافحة الإرهاب، قضت مفرزة للجيش الوطني الشعبي، إثر عملية بحث وتمشيط بالقطاع "
            "العملياتي لعين الدفلى بالناحية العسكرية الأولى، يوم 10 فيفري، على إرهابيين اثنين، "
            "واسترجعت مسدسين رشاشين.")
    assert ("killed", 2) in counts(text)


def test_the_wounded_told_again_beside_the_dead_of_their_group_are_one_count() -> None:
    text = (
        "شهيدان وخمس إصابات بقصف مسيرة إسرائيلية شرق دير البلح\n"
        "استشهد فلسطينيان وأصيب خمسة آخرون، صباح اليوم، في قصف من طائرة مسيرة إسرائيلية استهدف "
        "مجموعة من المواطنين شرقي مدينة دير البلح. وقالت مصادر طبية إن جثماني الشهيدين وصلا إلى "
        "المستشفى، إلى جانب خمسة مصابين بينهم طفل وصفت حالته بالخطيرة."
    )
    assert tolls(text) == [(2, 5)]


def test_two_kinds_of_people_joined_under_one_count_are_one_toll() -> None:
    # "15 جندياً ومتطوعاً": fifteen soldiers and volunteers, not fifteen and one more
    assert counts("قُتل 24 شرطياً ومتطوعاً في الهجوم على المركز.") == [("killed", 24)]


def test_two_kinds_of_people_joined_under_a_round_hundred_are_one_toll() -> None:
    # "100 جندي ومتطوع": the genitive singular a hundred counts, both nouns under it
    assert counts("وزعمت الجماعة أنها قتلت أكثر من 100 جندي ومتطوع في الهجوم.") == [("killed", 100)]


@pytest.mark.parametrize(
    "text",
    [
        "قُتل 24 مهاجماً وعنصراً من الشرطة في الهجوم على المركز.",  # an attacker beside a policeman
        "قُتل 24 شرطياً ومتطوعاً واحداً في الهجوم على المركز.",  # the one counted on his own
        "قُتل ثلاثة من المهاجمين وشرطياً في الهجوم على المركز.",  # no singular count before it
        "قُتل خمسة جنود ومدني في الهجوم على المركز.",  # a plural count, then one more
        "قُتل 100 جندي ومدنيا في الهجوم على المركز.",  # the accusative is no genitive tamyiz
    ],
)
def test_a_singular_noun_joined_after_a_count_is_one_more_where_it_is_not_the_same_count(text: str) -> None:
    assert ("killed", 1) in counts(text)


def test_militants_counted_before_a_passive_neutralisation_with_their_pronoun_are_killed() -> None:
    assert counts("وأضاف البيان أن 25 إرهابياً تم تحييدهم خلال الاشتباك") == [("killed", 25)]


def test_a_beheading_verb_reaches_its_heads_across_its_subject() -> None:
    assert counts("قطع مسلحون ينتمون لتنظيم الدولة رؤوس أربعة مزارعين في قرية قرب البلدة") == [("killed", 4)]


def test_a_beheading_verb_does_not_reach_heads_past_a_comma() -> None:
    assert counts("قطع مسلحون الطريق الرئيسي، ووزعوا على رؤوس الأشهاد أربعة منشورات") == []


def test_an_amount_after_its_people_noun_leaves_the_noun_joined_after_it_its_own_count() -> None:
    # "مسلحَين اثنين وجندياً": two militants and a soldier, not two soldiers
    assert counts("قالت الشرطة إن مسلحين اثنين وجندياً قُتلوا في اشتباك مسلح") == [("killed", 2), ("killed", 1)]


def test_a_civilian_joined_past_a_count_s_partitive_description_is_one_more_victim() -> None:
    text = "قتل ستة من أفراد وحدة الحماية الخاصة بالمنشأة النفطية وسائق مدني في هجوم بعبوة ناسفة."
    assert counts(text) == [("killed", 6), ("killed", 1)]
    # a plural joined so counts no one, and a force's name is part of the description
    assert counts("قتل ستة من أفراد وحدة الحماية الخاصة ومدنيون في هجوم.") == [("killed", 6)]


def test_a_subset_opening_an_aside_after_the_count_s_place_and_time_is_of_that_count() -> None:
    text = (
        "قال الدفاع المدني إن 17 مواطنا استشهدوا في محافظة خان يونس منذ فجر اليوم الأربعاء، بينهم 13 "
        "نازحا، جلهم من النساء والأطفال، قضوا في قصف استهدف خيامهم."
    )
    assert counts(text) == [("killed", 17)]


def test_a_count_after_a_comma_far_from_the_first_is_still_its_own() -> None:
    text = (
        "قتل خمسة جنود في هجوم على موقع عسكري في شمال البلاد فجر اليوم، وقتل ثلاثة مدنيين في قصف "
        "على السوق."
    )
    assert counts(text) == [("killed", 5), ("killed", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "قال التنظيم إن التفجير أوقع 25 قتيلا وجريحا في صفوف الجنود.",
        "أسفر القصف عن سقوط سبعة قتلى وجرحى في السوق.",
    ],
)
def test_one_figure_before_dead_and_wounded_joined_is_neither_count(text: str) -> None:
    # one figure for the dead and the wounded together, as "بين قتيل وجريح": neither a killed nor
    # an injured count
    assert all(k is None and i is None for k, i in tolls(text))


def test_one_dead_and_one_wounded_without_a_figure_are_one_of_each() -> None:
    assert tolls("سقوط قتيل وجريح بقصف على مدينة إدلب.") == [(1, 1)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("انتشلت فرق الإنقاذ جثامين 11 شهيداً من تحت ركام منزل قصفته الطائرات في الحي.", 11),
        ("عثر الأهالي على جثث 23 قتيلاً في الوادي بعد هجوم المسلحين على القرية.", 23),
    ],
)
def test_a_body_noun_s_figure_and_the_noun_it_counts_are_one_count(text: str, killed: int) -> None:
    assert tolls(text) == [(killed, None)]

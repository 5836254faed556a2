"""How a report's sentences make incidents: a headline and the lede that restates it are one,
roundups and live pages give an incident per item, and a sentence that goes on from another
incident keeps its own."""

import pytest

from streams.extraction.extract import calls_itself_another, calls_itself_second
from tests.unit.streams.extraction.reading import events, figures_of, place_ids, tolls


def test_a_live_blog_keeps_the_latest_figure_of_one_incident() -> None:
    text = ("تغطية مباشرة: قصف على السوق\n"
            "09:00 - مقتل شخصين وإصابة ثلاثة بقصف مدفعي على السوق.\n"
            "11:30 - الصحة: ارتفاع عدد القتلى إلى سبعة والجرحى إلى 15.")
    assert tolls(text) == [(7, 15)]


def test_a_headline_naming_the_best_known_of_the_dead_is_the_bodys_incident() -> None:
    text = ("غارة تقتل قيادياً في الفصيل\n"
            "قتل قيادي في الفصيل واثنان من مرافقيه بغارة على سيارتهم قرب المدينة.")
    assert tolls(text) == [(3, None)]


def test_a_headline_in_the_present_counts_its_dead() -> None:
    assert tolls("تاجر يلقى حتفه برصاص لصوص في سوق مدينة تعز") == [(1, None)]


def test_an_interview_answer_dated_yesterday_is_reported_news_without_a_figure() -> None:
    text = (
        "حوار | محافظ الإقليم: سنلاحق المهاجمين\n"
        "س: ماذا حدث أمس؟\n"
        "ج: هاجم مسلحون قافلة للشرطة على طريق كويتا مساء أمس."
    )
    assert len(events(text, "2024-06-10")) == 1


def test_a_timeline_under_a_new_attack_adds_no_toll() -> None:
    text = (
        "هجمات على الحدود: تسلسل الأحداث\n"
        "قتل جنديان في هجوم على مخفر حدودي فجر اليوم.\n"
        "- 3 يونيو 2024: مقتل 7 في هجوم مماثل.\n"
        "- يناير 2023: مقتل 11 جندياً بكمين قرب المخفر."
    )
    assert tolls(text) == [(2, None)]


def test_each_item_of_a_live_page_with_its_own_toll_is_its_own_incident() -> None:
    text = (
        "التغطية المباشرة\n"
        "06:40 | مقتل ثلاثة مدنيين بقصف على سوق في مدينة حلب.\n"
        "08:05 | إصابة طفلين بقذيفة سقطت قرب مدرسة."
    )
    assert [[(c.killed, c.injured) for c in e.casualties] for e in events(text)] == [[(3, None)], [(None, 2)]]


def test_a_live_page_item_that_raises_the_toll_is_the_same_incident() -> None:
    text = (
        "التغطية المباشرة\n"
        "06:40 | مقتل ثلاثة مدنيين بقصف على سوق في مدينة حلب.\n"
        "08:05 | ارتفاع عدد القتلى في القصف على السوق إلى خمسة."
    )
    assert tolls(text) == [(5, None)]


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


def test_a_report_with_no_body_is_read_sentence_by_sentence() -> None:
    # a one-paragraph roundup: the civilians killed in two countries are two tolls, not one
    got = events(
        "عواصم - وكالات: قتل تسعة مدنيين في قصف على بلدة في ريف إدلب الجنوبي. وفي لبنان، قتل "
        "مدنيان في غارة على سيارة قرب بلدة كفركلا."
    )
    assert figures_of(*got) == {("killed", 9), ("killed", 2)}


def test_a_death_with_the_age_then_a_wounded_man_is_one_toll_with_its_headline() -> None:
    text = (
        "مقتل شاب وإصابة آخر بشجار في الزرقاء\n"
        "الزرقاء - قال مصدر أمني إن شاباً في الثلاثينات من عمره توفي، وأصيب آخر بعيار ناري، إثر "
        "شجار في حي معصوم."
    )
    assert tolls(text) == [(1, 1)]


def test_a_headline_that_sums_the_body_s_incidents_adds_no_toll() -> None:
    text = (
        "مقتل ثلاثة جنود بهجومين في كركوك والأنبار\n"
        "قتل جنديان بهجوم على نقطة للجيش في قضاء داقوق ليل الخميس. وفي وقت سابق من اليوم "
        "نفسه، قتل جندي آخر بانفجار عبوة استهدفت دوريته في قضاء الرطبة."
    )
    assert sorted(k for k, _ in tolls(text)) == [1, 2]


def test_an_equal_toll_in_a_place_apart_is_a_roundup_s_next_incident() -> None:
    text = ("هجمات على الجيش العراقي\n"
            "قتل جنديان بانفجار عبوة ناسفة على دورية في محافظة الأنبار. "
            "وفي محافظة البصرة، قتل جنديان بهجوم على نقطة تفتيش.")
    assert sorted(c.killed for e in events(text) for c in e.casualties) == [2, 2]


def test_an_equal_toll_retold_in_the_same_place_stays_one_incident() -> None:
    text = ("هجوم على الجيش العراقي\n"
            "قتل جنديان بانفجار عبوة ناسفة على دورية في محافظة الأنبار. "
            "وقال مصدر أمني إن الجنديين قتلا قرب مدينة الرمادي في الأنبار.")
    assert sorted(c.killed for e in events(text) for c in e.casualties if c.killed) == [2]


def test_a_digests_background_opener_does_not_drop_the_incidents_after_its_colon() -> None:
    text = ("ملخص\nسجلت المحافظة خلال الأسبوع الماضي حادثتين: قتل 3 جنود بعبوة ناسفة على طريق "
            "القرية، وأصيب مدني بقذيفة في السوق.")
    assert (3, None) in tolls(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("مسلحون يقتلون 5 رعاة قرب بلدة في ولاية زمفرة", (5, None)),
        ("مسيرتان تقتلان 3 مدنيين في ريف إدلب", (3, None)),
        ("قذيفة هاون تصيب 4 أطفال في حي سكني بالحديدة", (None, 4)),
        ("عبوة ناسفة تصيب جنديين في ديالى", (None, 2)),
        ("مستوطنون يهاجمون قرية قرب رام الله ويصيبون 3 مزارعين", (None, 3)),
    ],
)
def test_a_headline_in_the_present_counts_its_victims(text: str, toll: tuple) -> None:
    assert tolls(text) == [toll]


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


def test_a_related_headline_line_is_another_story() -> None:
    text = (
        "قصف على حي سكني في مدينة حماة\n"
        "حماة - قتل ثلاثة مدنيين بقصف صاروخي على حي الأربعين في مدينة حماة صباح اليوم.\n"
        "اقرأ أيضاً: مقتل 9 في انفجار سيارة مفخخة في إعزاز"
    )
    assert tolls(text) == [(3, None)]


def test_related_headlines_listed_one_a_line_under_their_opener_are_other_stories() -> None:
    text = (
        "قصف على حي سكني في مدينة حماة\n"
        "حماة - قتل ثلاثة مدنيين بقصف صاروخي على حي الأربعين في مدينة حماة صباح اليوم.\n"
        "اقرأ أيضاً:\n"
        "مقتل 9 في انفجار سيارة مفخخة في إعزاز\n"
        "إصابة 4 بقصف على أريحا"
    )
    assert tolls(text) == [(3, None)]
    assert "azaz" not in place_ids(text)


def test_the_text_that_resumes_after_a_list_of_related_headlines_is_read() -> None:
    text = (
        "قصف على حي سكني في مدينة حماة\n"
        "اقرأ أيضاً:\n"
        "مقتل 9 في انفجار سيارة مفخخة في إعزاز\n"
        "حماة - قتل ثلاثة مدنيين بقصف صاروخي على حي الأربعين في مدينة حماة صباح اليوم، "
        "وأصيب خمسة آخرون بجروح متفاوتة نقلوا على إثرها إلى المستشفى الوطني في المدينة."
    )
    assert tolls(text) == [(3, 5)]


def test_a_related_headline_line_is_dropped_in_any_of_its_spellings() -> None:
    text = (
        "غارة على بلدة في ريف إدلب\n"
        "إدلب - أصيب خمسة مدنيين بغارة جوية على بلدة سرمين.\n"
        "مواضيع ذات صلة: مقتل 4 بقصف على أريحا"
    )
    assert tolls(text) == [(None, 5)]


def test_a_headline_the_lede_restates_is_not_a_second_incident() -> None:
    got = events(
        "مقتل ثلاثة جنود بهجوم لداعش في كركوك\n"
        "بغداد - شفق نيوز: أفاد مصدر أمني بمقتل ثلاثة جنود من الجيش العراقي بهجوم لعناصر داعش على "
        "ربيئة في ناحية الرياض جنوب غربي كركوك."
    )
    assert len(got) == 1
    assert figures_of(got[0]) == {("killed", 3)}


def test_a_headline_summing_both_sides_dead_of_one_clash_is_no_extra_toll() -> None:
    got = events(
        "ستة قتلى في اشتباكات بين قسد وفصائل الجيش الوطني شرقي حلب\n"
        "حلب - قتل أربعة عناصر من فصائل الجيش الوطني السوري ومقاتلان من قوات سوريا الديمقراطية "
        "في اشتباكات اندلعت فجر اليوم قرب بلدة دير حافر."
    )
    assert {f for e in got for f in figures_of(e)} == {("killed", 4), ("killed", 2)}

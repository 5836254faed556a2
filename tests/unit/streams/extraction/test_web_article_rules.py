"""Rules prompted by the eighth blind set (tests/fixtures/extraction_eval/blind8.yaml: full-length
web articles with background paragraphs on earlier incidents, related-headline lines, quotes and
reactions, attribution by drones, claims and accusations, non-violent stories with violent
words), each checked here on sentences written for the test, not on the set's own."""

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- the page around the report -------------------------------------------------------------


def test_a_related_headline_line_is_another_story() -> None:
    text = (
        "قصف على حي سكني في مدينة حماة\n"
        "حماة - قتل ثلاثة مدنيين بقصف صاروخي على حي الأربعين في مدينة حماة صباح اليوم.\n"
        "اقرأ أيضاً: مقتل 9 في انفجار سيارة مفخخة في إعزاز"
    )
    assert tolls(text) == [(3, None)]


def test_a_related_headline_line_is_dropped_in_any_of_its_spellings() -> None:
    text = (
        "غارة على بلدة في ريف إدلب\n"
        "إدلب - أصيب خمسة مدنيين بغارة جوية على بلدة سرمين.\n"
        "مواضيع ذات صلة: مقتل 4 بقصف على أريحا"
    )
    assert tolls(text) == [(None, 5)]


# --- the health ministry's count ------------------------------------------------------------


def test_an_accusative_martyr_count_and_injuries_in_the_plural_are_a_toll() -> None:
    assert tolls("وصل إلى مستشفيات خان يونس خلال الساعات الماضية 12 شهيداً و30 إصابات") == [(12, 30)]


def test_a_dual_martyr_noun_is_two() -> None:
    assert tolls("شهيدان في مخيم النصيرات فجر اليوم") == [(2, None)]


# --- background paragraphs ------------------------------------------------------------------


def test_a_toll_of_days_ago_that_the_report_follows_is_background() -> None:
    text = (
        "قصف على مدرسة في دير البلح\n"
        "دير البلح - قتل ستة نازحين بقصف على مدرسة تؤوي نازحين في دير البلح.\n"
        "ويأتي القصف بعد أيام من مقتل 22 شخصاً في قصف على سوق في المدينة."
    )
    assert tolls(text) == [(6, None)]


def test_a_truce_total_and_an_earlier_strike_this_month_are_background() -> None:
    text = (
        "غارة على سيارة في بنت جبيل\n"
        "بنت جبيل - قتل شخص بغارة بمسيرة إسرائيلية على سيارة في بلدة عيترون.\n"
        "وأسفرت غارة على بلدة الخيام مطلع الشهر عن مقتل ثلاثة أشخاص.\n"
        "وقتل أكثر من 80 شخصاً منذ سريان وقف إطلاق النار."
    )
    assert tolls(text) == [(1, None)]


def test_a_comparison_by_the_toll_is_dropped_alone() -> None:
    text = (
        "أعلنت السلطات أن الغارات على الميناء أسفرت عن مقتل 14 شخصاً وإصابة 20 آخرين، في حصيلة "
        "هي الأعلى منذ بدء الحملة قبل شهرين."
    )
    assert tolls(text) == [(14, 20)]


def test_a_clause_on_an_earlier_truce_does_not_hide_the_lede() -> None:
    text = (
        "تجدد القتال في البلدة\n"
        "اندلعت اشتباكات بين مجموعتين مسلحتين في بلدة الميادين أسفرت عن مقتل سبعة، بعد أيام من "
        "هدنة رعاها وجهاء العشائر."
    )
    got = events(text)
    assert [(c.killed, c.injured) for e in got for c in e.casualties] == [(7, None)]
    assert any(loc.id == "mayadin" for e in got for loc in e.locations)


# --- subsets ----------------------------------------------------------------------------------


def test_every_part_of_a_subset_belongs_to_the_dead_not_to_the_wounded() -> None:
    text = "قتل 12 شخصاً، بينهم 4 جنود و3 أطفال، وأصيب 20 آخرون"
    assert counts(text) == [("killed", 12), ("injured", 20)]


def test_a_subset_of_a_ministry_count_does_not_join_the_injured() -> None:
    text = "أدت الغارات إلى استشهاد 40 شخصاً بينهم 9 أطفال و6 نساء وإصابة 70 آخرين"
    assert tolls(text) == [(40, 70)]


# --- violent words, no incident -------------------------------------------------------------


def test_a_war_word_in_scare_quotes_is_a_figure_of_speech() -> None:
    assert events("البرازيل تكسب «معركة» ريو وتتأهل إلى النهائي") == []


def test_an_international_courts_verdict_retells_old_killings() -> None:
    text = (
        "إدانة قائد ميليشيا سابق\n"
        "قالت رئيسة الدائرة الابتدائية إن المتهم شارك في عمليات قتل وإعدام في قرى الإقليم.\n"
        "وقدرت الأمم المتحدة أن نحو 200 ألف شخص قتلوا في النزاع في العقد الأول من الألفية."
    )
    assert events(text) == []


def test_a_security_forum_and_a_briefing_speak_of_attacks_in_general() -> None:
    text = (
        "منتدى أمني يناقش حرب المسيرات\n"
        "قال باحث خلال جلسة في المنتدى بالمنامة إن الهجمات بالمسيرات على موانئ الحديدة باتت أكبر "
        "تهديد للملاحة.\n"
        "وقال المبعوث الأممي في إحاطة إن الغارات على مطار صنعاء تعمق الأزمة."
    )
    assert events(text) == []


def test_interceptions_over_two_years_are_not_an_incident() -> None:
    text = (
        "وقال قائد القيادة المركزية الأمريكية إن قواته اعترضت مئات الصواريخ فوق البحر الأحمر "
        "خلال العامين الماضيين."
    )
    assert events(text) == []


def test_historians_estimates_and_the_martyrs_of_speeches_are_not_tolls() -> None:
    text = (
        "مسيرة في ذكرى المذبحة\n"
        "وتتراوح تقديرات عدد الضحايا بين 300 و900 قتيل سقطوا خلال يومين.\n"
        "وقال الخطيب إن دماء الشهداء لن تذهب هدراً.\n"
        "ورحبت عائلات الضحايا بقرار المحكمة."
    )
    assert events(text) == []


def test_a_novels_plot_is_not_an_incident() -> None:
    text = "وتتقاطع حكايته مع حكاية جندي قتل في كمين على طريق الصحراء."
    assert events(text) == []


def test_warnings_in_the_plural_are_no_attack() -> None:
    assert events("تحذيرات من الصواريخ الباليستية في المنامة") == []


# --- actors and places the world desks name -------------------------------------------------


def _ids(text: str) -> tuple[set[str], set[str]]:
    got = events(text)
    actors = {a.id for e in got for a in e.actors}
    places = {p for e in got for loc in e.locations for p in ancestors(loc.id)}
    return actors, places


def test_south_sudans_nuer_militia_and_its_states() -> None:
    actors, places = _ids(
        "قتل ثلاثة جنود في هجوم شنه مسلحو الجيش الأبيض على ثكنة قرب ملكال في ولاية أعالي النيل"
    )
    assert "white_army" in actors and {"ss_upper_nile", "ss"} <= places


def test_south_sudans_army_and_armed_opposition() -> None:
    actors, places = _ids("اشتباكات بين الجيش الجنوب سوداني وقوات مشار في ولاية جونقلي أوقعت 9 قتلى")
    assert {"south_sudan_forces", "splm_io"} <= actors and "ss_jonglei" in places


def test_kashmirs_armed_groups_are_actors() -> None:
    actors, _ = _ids("قتل جنديان هنديان في هجوم تبنته جماعة جيش محمد في كشمير")
    assert "jaish_e_mohammed" in actors
    actors, _ = _ids("اتهمت الشرطة الهندية جماعة لشكر طيبة بقتل أربعة قرويين في كشمير")
    assert "lashkar_e_taiba" in actors


def test_a_russian_oblast_named_with_its_word() -> None:
    _, places = _ids("أصيب رجل بسقوط حطام مسيرة على منزله في منطقة سمولينسك")
    assert "ru_smolensk_oblast" in places


def test_world_desk_spellings_of_petah_tikva_and_gisenyi() -> None:
    _, places = _ids("أصيب خمسة أشخاص بسقوط صاروخ على مبنى في بيتاح تكفا")
    assert "il_petah_tiqva" in places
    _, places = _ids("قتل مدنيان بقذائف سقطت على مدينة جيسيني الرواندية")
    assert "rw_gisenyi" in places


# --- wording of the lede and its follow-up paragraphs ---------------------------------------


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


def test_the_accused_rejecting_the_blame_disputes_the_account() -> None:
    text = (
        "انفجار في سوق بمدينة كويتا\n"
        "كويتا - قتل أربعة أشخاص في انفجار عبوة ناسفة في سوق بمدينة كويتا، واتهمت الشرطة جماعة "
        "مسلحة بتنفيذه، فيما رفضت الجماعة في بيان الاتهامات رفضاً قاطعاً."
    )
    got = events(text)
    assert got and got[0].contested


def test_the_parts_of_the_wounded_already_counted_are_not_added() -> None:
    text = (
        "أدى سقوط الصاروخ إلى إصابة عشرة أشخاص، وقالت الإسعاف إن بين المصابين ثلاثة أصيبوا "
        "بالشظايا وسبعة أصيبوا أثناء الركض إلى الملاجئ"
    )
    assert counts(text) == [("injured", 10)]


def test_among_the_wounded_with_no_toll_before_counts_as_usual() -> None:
    assert ("injured", 3) in counts("وبين المصابين ثلاثة أصيبوا بجروح خطيرة في الهجوم")


def test_a_partys_habit_of_denying_does_not_dispute_this_account() -> None:
    text = (
        "قصف على سوق في مدينة نيالا\n"
        "نيالا - قتل سبعة مدنيين بقصف مدفعي على سوق في نيالا، ولم تعلق الجماعة التي تنفي عادة "
        "استهداف المدنيين."
    )
    got = events(text)
    assert got and not got[0].contested
    got = events(text.replace("التي تنفي عادة استهداف", "التي نفت استهداف"))
    assert got and got[0].contested


def test_the_running_toll_of_an_operation_begun_this_week_is_not_background() -> None:
    text = (
        "اقتحام واسع لمخيم بلاطة\n"
        "نابلس - استشهد ستة فلسطينيين وأصيب 25 آخرون منذ بدء قوات الاحتلال عملية عسكرية في مخيم "
        "بلاطة شرق نابلس فجر الأحد، بحسب وزارة الصحة."
    )
    assert tolls(text) == [(6, 25)]


def test_a_wars_total_since_it_began_stays_background() -> None:
    text = (
        "غارة على منزل في دير البلح\n"
        "دير البلح - قتل أربعة أشخاص بغارة على منزل في دير البلح صباح اليوم.\n"
        "وأعلنت الوزارة الأربعاء أن 35 ألفاً قتلوا منذ بدء الحرب على القطاع."
    )
    assert tolls(text) == [(4, None)]

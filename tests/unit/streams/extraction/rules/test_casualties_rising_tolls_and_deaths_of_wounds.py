"""A toll that rises, is corrected or updated gives its current figure, and a wounded victim who
died later is counted among the dead once."""

import pytest

from tests.unit.streams.extraction.reading import counts, group_tolls_of, only, roles_of, tolls


def test_the_bulletin_noun_of_a_rising_toll_gives_the_current_figure() -> None:
    assert counts("مصادر طبية: ارتفاع عدد القتلى إلى ستة") == [("killed", 6)]


def test_a_rising_toll_of_the_dead_carries_the_wounded_joined_to_it() -> None:
    assert counts("ارتفاع عدد الشهداء إلى 6 والجرحى إلى 14") == [("killed", 6), ("injured", 14)]
    assert counts("ارتفع عدد القتلى إلى خمسة، بينهم امرأة، والمصابين إلى 8") == [
        ("killed", 5), ("injured", 8)]


def test_a_rising_toll_with_its_figure_before_the_head() -> None:
    assert counts("ارتفع إلى 9 عدد قتلى القصف على السوق") == [("killed", 9)]


def test_the_earlier_provisional_figure_of_a_rising_toll_is_no_count() -> None:
    text = ("حصيلة\nارتفعت حصيلة التفجير إلى 12 قتيلاً و20 جريحاً، بعد أن كانت الحصيلة الأولية 7 "
            "قتلى.")
    assert tolls(text) == [(12, 20)]


def test_the_wounded_told_after_the_earlier_figure_of_a_rising_toll_are_counted() -> None:
    # the earlier figure is background, but "فيما أصيب" after it is the day's account again
    text = ("حصيلة\nالفاشر - ارتفع عدد القتلى جراء القصف المدفعي على أحياء المدينة إلى 12 قتيلاً، "
            "بعد أن كانت الحصيلة الأولية سبعة قتلى، فيما أصيب أكثر من 20 آخرين، بحسب لجان المقاومة.")
    assert tolls(text) == [(12, 20)]
    text = ("حصيلة\nبغداد - ارتفعت حصيلة التفجير في سوق مدينة الصدر إلى 9 قتلى، بعدما كانت الحصيلة "
            "خمسة قتلى، بينما أصيب 14 آخرون.")
    assert tolls(text) == [(9, 14)]


def test_bodies_found_that_raise_a_toll_count_only_the_new_total() -> None:
    text = "عثرت فرق الإنقاذ على 4 جثث تحت الأنقاض، ما يرفع عدد قتلى الغارة على البلدة إلى 15."
    assert tolls(text) == [(15, None)]


def test_a_correction_after_bahdama_kana_keeps_the_corrected_toll() -> None:
    text = (
        "عدلت الشبكة حصيلة القصف على السوق إلى 6 قتلى و11 جريحاً، بعدما كانت قد أعلنت في وقت "
        "سابق مقتل 9 أشخاص."
    )
    assert tolls(text) == [(6, 11)]


def test_a_death_of_wounds_after_a_risen_toll_is_inside_it() -> None:
    text = (
        "ارتفعت حصيلة القصف على الحي إلى 9 قتلى و12 جريحاً، مشيراً إلى وفاة طفل متأثراً بجروحه "
        "صباح اليوم"
    )
    assert counts(text) == [("killed", 9), ("injured", 12)]


def test_a_death_of_wounds_with_no_risen_toll_before_it_counts() -> None:
    assert counts("توفي طفل متأثراً بجروحه التي أصيب بها في القصف على الحي") == [("killed", 1)]


def test_rising_toll_gives_the_current_exact_figure() -> None:
    event = only(
        "انفجار في الباب\n"
        "ارتفع عدد قتلى انفجار السيارة المفخخة في مدينة الباب إلى 6 قتلى و11 جريحاً."
    )
    assert group_tolls_of(event) == {(None, 6, 11)}
    assert not event.casualties[0].approximate


def test_rising_toll_replaces_the_earlier_figure_and_its_cause_adds_nothing() -> None:
    event = only(
        "غارات على معرة مصرين\n"
        "قُتل أربعة مدنيين في غارات للطيران الروسي على بلدة معرة مصرين.\n"
        "وارتفعت حصيلة ضحايا الغارات الروسية إلى ستة مدنيين بينهم طفلان، بعد وفاة مصابين اثنين في المستشفى."
    )
    assert group_tolls_of(event) == {("civilians", 6, None)}
    assert not event.casualties[0].approximate
    assert roles_of(event)["russia"] == "perpetrator"


def test_one_told_before_the_verb_who_died_of_his_wound_is_killed() -> None:
    text = "الزرقاء - قالت الشرطة إن سائقاً في الأربعين من عمره توفي متأثراً بإصابته بعيار ناري."
    assert tolls(text) == [(1, None)]


def test_one_wounded_who_died_later_is_still_read_as_before() -> None:
    text = "إربد - أصيب ثلاثة شبان برصاص مجهولين في إربد، وتوفي أحدهم متأثراً بإصابته."
    assert tolls(text) == [(None, 3)]


def test_a_rise_after_a_wound_dated_earlier_this_week_is_the_current_toll() -> None:
    text = (
        "بيت لحم - توفي الفتى سامي علي اليوم متأثراً بجروح أصيب بها خلال اقتحام البلدة مطلع "
        "الأسبوع، ليرتفع عدد شهداء الاقتحام إلى ستة شهداء."
    )
    assert tolls(text) == [(6, None)]


def test_a_rise_after_a_death_of_today_is_one_toll() -> None:
    assert tolls("استشهد شاب متأثراً بجروحه، ليرتفع عدد شهداء الاقتحام إلى 7 شهداء.") == [(7, None)]


def test_bodies_found_that_raised_the_toll_are_inside_it() -> None:
    assert counts("ارتفع عدد قتلى الكمين إلى تسعة، بعد العثور على ثلاث جثث في الوادي") == [("killed", 9)]
    assert counts("ارتفعت حصيلة الغارة إلى 21 بعد انتشال 4 جثث من تحت الأنقاض") == [("killed", 21)]


def test_a_toll_that_passed_a_figure_counts_it() -> None:
    assert counts("وقال المسؤول إن عدد القتلى تجاوز 40 معظمهم من الركاب") == [("killed", 40)]


def test_a_toll_corrected_down_counts_only_its_new_figure() -> None:
    text = "أعلنت السلطات تخفيض حصيلة انفجار السوق إلى 41 قتيلاً، بعد أن أعلنت مساء أمس 58 قتيلاً"
    assert counts(text) == [("killed", 41)]


def test_an_unchanged_toll_beside_a_risen_one() -> None:
    assert counts("وقال المحافظ إن عدد القتلى بقي تسعة، فيما ارتفع عدد المصابين إلى 37") == [
        ("killed", 9), ("injured", 37),
    ]


def test_a_figure_announced_earlier_and_corrected_is_not_added() -> None:
    text = ("تعديل\nعدلت الوزارة حصيلة الغارة على البلدة إلى 3 قتلى و8 جرحى، بعد أن أعلنت في وقت "
            "سابق مقتل 6 أشخاص.")
    assert tolls(text) == [(3, 8)]


def test_an_earlier_report_of_more_dead_after_and_was_is_not_added() -> None:
    text = ("تصحيح\nقتل رجلان في قصف على مخيم للنازحين، وكانت مصادر محلية قد أفادت في وقت سابق "
            "بمقتل 5 أشخاص.")
    assert tolls(text) == [(2, None)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the head and its verb apart: the incident the toll's people are of stands between
        ("حصيلة الانفجار\nقال مسؤول إن عدد قتلى انفجار الصهريج في السوق ارتفع إلى تسعة "
         "بعد وفاة ثلاثة من الجرحى.", [(9, None)]),
        ("حصيلة القصف\nقالت الوزارة إن حصيلة ضحايا قصف الحي الشرقي أمس ارتفعت إلى سبعة قتلى و20 جريحا، "
         "بعد وفاة اثنين من المصابين.", [(7, 20)]),
        # the wounded who reached a hospital since are inside the new figure
        ("حصيلة الهجوم\nارتفع عدد المصابين في هجوم المسلحين على القرية إلى عشرة "
         "بعد وصول مصابين اثنين إلى المستشفى.", [(None, 10)]),
    ],
)
def test_a_rising_toll_told_after_its_incident_is_the_whole_toll(
    text: str, toll: list[tuple[int | None, int | None]]
) -> None:
    assert tolls(text) == toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one wounded who died, named by his rank among the dead: the toll so far
        ("أعلنت الشرطة وفاة عنصر رابع متأثرا بجروحه في المستشفى", [("killed", 4)]),
        ("توفي مدني ثالث متأثرا بجراحه صباح اليوم", [("killed", 3)]),
        # after a count of dead in the clause, one more
        ("قتل شرطيان في الكمين وتوفي شرطي ثالث متأثرا بجروحه", [("killed", 2), ("killed", 1)]),
        # killed outright in a roundup's clause, one more
        ("فيما قتل مزارع ثالث برصاص مجهولين قرب القرية", [("killed", 1)]),
    ],
)
def test_a_victim_who_died_of_wounds_named_by_his_rank_gives_the_toll(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


def test_a_death_some_days_after_the_wounding_is_a_death_of_now() -> None:
    assert tolls("توفي شاب متأثراً بجروحه بعد 3 أيام من الهجوم على بلدته قرب الخليل") == [(1, None)]


def test_a_head_before_its_rising_verb() -> None:
    assert counts("وقالت الوزارة إن عدد القتلى ارتفع إلى 14") == [("killed", 14)]


def test_a_reached_toll_with_no_to() -> None:
    assert counts("فيما بلغ عدد المصابين 40 شخصاً") == [("injured", 40)]


def test_the_wounded_who_died_later_are_dead() -> None:
    assert counts("فأصاب المهاجم شرطياً الذي فارق الحياة لاحقاً في المستشفى") == [("killed", 1)]
    assert counts("فأصاب المهاجم شرطياً الذي فارق الحياة متأثراً بإصابته") == [("killed", 1)]


def test_a_rising_toll_with_a_long_head_is_the_current_figure() -> None:
    text = (
        "ارتفع عدد قتلى التفجير الذي استهدف حافلة ركاب على الطريق الرابط بين مدينتي الشمال "
        "قرب الحدود إلى 23 شخصاً"
    )
    assert counts(text) == [("killed", 23)]


def test_the_figure_a_toll_rose_from_counts_nothing() -> None:
    text = "انفجار في سوق\nارتفعت حصيلة قتلى التفجير إلى 15 شخصاً، بعدما كانت الحصيلة الأولية 6 قتلى"
    assert tolls(text) == [(15, None)]


def test_a_rise_whose_head_has_the_strikes_time_between_commas() -> None:
    # "، مساء أمس،" is the time of the strike, not the end of the toll's head; the girl who died
    # of her wounds is inside the risen toll
    text = ("ارتفعت حصيلة الشهداء جراء قصف طائرات الاحتلال خيمة تؤوي نازحين في منطقة المواصي غرب "
            "مدينة خان يونس، مساء أمس، إلى ثلاثة شهداء، بعد وفاة طفلة متأثرة بجروحها صباح اليوم.")
    assert tolls(text) == [(3, None)]


def test_a_correction_with_its_subject_before_the_toll_keeps_the_corrected_figure() -> None:
    # the authority that corrects stands between the verb and the toll's head; the figure it
    # announced first is superseded, not a second toll
    text = ("تفجير\nخفضت حكومة الإقليم حصيلة قتلى التفجير الذي استهدف نقطة تفتيش أمس إلى تسعة "
            "قتلى، بعد أن أعلنت مساء أمس مقتل 12 شخصاً.")
    assert tolls(text) == [(9, None)]
    text = ("مسيرات\nعدلت السلطات حصيلة ضحايا الهجوم بطائرات مسيرة على مستودعات الوقود أمس إلى "
            "قتيلين، بعد أن أعلنت مصادر أولية مقتل خمسة أشخاص.")
    assert tolls(text) == [(2, None)]


def test_the_toll_named_by_its_article_alone_rises_to_the_current_figure() -> None:
    assert counts("ارتفعت الحصيلة إلى تسعة قتلى، بعد أن أعلنت أمس مقتل 12") == [("killed", 9)]


def test_a_toll_whose_head_tells_the_whole_incident_before_its_verb_rises_to_the_current_figure() -> None:
    # the two who died of their wounds are inside the eight, not a toll of their own
    text = ("هجوم\nنيروبي - قالت الشرطة إن عدد قتلى الهجوم الذي شنه مسلحو حركة الشباب بعبوة ناسفة "
            "على حافلة ركاب في مقاطعة مانديرا قرب الحدود الصومالية ارتفع إلى ثمانية، بعد وفاة "
            "راكبين في المستشفى.")
    assert tolls(text) == [(8, None)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the head with its incident and a relative clause: "إلى" more than twenty words on
        (
            "ارتفع عدد قتلى الهجوم الذي شنه مسلحو جماعة بوكو حرام ليل السبت على بلدة كوندوغا في "
            "ولاية بورنو شمال شرقي نيجيريا إلى ثمانية مدنيين، بعد العثور على ثلاث جثث أخرى.",
            8,
        ),
        # a comma that closes the head before "إلى"
        (
            "ارتفع عدد قتلى الهجوم الذي شنته قوات الدعم السريع، أمس الإثنين، على مدينة أم روابة "
            "بولاية شمال كردفان، إلى 11 قتيلا.",
            11,
        ),
    ],
)
def test_a_long_head_of_a_rising_toll_still_gives_the_current_figure(text: str, figure: int) -> None:
    assert counts(text) == [("killed", figure)]


def test_a_town_described_between_commas_does_not_end_a_rising_tolls_head() -> None:
    text = ("ارتفعت حصيلة قتلى الانفجار الذي ضرب سوقاً في مدينة بارا، مركز محلية بارا في شمال "
            "كردفان، إلى 9 قتلى بعد وفاة اثنين من الجرحى.")
    assert counts(text) == [("killed", 9)]


def test_an_aside_with_a_figure_still_ends_a_rising_tolls_head() -> None:
    # the clause between the commas is a toll of its own, not a description of the place
    text = "ارتفع عدد قتلى القصف على البلدة، حيث أصيب 4 أطفال، إلى 7."
    assert ("injured", 4) in counts(text)


def test_the_toll_of_an_incident_named_before_its_rising_verb_counts_the_bodies_found_inside_it() -> None:
    # "حصيلة" followed by the incident it counts heads the dead, however far its verb: the six
    # bodies found are inside the 17, not six more
    text = ("قال رئيس المجلس المحلي إن حصيلة الهجوم على قرية كوفانا ارتفعت إلى 17 قتيلا، بعد العثور "
            "على جثث ستة قرويين آخرين في الأحراش المحيطة بالقرية.")
    assert tolls(text) == [(17, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject first, its verb after it and the "of wounds" word after the verb
        ("وقالت الشرطة إن مدنياً خامساً توفي في المستشفى متأثراً بجراحه", [("killed", 5)]),
        ("أفاد مصدر طبي بأن شرطياً ثالثاً توفي متأثراً بجروحه", [("killed", 3)]),
        # the verb first, the ordinal in the accusative
        ("توفي عنصر رابعاً متأثراً بجروحه", [("killed", 4)]),
    ],
)
def test_a_victim_named_by_his_rank_before_his_verb_of_death_gives_the_toll(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


def test_a_victim_named_by_his_rank_before_a_verb_with_no_wounds_is_one_more() -> None:
    assert counts("وقالت الشرطة إن شرطياً ثالثاً قتل برصاص قناص") == [("killed", 1)]


def test_a_first_figure_a_correction_replaces_is_no_count() -> None:
    text = ("قال المحافظ إن ثلاثة أشخاص قتلوا وأصيب سبعة في القصف على البلدة، مصححاً حصيلة أولية "
            "تحدثت عن خمسة قتلى.")
    assert tolls(text) == [(3, 7)]


def test_bodies_found_by_their_finders_are_inside_the_risen_toll() -> None:
    text = "ارتفع عدد ضحايا الهجوم على القرية إلى تسعة قتلى، بعد عثور السكان على ثلاث جثث أخرى في الأدغال"
    assert counts(text) == [("killed", 9)]


def test_the_toll_of_an_aggression_rises_like_that_of_a_strike() -> None:
    text = (
        "أفاد الناطق باسم وزارة الصحة بأن حصيلة العدوان على ميناء الحديدة مساء أمس ارتفعت إلى ستة "
        "شهداء و35 جريحا، بعد انتشال جثتين من تحت الأنقاض ووفاة جريحين متأثرين بجراحهما."
    )
    assert counts(text) == [("killed", 6), ("injured", 35)]


def test_one_of_the_two_wounded_who_died_is_no_count_of_wounded() -> None:
    text = (
        "ثلاثة شهداء حصيلة الغارة على بلدة ياطر\n"
        "أدت الغارة على سيارة في بلدة ياطر إلى سقوط ثلاثة شهداء، بعد وفاة أحد الجريحين متأثراً "
        "بإصابته صباح اليوم."
    )
    assert tolls(text) == [(3, None)]


def test_the_wounded_after_an_earlier_account_of_the_dead_are_the_day_s() -> None:
    # the earlier account ("بعد أن كانت الشرطة قد أعلنت في وقت سابق") is background and ends at
    # the next opener: the wounded told after it are the current toll's
    text = (
        "ارتفع عدد القتلى في انفجار السيارة المفخخة وسط المدينة إلى تسعة، بعد أن كانت الشرطة قد "
        "أعلنت في وقت سابق عن أربعة قتلى، فيما بلغ عدد الجرحى 30."
    )
    assert tolls(text) == [(9, 30)]


def test_an_earlier_account_alone_still_counts_only_the_latest_figure() -> None:
    text = (
        "ارتفع عدد القتلى في انفجار السيارة المفخخة وسط المدينة إلى تسعة، بعد أن كانت الشرطة قد "
        "أعلنت في وقت سابق عن أربعة قتلى و12 جريحاً."
    )
    assert tolls(text) == [(9, None)]

"""The headline toll: one figure per incident, and what a follow-up's figures add to it."""

from streams.pipeline.tolls import headline_toll, is_increment, split_counts, tolls
from streams.records import Casualties, Event, Report


def report(event_id, *, killed=None, injured=None, group="civilians", added=None, article=None,
           approximate=False):
    counts = [Casualties(killed=killed, injured=injured, group=group, approximate=approximate)]
    return Report(article_id=article or f"a-{event_id}", source_id="s", event_id=event_id, counts=counts,
                  added=[Casualties(killed=added)] if added is not None else [])


def test_the_headline_is_the_highest_figure_one_report_gives_not_a_sum_over_outlets():
    toll = headline_toll([report("e1", killed=5, injured=15), report("e2", killed=7), report("e3", killed=6)])
    assert (toll.killed, toll.killed_min, toll.injured, toll.injured_min) == (7, 5, 15, 15)


def test_one_reports_figure_is_its_groups_added_or_its_unattributed_figure_if_larger():
    overall = Report("a1", "s", "e1", counts=[Casualties(killed=7), Casualties(killed=5, group="civilians")])
    assert headline_toll([overall]).killed == 7  # "سبعة أشخاص بينهم خمسة مدنيين"
    groups = Report("a2", "s", "e2", counts=[Casualties(killed=3, group="civilians"),
                                              Casualties(killed=2, group="government forces")])
    assert headline_toll([groups]).killed == 5


def test_deaths_of_the_wounded_add_to_the_earliest_toll():
    toll = headline_toll([report("e1", killed=5), report("e2", killed=5), report("f1", added=6)])
    assert (toll.killed, toll.killed_min) == (11, 5)


def test_an_increment_already_shown_by_a_risen_toll_adds_nothing():
    toll = headline_toll([report("e1", killed=5), report("e2", killed=11), report("f1", added=6)])
    assert toll.killed == 11


def test_an_increment_beside_a_whole_toll_in_one_article_is_inside_that_toll():
    toll = headline_toll([report("e1", killed=2), report("e2", killed=11, article="x"),
                          report("f1", added=6, article="x")])
    assert toll.killed == 11


def test_outlets_repeating_one_increment_count_it_once():
    toll = headline_toll([report("e1", killed=5), report("f1", added=6), report("f2", added=6)])
    assert toll.killed == 11


def test_no_figures_is_zero_and_vague_figures_are_approximate():
    assert headline_toll([]).killed == 0
    assert headline_toll([report("e1", killed=None, approximate=True)]).approximate


def test_died_of_their_wounds_is_an_increment_and_the_toll_rose_to_is_not():
    sentence = "وقالت مصادر طبية إنه توفي ستة من الجرحى متأثرين بإصاباتهم خلال الليل"
    assert is_increment(Casualties(killed=6, text="توفي ستة"), sentence)
    rose = "ارتفعت حصيلة ضحايا الانفجار إلى أحد عشر قتيلا بعد وفاة ستة متأثرين بجراحهم"
    assert not is_increment(Casualties(killed=11, text="أحد عشر قتيلا"), rose)
    assert not is_increment(Casualties(killed=5, text="مقتل خمسة"), "أدى الانفجار إلى مقتل خمسة مدنيين")


def test_an_events_figures_split_into_tolls_and_increments():
    died = Casualties(killed=6, injured=20, text="توفي ستة")
    killed = Casualties(killed=11, text="أحد عشر قتيلا")
    event = Event("e", "other", "2020-01-25", casualties=[killed, died],
                  evidence="أحد عشر قتيلا … توفي ستة من الجرحى متأثرين بإصاباتهم")
    assert split_counts(event) == ([killed], [died])


def test_group_ranges_keep_each_reports_figures_but_not_increments():
    reports = [report("e1", killed=5, injured=15), report("e2", killed=7)]
    reports.append(Report("a3", "s", "f1", added=[Casualties(killed=6, injured=20, group="civilians")]))
    (toll,) = tolls(reports)
    assert (toll.killed_min, toll.killed_max, toll.injured_min, toll.injured_max) == (5, 7, 15, 20)


def test_the_wounded_are_those_of_the_report_with_the_highest_death_toll():
    # the early report counted five wounded; after one of them died the latest count is four
    toll = headline_toll([report("e1", killed=3, injured=5), report("e2", killed=4, injured=4)])
    assert (toll.killed, toll.injured, toll.injured_min) == (4, 4, 4)


def test_the_highest_wounded_figure_counts_when_the_top_toll_report_gives_none():
    toll = headline_toll([report("e1", killed=2, injured=9), report("e2", killed=6)])
    assert (toll.killed, toll.injured) == (6, 9)
    # two reports of the top toll: the larger of their wounded figures
    toll = headline_toll([report("e1", killed=6, injured=3), report("e2", killed=6, injured=8),
                          report("e3", killed=1, injured=20)])
    assert toll.injured == 8


def test_a_toll_that_rose_to_a_figure_in_any_word_order_is_not_an_increment():
    for sentence in (
        "وارتفع إلى سبعة عدد الجنود الذين قتلوا في الكمين بعد وفاة جندي متأثرا بجراحه",
        "وفاة جريح متأثرا بجراحه ترفع حصيلة القصف إلى سبعة",
        "توفي مصاب متأثرا بجراحه ليصل عدد القتلى إلى سبعة",
    ):
        assert not is_increment(Casualties(killed=7, text="سبعة"), sentence), sentence


def _said(event_id, killed, sentence, injured=None, date=None):
    counts = [Casualties(killed=killed, injured=injured, text=sentence)]
    return Report(article_id=f"a-{event_id}", source_id="s", event_id=event_id, counts=counts,
                  evidence=sentence, date=date)


def test_a_corrected_toll_replaces_the_higher_figures():
    first = _said("e1", 21, "أعلن الوزير أن الحصيلة بلغت 21 قتيلا", injured=60)
    rising = _said("e2", 12, "ارتفعت الحصيلة إلى 12 قتيلا")
    correction = _said("e3", 18, "صححت الحكومة حصيلة القتلى إلى 18 قتيلا بدلا من 21", injured=63)
    toll = headline_toll([first, rising, correction])
    assert (toll.killed, toll.killed_min, toll.injured) == (18, 12, 63)
    assert headline_toll([first, rising]).killed == 21
    denial = _said("e4", 9, "أكدت السلطة المحلية أن الحصيلة تسعة قتلى وليس 15 كما تداولت بعض وسائل الإعلام")
    assert headline_toll([_said("e5", 15, "مقتل 15 نازحا"), denial]).killed == 9


def test_a_toll_rising_a_day_after_its_correction_counts():
    first = _said("e1", 40, "أعلن التلفزيون الرسمي أن الحصيلة بلغت 40 قتيلا", date="2021-03-01")
    correction = _said("e2", 31, "عدل المسؤولون حصيلة التفجير إلى 31 قتيلا بدلا من 40", date="2021-03-01")
    rise = _said("e3", 33, "توفي اثنان من الجرحى ليرتفع عدد القتلى إلى 33", date="2021-03-02")
    assert headline_toll([first, correction]).killed == 31
    assert headline_toll([first, correction, rise]).killed == 33
    # a higher figure of the correction's own day is still one it corrected
    assert headline_toll([first, correction, _said("e4", 40, "مقتل 40", date="2021-03-01")]).killed == 31


def test_a_figure_beside_the_health_ministry_is_no_correction():
    # "الصحة" shares its letters with "صحح" but is not a correction
    toll = headline_toll([_said("e1", 4, "قالت وزارة الصحة إن أربعة قتلوا"), _said("e2", 7, "مقتل سبعة")])
    assert toll.killed == 7


def test_a_pooled_report_s_figures_count_only_when_no_other_report_gives_a_death_toll():
    # "12 killed in two strikes" beside the strike's own "nine killed"
    roundup = report("r1", killed=12, injured=20)
    toll = headline_toll([report("e1", killed=9, injured=14), roundup], pooled={"r1"})
    assert (toll.killed, toll.killed_min, toll.injured) == (9, 9, 14)
    assert headline_toll([report("e1", injured=3), roundup], pooled={"r1"}).killed == 12
    assert headline_toll([roundup], pooled={"r1"}).killed == 12


def _typed(event_id, kind, *groups):
    counts = [Casualties(killed=killed, group=group) for killed, group in groups]
    return Report(article_id=f"a-{event_id}", source_id="s", event_id=event_id, counts=counts, type=kind)


def test_the_attackers_dead_are_not_the_victims_of_an_attack():
    # "مقتل خمسة جنود وستة مهاجمين في هجوم على المنطقة العسكرية": five dead, not eleven
    assert headline_toll([_typed("e1", "explosion", (5, "Pakistani forces"), (6, "militants"))]).killed == 5
    assert headline_toll([_typed("e2", "attack", (6, "Sahel state forces"), (20, "militants"))]).killed == 6
    assert headline_toll([_typed("e3", "ambush", (10, "civilians"), (2, "militants"))]).killed == 10


def test_the_militants_a_strike_or_a_clash_kills_count():
    # "غارة تقتل عشرة مسلحين وثلاثة مدنيين": the men it struck are its toll
    assert headline_toll([_typed("e1", "airstrike", (3, "civilians"), (10, "militants"))]).killed == 13
    assert headline_toll([_typed("e2", "armed_clash", (4, "Somali forces"), (9, "militants"))]).killed == 13


def test_the_militants_alone_are_a_toll_of_their_own():
    # "الجيش يعلن مقتل 17 من المسلحين في عملية": nobody else counted
    assert headline_toll([_typed("e1", "attack", (17, "militants"))]).killed == 17


def test_the_attackers_dead_still_show_in_the_group_ranges():
    reported = _typed("e1", "attack", (5, "civilians"), (6, "militants"))
    ranges = {t.group: t.killed_max for t in tolls([reported])}
    assert ranges == {"civilians": 5, "militants": 6}


def test_a_victim_who_died_of_wounds_named_by_his_rank_among_the_dead_is_the_toll_so_far():
    # "بوفاة شرطي خامس متأثرا بجراحه": five dead in all, not five more
    sentence = "أفادت وكالة تسنيم بوفاة شرطي خامس متأثرا بجراحه التي أصيب بها في الهجوم"
    assert not is_increment(Casualties(killed=5, text="بوفاة شرطي خامس"), sentence)
    toll = headline_toll([report("e1", killed=4), report("e2", killed=5, article="a-e2")])
    assert toll.killed == 5
    # one more dead, named by his rank but counted as one, still adds to the earlier toll
    assert is_increment(Casualties(killed=1, text="وتوفي ثالث"), "وتوفي ثالث متأثرا بجراحه اليوم")


def _claimed(event_id, killed, source, doer):
    return Report(article_id=f"a-{event_id}", source_id="s", event_id=event_id, type="attack",
                  counts=[Casualties(killed=killed, group="Somali forces")], claimed_by=[source],
                  actors={doer: "perpetrator"})


def test_an_armed_group_s_own_count_of_its_attack_counts_only_when_nobody_else_counts():
    boast = _claimed("c1", 30, "حركة الشباب المجاهدين", "al_shabaab")
    toll = headline_toll([report("e1", killed=12, injured=18), boast])
    assert (toll.killed, toll.killed_min, toll.injured) == (12, 12, 18)
    assert headline_toll([report("e1", injured=3), boast]).killed == 30
    assert headline_toll([boast]).killed == 30


def test_a_state_s_forces_count_of_their_own_strike_is_no_boast():
    # the army's "we killed 8 terrorists" beside residents' "six civilians"
    army = _claimed("c1", 8, "الجيش المالي", "sahel_armies")
    assert headline_toll([report("e1", killed=6), army]).killed == 8


def test_a_group_quoted_as_a_source_of_another_s_attack_is_no_boast():
    claim = _claimed("c1", 30, "حركة الشباب المجاهدين", "somali_forces")
    assert headline_toll([report("e1", killed=12), claim]).killed == 30


def test_a_claim_told_beside_another_source_s_toll_is_no_boast():
    claim = _claimed("c1", 20, "حركة الشباب المجاهدين", "al_shabaab")
    claim.evidence = "تبنت الحركة التفجير وقالت إنها قتلت 20، فيما قال وزير الأمن إن الحصيلة ارتفعت إلى تسعة"
    assert headline_toll([report("e1", killed=6), claim]).killed == 20


def test_a_branch_claiming_for_its_organisation_is_the_doer():
    # "ولايات تنظيم الدولة" claiming what the report puts on "داعش"
    claim = _claimed("c1", 52, "ولايات تنظيم الدولة الإسلامية", "isis")
    assert headline_toll([report("e1", killed=12), claim]).killed == 12

"""Claims of responsibility, accusations and blame name the perpetrator; a denial, a rival
source's figure or blame traded between two sides marks the account as disputed; a claim or
an accusation alone makes no incident."""

import pytest

from streams.extraction.actors import attributed_attackers
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from streams.extraction.claims import find_claimants, is_disputed, retold_by_another_account, rival_accounts
from tests.unit.streams.extraction.reading import actor_ids, actors_of, events, only, roles_of, tolls

# "وكان ... قد تبنى": the claim of the incident reported
REPORT = "مقتل 9 جنود في هجوم شمالي مالي\nباماكو - قتل 9 جنود ماليين في هجوم على معسكر قرب تمبكتو أمس. "


def test_the_party_held_responsible_in_a_sentence_of_its_own_is_an_actor() -> None:
    text = (
        "مقتل 30 في قصف على سوق\n"
        "قتل 30 شخصاً في قصف بطائرة مسيرة استهدف سوقاً شعبياً في مدينة الأبيض. "
        "وحمّلت الحكومة قوات الدعم السريع المسؤولية."
    )
    assert "rsf" in actor_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير إن الحكومة تتحمل المسؤولية عن تأخر صرف الرواتب.",
        "حمّل النواب وزارة الزراعة مسؤولية الخسائر بعد موسم الجفاف.",
    ],
)
def test_responsibility_alone_makes_no_incident(text: str) -> None:
    assert events(text) == []


def test_blame_traded_between_two_named_sides_disputes_the_account() -> None:
    text = (
        "مقتل 8 بقذائف على مخيم\n"
        "قتل 8 نازحين في قصف على مخيم قرب غوما. وتبادل الجيش الكونغولي والمتمردون الاتهامات "
        "بالمسؤولية عن القصف."
    )
    assert only(text).contested


@pytest.mark.parametrize(
    "text",
    [
        "قتل 9 أشخاص في اشتباكات بين فصيلين مسلحين في مدينة الزاوية، وتبادل الطرفان الاتهامات بإشعال القتال.",
        "قتل 4 وأصيب 10 في اشتباكات قبلية بمحافظة مأرب، وحمّل كل طرف الآخر مسؤولية خرق الهدنة.",
        "قتل 6 في اشتباكات بين عشيرتين شمالي البصرة وسط اتهامات متبادلة بالبدء بإطلاق النار.",
    ],
)
def test_each_side_blaming_the_other_disputes_the_account(text: str) -> None:
    assert only(text).contested


@pytest.mark.parametrize(
    "claim",
    [
        "وكانت جماعة نصرة الإسلام والمسلمين قد تبنت الهجوم في بيان.",
        "وكانت جماعة نصرة الإسلام والمسلمين قد أعلنت مسؤوليتها عن الهجوم.",
        "وكان تنظيم نصرة الإسلام والمسلمين قد تبنى الهجوم عبر منصاته.",
    ],
)
def test_a_claim_told_with_wakana_qad_names_the_attacker(claim: str) -> None:
    text = REPORT + claim
    assert "jnim" in actor_ids(text)
    assert tolls(text) == [(9, None)]


def test_warning_shots_only_is_the_accused_s_counter_account() -> None:
    disputed = ("قال صيادون إن زورقاً لحرس الحدود أطلق النار على قاربهم قرب ميناء الزاوية فقتل صياداً "
                "وأصاب آخر، فيما قال حرس الحدود إن عناصره أطلقوا أعيرة نارية تحذيرية فقط.")
    told = ("قتل صياد وأصيب آخر برصاص زورق لحرس الحدود قرب ميناء الزاوية، بعد أن أطلق العناصر "
            "طلقات تحذيرية ثم فتحوا النار على القارب.")
    assert any(e.contested for e in events(disputed))
    assert not any(e.contested for e in events(told))


def test_sanctions_that_accuse_a_force_of_attacks_are_no_incident() -> None:
    text = (
        "الاتحاد الأوروبي يفرض عقوبات على قادة فصيل مسلح\n"
        "بروكسل - فرض الاتحاد الأوروبي عقوبات على ثلاثة من قادة الفصيل، متهماً إياهم بشن "
        "هجمات على المخيمات وارتكاب انتهاكات بحق المدنيين."
    )
    assert events(text) == []


def test_a_designation_that_lists_attacks_is_no_incident() -> None:
    text = (
        "كندا تدرج الحركة على قائمة الإرهاب\n"
        "أوتاوا - أدرجت الحكومة الكندية الحركة على قائمة المنظمات الإرهابية، متهمة إياها بخطف "
        "الرهائن وشن غارات على القرى الحدودية."
    )
    assert events(text) == []


def test_a_report_s_own_accusation_of_attacks_is_still_an_incident() -> None:
    text = "اتهمت الحكومة المتمردين بشن هجمات على قرى قرب مدينة سنار."
    assert len(events(text)) == 1


def test_an_accusation_of_attacks_with_their_dead_is_still_an_incident() -> None:
    text = "اتهم الجيش المتمردين بشن هجمات على ثلاث قرى قرب مدينة كادوقلي أدت إلى مقتل 9 مدنيين."
    assert tolls(text) == [(9, None)]


def test_the_blame_an_authority_had_laid_names_the_doer() -> None:
    text = (
        "مقتل سبعة بتفجير في سوق شعبي\n"
        "قتل سبعة أشخاص وأصيب 20 بانفجار سيارة مفخخة في سوق شعبي وسط مدينة بيدوا. "
        "وكانت السلطات المحلية قد حملت حركة الشباب مسؤولية التفجير."
    )
    assert "al_shabaab" in actor_ids(text)
    assert tolls(text) == [(7, 20)]


def test_the_disputing_party_is_listed() -> None:
    event = only(
        "غارات\nأعلن مركز المصالحة الروسي مقتل 20 مسلحاً في غارات على جبل الأكراد.\n"
        "ونفت الجبهة الوطنية للتحرير وقوع أي قتلى في صفوفها، ووصفت الرواية بالمزاعم."
    )
    assert event.contested and "nfl" in roles_of(event)


def test_doubting_activists_contest_the_account() -> None:
    event = only(
        "قذائف\nذكرت سانا أن قذائف أطلقها الإرهابيون على حي الحمدانية أدت إلى استشهاد مدنيين اثنين.\n"
        "في المقابل، شكك ناشطون في الرواية الرسمية."
    )
    assert event.contested and event.locations[0].id == "hamdaniyah"


def test_a_denial_in_the_participle_makes_the_toll_contested() -> None:
    text = ("هجوم على قاعدة\nقالت الجماعة إنها قتلت 20 جندياً في الهجوم على القاعدة، "
            "فيما قال الجيش إنه صد الهجوم نافياً سقوط قتلى في صفوفه.")
    assert any(e.contested for e in events(text))


def test_a_group_described_by_the_attacks_it_wages_is_no_incident() -> None:
    text = (
        "أعلنت دول المنطقة تشكيل قوة مشتركة لملاحقة الجماعات المتطرفة التي تشن هجمات على القرى "
        "الحدودية في تيلابيري."
    )
    assert events(text) == []


def test_an_accusation_of_continuing_attacks_is_no_incident() -> None:
    assert events("واتهمت موسكو كييف بمواصلة الهجمات على محطات الطاقة في الأقاليم الروسية.") == []


def test_an_attack_the_group_waged_today_is_still_an_incident() -> None:
    text = "قتل خمسة جنود في هجوم شنته الجماعة التي تشن هجمات متكررة على المنطقة منذ أشهر."
    assert tolls(text) == [(5, None)]


def test_a_late_claim_by_the_state_group_in_khorasan_names_its_province() -> None:
    text = "تبني متأخر\nتبنى فرع تنظيم الدولة في خراسان الهجوم على المسجد الذي قتل فيه 9 مصلين أمس"
    assert "is_provinces" in actor_ids(text)


def test_a_group_speaking_of_its_own_attack_reports_one() -> None:
    assert events("بيان\nقالت الحركة في بيان: استهدفنا رتلاً للجيش قرب مدينة كركوك مساء أمس.")


def test_an_accusation_in_the_next_sentence_names_the_attacker() -> None:
    event = only(
        "مقتل جنديين في أبين\n"
        "أبين - قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في مديرية لودر. واتهم مصدر عسكري "
        "تنظيم القاعدة بزرع العبوة."
    )
    assert "aqap" in actors_of(event)


def test_a_claim_in_a_sentence_of_its_own_names_the_attacker() -> None:
    event = only(
        "انفجار في مسجد\n"
        "قتل خمسة مصلين وأصيب عشرة في انفجار داخل مسجد في مدينة جلال آباد. وتبنى تنظيم ولاية "
        "خراسان الاعتداء."
    )
    assert "is_provinces" in actors_of(event)


def test_a_denied_figure_is_not_added() -> None:
    text = ("هجوم\nقتل 4 حراس في هجوم على فندق، نافياً ما تداولته وسائل إعلام عن مقتل 15 شخصاً.")
    assert tolls(text) == [(4, None)]


def test_a_claim_in_a_sentence_of_its_own_names_the_perpetrator() -> None:
    text = "هجوم\nقتل 4 أشخاص في إطلاق نار قرب مسجد في المدينة. وأعلن تنظيم داعش مسؤوليته."
    assert [(a.id, a.role) for e in events(text) for a in e.actors] == [("isis", "perpetrator")]


def test_a_responsibility_taken_alone_is_no_incident() -> None:
    assert events("بيان\nأعلن الوزير مسؤوليته عن القرار بعد اجتماع الحكومة في العاصمة.") == []


def test_the_party_accused_of_launching_the_drone_is_an_actor() -> None:
    text = (
        "مسيرة تضرب محطة وقود في كوستي\n"
        "كوستي - قتل ثلاثة أشخاص وأصيب سبعة في قصف استهدف محطة للوقود في مدينة كوستي. "
        "واتهمت السلطات المحلية قوات الدعم السريع بإطلاق المسيرة."
    )
    assert "rsf" in actor_ids(text)


def test_a_provisional_toll_of_another_source_disputes_only_the_kinds_counted_before() -> None:
    text = (
        "قال الدفاع المدني إن 30 شخصاً قتلوا في القصف على المخيم، في حين أعلنت وزارة الصحة في "
        "حصيلة أولية مقتل 25 وإصابة 60 آخرين"
    )
    ((_, _, kinds),) = rival_accounts(normalize(text))
    assert kinds == frozenset({"killed"})
    assert tolls(text) == [(30, 60)]


def test_a_sources_total_of_both_kinds_disputes_both_when_both_were_counted() -> None:
    text = (
        "قالت الأمم المتحدة إن 40 شخصاً قتلوا وأصيب 90 في التفجير، في حين تقول السلطات إن "
        "الحصيلة 20 قتيلاً و35 جريحاً"
    )
    assert tolls(text) == [(40, 90)]


def test_the_reports_own_provisional_toll_of_the_wounded_disputes_nothing() -> None:
    norm = normalize("قتل 9 أشخاص في القصف، فيما أصيب أكثر من 30 آخرين وفق حصيلة غير نهائية")
    assert not rival_accounts(norm) and not is_disputed(norm)


def test_a_follow_ups_account_of_who_struck_names_the_actor() -> None:
    text = (
        "ارتفع عدد ضحايا القصف على سوق بلدة كفرنبل إلى 7 قتلى بعد وفاة اثنين من الجرحى. "
        "وكانت طائرات حربية روسية قد استهدفت السوق بغارتين ظهر الأحد."
    )
    assert "russia" in actor_ids(text)


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


@pytest.mark.parametrize(
    "text",
    [
        "قال ناشطون إن 60 شخصاً قتلوا في هجوم المسلحين على القرية، لكن الجيش وصف الأرقام بأنها مبالغ فيها.",
        "تبنت الحركة الهجوم على البلدة الذي قتل فيه 20 شخصاً، لكن الرئيس قال إنه ليس من عمل الحركة.",
    ],
)
def test_a_toll_called_exaggerated_or_an_attack_disowned_for_its_claimant_is_contested(text: str) -> None:
    assert any(e.contested for e in events(text))


def test_the_accused_rejecting_the_blame_disputes_the_account() -> None:
    text = (
        "انفجار في سوق بمدينة كويتا\n"
        "كويتا - قتل أربعة أشخاص في انفجار عبوة ناسفة في سوق بمدينة كويتا، واتهمت الشرطة جماعة "
        "مسلحة بتنفيذه، فيما رفضت الجماعة في بيان الاتهامات رفضاً قاطعاً."
    )
    got = events(text)
    assert got and got[0].contested


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


def test_a_claim_of_responsibility_names_the_perpetrator() -> None:
    text = "مقتل ثلاثة جنود بانفجار عبوة ناسفة في مدينة بيدوا، وتبنت حركة الشباب الهجوم"
    [event] = events(text)
    assert {a.id: a.role for a in event.actors}["al_shabaab"] == "perpetrator"


def test_a_claim_by_the_movement_refers_back_to_the_group_named_before() -> None:
    text = ("حصار فندق في كيسمايو\n"
            "أعلنت الشرطة انتهاء حصار فرضه مسلحون من حركة الشباب على فندق في مدينة كيسمايو.\n"
            "وقالت إن 9 أشخاص قتلوا في الهجوم، فيما تبنت الحركة الهجوم.")
    [event] = events(text)
    assert {a.id: a.role for a in event.actors}.get("al_shabaab") == "perpetrator"


def test_a_claim_by_the_movement_with_no_group_named_adds_none() -> None:
    [event] = events("مقتل 4 جنود بهجوم على حاجز في مدينة بيدوا، وتبنت الحركة الهجوم")
    assert not {"al_shabaab", "isis"} & {a.id for a in event.actors}


def test_another_sources_figure_for_a_counted_toll_is_no_further_toll() -> None:
    text = "قال مسؤول في المستشفى إن 15 شخصاً قتلوا في التفجير، في حين قال وزير الداخلية إن عدد القتلى 7"
    assert tolls(text) == [(15, None)]
    assert [e.contested for e in events(text)] == [True]


def test_another_sources_figure_disputes_the_sentence() -> None:
    norm = normalize("قتل 20 قروياً في الهجوم، لكن متحدثاً عسكرياً قال إن الحصيلة لم تتجاوز خمسة")
    assert rival_accounts(norm) and is_disputed(norm)


def test_a_figure_of_another_kind_after_a_contrast_is_a_further_count() -> None:
    text = "قتل 6 جنود في الكمين، فيما قالت مصادر طبية إن عدد الجرحى بلغ 11"
    assert tolls(text) == [(6, 11)]
    assert [e.contested for e in events(text)] == [False]


def test_a_figure_after_a_contrast_with_no_earlier_figure_is_the_toll() -> None:
    assert not rival_accounts(normalize("وقع انفجار في السوق، بينما قال مسؤول محلي إن الحصيلة 9 قتلى"))


def test_a_contrast_with_no_attribution_is_no_rival_account() -> None:
    assert not rival_accounts(normalize("قتل 4 مدنيين في القصف، بينما ارتفع عدد القتلى في المدينة"))


def test_an_accusation_sentence_after_the_toll_names_the_attacker() -> None:
    text = (
        "قتلى بقذيفة على سوق\n"
        "قال مسؤول في الشرطة الكينية إن 5 أشخاص قتلوا عندما سقطت قذيفة على سوق في بلدة حدودية. "
        "واتهمت السلطات حركة الشباب بإطلاق القذائف."
    )
    assert [{a.id for a in e.actors} >= {"al_shabaab"} for e in events(text)] == [True]


def test_the_party_a_source_accuses_in_the_same_sentence_is_the_doer_not_the_victim() -> None:
    # "مصادر اتهمت X بزرع العبوة": X is accused of the bomb; the soldiers it killed are not X's
    event = only(
        "قتل أربعة جنود عراقيين بانفجار عبوة ناسفة قرب قضاء الطارمية، بحسب مصادر أمنية اتهمت "
        "تنظيم داعش بزرع العبوة."
    )
    assert roles_of(event)["isis"] == "perpetrator"
    assert [c.group for c in event.casualties] != ["ISIS"]



def test_the_group_said_to_be_behind_it_is_the_doer_whatever_its_past_attacks() -> None:
    # "رجح أن تكون X وراءه، إذ سبق لها ... هجمات مماثلة": X's earlier attacks are the reason for
    # the suspicion, no background that hides it
    event = only(
        "انتحارية تقتل ثمانية في سوق بولاية بورنو\nقتل ثمانية أشخاص بتفجير انتحارية نفسها في سوق "
        "بلدة غووزا بولاية بورنو. ولم تعلن أي جهة مسؤوليتها، لكن مسؤولاً محلياً رجح أن تكون جماعة "
        "بوكو حرام وراءه، إذ سبق لها أن نفذت هجمات مماثلة في المنطقة."
    )
    assert roles_of(event).get("boko_haram") == "perpetrator"


def test_a_claim_announced_before_the_report_names_the_doer() -> None:
    event = only(
        "مقتل ثمانية جنود في هجوم على موقع حدودي\n"
        "قالت الحكومة إن ثمانية جنود قتلوا في هجوم على موقع للجيش قرب بلدة كاندي. وكانت جماعة نصرة "
        "الإسلام والمسلمين قد أعلنت في وقت سابق مسؤوليتها عن الهجوم."
    )
    assert "jnim" in actors_of(event)
@pytest.mark.parametrize("speaker", ["المتحدث باسم", "الناطق الرسمي باسم"])
def test_a_party_speaks_through_its_spokesman(speaker: str) -> None:
    norm = normalize(f"قال {speaker} الجيش النيجيري إن قواته قتلت خمسة مسلحين.")
    assert find_claimants(norm, "NG") == ["الجيش النيجيري"]


def test_a_party_named_further_after_the_verb_is_not_speaking() -> None:
    norm = normalize("قال شهود إن مسلحين من الجيش النيجيري قتلوا خمسة.")
    assert "الجيش النيجيري" not in find_claimants(norm, "NG")


@pytest.mark.parametrize(
    "text",
    [
        # the army's figure, then the group's own account of the same dead
        "هجوم على قاعدة في هيران\nبلدوين - قال الجيش الصومالي إن أربعة جنود قتلوا في هجوم على قاعدة "
        "عسكرية قرب بلدوين، وقالت حركة الشباب إن مقاتليها قتلوا أربعة جنود.",
        # the claim and its figure joined to the army's statement by "و"
        "كمين في وسط مالي\nموبتي - أعلن الجيش المالي مقتل أربعة من جنوده في كمين قرب مدينة جني، وتبنت "
        "جماعة نصرة الإسلام والمسلمين الهجوم وقالت إنها قتلت أربعة جنود.",
    ],
)
def test_the_same_figure_told_by_both_sides_in_one_sentence_is_one_toll(text: str) -> None:
    assert tolls(text) == [(4, None)]


def test_the_same_figure_of_others_after_a_second_attribution_adds_to_the_toll() -> None:
    items = [
        (i.value, i.group) for i in retold_by_another_account(
            normalize(TWO_ACCOUNTS), find_casualties(normalize(TWO_ACCOUNTS), [], "forces")
        ) if i.value is not None
    ]
    assert items == [(3, "forces"), (3, "forces")]


def test_the_same_figure_of_another_side_after_a_second_attribution_is_a_toll_of_its_own() -> None:
    text = (
        "اشتباك في وزيرستان\nميرانشاه - قال الجيش الباكستاني إن ثلاثة جنود قتلوا في اشتباك قرب "
        "ميرانشاه، وقالت الشرطة المحلية إن ثلاثة مسلحين قتلوا."
    )
    assert sorted(tolls(text)) == [(3, None), (3, None)]


TWO_ACCOUNTS = "قال الجيش إن ثلاثة جنود قتلوا في الكمين، وقال مصدر محلي إن ثلاثة جنود آخرين قتلوا"


def test_the_states_word_for_the_fighters_and_the_groups_own_dead_of_one_figure_are_one_toll() -> None:
    text = (
        "اشتباك في مخيم نور شمس\nطولكرم - قال الجيش الإسرائيلي إن قواته قضت على أربعة مخربين خلال "
        "نشاط في مخيم نور شمس. وأعلنت كتائب القسام أن أربعة من مقاتليها استشهدوا في اشتباك مع قوات "
        "الاحتلال في المخيم."
    )
    assert tolls(text) == [(4, None)]


def test_the_states_word_for_the_fighters_and_another_figure_of_the_groups_are_two_tolls() -> None:
    text = (
        "اشتباك في مخيم نور شمس\nطولكرم - قال الجيش الإسرائيلي إن قواته قضت على أربعة مخربين خلال "
        "نشاط في مخيم نور شمس. وأعلنت كتائب القسام أن اثنين من مقاتليها استشهدا في اشتباك مع قوات "
        "الاحتلال في المخيم."
    )
    assert sorted(tolls(text)) == [(2, None), (4, None)]


# an attack whose attackers the sentence that tells it does not name
RAID = (
    "مقتل 11 قروياً في هجوم غربي النيجر\nقتل 11 قروياً في هجوم شنه مسلحون على قرية قرب مدينة "
    "تاهوا غربي النيجر مساء الأحد. "
)


@pytest.mark.parametrize(
    ("attribution", "group"),
    [
        ("ويرجح أن المهاجمين ينتمون إلى جماعة نصرة الإسلام والمسلمين.", "jnim"),
        ("ورجحت مصادر أمنية محلية أن يكون المسلحون من عناصر تنظيم الدولة.", "isis"),
        ("ويشتبه في أن منفذي الهجوم من مقاتلي جماعة نصرة الإسلام والمسلمين.", "jnim"),
        ("وتتجه أصابع الاتهام نحو جماعة بوكو حرام.", "boko_haram"),
        ("ووجه مسؤولون محليون أصابع الاتهام إلى تنظيم الدولة.", "isis"),
    ],
)
def test_the_attackers_said_to_be_of_a_group_in_a_later_sentence_are_its_attack(
    attribution: str, group: str
) -> None:
    assert roles_of(only(RAID + attribution))[group] == "perpetrator"


def test_the_kidnappers_the_police_say_belong_to_a_group_are_its_fighters() -> None:
    text = (
        "خطف 20 طالباً من مدرسة في كادونا\nخطف مسلحون 20 طالباً من مدرسة داخلية في ولاية كادونا "
        "شمال غربي نيجيريا فجر السبت. وقالت الشرطة إن الخاطفين ينتمون إلى جماعة بوكو حرام."
    )
    assert roles_of(only(text))["boko_haram"] == "perpetrator"


def test_the_attackers_said_to_be_of_a_group_in_the_sentence_of_the_attack_are_its_attack() -> None:
    text = (
        "مقتل 4 جنود في كمين قرب جوهر\nقتل أربعة جنود صوماليين في كمين على طريق قرب مدينة جوهر، "
        "ويعتقد أن المسلحين من عناصر حركة الشباب."
    )
    assert roles_of(only(text))["al_shabaab"] == "perpetrator"


@pytest.mark.parametrize(
    "later",
    [
        # named only, as the power of the region
        "وينشط تنظيم الدولة في المنطقة منذ سنوات.",
        # the attackers are the subject, but of another verb than belonging
        "ويرجح أن المهاجمين فروا نحو مناطق ينشط فيها تنظيم الدولة.",
        # the belief denied
        "ولا يعتقد المحققون أن المهاجمين ينتمون إلى تنظيم الدولة.",
        # attacks of the kind the group is accused of by habit, not this one
        "ولم تعلن أي جهة مسؤوليتها، غير أن السلطات تتهم دائماً تنظيم الدولة بشن مثل هذه الهجمات.",
        "ولم تتبن أي جهة الهجوم، لكن السلطات تتهم عادة تنظيم الدولة بتنفيذ هجمات مماثلة في المنطقة.",
        "وعادة ما تتهم الحكومة تنظيم الدولة بالوقوف وراء هذا النوع من الهجمات.",
    ],
)
def test_a_group_named_after_the_attack_without_the_attackers_being_it_is_not_the_doer(later: str) -> None:
    assert roles_of(only(RAID + later)).get("isis") != "perpetrator"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("ويعتقد أن الجناة من أنصار حركة الشباب", []),  # supporters, not members: no link word
        ("وأكد الجيش أن المسلحين من عناصر حركة الشباب", ["al_shabaab"]),
        # the army's forces, not the attackers, are what "that" opens on
        ("وأكد الجيش أن قواته طاردت المسلحين من عناصر حركة الشباب", []),
        ("وتشير أصابع الاتهام عادة إلى حركة الشباب", []),
    ],
)
def test_only_the_attackers_referred_back_through_belonging_words_name_the_group(
    sentence: str, found: list[str]
) -> None:
    assert [e.id for e in attributed_attackers(normalize(sentence), "SO")] == found


def test_the_gunmen_of_a_group_an_attack_of_the_army_hit_are_not_its_attackers() -> None:
    text = (
        "غارة على مواقع للشباب\nشن الجيش الصومالي غارة على مواقع لحركة الشباب في إقليم شبيلي "
        "السفلى أسفرت عن مقتل 12 مسلحاً. وقال الجيش إن المسلحين من عناصر حركة الشباب."
    )
    roles = roles_of(only(text))
    assert (roles["somali_forces"], roles["al_shabaab"]) == ("perpetrator", "target")


def test_a_word_of_habit_elsewhere_in_the_accusation_leaves_the_accused_the_doer() -> None:
    text = (
        "مقتل 6 بقصف على سوق\nقتل ستة مدنيين في قصف على سوق مدينة الفاشر. واتهمت الحكومة قوات "
        "الدعم السريع بقصف السوق الذي يكتظ عادة بالمتسوقين أيام الخميس."
    )
    assert roles_of(only(text))["rsf"] == "perpetrator"


def test_attackers_suspected_of_belonging_to_a_group_make_it_the_doer() -> None:
    # "يشتبه في انتماء المهاجمين إلى X": the verbal noun of belonging stands for "أن"
    event = only("قال مصدر محلي إن 11 مدنياً قتلوا، الاثنين، في هجوم شنه مسلحون على سوق في بلدة "
                 "بانيبانغو غربي النيجر. ويشتبه في انتماء المهاجمين إلى تنظيم الدولة الإسلامية في الساحل.")
    assert roles_of(event).get("is_provinces") == "perpetrator"


def test_a_party_a_later_sentence_charges_with_the_attack_is_its_doer() -> None:
    # the federal army of a federal state is its army; the militia its operations are against
    # is not blamed
    event = only("ستة قتلى بضربة مسيّرة في أمهرة\nقال مسؤولون محليون إن ستة مدنيين قتلوا في ضربة "
                 "بطائرة مسيّرة استهدفت سوقاً في بلدة دبري تابور بإقليم أمهرة. واتهموا الجيش الفدرالي "
                 "بتنفيذ الضربة في إطار عملياته ضد ميليشيا فانو.")
    assert roles_of(event).get("ethiopian_forces") == "perpetrator"
    assert roles_of(event).get("fano") != "perpetrator"


def test_a_party_accused_by_habit_in_a_later_sentence_is_no_doer() -> None:
    event = only("مقتل ستة مدنيين\nقال مسؤولون إن ستة مدنيين قتلوا في هجوم على سوق في بلدة دبري تابور. "
                 "وتتهم السلطات عادة ميليشيا فانو بتنفيذ مثل هذه الهجمات.")
    assert roles_of(event).get("fano") != "perpetrator"


def test_a_sentence_that_says_its_figures_differ_gives_a_second_account_not_more_dead() -> None:
    text = (
        "تضاربت الروايات حول حصيلة الهجوم على القاعدة، إذ زعمت الحركة أنها قتلت 30 جندياً، بينما "
        "قال قائد في الجيش إن خمسة جنود قُتلوا وأصيب سبعة آخرون."
    )
    norm = normalize(text)
    ((_, _, kinds),) = rival_accounts(norm)
    assert kinds == frozenset({"killed"})
    assert is_disputed(norm)
    assert tolls(text) == [(30, 7)]


def test_a_second_source_with_no_attribution_word_disputes_when_the_figures_are_said_to_differ() -> None:
    text = (
        "تباينت حصيلة ضحايا الهجوم على الكنيسة، إذ قالت مصادر محلية إن عدد القتلى بلغ 52، في حين "
        "أحصت البعثة الأممية 43 قتيلاً."
    )
    assert rival_accounts(normalize(text))
    assert tolls(text) == [(52, None)]


def test_a_figure_said_to_be_all_is_another_account_of_the_toll() -> None:
    text = "قتل 31 شخصاً في الاحتجاجات في نيروبي، في حين قالت الشرطة إن 11 قتلوا فقط."
    norm = normalize(text)
    assert rival_accounts(norm) and is_disputed(norm)
    assert tolls(text) == [(31, None)]


def test_an_earlier_account_in_the_pluperfect_with_only_is_no_rival() -> None:
    text = (
        "قالت مصادر طبية إن المستشفى استقبل جثث خمسة من العناصر، فيما كانت الخلية قد أعلنت أمس "
        "مقتل ثلاثة فقط."
    )
    assert not rival_accounts(normalize(text))


def test_a_deniers_own_figure_after_the_figure_it_denies_counts() -> None:
    text = (
        "الجيش: عشرة قتلى في الكمين\n"
        "نفت وزارة الدفاع ما تداولته مصادر محلية عن مقتل 30 جندياً في الكمين الذي نصبه مسلحون "
        "لدورية عسكرية أمس، مؤكدة أن عشرة جنود قُتلوا."
    )
    event = only(text)
    assert [(c.killed, c.injured) for c in event.casualties] == [(10, None)]
    assert event.contested


def test_a_reports_own_remark_after_a_monthly_tally_is_no_deniers_account() -> None:
    text = (
        "قالت الشرطة في تقريرها الشهري إن 74 جريمة قتل سجلت خلال الشهر الماضي، مؤكدة أن ثلث "
        "الضحايا قتلوا بأسلحة بيضاء."
    )
    assert events(text) == []


def test_the_accused_saying_its_men_did_not_fire_disputes_the_account() -> None:
    assert is_disputed(normalize("وقال الجيش إن جنوده لم يطلقوا النار على الحشود قرب نقطة التوزيع"))
    assert only("قتل خمسة مدنيين برصاص الجنود قرب نقطة التفتيش. وقالت الشرطة إنها لم تطلق النار "
                "على المحتجين.").contested
    assert not is_disputed(normalize("قال الجيش إن جنوده أطلقوا النار على مسلحين قرب نقطة التوزيع"))


def test_the_party_a_denier_accuses_in_turn_is_named_not_blamed() -> None:
    event = only(
        "قتل أربعة مدنيين جراء قذائف أطلقها متمردو حركة إم23 على سوق البلدة قرب غوما، "
        "فيما نفت الحركة مسؤوليتها واتهمت الجيش الكونغولي بالقصف."
    )
    assert roles_of(event)["m23"] == "perpetrator"
    assert roles_of(event).get("congolese_forces") != "perpetrator"
    assert event.contested


def test_the_striker_saying_it_hit_fighters_and_not_civilians_contests_the_report() -> None:
    text = (
        "قتل خمسة مدنيين بغارة جوية على منزل في قرية شرقي البلاد، فيما قال الجيش إن الغارة "
        "استهدفت موقعاً للمسلحين وليس مدنيين."
    )
    assert only(text).contested

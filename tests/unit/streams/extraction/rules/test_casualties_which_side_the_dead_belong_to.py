"""Which side each casualty belongs to: the attackers' own dead, the forces' dead, the claimant's
fighters and the civilians are counted apart, and the killers are not the dead."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from tests.unit.streams.extraction.reading import (
    counts,
    events,
    figures_of,
    group_tolls_of,
    only,
    roles_of,
    tolls,
)


def _groups(text: str, default: str) -> list[tuple[str | None, int | None]]:
    norm = normalize(text)
    return [(i.group, i.value) for i in find_casualties(norm, find_actors(norm), default, None, default)]


def test_soldiers_killed_beside_an_armed_groups_dead_are_the_state_forces() -> None:
    text = (
        "الجيش: مقتل 20 من عناصر بوكو حرام\n"
        "قال الجيش النيجيري إن قواته قتلت 20 من عناصر بوكو حرام في هجوم مضاد بعد هجوم شنته الجماعة "
        "على ثكنة قتل فيه 4 جنود."
    )
    groups = {k: g for g, k, _ in group_tolls_of(only(text))}
    assert set(groups) == {20, 4}
    assert groups[4] != groups[20]


def test_two_attackers_shot_dead_by_the_verb_with_its_dual_pronoun_are_two_killed() -> None:
    assert tolls(
        "هجوم على دورية\nأصيب شرطي عندما أطلق مسلحان النار على دورية، قبل أن يطلق عناصرها النار "
        "عليهما ويقتلهما في الحال."
    ) == [(2, 1)]


def test_fighters_called_extremist_belong_to_the_militants_not_the_army() -> None:
    text = ("اشتباك\nأعلن الجيش مقتل خمسة عناصر تكفيرية في اشتباك مع قواته، كما قتل جندي في "
            "المواجهات.")
    assert sorted(tolls(text)) == [(1, None), (5, None)]


def test_the_killers_counted_the_same_way_are_not_the_dead() -> None:
    assert counts("اعتقلت الشرطة المسلحين الثلاثة الذين قتلوا الحارس") == [("killed", 1)]


def test_them_after_the_attackers_counts_the_attackers() -> None:
    text = ("أعلن الجيش النيجري مقتل ستة من جنوده في هجوم على ثكنة قرب أيورو، مضيفاً أن القوات "
            "لاحقت المهاجمين وقتلت 12 منهم.")
    assert sorted(tolls(text)) == [(6, None), (12, None)]


def test_a_ministry_s_own_dead_are_its_forces_not_the_civilians_before_them() -> None:
    text = (
        "قتل أربعة مدنيين بقصف طال قرية على الحدود، فيما أعلنت وزارة الدفاع السورية مقتل "
        "ثلاثة من عناصرها في الاشتباكات."
    )
    assert sorted(group_tolls_of(only(text))) == [
        ("civilians", 4, None), ("government forces", 3, None)
    ]


def test_the_attackers_killed_by_an_army_that_repelled_them_are_the_attacking_group() -> None:
    text = (
        "نيامي - قال الجيش النيجري إنه تصدى لهجوم شنته جماعة نصرة الإسلام والمسلمين على موقع "
        "عسكري قرب الحدود، وقتل 7 من المهاجمين، فيما قتل اثنان من جنوده."
    )
    by_group = {c.group: c.killed for e in events(text) for c in e.casualties}
    assert sorted(by_group.values()) == [2, 7]
    assert len(by_group) == 2


def test_the_smugglers_counted_before_a_wounding_verb_with_its_own_count_are_not_wounded() -> None:
    assert counts("حرس الحدود يحبط تسلل 6 مهربين ويصيب ثلاثة") == [("injured", 3)]


def test_members_of_the_mobilisation_named_after_their_noun_are_its_dead() -> None:
    text = (
        "أفاد مصدر أمني بمقتل أربعة من منتسبي الحشد الشعبي وإصابة اثنين بهجوم شنه عناصر من "
        "داعش على نقطة في قضاء الطارمية."
    )
    groups = {c.group for e in events(text) for c in e.casualties}
    assert groups == {"Popular Mobilisation Forces"}


def test_settlers_who_wounded_villagers_are_not_the_wounded() -> None:
    assert counts("هاجم مستوطنون قرية المغير وأصابوا أربعة مواطنين") == [("injured", 4)]


@pytest.mark.parametrize("noun", ["ممرضين اثنين", "مسعفين اثنين", "عاملين اثنين"])
def test_victim_nouns_decide_the_group_not_the_attacker(noun: str) -> None:
    event = only(f"غارة روسية\nغارة جوية روسية استهدفت مستشفى في كفرنبل، ما أدى إلى مقتل {noun}.")
    assert group_tolls_of(event) == {("civilians", 2, None)}
    assert roles_of(event)["russia"] == "perpetrator"


def test_unnamed_dead_are_never_the_attackers_group() -> None:
    event = only("غارة\nاستهدفت طائرات حربية روسية بلدة البارة، ما أدى إلى مقتل ثلاثة.")
    assert [c.group for c in event.casualties] == [None]


def test_attackers_word_follows_the_perpetrator_named_earlier() -> None:
    event = only(
        "هجوم\nهاجمت مجموعة من عناصر هيئة تحرير الشام نقطة لقوات النظام قرب قرية ميزناز، ما أدى "
        "إلى مقتل أربعة من عناصر النظام، بينما قتل اثنان من المهاجمين."
    )
    assert group_tolls_of(event) == {("government forces", 4, None), ("HTS", 2, None)}


def test_the_claimants_own_fighters_are_counted_apart() -> None:
    event = only(
        "بيان هيئة تحرير الشام\n"
        "أعلنت هيئة تحرير الشام مقتل 5 عناصر من قوات النظام خلال تسلل على محور كبانة في ريف اللاذقية، "
        "بينما قُتل اثنان من مقاتليها."
    )
    assert group_tolls_of(event) == {("government forces", 5, None), ("HTS", 2, None)}


def test_one_of_its_fighters_counts_one_of_the_claimant() -> None:
    event = only(
        "كمين في البادية\n"
        "أعلن الجيش الروسي مقتل 4 من مسلحي داعش في البادية السورية، فيما أصيب أحد عناصره بجروح."
    )
    assert group_tolls_of(event) == {("ISIS", 4, None), ("Russian forces", None, 1)}


def test_the_attacker_finished_off_after_his_attack_is_his_own_toll() -> None:
    assert counts("فتح مسلح النار فقتل خمسة أشخاص قبل أن تقضي عليه الشرطة") == [
        ("killed", 5), ("killed", 1)]


def test_smugglers_killed_by_border_forces_are_not_the_forces_own_dead() -> None:
    norm = normalize("أعلن حرس الحدود مقتل 3 مهربين في اشتباك")
    groups = [i.group for i in find_casualties(norm, find_actors(norm), "border guards")]
    assert groups and "border guards" not in groups


def test_gunmen_described_as_militants_killed_the_count_after_them() -> None:
    assert tolls("قتل مسلحون متطرفون ستة صيادين في هجوم على قرية على ضفاف البحيرة.") == [(6, None)]


def test_militants_killed_in_a_clash_are_still_the_dead() -> None:
    # passive: the militants died, a vague number, and the clash is not their victim
    assert counts("قتل مسلحون متشددون في اشتباك مع الجيش قرب الحدود.") == [("killed", None)]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت قوات بونتلاند مقتل سبعة من عناصر حركة الشباب وسقوط ثلاثة جنود من قواتها في معارك قرب بوصاصو.",
        "أعلنت قوات بونتلاند مقتل سبعة من عناصر حركة الشباب وسقوط ثلاثة من أفرادها في معارك قرب بوصاصو.",
    ],
)
def test_the_claimants_own_dead_are_a_toll_of_their_own(text: str) -> None:
    by_group = {c.group: c.killed for c in only(text).casualties}
    assert by_group["Puntland forces"] == 3
    assert sorted(by_group.values()) == [3, 7]


def test_members_of_a_family_are_not_a_force() -> None:
    event = only("قتل خمسة أفراد من عائلة واحدة بقصف مدفعي على منزلهم في بلدة سرمين.")
    assert [c.killed for c in event.casualties] == [5]


def test_the_attacker_ended_after_the_attack_is_a_toll_of_his_own() -> None:
    text = ("إطلاق نار\nأطلق رجل النار على حراس مبنى حكومي فقتل اثنين منهم، وتم التعامل معه "
            "والقضاء عليه.")
    assert sorted(tolls(text), key=str) == sorted([(2, None), (1, None)], key=str)


def test_attackers_killed_by_the_forces_are_not_the_forces_dead() -> None:
    text = ("هجوم\nقتل 5 من رجال الشرطة في هجوم على مركز أمني، فيما تمكنت القوات الأمنية من قتل "
            "المهاجمين الثلاثة.")
    assert sorted(tolls(text), key=str) == sorted([(5, None), (3, None)], key=str)


def test_a_definite_people_noun_with_an_object_after_its_verb_is_the_killer() -> None:
    assert ("killed", 4) not in counts("وقال إن المسلحين الأربعة قتلوا حارساً")


def test_the_attacker_named_as_the_one_who_carried_it_out_is_a_toll_of_his_own() -> None:
    text = ("إطلاق نار\nقتل شخصان وأصيب 4 بإطلاق نار في سوق المدينة، وقالت الشرطة إن عناصرها "
            "قتلوا المنفذ بعد مطاردة.")
    assert sorted(tolls(text), key=str) == sorted([(2, 4), (1, None)], key=str)


def test_the_bomber_killed_by_a_force_is_one_attacker_dead() -> None:
    assert counts("قوة أمنية تقتل انتحارياً قبل وصوله إلى السوق في كركوك") == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "الموصل - اغتال مسلحان، ليل الأحد، موظفاً في دائرة البلدية قرب منزله في الموصل.",
        "الموصل - اغتال مسلحان يستقلان دراجة نارية طبيباً أمام عيادته في الموصل.",
    ],
)
def test_two_gunmen_who_assassinate_are_the_killers_not_the_dead(text: str) -> None:
    assert counts(text) == [("killed", 1)]


def test_two_gunmen_killed_beside_a_soldier_are_still_dead() -> None:
    assert sum(v or 0 for k, v in counts("قتل مسلحان وجندي في اشتباك قرب الموصل.") if k == "killed") == 3


def test_a_wanted_man_killed_in_a_raid_is_counted_apart_from_the_wounded_police() -> None:
    got = tolls("اشتباك في حي الزهور\nقتل مطلوبان وأصيب ثلاثة شرطيين خلال مداهمة منزل في حي الزهور.")
    assert (2, None) in got and (None, 3) in got


def test_a_subject_with_an_object_after_its_verb_is_the_killer() -> None:
    assert ("killed", 1) not in counts("جندي قتل ثلاثة مدنيين في السوق")


def test_dual_verbs_of_two_attackers() -> None:
    assert counts("إن المسلحين قتلا ستة مدنيين وأصابا عشرة آخرين") == [("killed", 6), ("injured", 10)]


def test_people_said_to_be_with_a_victim_are_his_group() -> None:
    assert tolls("مقتل ضابط في الجيش وجنديين كانا برفقته بانفجار لغم في محافظة الأنبار") == [(3, None)]


def test_the_attacker_killed_before_he_fled_is_his_own_toll() -> None:
    got = sorted(tolls("أطلق مسلح النار على حافلة في مدينة كويتا فقتل أربعة ركاب قبل أن تقتله الشرطة"))
    assert got == [(1, None), (4, None)]


def test_one_of_the_attackers_killed_after_the_attack_is_their_toll() -> None:
    got = sorted(tolls("هاجم مسلحان مطعماً في مدينة إربد فقتلا ثلاثة أشخاص قبل أن يقتل أحدهما برصاص الشرطة"))
    assert got == [(1, None), (3, None)]


def test_gunmen_killed_by_the_forces_of_the_account_are_not_their_dead() -> None:
    assert _groups("قال متحدث عسكري إن جنوده قتلوا ثلاثة مسلحين", "Kenyan forces") == [("militants", 3)]


def test_an_amount_after_its_people_noun_takes_the_nouns_group() -> None:
    assert _groups("وأضاف أن القوات قتلت مسلحين اثنين", "Indian forces") == [("militants", 2)]
    assert _groups("قتل مدنيين اثنين في القصف", "Indian forces") == [("civilians", 2)]


def test_forces_named_without_their_country_are_the_subject_of_a_killing_verb() -> None:
    assert counts("قتلت القوات قيادياً في العصابة ومرافقاً له") == [("killed", 1), ("killed", 1)]


def test_a_leader_with_a_rank_adjective_belongs_to_the_group_named_after_it() -> None:
    assert _groups("قتلت القوات قيادياً بارزاً في تنظيم أبو سياف", "Philippine forces") == [("Abu Sayyaf", 1)]


def test_the_subjects_allegiance_stands_between_a_killing_verb_and_its_victims() -> None:
    text = "قتل مسلحون من جماعة أبو سياف الموالية لتنظيم الدولة خمسة قرويين"
    assert counts(text) == [("killed", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحو حركة الشباب خمسة مدنيين في هجوم على قرية قرب مقديشو",
        "قتل مقاتلو بوكو حرام خمسة مدنيين في هجوم على قرية",
        "قتل جنود الجيش خمسة مسلحين في اشتباك قرب الحدود",
    ],
)
def test_a_subject_in_the_construct_state_is_the_killer_and_the_number_after_it_the_dead(
    text: str,
) -> None:
    assert counts(text) == [("killed", 5)]
    assert "perpetrator" in roles_of(only(text)).values()


def test_the_same_subject_with_no_number_after_it_is_the_dead() -> None:
    # passive: "قُتل جنود" counts the soldiers, the construct subject reads no object
    assert tolls("قتل جنود وأصيب آخرون في هجوم قرب الحدود") == [(None, None)]
    assert roles_of(only("قتل مسلحو حركة الشباب في الهجوم")) == {"al_shabaab": "target"}


def test_gunmen_killed_by_an_air_force_keep_the_group_the_story_gives_them() -> None:
    # the killers are not the account's side here: the default group stands
    norm = normalize("أعلن المركز مقتل 20 مسلحاً في غارات نفذها الطيران الروسي")
    items = find_casualties(norm, find_actors(norm), "opposition fighters", "Russian forces")
    assert [(i.group, i.value) for i in items] == [("opposition fighters", 20)]


def test_gunmen_beside_soldiers_of_a_named_army_are_not_its_dead() -> None:
    norm = normalize("مقتل 4 جنود أتراك ومسلحين اثنين في اشتباك")
    groups = [(i.group, i.value) for i in find_casualties(norm, find_actors(norm), "Turkish forces")]
    assert groups == [("Turkish forces", 4), ("militants", 2)]


def test_fighters_the_state_calls_terrorists_are_not_its_own_dead() -> None:
    event = only(
        "عملية أمنية في سيناء\n"
        "أعلن المتحدث العسكري مقتل 12 إرهابياً في مداهمات بمحافظة شمال سيناء، فيما استشهد مجند خلال "
        "العملية."
    )
    assert figures_of(event) == {("killed", 12), ("killed", 1)}
    assert "militants" in {c.group for c in event.casualties}


def test_the_dual_of_attackers_counts_two() -> None:
    event = only(
        "هجوم على مركز شرطة\nهاجم مسلحان مركزاً للشرطة في مدينة ديار بكر وقتلا شرطياً، وقُتل المهاجمان "
        "في تبادل لإطلاق النار."
    )
    assert ("killed", 2) in figures_of(event)


def test_attackers_with_no_group_named_are_not_the_victims_group() -> None:
    event = only(
        "هجوم على ثكنة\nقُتل خمسة جنود في هجوم على ثكنة في ولاية تاهوا، وأعلن الجيش مقتل ثمانية من المهاجمين."
    )
    assert figures_of(event) == {("killed", 5), ("killed", 8)}


@pytest.mark.parametrize(
    "text",
    [
        ("غارة على سيارة\nقصفت مسيرة تركية سيارة قرب قرية في قضاء العمادية، ما أسفر عن مقتل شخصين. "
         "وقالت وزارة الدفاع التركية إن قواتها حيدت إرهابيين اثنين في المنطقة."),
        ("غارة على الجنوب\nاستشهد ثلاثة مواطنين بغارة إسرائيلية على منزل في بلدة عيترون. وقال الجيش "
         "الإسرائيلي إنه قضى على ثلاثة عناصر من حزب الله."),
    ],
)
def test_the_strikers_own_name_for_the_dead_of_its_strike_is_no_second_toll(text: str) -> None:
    assert len(tolls(text)) == 1


def test_attackers_killed_by_the_victims_side_in_the_same_number_are_a_toll_of_their_own() -> None:
    text = ("هجوم على حاجز\nقتل مسلحون جنديين في هجوم على حاجز للجيش قرب بلدة الرطبة. وقال الجيش إن "
            "قواته قتلت اثنين من المهاجمين.")
    assert tolls(text) == [(2, None), (2, None)]


def test_soldiers_and_the_members_of_an_allied_militia_beside_them_are_two_tolls() -> None:
    # the militia's members, by a number or by a dual noun, are not the soldiers counted before
    # them, and the soldiers are not the militia's
    assert sorted(tolls(
        "قتل ثلاثة جنود وستة من عناصر الحرس الأهلي في هجوم شنه مسلحون على قرية في ولاية كادونا."
    )) == [(3, None), (6, None)]
    assert sorted(tolls(
        "أسفر الهجوم على بلدة غوبيو عن مقتل أربعة جنود وعنصرين من قوة المهام المشتركة المدنية."
    )) == [(2, None), (4, None)]


def test_an_officer_and_soldiers_of_one_army_stay_one_toll() -> None:
    assert tolls("قتل ضابط وجنديان من الجيش السوداني في هجوم على بلدة الدلنج.") == [(3, None)]


def test_a_spokesmans_force_owns_the_soldiers_its_pronoun_names() -> None:
    # "أعلن المتحدث باسم X أن قواته ... فيما قتل ثلاثة من جنودها": X speaks, and "جنودها" are
    # its own dead, not the attackers' counted before them
    got = only("اشتباك في الإقليم\nأعلن المتحدث باسم الجيش الكيني أن قواته صدت هجوماً لحركة الشباب "
               "على معسكر في بلدة هلوغو، وقتلت سبعة من المهاجمين، فيما قتل اثنان من جنودها.")
    assert group_tolls_of(got) == {("al-Shabaab", 7, None), ("Kenyan forces", 2, None)}
def test_each_sides_dead_in_a_clash_named_back_by_their_groups_head_noun_are_two_tolls() -> None:
    # "الجماعة" and "الولاية" point back to the two groups the clause named by those nouns
    event = only(
        "اشتباكات بين تنظيمين في نيجيريا\nمايدوغوري - أفاد مصدر عسكري بأن مواجهات عنيفة دارت بين "
        "جماعة بوكو حرام وتنظيم ولاية غرب أفريقيا قرب بلدة مونغونو وأسفرت عن مقتل 35 من مقاتلي "
        "الجماعة و14 من عناصر الولاية."
    )
    assert sorted(k for _, k, _ in group_tolls_of(event)) == [14, 35]
    assert len({g for g, _, _ in group_tolls_of(event)}) == 2


def test_the_movements_members_killed_by_a_clan_militia_are_not_the_militias_dead() -> None:
    event = only(
        "معارك في شبيلي الوسطى\nجوهر - قتل ستة من مقاتلي ميليشيا عشائرية في مواجهات مع حركة الشباب "
        "قرب بلدة جوهر، فيما قال زعيم العشيرة إن مقاتليه قتلوا ثمانية من عناصر الحركة."
    )
    groups = {k: g for g, k, _ in group_tolls_of(event)}
    assert set(groups) == {6, 8}
    assert groups[8] == "al-Shabaab" and groups[6] != groups[8]


def test_a_head_noun_no_named_group_was_called_by_is_no_owner() -> None:
    # "عناصر الحركة" with no movement named: the side is not guessed from the head noun
    norm = normalize("قتل خمسة من عناصر الحركة في اشتباك مع الجيش")
    assert [(i.group, i.value) for i in find_casualties(norm, find_actors(norm))] == [(None, 5)]


def test_attackers_killed_by_the_security_forces_are_a_toll_of_their_own() -> None:
    event = only(
        "هجوم على حاجز في بيشاور\nبيشاور - قتل أربعة من عناصر الشرطة في هجوم على نقطة تفتيش شمالي "
        "المدينة، فيما قتلت قوات الأمن اثنين من المهاجمين."
    )
    groups = {k: g for g, k, _ in group_tolls_of(event)}
    assert set(groups) == {4, 2}
    assert groups[2] == "militants"


def test_the_attackers_counted_after_their_definite_noun_are_not_the_soldiers_counted_before() -> None:
    # "المسلحين الـ20": the figure after its people noun and the article
    norm = normalize("وقال الجيش إن ثلاثة جنود قتلوا، وإن جميع المسلحين الـ20 قتلوا في العملية")
    groups = {i.value: i.group for i in find_casualties(norm, find_actors(norm), "forces")}
    assert set(groups) == {3, 20}
    assert groups[20] != groups[3]


def test_security_men_counted_after_a_partitive_are_not_the_militants_counted_before() -> None:
    event = only(
        "هجوم على ثكنة\nالقصرين - أعلنت وزارة الدفاع أن الوحدات العسكرية قضت على 12 إرهابياً إثر "
        "هجوم على ثكنة بجبل الشعانبي، فيما استشهد أربعة من الأمنيين."
    )
    groups = {k: g for g, k, _ in group_tolls_of(event)}
    assert set(groups) == {12, 4}
    assert groups[4] != groups[12]


def test_the_force_that_killed_them_is_not_what_of_them_refers_to() -> None:
    # "منهم" after "قوات الأمن قتلت": the gunmen told of before, not the force that killed them
    event = only(
        "هجوم على مقر الولاية\nقال الناطق باسم الحكومة إن مجموعة من 15 مسلحاً هاجمت ليل الأحد مقر "
        "الولاية في مدينة أبشي، وإن قوات الأمن قتلت تسعة منهم، فيما قتل شرطي من حرس المقر."
    )
    groups = {k: g for g, k, _ in group_tolls_of(event)}
    assert set(groups) == {9, 1}
    assert groups[9] != groups[1]


def test_of_them_after_a_named_group_still_refers_to_that_group() -> None:
    norm = normalize("تصدت القوات لهجوم شنه عناصر من حركة الشباب وقتلت خمسة منهم")
    actors = find_actors(norm)
    assert [(i.group, i.value) for i in find_casualties(norm, actors)] == [("al-Shabaab", 5)]


def test_a_speakers_own_men_after_a_partitive_are_not_the_civilians_counted_before() -> None:
    event = only(
        "قتلى في قصف حدودي\nالقصر - قتل أربعة مواطنين بقصف طال بلدة حدودية خلال اشتباكات مع مهربين، "
        "فيما أعلنت وزارة الدفاع مقتل اثنين من عناصرها."
    )
    groups = {k: g for g, k, _ in group_tolls_of(event)}
    assert set(groups) == {4, 2}
    assert groups[4] == "civilians" and groups[2] != "civilians"


def test_an_amount_joined_after_the_speakers_own_dead_is_the_other_sides() -> None:
    # "أربعة من جنوده" is counted; "وعشرة من عناصر X" is an amount of its own, X's dead, not
    # the figure of "جنوده"
    event = only("أعلن الجيش التشادي مقتل أربعة من جنوده وعشرة من عناصر جماعة بوكو حرام، في هجوم "
                 "شنته الجماعة على موقع عسكري قرب مدينة باغاسولا، ليل الثلاثاء.")
    assert sorted(c.killed or 0 for c in event.casualties) == [4, 10]


def test_of_them_after_the_people_the_attackers_struck_counts_those_people() -> None:
    norm = normalize(
        "وأفاد مصدر محلي بأن مجموعة من المستعمرين هاجمت منازل المواطنين في الطرف الشمالي من "
        "البلدة، واعتدت على أصحابها بالعصي، ما أدى لإصابة أربعة منهم برضوض."
    )
    assert [(i.group, i.value) for i in find_casualties(norm, find_actors(norm))] == [("civilians", 4)]


def test_an_army_admitting_its_losses_counts_its_own_soldiers_apart_from_the_enemys_dead() -> None:
    text = (
        "اشتباكات على الحدود\n"
        "أقر الجيش الباكستاني بمقتل 23 من جنوده في الاشتباكات التي اندلعت ليلاً مع القوات "
        "الأفغانية في منطقة كرم، مؤكداً أنه قتل أكثر من 200 من عناصر طالبان."
    )
    assert sorted(k for k, _ in tolls(text)) == [23, 200]

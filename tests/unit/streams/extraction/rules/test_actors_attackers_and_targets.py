"""Which actor attacked and which was attacked: the doer of a killing verb, a nationality after an
attack noun, unnamed gunmen as the unknown actor, and the side that only returned fire."""

import pytest

from streams.extraction.actors import assign_roles, find_actors
from streams.extraction.arabic import normalize
from tests.unit.streams.extraction.reading import actor_ids, actors_of, events, group_tolls_of, only, roles_of


def ids(text: str, country: str | None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


def test_a_drone_attributed_to_rwanda_by_its_adjective() -> None:
    assert "rwanda" in actor_ids("قتل 3 مدنيين بغارة مسيرة رواندية على قرية قرب غوما.")


def test_a_retold_headline_adds_its_actor_to_the_body() -> None:
    text = ("مقتل 3 جنود بهجوم لحركة الشباب في جوهر\n"
            "قال مسؤول عسكري إن ثلاثة جنود قتلوا عندما هاجم مسلحون قاعدة للجيش قرب مدينة جوهر فجر اليوم.")
    got = only(text)
    assert "al_shabaab" in {a.id for a in got.actors}
    assert [(c.killed, c.injured) for c in got.casualties] == [(3, None)]


def test_a_force_sent_to_part_the_fighters_is_no_perpetrator() -> None:
    got = only("قتل شخصان في اشتباك بين عشيرتين في قضاء الشطرة، وتدخلت قوة من الجيش العراقي لفض "
               "النزاع واعتقلت خمسة من المتورطين.")
    assert roles_of(got).get("iraqi_forces") != "perpetrator"


def test_a_force_that_arrests_after_an_attack_verb_is_still_its_doer() -> None:
    got = only("اقتحمت قوة من الجيش العراقي قرية في قضاء الشطرة واعتقلت خمسة وقتلت مسلحاً.")
    assert roles_of(got).get("iraqi_forces") == "perpetrator"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل 5 من عناصر الأمن العام في هجوم شنته مجموعة من فلول النظام البائد على حاجز قرب بانياس.",
         "unknown"),
        ("قالت وزارة الدفاع في حكومة الوحدة الوطنية إن مسيراتها قصفت مخزناً للمهربين غرب طرابلس وقتلت 3.",
         "libyan_gov_forces"),
    ],
)
def test_doers_named_by_what_they_were_or_by_their_ministry(text: str, actor: str) -> None:
    assert roles_of(only(text)).get(actor) == "perpetrator"


def test_an_attack_nobody_owned_is_the_work_of_unknown_attackers() -> None:
    text = "السليمانية - أصيب حارسان بهجوم بمسيرة على حقل للغاز في جمجمال، ولم تتبن أي جهة الهجوم."
    assert actor_ids(text) == {"unknown"}


def test_the_planter_named_by_a_verb_of_its_own_is_the_attacker() -> None:
    text = (
        "استشهاد جندي بانفجار لغم في الجبل\n"
        "استشهد جندي إثر انفجار لغم أرضي خلال دورية في جبل سمامة.\n"
        "وقالت الوزارة إن اللغم زرعته عناصر من تنظيم القاعدة في بلاد المغرب الإسلامي."
    )
    assert "aqim" in actor_ids(text), actor_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "هاجم عناصر من تنظيم داعش حاجزاً لقوات النظام قرب مدينة السخنة، ما أدى إلى مقتل ضابط "
        "وخمسة عناصر، في حين قُتل ثلاثة من المهاجمين.",
        "هاجم عناصر من تنظيم داعش حاجزاً لقوات النظام قرب مدينة السخنة، واندلعت اشتباكات بين "
        "الطرفين، ما أدى إلى مقتل ضابط وخمسة عناصر، في حين قُتل ثلاثة من المهاجمين.",
    ],
)
def test_attackers_and_defenders_in_one_event(text: str) -> None:
    event = only("هجوم\n" + text)
    assert group_tolls_of(event) == {("government forces", 6, None), ("ISIS", 3, None)}
    assert roles_of(event) == {"isis": "perpetrator", "syrian_army": "target"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("جراء قصف مدفعي تركي على القرية", "turkey"),
        ("تصدت الدفاعات لعدوان إسرائيلي بالصواريخ", "israel"),
        ("استهدفت غارة روسية السوق", "russia"),
    ],
)
def test_nationality_adjectives_after_attack_nouns_name_the_attacker(text: str, actor: str) -> None:
    norm = normalize(text)
    mentions = find_actors(norm)
    assert assign_roles(norm, mentions).get(actor) == "perpetrator"


def test_adjective_alone_is_not_an_actor() -> None:
    assert find_actors(normalize("وصل وفد تركي إلى دمشق")) == []


def test_the_side_that_returned_fire_was_attacked() -> None:
    event = only(
        "قصف على نقطة تركية\n"
        "قُتل جندي تركي بقذائف استهدفت نقطة عسكرية في ريف إدلب، وردت القوات التركية بقصف مصادر النيران."
    )
    assert roles_of(event)["turkey"] == "target"


def test_answering_fire_does_not_make_an_attacker() -> None:
    norm = normalize(
        "أصيب عنصران من قوات النظام بهجوم على حاجز، وقال مصدر إن قوات النظام ردت على مصادر الإطلاق."
    )
    assert assign_roles(norm, find_actors(norm))["syrian_army"] == "target"


def test_masked_gunmen_are_unknown() -> None:
    text = "خبر\nقتل رجل برصاص ملثمين أطلقوا النار على سيارته في القرية مساء أمس."
    assert "unknown" in {a.id for e in events(text) for a in e.actors}


def test_the_force_right_after_an_active_killing_verb_is_the_killer() -> None:
    event = only("قتلت قوات الدعم السريع تسعة مدنيين في قرية شرقي الفاشر.")
    roles = {a.id: a.role for a in event.actors}
    assert roles["rsf"] == "perpetrator"


def test_the_active_verb_before_a_dual_victim_noun_makes_the_killer() -> None:
    event = only("قتلت ميليشيا الحوثي طفلين بقذيفة سقطت على منزلهما في حيس.")
    roles = {a.id: a.role for a in event.actors}
    assert roles["houthis"] == "perpetrator"


def test_a_soldier_killed_in_the_passive_is_still_the_target() -> None:
    event = only("قتل جندي تركي وأصيب آخران بهجوم لحزب العمال الكردستاني في دهوك.")
    roles = {a.id: a.role for a in event.actors}
    assert roles["turkey"] == "target"
    assert roles["pkk"] == "perpetrator"


def test_a_definite_attack_noun_with_a_definite_nationality_names_the_attacker() -> None:
    text = "غارة\nارتفعت حصيلة الغارة الإسرائيلية على مبنى في مدينة صور إلى 6 قتلى."
    assert [a.id for e in events(text) for a in e.actors] == ["israel"]


def test_a_definite_nationality_after_a_noun_that_is_no_attack_names_no_one() -> None:
    text = "حادث\nالتقى الوفد الإسرائيلي بالمسؤولين، وقتل 3 في حادث إطلاق نار في المدينة."
    assert "israel" not in [a.id for e in events(text) for a in e.actors]


@pytest.mark.parametrize(
    ("text", "actor"),
    [("استشهد 5 أشخاص في غارتين إسرائيليتين على بلدة في قضاء صور.", "israel"),
     ("قتل سائق برصاص عصابة خطف على طريق دمشق - السويداء.", "unknown")],
)
def test_a_dual_strike_and_a_kidnapping_gang_name_their_doers(text: str, actor: str) -> None:
    assert actor in {a.id for e in events(text) for a in e.actors}


def test_a_speakers_colon_keeps_the_speaker_with_the_toll() -> None:
    text = ("بيان\nقال المتحدث باسم الجيش العراقي: قتل جنديان في هجوم على نقطة تفتيش قرب "
            "الحدود.")
    assert [a.id for e in events(text) for a in e.actors] == ["iraqi_forces"]


def test_a_second_nationality_keeps_the_first() -> None:
    assert {"us_forces", "uk"} <= actor_ids("غارات أمريكية وبريطانية على الحديدة تقتل 4")


def test_a_hedged_nationality_names_the_attacker() -> None:
    assert ids("قصفت طائرة مسيرة يرجح أنها تركية قرية", "IQ") == ["turkey"]


def test_gunmen_who_hit_a_named_group_are_unknown() -> None:
    [event] = events("قتل ثلاثة من عناصر طالبان برصاص مسلحين مجهولين في ولاية قندهار")
    assert {"taliban", "unknown"} <= {a.id for a in event.actors}


def test_unnamed_gunmen_are_the_unknown_actor() -> None:
    event = only("خطف جماعي\nاختطف مسلحون 40 مسافراً على طريق سريع في ولاية زامفارا شمال غربي نيجيريا.")
    assert roles_of(event).get("unknown") == "perpetrator"


def test_gunmen_of_a_named_group_are_not_unknown() -> None:
    event = only("هجوم\nقتل مسلحون من حركة الشباب 7 جنود في هجوم على قاعدة في إقليم شبيلي السفلى.")
    assert "unknown" not in roles_of(event)
    assert "al_shabaab" in roles_of(event)


def test_an_armed_attack_adjective_is_no_gunman() -> None:
    event = only("هجوم\nقُتل شرطيان في هجوم مسلح على دورية في مدينة العريش.")
    assert "unknown" not in roles_of(event)


def test_the_group_unnamed_gunmen_are_said_to_be_has_their_part() -> None:
    # "الهجمات التي شنها مسلحون يعتقد أنهم رعاة من الفولاني": the herders are the gunmen who
    # attacked, and the villagers killed are not theirs
    event = only(
        "مقتل 30 قروياً في بلاتو\nارتفعت حصيلة الهجمات التي شنها مسلحون يعتقد أنهم رعاة من قبائل "
        "الفولاني على قرى في ولاية بلاتو إلى 30 قتيلاً."
    )
    assert roles_of(event)["fulani_herders"] == "perpetrator"
    assert [c.group for c in event.casualties] != ["armed herders"]


def test_the_force_a_drone_is_said_to_belong_to_launched_it() -> None:
    # "إن الطائرة تابعة للجيش": the owner of the weapon is the doer, in a sentence of its own
    event = only(
        "مسيرة تقتل تسعة في سوق بإقليم أمهرة\nقتل تسعة مدنيين بغارة بطائرة مسيرة على سوق في مدينة "
        "بحر دار بإقليم أمهرة. وقال شهود إن الطائرة تابعة للجيش الإثيوبي."
    )
    assert roles_of(event).get("ethiopian_forces") == "perpetrator"


def test_a_site_said_to_belong_to_a_force_is_its_target() -> None:
    roles = roles_of(only("قتل جنديان في هجوم بمسيرة على موقع تابع للجيش السوداني قرب مدينة الأبيض."))
    assert roles.get("sudan_army") != "perpetrator"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the speaker of a reported attack by another, and the accuser of a headline
        ("قالت قوات الدعم السريع إن طائرات الجيش قصفت السوق",
         {"rsf": "mentioned", "sudan_army": "perpetrator"}),
        ("الدعم السريع تتهم الجيش بقصف سوق في المدينة", {"rsf": "mentioned"}),
        # the speaker who tells of its own attack ("إنه") did it
        ("قال الجيش إنه قصف مواقع الدعم السريع", {"sudan_army": "perpetrator"}),
    ],
)
def test_the_speaker_of_another_s_attack_is_not_its_doer(text: str, roles: dict[str, str]) -> None:
    norm = normalize(text)
    got = assign_roles(norm, find_actors(norm, "SD"))
    assert {k: got[k] for k in roles} == roles


def test_an_aside_on_the_attackers_name_keeps_them_in_the_attack() -> None:
    event = only(
        "مسلحون يقتلون ثلاثة صيادين\n"
        'قال مسؤول محلي إن مسلحين من جماعة "الشباب"، كما يسميهم الأهالي، قطعوا رؤوس ثلاثة صيادين '
        "قرب بلدة موسيمبوا دا برايا شمالي موزمبيق."
    )
    assert "is_provinces" in {a.id for a in event.actors}
def test_the_group_after_a_relative_attack_verb_attacked_and_the_force_before_it_fought_back() -> None:
    # "هجوماً شنه مسلحو تنظيم X": the verb's subject follows it; the army that repelled the
    # attack is not its doer
    got = only("هجوم على معسكر\nقال الجيش التشادي إن قواته صدت هجوماً شنه مسلحو تنظيم \"بوكو حرام\" "
               "على معسكر قرب بلدة بغاسولا، وقتلت تسعة من المهاجمين، فيما قتل جنديان.")
    assert roles_of(got)["boko_haram"] == "perpetrator"
    assert roles_of(got)["sahel_armies"] != "perpetrator"
    assert sorted((c.killed, c.injured) for c in got.casualties) == [(2, None), (9, None)]


@pytest.mark.parametrize("day", ["الأحد", "اليوم", "أمس", "يوم الجمعة"])
def test_dawn_before_a_day_is_no_detonation_verb(day: str) -> None:
    # "فجر" spelt as "فجّر" (detonated): before a day it is the time of the attack, so the force
    # named before it did not set anything off
    text = f"صدت الشرطة فجر {day} هجوماً على مركز في بلدة بغاسولا."
    norm = normalize(text)
    assert assign_roles(norm, find_actors(norm, "TD")).get("sahel_armies") != "perpetrator"


def test_detonated_with_no_day_after_it_is_still_a_verb() -> None:
    norm = normalize("فجر مسلحو حركة الشباب عبوة ناسفة قرب دورية في مقديشو.")
    assert assign_roles(norm, find_actors(norm, "SO"))["al_shabaab"] == "perpetrator"


def test_an_accuser_before_the_attack_noun_after_a_preposition_is_no_doer() -> None:
    # "بقصف" is the noun the accused is charged with, not a verb whose subject is the accuser
    norm = normalize("اتهمت هيئة تحرير الشام، الأحد، الطيران الحربي الروسي بقصف مخيم للنازحين قرب سرمدا.")
    roles = assign_roles(norm, find_actors(norm, "SY"))
    assert roles["hts"] != "perpetrator"
    assert roles["russia"] == "perpetrator"


def test_a_verb_after_a_conjunction_is_still_its_subjects_attack() -> None:
    norm = normalize("هيئة تحرير الشام وقصفت مواقع للقوات الحكومية في ريف اللاذقية.")
    assert assign_roles(norm, find_actors(norm, "SY"))["hts"] == "perpetrator"


def test_a_force_that_tells_of_gunmen_attacking_is_no_doer() -> None:
    got = only("هجوم على قرية\nقالت الشرطة الكينية إن مسلحين مجهولين هاجموا قرية قرب بلدة هلوغو "
               "وقتلوا خمسة رعاة.")
    assert roles_of(got).get("kenyan_forces") != "perpetrator"
    assert roles_of(got)["unknown"] == "perpetrator"


def test_a_force_that_tells_of_its_own_strike_is_its_doer() -> None:
    norm = normalize("أعلن الجيش الكيني أن قواته قصفت معسكرا لحركة الشباب قرب بلدة هلوغو.")
    assert assign_roles(norm, find_actors(norm, "KE"))["kenyan_forces"] == "perpetrator"


@pytest.mark.parametrize("subject", ["عبوة ناسفة", "قذيفة هاون", "غارة جوية"])
def test_a_patrol_after_a_weapon_and_its_verb_is_the_one_hit(subject: str) -> None:
    # "عبوة ناسفة استهدفت دورية للجيش": the weapon is the verb's subject, the patrol its object
    norm = normalize(f"قتل جندي بانفجار {subject} استهدفت دورية للجيش الكيني قرب بلدة هلوغو.")
    assert assign_roles(norm, find_actors(norm, "KE"))["kenyan_forces"] == "target"


def test_a_patrol_of_an_army_after_the_verb_alone_is_its_subject() -> None:
    norm = normalize("هاجمت دورية من الجيش الكيني مخبأ للمسلحين قرب بلدة هلوغو.")
    assert assign_roles(norm, find_actors(norm, "KE"))["kenyan_forces"] == "perpetrator"


def test_the_group_that_planted_the_bomb_is_its_doer() -> None:
    norm = normalize("وقال المصدر إن عناصر حركة الشباب زرعت العبوة على طريق ترابي.")
    assert assign_roles(norm, find_actors(norm, "SO"))["al_shabaab"] == "perpetrator"


def test_two_groups_joined_by_and_share_the_attack() -> None:
    norm = normalize("قتل أربعة مدنيين بقصف مدفعي شنته قوات الدعم السريع والحركة الشعبية لتحرير السودان "
                     "- شمال على مدينة الدلنج.")
    roles = assign_roles(norm, find_actors(norm, "SD"))
    assert roles["rsf"] == roles["splm_n"] == "perpetrator"


def test_two_forces_joined_by_and_are_both_the_ones_hit() -> None:
    norm = normalize("هاجم مسلحون مواقع الجيش الكيني والشرطة الصومالية قرب الحدود.")
    roles = assign_roles(norm, find_actors(norm, "KE"))
    assert roles["kenyan_forces"] == "target"
    assert roles.get("somali_forces") == "target"


@pytest.mark.parametrize(
    ("text", "accused", "accuser"),
    [
        ("واتهمت السلطة المحلية مليشيا الحوثي بقصف الحي من مواقعها.", "houthis", None),
        ("واتهم الناطق باسم الجيش اليمني مليشيا الحوثي بقصف الحي.", "houthis", "yemeni_forces"),
        ("واتهمت حكومة طالبان الجيش الباكستاني وحلفاءه بشن الغارات.", "pakistani_forces", "taliban"),
    ],
)
def test_the_party_right_before_the_charge_is_the_accused_doer(
    text: str, accused: str, accuser: str | None
) -> None:
    norm = normalize(text)
    roles = assign_roles(norm, find_actors(norm))
    assert roles[accused] == "perpetrator"
    if accuser is not None:
        assert roles[accuser] != "perpetrator"


@pytest.mark.parametrize("fire", ["برصاص", "بنيران"])
def test_the_actor_of_the_unit_that_fired_is_the_doer(fire: str) -> None:
    norm = normalize(f"قتل شاب {fire} قوة من جيش الاحتلال الإسرائيلي توغلت في بلدة خان أرنبة.")
    assert assign_roles(norm, find_actors(norm, "SY"))["israel"] == "perpetrator"


def test_the_doer_of_a_massacre_after_its_relative_verb() -> None:
    norm = normalize("ارتفعت حصيلة المجزرة التي ارتكبها الاحتلال الإسرائيلي بقصف مدرسة في مدينة غزة إلى 30.")
    assert assign_roles(norm, find_actors(norm, "PS"))["israel"] == "perpetrator"


@pytest.mark.parametrize("hedge", ["يعتقد أنها تتبع لتنظيم", "يرجح أنها تابعة لتنظيم"])
def test_a_cell_said_to_belong_to_a_group_makes_the_group_the_doer(hedge: str) -> None:
    got = only(f"هجوم على حاجز\nقتل عنصران من الشرطة بهجوم شنته خلية {hedge} \"داعش\" على حاجز في بلدة "
               "الشرقاط.")
    assert roles_of(got)["isis"] == "perpetrator"


@pytest.mark.parametrize(
    ("text", "actor", "role"),
    [
        # the attack noun is in what the verb hit, after another noun of it: the owner was hit
        ("قال الجيش إن الضربات استهدفت مستودعات ذخيرة ومسيرات للمليشيا المتمردة.", "rsf", "target"),
        ("أكد البيان أن الطيران استهدف منصات إطلاق وصواريخ لجماعة الحوثي.", "houthis", "target"),
        # right after the verb, the attack noun is its subject: the owner attacked
        ("قصفت طائرات مسيرة للجيش السوداني سوق المدينة.", "sudan_army", "perpetrator"),
    ],
)
def test_an_attack_noun_in_what_was_hit_makes_its_owner_the_target(text: str, actor: str, role: str) -> None:
    norm = normalize(text)
    assert assign_roles(norm, find_actors(norm, "SD" if actor != "houthis" else "YE"))[actor] == role


@pytest.mark.parametrize(
    "attribution",
    ["ونسبت الشرطة الهجوم إلى حركة الشباب", "وعزت السلطات المحلية التفجير إلى حركة الشباب"],
)
def test_the_attack_ascribed_to_a_group_makes_it_the_perpetrator(attribution: str) -> None:
    event = only(
        "مقتل ثلاثة شرطيين بانفجار عبوة في مانديرا\n"
        "نيروبي - قُتل ثلاثة من عناصر الشرطة الكينية، الثلاثاء، إثر انفجار عبوة ناسفة بمركبتهم قرب "
        f"بلدة إلواك في مقاطعة مانديرا. {attribution} الصومالية."
    )
    assert roles_of(event).get("al_shabaab") == "perpetrator"


def test_a_credit_ascribed_to_a_party_names_no_attacker() -> None:
    event = only(
        "مقتل ثلاثة شرطيين بانفجار عبوة في مانديرا\n"
        "نيروبي - قُتل ثلاثة من عناصر الشرطة الكينية إثر انفجار عبوة ناسفة بمركبتهم قرب بلدة إلواك. "
        "ونسب المحافظ الفضل في إنقاذ الجرحى إلى حركة الشباب المحلية للإغاثة."
    )
    assert "al_shabaab" not in actors_of(event)


def test_the_rebels_who_fired_the_shells_of_a_relative_clause_fired_them() -> None:
    event = only("قتل ثلاثة نازحين جراء قذائف أطلقها متمردو حركة إم23 على مخيم قرب غوما.")
    assert roles_of(event)["m23"] == "perpetrator"

"""Rules and data prompted by the fifty-third blind set (tests/fixtures/extraction_eval/
blind53.yaml: who did it, a third fresh sample), each checked here on sentences written for the
test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- armed groups and forces under names the gazetteer lacked: a group by its leader's name,
# a splinter faction, a militia by its commander, a clan militia with the article, a unit of
# an army, the fighters' own name, boats and a coast guard, contractors, an anti-piracy mission

NAMED = {
    "jnim_by_its_leader": (
        "كمين في وسط مالي\n"
        "قتل ستة جنود عندما هاجم عناصر إياد أغ غالي دورية عسكرية قرب بلدة تننكو.",
        "jnim",
    ),
    "jamaat_ul_ahrar": (
        "هجوم على نقطة تفتيش\n"
        "قتل ثلاثة شرطيين في هجوم تبنته جماعة الأحرار على نقطة تفتيش في مردان.",
        "jamaat_ul_ahrar",
    ),
    "sudan_shield_forces": (
        "اتهامات في شرق الجزيرة\n"
        "قتل سبعة مزارعين في هجوم نفذته قوات كيكل على قرية شرقي ود مدني.",
        "sudan_shield_forces",
    ),
    "macawisley_with_article": (
        "معارك في هيران\n"
        "قتل خمسة مسلحين في اشتباك مع ميليشيات المعاويسلي قرب بلدوين.",
        "macawisley",
    ),
    "danab": (
        "عملية في جوبا السفلى\n"
        "قتلت قوات دنب 12 مسلحاً في هجوم على معسكر قرب كيسمايو.",
        "somali_forces",
    ),
    "amba_boys": (
        "هجوم في الإقليم الجنوبي الغربي\n"
        "قتل معلم برصاص مسلحين من أمبا بويز في مدينة بويا.",
        "ambazonian_separatists",
    ),
    "iranian_boats": (
        "حادث في الخليج\n"
        "أصيب ثلاثة بحارة عندما أطلقت زوارق إيرانية النار على سفينة تجارية قرب مضيق هرمز.",
        "iranian_forces",
    ),
    "russian_contractors": (
        "اتهامات لموسكو\n"
        "قتل عشرة رعاة في هجوم شنه المتعاقدون العسكريون الروس على مخيم قرب تمبكتو.",
        "wagner",
    ),
    "local_druze_factions": (
        "توتر في الجنوب السوري\n"
        "قتل ثلاثة عناصر من الأمن العام في كمين نصبته فصائل محلية درزية قرب شهبا.",
        "druze_factions",
    ),
    "lakurawa": (
        "هجوم في سوكوتو\n"
        "قتل تسعة رعاة في هجوم لجماعة لاكوراوا على قرية في ولاية سوكوتو.",
        "lakurawa",
    ),
    "eu_navfor": (
        "اشتباك في خليج عدن\n"
        "قتل قرصانان في تبادل لإطلاق النار مع القوة البحرية الأوروبية قبالة سواحل الصومال.",
        "eu_navfor",
    ),
    "ain_al_hilweh_islamists": (
        "اشتباكات في المخيم\n"
        "أصيب أربعة أشخاص في اشتباكات بين حركة فتح ومسلحي الشباب المسلم في مخيم عين الحلوة.",
        "al_shabab_al_muslim",
    ),
}


@pytest.mark.parametrize("case", sorted(NAMED))
def test_a_group_under_a_name_the_press_gives_it_is_its_actor(case: str) -> None:
    text, want = NAMED[case]
    assert want in actor_ids(text), actor_ids(text)


# --- the people counted: gendarmes, a unit's commander, pirates; a figure in a group's name

def test_gendarmes_a_commander_and_pirates_are_counted_people() -> None:
    assert counts("قتل دركيان وأصيب ثالث في هجوم على مركز حدودي") == [("killed", 2), ("injured", 1)]
    assert counts("قتل آمر سرية في انفجار عبوة على طريق المطار") == [("killed", 1)]
    assert counts("قتل قرصان وأصيب آخر عندما اقتربت سفينة حربية من المركب") == [
        ("killed", 1), ("injured", 1)]


def test_gendarmes_killed_are_the_forces_of_the_story_s_country() -> None:
    text = (
        "هجوم في أقصى الشمال\n"
        "قتل دركيان كاميرونيان في هجوم على نقطة مراقبة قرب مدينة مورا."
    )
    assert "cameroonian_forces" in actor_ids(text), actor_ids(text)


def test_a_figure_inside_a_group_s_name_is_no_toll() -> None:
    assert counts("الجيش يتهم إم 23 بإحراق قرية في شمال كيفو") == []
    assert tolls("مقتل أربعة مدنيين في هجوم نسبته السلطات إلى إم 23 قرب غوما") == [(4, None)]


def test_the_planter_named_by_a_verb_of_its_own_is_the_attacker() -> None:
    text = (
        "استشهاد جندي بانفجار لغم في الجبل\n"
        "استشهد جندي إثر انفجار لغم أرضي خلال دورية في جبل سمامة.\n"
        "وقالت الوزارة إن اللغم زرعته عناصر من تنظيم القاعدة في بلاد المغرب الإسلامي."
    )
    assert "aqim" in actor_ids(text), actor_ids(text)


# --- places as the desks spell them

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل شرطيان بانفجار عبوة على طريق قرب ماندرا شمال شرقي كينيا.", "ke_mandera_city"),
        ("قتل أربعة مدنيين في هجوم على سوق في مدينة بمباري.", "cf_bambari"),
        ("قتل ستة مسلحين في غارة بمسيرة قرب تينزاواتن شمالي مالي.", "ml_tinzaouaten"),
        ("قتل تسعة جنود في هجوم لميليشيا على حامية مدينة الناصر بولاية أعالي النيل.", "ss_nasir"),
        ("أصيب بحاران في هجوم لقراصنة على سفينة صيد راسية في ميناء إيل شمال شرقي الصومال.", "so_eyl"),
    ],
)
def test_towns_under_the_spellings_of_the_desks(text: str, want: str) -> None:
    assert want in place_ids(text), place_ids(text)


# --- hostages freed, told in a headline's present

@pytest.mark.parametrize(
    "text",
    [
        "عصابة مسلحة تطلق رهائن في زمفارا\nأفرجت العصابة عن 12 مختطفاً بعد مفاوضات مع زعماء القرية.",
        "زعيم ميليشيا يطلق الرهائن ويسلم سلاحه\nجرت المراسم بحضور حاكم الولاية وقادة محليين.",
    ],
)
def test_hostages_freed_in_a_headline_s_present_are_no_incident(text: str) -> None:
    assert events(text) == []

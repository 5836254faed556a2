"""Rules and data prompted by the fifty-third blind set (tests/fixtures/extraction_eval/
blind53.yaml: who did it, a third fresh sample), each checked here on sentences written for the
test, not on the set's own."""

import pytest

from tests.unit.streams.extraction.reading import actor_ids

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

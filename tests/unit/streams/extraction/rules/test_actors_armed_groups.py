"""Armed groups, militias, tribal fighters and factions are named by the names the news gives them,
and each stays its own actor."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import actor_ids, actors_of, events, only


def _actor_ids(text: str, country: str | None = None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


# armed groups and forces under names the gazetteer lacked: a group by its leader's name,
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


def _ids(text: str) -> tuple[set[str], set[str]]:
    got = events(text)
    actors = {a.id for e in got for a in e.actors}
    places = {p for e in got for loc in e.locations for p in ancestors(loc.id)}
    return actors, places


def ids(text: str, country: str | None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the Houthis' own media call their forces after the capital they hold
        ("قال المتحدث العسكري باسم قوات صنعاء إن قواته قصفت سفينة تجارية في البحر الأحمر وأصابت 3 من طاقمها.",
         "houthis"),
        ("أعلنت جبهة البوليساريو أن مقاتليها قصفوا مواقع للجيش المغربي في المحبس، ما أدى إلى إصابة جنديين.",
         "polisario"),
        ("هاجم مسلحون من الانفصاليين الأمبازونيين مركزاً للشرطة في بلدة كومبو بالكاميرون وقتلوا 3 عناصر.",
         "ambazonian_separatists"),
        ("قال الإطار الاستراتيجي الدائم إن مقاتليه قتلوا 12 جندياً في هجوم على قاعدة عسكرية بمنطقة كيدال.",
         "csp_psd"),
    ],
)
def test_groups_by_the_names_their_news_give_them(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_the_clan_militia_is_read_with_its_article_and_long_vowel() -> None:
    assert "macawisley" in actor_ids(
        "معارك في هيران\nقتل ثلاثة من مسلحي الشباب في هجوم شنه المعاويسلي على مواقعهم قرب بلدة محاس."
    )


def test_tribes_fighting_each_other_are_tribal_fighters() -> None:
    assert "tribal_forces" in _actor_ids("اندلع نزاع عشائري بين عشيرتين في القضاء", "IQ")
    assert "tribal_forces" in _actor_ids("تجددت اشتباكات قبلية في المدينة", "LY")


def test_two_armed_groups_are_armed_groups() -> None:
    assert _actor_ids("اشتباكات بين مجموعتين مسلحتين في المدينة", "LY") == ["armed_groups"]


def test_fatah_is_a_palestinian_faction() -> None:
    assert _actor_ids("اشتباكات بين عناصر من حركة فتح ومسلحين في المخيم", "LB")[0] == "palestinian_factions"


def test_the_iraqi_hezbollah_is_not_the_lebanese_one() -> None:
    assert _actor_ids("استهدفت مسيرة سيارة لميليشيا حزب الله العراقي", "IQ") == ["pmf"]


def test_the_southern_opposition_is_not_the_northern_movement() -> None:
    text = "جوبا - قتل 5 جنود في هجوم شنته الحركة الشعبية لتحرير السودان في المعارضة على بلدة ناصر."
    assert "splm_io" in actor_ids(text)
    assert "splm_n" not in actor_ids(text)


def test_the_rafah_militia_backed_by_israel_is_named_by_its_commander() -> None:
    text = ("قتل شاب برصاص مسلحين يتبعون لياسر أبو شباب قرب مفترق موراج شمال مدينة رفح "
            "جنوبي قطاع غزة.")
    assert "popular_forces" in actor_ids(text)


def test_the_islamist_brigade_beside_sudan_s_army_is_its_own_actor() -> None:
    text = "اتهم ناشطون مقاتلي كتيبة البراء بن مالك بقتل خمسة مدنيين في قرية شرق مدينة سنار."
    assert "al_baraa_bin_malik_brigade" in actor_ids(text)


def test_chad_s_armed_opposition_in_libya_is_its_own_actor() -> None:
    text = "قتل جنديان في هجوم للمتمردين التشاديين على نقطة عسكرية قرب مدينة القطرون."
    assert "chadian_rebels" in actor_ids(text)


def test_the_congo_s_pro_government_militias_are_their_own_actor() -> None:
    text = "قتل ثمانية أشخاص في هجوم شنه مسلحو وازاليندو على قرية في إقليم ماسيسي بشمال كيفو."
    assert "wazalendo" in actor_ids(text)


def test_hadramawt_s_tribal_alliance_is_its_own_actor() -> None:
    text = "قتل مسلحان من حلف قبائل حضرموت في اشتباك مع قوة عسكرية قرب مدينة المكلا."
    assert "hadramawt_tribal_alliance" in actor_ids(text)


def test_the_camp_s_jihadist_group_is_its_own_actor() -> None:
    text = "أصيب أربعة أشخاص في اشتباك بين عناصر من جند الشام ومسلحين آخرين داخل مخيم عين الحلوة."
    assert "jund_al_sham" in actor_ids(text)


def test_somalia_s_clan_militia_in_its_shorter_spelling() -> None:
    text = "قتل ثلاثة من مقاتلي معوسلي في هجوم لحركة الشباب على قرية قرب بلدوين."
    assert "macawisley" in actor_ids(text)


@pytest.mark.parametrize("case", sorted(NAMED))
def test_a_group_under_a_name_the_press_gives_it_is_its_actor(case: str) -> None:
    text, want = NAMED[case]
    assert want in actor_ids(text), actor_ids(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قالت الشرطة التايلاندية إن قنبلة انفجرت قرب مدرسة", "thai_forces"),
        ("تتهم السلطات الجبهة الثورية الوطنية بتنفيذ التفجيرات في الجنوب", "brn"),
        ("تبادل الجيش الكمبودي إطلاق النار مع القوات التايلاندية", "cambodian_forces"),
        ("أطلقت الشرطة البنغلاديشية الرصاص المطاط على الطلاب", "bangladeshi_forces"),
        ("قتلت القوات الهندية ثمانية من المتمردين الماويين في غابات جهارخاند", "naxalites"),
        ("اشتبك الجيش مع مقاتلي الحرية الإسلاميين في بانغسامورو", "biff"),
        ("داهمت الشرطة البرازيلية معاقل القيادة الحمراء في ريو", "comando_vermelho"),
        ("نقل زعيم القيادة الأولى للعاصمة إلى سجن فدرالي", "pcc"),
        ("قالت الشرطة الإكوادورية إن عصابة لوس تشونيروس تقف وراء الهجوم", "los_choneros"),
        ("تتنافس لوس لوبوس مع عصابات أخرى على الموانئ", "los_lobos"),
        ("تبنى تنظيم داعش الساحل الهجوم على القافلة", "is_provinces"),
    ],
)
def test_a_world_desks_name_for_a_force_or_group_is_that_actor(text: str, actor: str) -> None:
    assert actor in {m.entry.id for m in find_actors(normalize(text))}


def test_an_islamic_state_province_by_the_full_name() -> None:
    norm = normalize("هاجم مسلحون من تنظيم الدولة الإسلامية في الصحراء الكبرى قرية")
    assert "is_provinces" in {m.entry.id for m in find_actors(norm)}


def test_a_military_base_is_not_al_qaeda() -> None:
    base = only("قصفت طائرات حربية مجهولة قاعدة الوطية الجوية، ما أدى إلى مقتل اثنين من حراس القاعدة.")
    assert "aqim" not in actors_of(base) and "al_qaeda" not in actors_of(base)
    group = only("قتل جنديان في هجوم شنه عناصر من تنظيم القاعدة على نقطة عسكرية في محافظة أبين.")
    assert "aqap" in actors_of(group)


def test_gunmen_named_by_their_tribe_are_tribal_forces() -> None:
    text = "قتل جنديان في اشتباك مع مسلحين قبليين عند نقطة تفتيش في مأرب."
    assert "tribal_forces" in {a.id for e in events(text) for a in e.actors}


def test_the_government_in_sanaa_is_the_houthis() -> None:
    text = "قالت وزارة الصحة في حكومة صنعاء إن خمسة قتلوا بغارات على ميناء الحديدة"
    assert "houthis" in actor_ids(text)


def test_iranian_media_name_for_jaish_al_adl_is_the_baloch_insurgents() -> None:
    text = "زاهدان - استشهد شرطي في هجوم مسلح شنته عناصر زمرة جيش الظلم على مخفر حدودي."
    assert "baloch_insurgents" in actor_ids(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("أعماق: جنود الخلافة يقتلون 3 من عناصر الجيش في ريف كركوك", "isis"),
        ("وكالة أعماق: مقتل جنديين بهجوم في ديالى", "isis"),
        ("اغتيال مسؤول في المجلس الانتقالي بعبوة ناسفة في لحج", "stc"),
        ("الدفاع التركية: مقتل جندي بهجوم في شمال العراق", "turkey"),
        ("غارات أمريكية بريطانية على صنعاء تقتل 3", "uk"),
        ("الغارات الأميركية البريطانية على صعدة تقتل شخصين", "uk"),
        ("مقتل مهاجرَين برصاص خفر السواحل الليبي قبالة زوارة", "libyan_gov_forces"),
        ("مقتل مهاجر برصاص خفر السواحل قبالة الزاوية الليبية", "libyan_gov_forces"),
    ],
)
def test_short_items_name_their_actors(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_settlers_named_colonisers_are_the_settlers() -> None:
    text = (
        "إصابات بهجوم للمستعمرين\n"
        "أصيب ثلاثة مواطنين برضوض إثر هجوم نفذه مستعمرون على قرية ترمسعيا شمال رام الله صباح اليوم."
    )
    assert "israeli_settlers" in actor_ids(text)


def test_the_coloniser_of_history_is_not_the_settlers() -> None:
    text = (
        "ذكرى مجازر الاستعمار\n"
        "قتل المستعمر الفرنسي آلاف الجزائريين في مدينة سطيف عام 1945."
    )
    assert "israeli_settlers" not in actor_ids(text)


def test_popular_resistance_in_somalia_is_the_clan_militias() -> None:
    text = "قتل 3 من عناصر المقاومة الشعبية في هجوم لحركة الشباب قرب مدينة بلدوين وسط الصومال."
    found = actor_ids(text)
    assert "macawisley" in found
    assert "popular_resistance" not in found


def test_south_sudans_nuer_militia_and_its_states() -> None:
    actors, places = _ids(
        "قتل ثلاثة جنود في هجوم شنه مسلحو الجيش الأبيض على ثكنة قرب ملكال في ولاية أعالي النيل"
    )
    assert "white_army" in actors and {"ss_upper_nile", "ss"} <= places


def test_south_sudans_army_and_armed_opposition() -> None:
    actors, places = _ids("اشتباكات بين الجيش الجنوب سوداني وقوات مشار في ولاية جونقلي أوقعت 9 قتلى")
    assert {"south_sudan_forces", "splm_io"} <= actors and "ss_jonglei" in places


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل 12 قرويا في هجوم شنه مسلحو كوديكو على قرية في إيتوري.", "codeco"),
        ("تبنى تنظيم داعش خراسان الهجوم على حافلة في كابل.", "is_provinces"),
    ],
)
def test_the_armed_groups_of_local_wars_are_named(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


@pytest.mark.parametrize(
    ("country", "actor"), [("PS", "palestinian_factions"), ("LB", "hezbollah"), (None, "armed_groups")]
)
def test_resistance_fighters_are_the_factions_of_the_storys_country(country: str | None, actor: str) -> None:
    assert ids("استشهد مقاومين", country) == [actor]


def test_the_separatists_are_the_separatist_movement_of_the_storys_country() -> None:
    # definite, "الانفصاليين" in a Cameroonian story are the Ambazonians, in a Senegalese one
    # the MFDC; indefinite "انفصاليين مسلحين" stay unnamed gunmen
    assert "ambazonian_separatists" in actor_ids(
        "مقتل جنديين في الكاميرون\nقتل جنديان كاميرونيان في كمين نصبه الانفصاليون قرب بلدة كومبا "
        "في الإقليم الجنوبي الغربي للكاميرون."
    )
    assert "mfdc" in actor_ids(
        "قتل ثلاثة جنود سنغاليين في هجوم شنه الانفصاليون على دورية قرب زيغينشور في السنغال."
    )
    assert "ambazonian_separatists" not in actor_ids(
        "قتل ثلاثة أشخاص في هجوم نسبته السلطات إلى انفصاليين مسلحين في مدينة باميندا بالكاميرون."
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("أعلن الجيش النيجيري مقتل 12 من عناصر إيسواب في غارة جوية قرب بحيرة تشاد.", "is_provinces"),
        ("قتل عشرة قرويين في هجوم شنه رعاة من قبائل الفولاني على قرية بولاية بينوي.", "fulani_herders"),
        ("قتل جنديان في اشتباك بين اللواء طارق بن زياد ومهربين قرب مدينة القطرون جنوب ليبيا.", "lna"),
        # the opposition's army by its forces, not the state's "قوات الجيش"
        ("قتل أربعة في هجوم لقوات الجيش الشعبي في المعارضة على ثكنة قرب بلدة ناصر.", "splm_io"),
    ],
)
def test_africas_groups_by_the_names_their_press_gives_them(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


@pytest.mark.parametrize("place_word", ["قرب", "على طول", "شرقي"])
def test_a_line_named_after_a_place_word_is_no_group(place_word: str) -> None:
    text = f"شهيدان بقصف\nاستشهد مواطنان بقصف مسيرة إسرائيلية {place_word} ما يعرف بالخط الأصفر في مدينة غزة."
    assert not any(a.startswith("named_") for a in actor_ids(text))


def test_a_group_that_names_itself_is_still_read() -> None:
    text = "تفجير\nقتل ثلاثة بتفجير تبنته جماعة تطلق على نفسها \"كتائب الفجر\" في مدينة الموصل."
    assert "named_كتايب_الفجر" in actor_ids(text)


def test_separatists_of_the_english_speaking_regions_are_the_ambazonians() -> None:
    text = (
        "مقتل دركيين اثنين بهجوم انفصاليين في باميندا\n"
        "قالت السلطات الكاميرونية إن دركيين اثنين قتلا في هجوم شنه انفصاليون مسلحون من الأقاليم "
        "الناطقة بالإنجليزية على نقطة تفتيش في مدينة باميندا."
    )
    assert "ambazonian_separatists" in actor_ids(text)


def test_the_islamic_state_s_pakistan_province_is_one_of_its_provinces() -> None:
    text = "قتل سبعة أشخاص بتفجير استهدف مسجداً في مدينة باجور، وتبنى تنظيم داعش ولاية باكستان الهجوم."
    assert "is_provinces" in actor_ids(text)


def test_isis_in_the_greater_sahara_by_its_short_name_is_the_province() -> None:
    text = 'قتل عشرون مدنياً في هجوم شنه مسلحون من تنظيم "داعش في الصحراء الكبرى" على قرية في النيجر.'
    assert "is_provinces" in actor_ids(text)


def test_m23_written_run_together_is_the_movement() -> None:
    assert "m23" in {m.entry.id for m in find_actors(normalize("قصف متمردو حركة إم23 مواقع الجيش"))}


def test_the_civil_protection_s_units_are_no_kurdish_force() -> None:
    found = {m.entry.id for m in find_actors(normalize("تدخلت وحدات الحماية المدنية لإخماد الحريق"), "DZ")}
    assert "ypg" not in found
    assert "ypg" in {m.entry.id for m in find_actors(normalize("قصفت تركيا مواقع وحدات الحماية في ريف حلب"))}

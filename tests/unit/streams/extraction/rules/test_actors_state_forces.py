"""The armies, police, guards, ministries and services of a state are named as that state's
forces, after the story's country when the report leaves the country out."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from tests.unit.streams.extraction.reading import actor_ids, actors_of, events, only, roles_of


def _actor_ids(text: str, country: str | None = None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


def ids(text: str, country: str | None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the RSF by its commander's name and his family's
        ("قتل 6 مدنيين في قصف مدفعي لقوات حميدتي على حي في مدينة الأبيض.", "rsf"),
        ("قال الجيش إنه صد هجوماً لميليشيا آل دقلو وقتل 30 من عناصرها.", "rsf"),
        ("قتل 10 جنود في هجوم لتنظيم الدولة في الساحل على موقع قرب ميناكا.", "is_provinces"),
        ("قتل 3 جنود في كمين نصبته قوات الدفاع عن أمبازونيا قرب بامندا.", "ambazonian_separatists"),
        ("قتل 9 مدنيين في هجوم لمتمردي ADF على قرية قرب بيني.", "adf"),
        ("قتل 15 مدنياً في عملية للجيش المالي وعناصر الفيلق الأفريقي قرب قرية في وسط مالي.", "africa_corps"),
        ("قتل رعاة الفولاني 18 مزارعاً في هجوم على قرية وسط نيجيريا.", "fulani_herders"),
        ("قتل 12 من عناصر الجيش البنيني في هجوم على موقع عسكري شمال البلاد.", "benin_army"),
        ("قالت كينشاسا إن القوات الرواندية قصفت مواقع للجيش وقتلت 5 جنود.", "rwanda"),
        ("قتل 4 من عناصر القوات المسلحة لأفريقيا الوسطى في كمين قرب بريا.", "central_african_army"),
        ("قتل 7 مدنيين في هجوم لمسلحي تحالف الوطنيين من أجل التغيير على قرية شمال بانغي.", "cpc"),
        ("قتل 6 مدنيين في هجوم لجماعة 3R على قرية في شمال غرب أفريقيا الوسطى.", "3r"),
    ],
)
def test_forces_and_groups_of_africas_wars(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_border_forces_named_without_their_country_are_the_story_countrys() -> None:
    got = only("قتل 5 من عناصر قوات الحدود في هجوم على نقطة تفتيش بمدينة كويتا في باكستان.")
    assert roles_of(got).get("pakistani_forces") == "target"


def test_the_fallen_governments_remnants_are_not_its_army() -> None:
    got = only("قتل 5 من عناصر الأمن العام في هجوم شنته مجموعة من فلول النظام البائد على حاجز قرب بانياس.")
    assert roles_of(got).get("syrian_army") != "perpetrator"


def test_a_generic_force_with_a_nationality_is_that_countrys() -> None:
    # a story placed in Afghanistan: the air force that struck is Pakistan's, not the Taliban's
    got = only("شن سلاح الجو الباكستاني غارات على مخابئ في ولاية خوست الأفغانية، ما أدى إلى مقتل 6 أشخاص.")
    assert roles_of(got).get("pakistani_forces") == "perpetrator"
    assert roles_of(got).get("taliban") != "perpetrator"


def test_a_states_general_command_is_its_army_not_haftars() -> None:
    assert _actor_ids("أعلن مصدر في القيادة العامة للقوات المسلحة الأردنية إحباط محاولة تسلل") == [
        "jordanian_forces"]
    assert _actor_ids("قالت القيادة العامة للقوات المسلحة العربية الليبية إن قواتها تقدمت") == ["lna"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("كادوقلي - قتل مدنيان بقصف شنته الحركة الشعبية لتحرير السودان شمال على سوق المدينة.", "splm_n"),
        ("الدلنج - قصفت قوات الحلو أحياء في مدينة الدلنج وأصيب ثلاثة مدنيين.", "splm_n"),
        ("السويداء - قتل 4 مسلحين في اشتباكات بين فصائل درزية وقوات الحكومة في السويداء.", "druze_factions"),
        ("السويداء - قتل شخصان في هجوم لمسلحين من عشائر البدو على قرية في ريف السويداء.", "tribal_forces"),
        ("مقديشو - قتل 9 من مليشيات الخوارج في عملية للجيش الصومالي بإقليم هيران.", "al_shabaab"),
        ("بيشاور - قالت قوات الأمن إن 6 من عناصر فتنة الخوارج قتلوا في اشتباك بمنطقة خيبر.", "ttp"),
    ],
)
def test_the_forces_of_the_recent_wars_are_named(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_a_republican_guard_is_the_army_of_the_story_s_country() -> None:
    chad = ("قتل جنديان من الحرس الجمهوري في هجوم شنه مسلحون على ثكنة قرب مطار انجامينا، "
            "وقال الجيش التشادي إن المهاجمين فروا.")
    syria = "قتل ثلاثة مدنيين بقصف لقوات الحرس الجمهوري على بلدة معرة النعمان بريف إدلب."
    egypt = "أصيب مجند من قوات الحرس الجمهوري بطلق ناري خلال هجوم على نقطة تفتيش في حي مصر الجديدة بالقاهرة."
    assert "sahel_armies" in actor_ids(chad)
    assert "syrian_army" in actor_ids(syria)
    assert "syrian_army" not in actor_ids(chad) | actor_ids(egypt)


def test_counter_terrorism_and_intelligence_services_are_the_story_s_state() -> None:
    pakistan = ("قتلت إدارة مكافحة الإرهاب ثلاثة مسلحين من حركة طالبان باكستان في تبادل لإطلاق "
                "النار قرب مدينة بيشاور.")
    lebanon = ("قتل مطلوب وأصيب عسكريان في اشتباك بين دورية من مديرية المخابرات ومسلحين في بلدة "
               "بريتال بقضاء بعلبك اللبناني.")
    assert "pakistani_forces" in actor_ids(pakistan)
    assert "lebanese_army" in actor_ids(lebanon)


def test_sudan_s_army_named_by_its_commander_is_the_army() -> None:
    text = "قصف جيش البرهان بالمسيرات سوقاً في مدينة الضعين، ما أدى إلى مقتل تسعة أشخاص."
    assert "sudan_army" in actor_ids(text)


def test_tripoli_s_stability_support_apparatus_is_its_own_actor() -> None:
    text = "قتل ثلاثة أشخاص في اشتباكات بين عناصر جهاز دعم الاستقرار وقوة أمنية في حي أبو سليم بطرابلس."
    assert "stability_support_apparatus" in actor_ids(text)


def test_syria_s_new_ministries_name_its_forces() -> None:
    text = "قتل جنديان بهجوم لمسلحين على حاجز قرب مدينة تدمر، بحسب وزارة الدفاع السورية."
    assert "syrian_army" in actor_ids(text)
    text = "أصيب ثلاثة من عناصر وزارة الداخلية السورية بانفجار لغم قرب مدينة درعا."
    assert "syrian_security" in actor_ids(text)


def test_haiti_s_police_is_the_haitian_state_s_force() -> None:
    text = "قتل ثلاثة من عناصر الشرطة في هجوم لعصابة مسلحة على مركز للشرطة في كروا دي بوكيه بهايتي."
    assert "haitian_forces" in actor_ids(text)
    assert "haitian_forces" in actor_ids("أصيب شرطيان برصاص عصابات فيف أنسانم، بحسب الشرطة الوطنية الهايتية.")


def test_gendarmes_killed_are_the_forces_of_the_story_s_country() -> None:
    text = (
        "هجوم في أقصى الشمال\n"
        "قتل دركيان كاميرونيان في هجوم على نقطة مراقبة قرب مدينة مورا."
    )
    assert "cameroonian_forces" in actor_ids(text), actor_ids(text)


def test_the_army_of_a_senegalese_story_is_senegals_forces() -> None:
    text = (
        "مقتل جندي في كازامانس\n"
        "قتل جندي وأصيب اثنان عندما تعرضت دورية للجيش لإطلاق نار قرب زيغينشور في السنغال"
    )
    assert "senegalese_forces" in {a.id for a in only(text).actors}


def test_the_police_of_a_brazilian_story_are_brazils_forces() -> None:
    text = (
        "مقتل 5 في مداهمة للشرطة في ريو دي جانيرو\n"
        "قتل خمسة أشخاص عندما داهمت الشرطة حياً فقيراً في ريو دي جانيرو"
    )
    (event,) = events(text)
    assert "brazilian_forces" in {a.id for a in event.actors}


def test_the_bare_occupation_is_israel_and_the_named_one_is_not() -> None:
    bare = events("إصابة\nأصيب شاب برصاص الاحتلال في نابلس.")
    assert {a.id for e in bare for a in e.actors} == {"israel"}
    named = events("قصف\nقتل مدنيان بقصف الاحتلال التركي على قرية في ريف الحسكة.")
    assert {a.id for e in named for a in e.actors} == {"turkey"}


def test_a_policeman_killed_in_a_russian_region_is_of_the_russian_forces() -> None:
    assert "russia" in actor_ids("قتل شرطي وأصيب اثنان بإطلاق نار على دورية في مدينة ستافروبول.")


def test_the_petroleum_guard_and_outlaws_are_actors() -> None:
    event = only("قتل حارسان من حرس المنشآت النفطية في هجوم شنته مجموعة خارجة عن القانون على حقل نفطي.")
    assert {"petroleum_facilities_guard", "unknown"} <= actors_of(event)


def test_the_stability_support_apparatus_is_an_actor_of_its_own() -> None:
    text = "قتل مسلح في اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في جنزور."
    assert {"stability_support_apparatus", "libyan_gov_forces"} <= actor_ids(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل اثنان من عناصر الصحوة بهجوم مسلح على منزلهما غرب الرمادي.", "sahwa"),
        ("أصيب ثلاثة من وحدات مقاومة سنجار بقصف بطائرة مسيرة قرب سنوني.", "ybs"),
        ("قتل جندي من القوات الجنوبية بقصف حوثي على مواقع في كرش.", "stc"),
        ("قتل جنديان من قوات دفاع شبوة بانفجار عبوة ناسفة في عتق.", "stc"),
        ("قتل عنصران من اللواء 444 قتال في اشتباكات جنوب طرابلس.", "libyan_gov_forces"),
        ("قتل أربعة من قوات ليفيز بهجوم على نقطة تفتيش في إقليم بلوشستان.", "pakistani_forces"),
        ("قالت القوة المشتركة للحركات المسلحة إن ستة من مقاتليها قتلوا في معارك قرب الفاشر.",
         "joint_force"),
        ("قتل عشرة من متطوعي الدفاع عن الوطن في هجوم على موقعهم شمال بوركينا فاسو.", "vdp"),
        ("قتل خمسة من أفراد قوة المهام المدنية المشتركة بهجوم في ولاية بورنو.", "cjtf"),
        ("قتل ثلاثة من الحراسة الأهلية في مواجهة مع مسلحين بولاية سوكوتو.", "vigilantes"),
        # bandits are unnamed gunmen, as the earlier sets annotate them
        ("قتل قطاع الطرق تسعة قرويين في هجوم على قرية بولاية كادونا.", "unknown"),
        ("قتل اثنان من أعضاء لجان اليقظة بهجوم على قرية في أقصى شمال الكاميرون.",
         "vigilance_committees"),
        ("قتل أربعة من عناصر طالبان في كمين نصبته جبهة المقاومة الوطنية في ولاية بغلان.", "nrf"),
        ("قتل سبعة مدنيين في هجوم نسب إلى جيش تحرير أورومو في إقليم أوروميا.", "ola"),
        ("قتل ثلاثة من قوات بونتلاند بانفجار لغم في إقليم بري.", "puntland_forces"),
        ("قتل أربعة من مقاتلي ميليشيا معويسلي في مواجهات مع حركة الشباب.", "macawisley"),
    ],
)
def test_local_and_tribal_forces_are_named_actors(text: str, actor: str) -> None:
    assert actor in actors_of(only(text))


def test_police_in_a_gulf_story_are_the_gulf_state_forces() -> None:
    text = "مسقط - قتل شرطي في إطلاق نار على دورية للشرطة في ولاية بوشر بسلطنة عمان."
    actors = {a.id for e in events(text) for a in e.actors}
    assert "gulf_forces" in actors


def test_a_sentence_naming_two_countries_equally_is_read_in_the_article_country() -> None:
    text = (
        "كولومبيا: كمين\nبوغوتا - قتل أربعة من أفراد الشرطة في كمين ببلدة سان لويس بولاية ويلا في"
        " كولومبيا، بحسب الشرطة الكولومبية."
    )
    assert "colombian_forces" in {a.id for e in events(text) for a in e.actors}


def test_the_national_army_of_a_somali_story_is_somalia_s() -> None:
    text = "الصومال\nمقديشو - قالت قوات الجيش الوطني إنها قتلت 12 مسلحاً في إقليم باي."
    assert {a.id for e in events(text) for a in e.actors} >= {"somali_forces"}


def test_an_israeli_force_that_raided_is_israel() -> None:
    text = "قتل راعٍ برصاص قوة إسرائيلية توغلت في أطراف بلدة جباتا الخشب صباح اليوم."
    assert "israel" in actor_ids(text)


def test_israeli_tanks_that_shelled_are_israel() -> None:
    text = "أصيب طفلان بقذيفة أطلقتها دبابات إسرائيلية على أطراف بلدة كفركلا جنوبي لبنان."
    assert "israel" in actor_ids(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قصفت القوات الأذربيجانية مواقع حدودية بالمدفعية ما أدى إلى مقتل جندي", "azerbaijan"),
        ("قال الجيش الأرميني إن جنديين أصيبا بنيران قناصة عبر الحدود", "armenia"),
        ("قتل خمسة بقصف بالمسيرات على مقر للحزب الديمقراطي الكردستاني الإيراني قرب أربيل", "kdpi"),
    ],
)
def test_the_caucasus_armies_and_the_iranian_kurdish_parties_are_actors(text: str, want: str) -> None:
    assert want in actor_ids(text)


def test_the_zionist_air_force_is_israel() -> None:
    text = "استشهد مواطن في غارة شنها الطيران الحربي الصهيوني على منزل في بلدة حولا."
    assert "israel" in [a.id for a in only(text).actors]


def test_the_us_africa_command_and_a_single_us_strike_name_us_forces() -> None:
    assert "us_forces" in actor_ids(
        "قالت القيادة الأمريكية في أفريقيا إن غارتها قتلت ثلاثة مسلحين من حركة الشباب قرب كيسمايو"
    )
    assert "us_forces" in actor_ids("غارة أمريكية تقتل أربعة مسلحين قرب مدينة بوصاصو")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قصفت ميليشيا الحوثي وقوات صالح حياً سكنياً في مدينة إب وقتلت 3 مدنيين.", "saleh_loyalists"),
        ("قتل 4 من مقاتلي المقاومة الجنوبية في اشتباكات مع الحوثيين شمال عدن.", "southern_resistance"),
        ("قتل 5 من عناصر المقاومة الشعبية في معارك مع الحوثيين في مديرية صبر بمحافظة تعز.",
         "popular_resistance"),
        ("قتل 4 جنود في اشتباكات مع مجلس شورى ثوار بنغازي في حي الصابري.",
         "benghazi_revolutionaries_shura_council"),
        ("أعلن مجلس شورى مجاهدي درنة مقتل 3 من عناصره في قصف جوي.", "derna_mujahideen_shura_council"),
        ("اتهمت الاستخبارات شبكة حقاني بتفجير قتل 9 أشخاص في كابل.", "haqqani_network"),
        ("تبنت جماعة صقور حرية كردستان تفجيراً قتل 5 أشخاص في إسطنبول.", "tak"),
        ("هاجم مسلحون من كتيبة الموقعون بالدماء حقلاً للنفط وقتلوا حارسين.", "al_mourabitoun"),
        ("قتل 6 من مقاتلي عملية البنيان المرصوص في اشتباكات مع تنظيم الدولة في سرت.", "libyan_gov_forces"),
        ("قالت حكومة الوفاق إن قواتها صدت هجوماً جنوب طرابلس قتل فيه 4 من عناصرها.", "libyan_gov_forces"),
        # the Houthis' name for the Saudi-led coalition
        ("قتل 6 مدنيين بغارات لطيران العدوان على مديرية حيدان.", "saudi_coalition"),
    ],
)
def test_forces_and_groups_of_the_wars_of_2013_to_2020(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


@pytest.mark.parametrize(
    ("text", "actor", "not_actor"),
    [
        ("قال التحالف إن طائراته قتلت 20 مسلحاً حوثياً في محافظة صعدة.", "saudi_coalition", "coalition"),
        ("قال التحالف إن طائراته قتلت 12 من عناصر داعش قرب مدينة الرقة.", "coalition", "saudi_coalition"),
        ("قتل 7 مدنيين بقصف لطيران التحالف على مدينة الحديدة.", "saudi_coalition", "coalition"),
        ("قتل 9 مدنيين بقصف لطيران التحالف على قرية قرب الموصل.", "coalition", "saudi_coalition"),
    ],
)
def test_the_coalition_is_the_one_of_the_storys_country(text: str, actor: str, not_actor: str) -> None:
    found = actor_ids(text)
    assert actor in found
    assert not_actor not in found


def test_afghanistans_security_forces_are_the_taliban() -> None:
    assert ids("قوات الأمن", "AF") == ["taliban"]


def test_a_ministry_of_national_defence_is_the_countrys_army() -> None:
    assert ids("أعلنت وزارة الدفاع الوطني", "DZ") == ["maghreb_forces"]


def test_soldiers_killed_where_no_force_is_named_are_the_country_s_army() -> None:
    event = only("هجوم\nاستشهد ضابطان وأصيب 3 مجندين في هجوم على كمين بمحافظة شمال سيناء.")
    assert "egyptian_forces" in roles_of(event)


def test_iranian_police_are_iranian_forces() -> None:
    event = only("هجوم في زاهدان\nقُتل ثلاثة من عناصر الشرطة الإيرانية في هجوم على دورية في مدينة زاهدان.")
    assert "iranian_forces" in roles_of(event)


def test_a_province_s_police_command_is_the_state_s_police() -> None:
    event = only("اشتباك\nأعلنت قيادة شرطة البصرة إصابة منتسبين اثنين خلال اشتباك مع مطلوبين في قضاء الزبير.")
    assert "iraqi_forces" in {a.id for a in event.actors}


def test_a_syrian_provinces_internal_security_command_is_the_interior_ministrys() -> None:
    # "قيادة الأمن الداخلي في محافظة X" is the interior ministry's since 2025; the Kurdish
    # Asayish are "قوى الأمن الداخلي"
    found = actor_ids("مقتل شخصين\nقالت قيادة الأمن الداخلي في محافظة حمص إن مسلحين قتلوا شخصين "
                      "قرب بلدة تلكلخ.")
    assert "syrian_security" in found
    assert "asayish" not in found


@pytest.mark.parametrize(
    ("text", "country", "actor"),
    [
        ("قتل شرطيان من قوى الأمن الداخلي في هجوم على مركز بمدينة خاش.", "IR", "iranian_forces"),
        ("أصيب عنصر من قوى الأمن الداخلي بإطلاق نار في بلدة عرسال.", "LB", "lebanese_army"),
        ("قتل عنصر من قوى الأمن الداخلي بهجوم على حاجز في بلدة تل تمر.", "SY", "asayish"),
    ],
)
def test_internal_security_forces_are_the_storys_countrys(text: str, country: str, actor: str) -> None:
    # "قوى الأمن الداخلي" alone: the Kurdish Asayish in Syria, the state's police elsewhere
    assert [m.entry.id for m in find_actors(normalize(text), country)] == [actor]


def test_ground_air_defences_that_met_the_drones_are_the_states_forces_attacked() -> None:
    # "الدفاعات الأرضية" in a Sudanese story are the army's; having met the attack ("تصدت"),
    # the army is the side attacked, not a doer of the RSF's drone strike
    event = only("قتل خمسة مدنيين في هجوم بطائرات مسيرة شنته قوات الدعم السريع على مدينة الأبيض. "
                 "وأعلنت الفرقة الخامسة مشاة أن الدفاعات الأرضية تصدت لعدد من المسيرات وأسقطتها.")
    assert roles_of(event).get("sudan_army") == "target"
    assert roles_of(event).get("rsf") == "perpetrator"


def test_an_infantry_division_by_its_number_is_the_story_s_army() -> None:
    text = "قالت قيادة الفرقة الخامسة مشاة في بيان إن قواتها تصدت للهجوم على مدينة أم روابة."
    assert ids(text, "SD") == ["sudan_army"]


def test_the_commander_of_a_syrian_provincial_internal_security_command_is_the_state() -> None:
    assert "syrian_security" in _actor_ids("وقال قائد الأمن الداخلي في محافظة حمص إن التحقيق جار", "SY")


def test_puntland_s_own_communique_names_its_security_forces() -> None:
    text = "أعلنت قوات الأمن في ولاية بونتلاند أنها قضت على تسعة من عناصر داعش في اشتباكات قرب بوصاصو."
    assert "puntland_forces" in actor_ids(text)

"""Rules and data prompted by the twenty-ninth blind set (tests/fixtures/extraction_eval/
blind29.yaml: who, the doers as the 2025-2026 press names them), each checked here on sentences
written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import (
    actor_ids,
    counts,
    events,
    group_tolls_of,
    only,
    place_ids,
    tolls,
)

# --- armed groups and forces by their newest and local names -------------------------------------


def test_sudan_s_army_named_by_its_commander_is_the_army() -> None:
    text = "قصف جيش البرهان بالمسيرات سوقاً في مدينة الضعين، ما أدى إلى مقتل تسعة أشخاص."
    assert "sudan_army" in actor_ids(text)


def test_the_islamist_brigade_beside_sudan_s_army_is_its_own_actor() -> None:
    text = "اتهم ناشطون مقاتلي كتيبة البراء بن مالك بقتل خمسة مدنيين في قرية شرق مدينة سنار."
    assert "al_baraa_bin_malik_brigade" in actor_ids(text)


def test_tripoli_s_stability_support_apparatus_is_its_own_actor() -> None:
    text = "قتل ثلاثة أشخاص في اشتباكات بين عناصر جهاز دعم الاستقرار وقوة أمنية في حي أبو سليم بطرابلس."
    assert "stability_support_apparatus" in actor_ids(text)


def test_chad_s_armed_opposition_in_libya_is_its_own_actor() -> None:
    text = "قتل جنديان في هجوم للمتمردين التشاديين على نقطة عسكرية قرب مدينة القطرون."
    assert "chadian_rebels" in actor_ids(text)


def test_the_congo_s_pro_government_militias_are_their_own_actor() -> None:
    text = "قتل ثمانية أشخاص في هجوم شنه مسلحو وازاليندو على قرية في إقليم ماسيسي بشمال كيفو."
    assert "wazalendo" in actor_ids(text)


def test_a_cartel_and_its_factions_are_the_cartel() -> None:
    for text in (
        "قتل خمسة رجال في اشتباك بين مسلحين من كارتل سينالوا والشرطة في مدينة مازاتلان.",
        "عثر على جثث أربعة أشخاص قتلهم مسلحون من فصيل لوس تشابيتوس قرب مدينة كولياكان.",
    ):
        assert "sinaloa_cartel" in actor_ids(text), text
    text = "قتل ستة من عناصر الحرس الوطني بكمين نصبه كارتل خاليسكو الجيل الجديد في ولاية ميتشواكان."
    assert "cjng" in actor_ids(text)


def test_hadramawt_s_tribal_alliance_is_its_own_actor() -> None:
    text = "قتل مسلحان من حلف قبائل حضرموت في اشتباك مع قوة عسكرية قرب مدينة المكلا."
    assert "hadramawt_tribal_alliance" in actor_ids(text)


def test_the_camp_s_jihadist_group_is_its_own_actor() -> None:
    text = "أصيب أربعة أشخاص في اشتباك بين عناصر من جند الشام ومسلحين آخرين داخل مخيم عين الحلوة."
    assert "jund_al_sham" in actor_ids(text)


def test_somalia_s_clan_militia_in_its_shorter_spelling() -> None:
    text = "قتل ثلاثة من مقاتلي معوسلي في هجوم لحركة الشباب على قرية قرب بلدوين."
    assert "macawisley" in actor_ids(text)


# --- places the press names beside them ------------------------------------------------------------


def test_ain_al_hilweh_is_lebanon_s_camp_by_sidon() -> None:
    text = "قتل شخص وأصيب آخران برصاص مسلحين في مخيم عين الحلوة قرب صيدا جنوبي لبنان."
    got = place_ids(text)
    assert "lb_ain_al_hilweh" in got and "ps_sayda" not in got, got


def test_seiyun_is_hadramawt_s_city() -> None:
    text = "قتل جندي وأصيب اثنان بانفجار عبوة ناسفة استهدفت دورية في مدينة سيئون."
    assert "ye_seiyun" in place_ids(text)


def test_marte_mirebalais_and_mahbes_with_their_kind() -> None:
    assert "ng_marte" in place_ids("قتل أربعة جنود في هجوم على قاعدة عسكرية في بلدة مارتي.")
    assert "ht_mirebalais" in place_ids("قتل مسلحون سبعة أشخاص في هجوم على بلدة ميربالي وسط هايتي.")
    text = "سقطت ثلاث قذائف قرب بلدة المحبس دون أن تسفر عن إصابات، وفتحت السلطات تحقيقاً."
    assert "ma_mahbes" in place_ids(text)


def test_a_tap_is_no_place() -> None:
    text = "قتل عامل بانفجار أنبوب غاز بعد أن فتح المحبس الرئيسي في مصنع بمدينة سلا."
    assert "ma_mahbes" not in place_ids(text)


# --- brigades, hospitals and streets named after a martyr ---------------------------------------


def test_a_brigade_named_after_a_martyr_counts_no_one() -> None:
    text = (
        "قتل ثلاثة جنود في انفجار عبوة ناسفة شرق مدينة غزة.\n"
        "وأعلنت كتائب الشهيد أبو علي مصطفى مسؤوليتها عن تفجير العبوة."
    )
    assert tolls(text) == [(3, None)]


def test_a_street_or_a_hospital_named_after_a_martyr_counts_no_one() -> None:
    assert counts("أصيب شاب برصاص الاحتلال في شارع الشهيد أحمد ياسين وسط المدينة.") == [
        ("injured", 1)
    ]
    assert counts("ونقل إلى مستشفى الشهداء جريحان في حالة خطرة.") == [("injured", 2)]


def test_a_martyr_that_is_no_name_still_counts() -> None:
    assert counts("ارتقى شهيد برصاص قناص قرب مدرسة البنات في البلدة.") == [("killed", 1)]


# --- people counted with their fate after them --------------------------------------------------


def test_people_with_their_fate_after_them_take_its_kind() -> None:
    assert counts("اشتباك على الحدود.. 9 قتلى وأربعة جنود جرحى") == [("killed", 9), ("injured", 4)]
    assert counts("سقوط خمسة مدنيين قتلى و11 جريحاً في القصف") == [("killed", 5), ("injured", 11)]


def test_people_with_no_fate_after_them_keep_the_open_kind() -> None:
    assert counts("مقتل 7 مدنيين وثلاثة جنود في الهجوم على القرية") == [("killed", 7), ("killed", 3)]


# --- sanctions and designations that accuse a party of a course of attacks ------------------------


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


def test_deaths_told_as_the_war_s_are_background() -> None:
    text = (
        "تسليم رفات ثلاثة جنود في معبر حدودي\n"
        "سلمت الحركة رفات ثلاثة جنود إلى الصليب الأحمر، وقالت إنهم قتلوا في قصف خلال الحرب."
    )
    assert events(text) == []


def test_readiness_for_a_fight_to_come_is_no_incident() -> None:
    text = (
        "زعيم الفصيل: مقاتلونا جاهزون للمواجهة\n"
        "قال زعيم الفصيل في خطاب متلفز إن مقاتليه مستعدون لخوض معركة طويلة إذا تعرضت مناطقهم "
        "لأي اعتداء، وإنهم لن يتخلوا عن سلاحهم."
    )
    assert events(text) == []


def test_a_ready_force_that_fought_is_still_an_incident() -> None:
    text = "قتل أربعة جنود في معركة مع المسلحين قرب الحدود، بحسب بيان للجيش."
    assert tolls(text) == [(4, None)]


# --- Syria's new ministries as the forces they command -------------------------------------------


def test_syria_s_new_ministries_name_its_forces() -> None:
    text = "قتل جنديان بهجوم لمسلحين على حاجز قرب مدينة تدمر، بحسب وزارة الدفاع السورية."
    assert "syrian_army" in actor_ids(text)
    text = "أصيب ثلاثة من عناصر وزارة الداخلية السورية بانفجار لغم قرب مدينة درعا."
    assert "syrian_security" in actor_ids(text)


def test_a_ministry_s_own_dead_are_its_forces_not_the_civilians_before_them() -> None:
    text = (
        "قتل أربعة مدنيين بقصف طال قرية على الحدود، فيما أعلنت وزارة الدفاع السورية مقتل "
        "ثلاثة من عناصرها في الاشتباكات."
    )
    assert sorted(group_tolls_of(only(text))) == [
        ("civilians", 4, None), ("government forces", 3, None)
    ]


def test_haiti_s_police_is_the_haitian_state_s_force() -> None:
    text = "قتل ثلاثة من عناصر الشرطة في هجوم لعصابة مسلحة على مركز للشرطة في كروا دي بوكيه بهايتي."
    assert "haitian_forces" in actor_ids(text)
    assert "haitian_forces" in actor_ids("أصيب شرطيان برصاص عصابات فيف أنسانم، بحسب الشرطة الوطنية الهايتية.")


def test_victory_base_is_by_baghdad_not_in_canada() -> None:
    text = "سقط صاروخ كاتيوشا قرب قاعدة فيكتوريا المحاذية لمطار بغداد الدولي دون إصابات."
    got = place_ids(text)
    assert "iq_victory_base" in got and not any(p.startswith("ca_") for p in got), got


# --- the blame an authority had laid -------------------------------------------------------------


def test_the_blame_an_authority_had_laid_names_the_doer() -> None:
    text = (
        "مقتل سبعة بتفجير في سوق شعبي\n"
        "قتل سبعة أشخاص وأصيب 20 بانفجار سيارة مفخخة في سوق شعبي وسط مدينة بيدوا. "
        "وكانت السلطات المحلية قد حملت حركة الشباب مسؤولية التفجير."
    )
    assert "al_shabaab" in actor_ids(text)
    assert tolls(text) == [(7, 20)]


def test_an_earlier_attack_blamed_before_is_still_background() -> None:
    text = (
        "قتل جندي بانفجار لغم قرب مدينة بيدوا. وكانت السلطات قد اتهمت الحركة بتنفيذ هجوم "
        "الشهر الماضي أسفر عن مقتل 9 أشخاص."
    )
    assert tolls(text) == [(1, None)]

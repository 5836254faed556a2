"""Rules and data prompted by the twenty-eighth blind set (tests/fixtures/extraction_eval/
blind28.yaml: the local pages of the countries at war), each checked here on sentences written
for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import actor_ids, counts, events, only, place_ids, tolls

# --- the victims' families as the source of the account --------------------------------------


def test_an_account_told_by_the_victims_families_is_the_incident() -> None:
    text = (
        "مسلحون يقتلون سبعة رعاة في ريف الجنينة\n"
        "قال أهالي الضحايا إن مسلحين هاجموا مراعي قرب الجنينة فجر الأحد وقتلوا سبعة رعاة."
    )
    assert [killed for killed, _ in tolls(text) if killed is not None] == [7]


def test_an_account_after_according_to_the_families_is_the_incident() -> None:
    text = "وبحسب ذوي الضحايا، فإن مسلحين أطلقوا النار على سيارة تقل عمالاً وقتلوا أربعة منهم."
    assert [killed for killed, _ in tolls(text) if killed is not None] == [4]


def test_families_welcoming_a_verdict_still_retell_no_incident() -> None:
    text = "رحب ذوو الضحايا بالحكم الصادر بحق المدانين بقتل 9 أشخاص في السوق."
    assert events(text) == []


# --- a killing verb in the active voice before its subject --------------------------------------


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


# --- local towns the world layer lacks or spells otherwise ---------------------------------------


def test_a_village_of_tyre_is_a_place_only_as_a_town() -> None:
    assert "lb_abbassiyeh" in place_ids("استشهد مواطن بغارة مسيرة على بلدة العباسية جنوب لبنان.")
    assert "lb_abbassiyeh" not in place_ids("قتل شخص في شجار بحي العباسية في القاهرة.")


def test_a_diyala_sub_district_named_with_its_place_word_is_a_place() -> None:
    assert "iq_bani_saad" in place_ids("قتل منتسب في الشرطة بهجوم مسلح في ناحية بني سعد مساء أمس.")


def test_goz_beida_as_chad_s_press_spells_it_is_a_place() -> None:
    assert "td_goz_beida" in place_ids("قتل خمسة أشخاص في هجوم مسلح على مخيم قرب قوز بيضا.")


# --- the bodies of the dead already counted --------------------------------------------------------


def test_the_bodies_of_the_children_counted_are_not_counted_again() -> None:
    text = "قتل ثلاثة أطفال بانفجار لغم، وقال الدفاع المدني إنه نقل جثث الأطفال إلى المشفى."
    assert counts(text) == [("killed", 3)]


def test_a_victim_who_arrived_a_lifeless_body_is_one_dead() -> None:
    assert counts("وقال مصدر طبي إن القتيل وصل إلى المستشفى جثة هامدة.") == [("killed", 1)]
    assert counts("وأكد المستشفى أن الضحية وصلت جثة هامدة.") == [("killed", 1)]


def test_a_body_found_of_someone_else_still_counts() -> None:
    assert counts("قتل رجل برصاص مسلحين، وعثر على جثة شقيقه في البستان.") == [("killed", 1), ("killed", 1)]
    assert counts("عثر الأهالي على جثة الراعي قرب الوادي.") == [("killed", 1)]


# --- a killing named as a charge ------------------------------------------------------------------


def test_suspects_arrested_for_a_killing_are_no_incident() -> None:
    assert events("الشرطة تعتقل متهمين اثنين بقتل سائق أجرة في الديوانية") == []
    assert events("توقيف شاب بتهمة قتل والده في الزرقاء") == []


def test_a_raid_on_the_suspects_in_a_killing_counts_no_death() -> None:
    assert counts("داهمت قوة أمنية منزل المشتبه بهم في مقتل الضابط فجر اليوم.") == []


def test_a_policeman_killed_while_arresting_a_suspect_still_counts() -> None:
    assert counts("قتل شرطي خلال محاولة القبض على متهم بقتل شاب في الديوانية.") == [("killed", 1)]
    assert counts("أسفر اشتباك مع متهم عن مقتل شرطي.") == [("killed", 1)]


# --- ordnance found, seized or cleared ------------------------------------------------------------


def test_a_seized_shipment_of_grenades_is_no_incident() -> None:
    text = "ضبطت الشرطة شحنة أسلحة تضم قنابل يدوية وعبوات ناسفة في مزرعة قرب الرمثا، واعتقلت سائقها."
    assert events(text) == []


def test_a_cache_of_mortar_shells_found_is_no_incident() -> None:
    assert events("عثرت قوة من الجيش على كدس يحتوي على 25 قذيفة هاون في وادي حوران غربي الأنبار.") == []


def test_unexploded_shells_cleared_in_iraqi_wording_are_no_incident() -> None:
    assert events("رفع الجهد الهندسي 40 مقذوفاً غير منفلق من منازل الموصل القديمة.") == []


def test_devices_found_ready_to_go_off_are_no_incident() -> None:
    assert events("فككت فرق الهندسة عبوات ناسفة معدة للتفجير على طريق كركوك تكريت.") == []


def test_a_shell_that_fell_on_a_quarter_and_hurt_no_one_is_still_an_incident() -> None:
    assert len(events("سقطت قذيفة هاون على حي سكني في مدينة الفاشر دون وقوع إصابات.")) == 1


def test_a_bomb_that_went_off_beside_one_found_is_still_an_incident() -> None:
    text = "انفجرت عبوة ناسفة بدورية للجيش قرب كركوك، وعثرت القوة على عبوة ثانية في المكان."
    assert len(events(text)) == 1


# --- Tripoli's armed forces -------------------------------------------------------------------------


def test_the_stability_support_apparatus_is_an_actor_of_its_own() -> None:
    text = "قتل مسلح في اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في جنزور."
    assert {"stability_support_apparatus", "libyan_gov_forces"} <= actor_ids(text)

"""Rules and data prompted by the forty-seventh blind set (tests/fixtures/extraction_eval/
blind47.yaml: a tenth day's feed, 28 September 2025), each checked here on sentences written for
the test, not on the set's own."""

from tests.unit.streams.extraction.reading import actor_ids, events, place_ids, tolls

# --- places: a Marib front and a Middle Shabelle base town -------------------------------------


def test_the_raghwan_front_is_placed_in_marib() -> None:
    text = "مأرب - أصيب ثلاثة جنود بقصف مدفعي حوثي على مواقع الجيش في مديرية رغوان."
    assert "ye_raghwan" in place_ids(text)


def test_mahaday_is_placed_in_middle_shabelle() -> None:
    text = "مقديشو - قتل أربعة جنود في هجوم لحركة الشباب على نقطة تفتيش قرب بلدة مهداي."
    assert "so_mahaday" in place_ids(text)


# --- actors: the names the other side's media give a group -------------------------------------


def test_iranian_media_name_for_jaish_al_adl_is_the_baloch_insurgents() -> None:
    text = "زاهدان - استشهد شرطي في هجوم مسلح شنته عناصر زمرة جيش الظلم على مخفر حدودي."
    assert "baloch_insurgents" in actor_ids(text)


# --- a sentence as the press heads it: a penalty, then "لـ" and the convicted -----------------


def test_a_death_sentence_headline_over_a_verdict_is_no_incident() -> None:
    text = (
        "الإعدام لسائق طعن شقيقه حتى الموت في المنيا\n"
        "المنيا - قضت محكمة جنايات المنيا بإعدام سائق أدين بقتل شقيقه طعناً بسكين إثر خلاف "
        "على الميراث العام الماضي."
    )
    assert events(text) == []


def test_a_life_sentence_headline_is_no_incident() -> None:
    assert events("المؤبد لـ3 متهمين بقتل تاجر ماشية في سوهاج") == []


def test_an_execution_by_gunmen_is_still_a_killing() -> None:
    text = "إعدام ثلاثة رهائن على يد مسلحين في قرية شمالي البلاد"
    assert tolls(text) == [(3, None)]


# --- ordnance a war left, blown up by engineers ------------------------------------------------


def test_engineers_detonating_cluster_bombs_a_war_left_is_no_incident() -> None:
    text = (
        "الجيش يفجر قنابل عنقودية في خراج بلدة دير ميماس\n"
        "مرجعيون - أعلن الجيش أن وحدة من فوج الهندسة ستقوم بتفجير ذخائر غير منفجرة وقنابل "
        "عنقودية من مخلفات العدوان في خراج البلدة، داعياً المواطنين إلى عدم القلق."
    )
    assert events(text) == []


def test_a_cluster_bomb_a_war_left_that_kills_is_an_incident() -> None:
    text = "مرجعيون - قتل طفل بانفجار قنبلة عنقودية من مخلفات الحرب في بلدة دير ميماس."
    assert tolls(text) == [(1, None)]


def test_shelling_that_left_unexploded_shells_is_still_an_incident() -> None:
    text = "مرجعيون - عثر الأهالي على قذائف غير منفجرة بعد قصف مدفعي إسرائيلي استهدف بلدة دير ميماس."
    assert len(events(text)) == 1


# --- the drone named again with the article, as an accusation names it --------------------------


def test_the_party_accused_of_launching_the_drone_is_an_actor() -> None:
    text = (
        "مسيرة تضرب محطة وقود في كوستي\n"
        "كوستي - قتل ثلاثة أشخاص وأصيب سبعة في قصف استهدف محطة للوقود في مدينة كوستي. "
        "واتهمت السلطات المحلية قوات الدعم السريع بإطلاق المسيرة."
    )
    assert "rsf" in actor_ids(text)


def test_a_march_is_no_drone() -> None:
    text = "الخرطوم - شارك الآلاف في المسيرة السلمية التي جابت شوارع المدينة للمطالبة بوقف الحرب."
    assert events(text) == []


# --- a person named in full: the family name after two given names is no place ------------------


def test_a_family_name_after_two_given_names_is_no_place() -> None:
    text = "دير الزور - قتل المواطن أحمد محمد سويدان برصاص مجهولين في مدينة الميادين."
    assert "suwaydan" not in place_ids(text)
    assert "mayadin" in place_ids(text)


def test_the_village_of_that_name_with_its_place_word_is_still_a_place() -> None:
    text = "دير الزور - قتل شاب برصاص مجهولين في قرية سويدان بريف الميادين."
    assert "suwaydan" in place_ids(text)


# --- a village said to belong to a district named after a town ---------------------------------


def test_the_seat_of_the_district_a_village_belongs_to_is_no_site() -> None:
    text = "دهوك - أصيب مزارع بقصف تركي على قرية كاني ماسي التابعة لقضاء العمادية في محافظة دهوك."
    found = place_ids(text)
    assert "iq_kani_masi" in found
    assert "iq_al_amadiyah" not in found


def test_a_village_the_gazetteer_lacks_keeps_its_districts_town() -> None:
    text = "دهوك - أصيب مزارع بقصف تركي على قرية كوخي التابعة لقضاء العمادية في محافظة دهوك."
    assert "iq_al_amadiyah" in place_ids(text)


def test_a_village_after_a_nightly_attack_on_is_still_a_place() -> None:
    text = "بيروت - قتل مزارع في هجوم ليلي على بلدة عيترون الحدودية."
    assert "lb_aitaroun" in place_ids(text)

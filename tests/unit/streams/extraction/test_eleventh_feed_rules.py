"""Rules and data prompted by the forty-ninth blind set (tests/fixtures/extraction_eval/
blind49.yaml: an eleventh day's feed, 20 May 2025), each checked here on sentences written for
the test, not on the set's own."""

from streams.extraction.numbers import number_value
from tests.unit.streams.extraction.reading import counts, events, place_ids, tolls

# --- numbers: thousands in the accusative, and two figures joined by "و" ----------------------


def test_thousands_in_the_accusative_multiply_the_number_before_them() -> None:
    assert number_value("41 ألفاً و206") == 41206
    assert number_value("خمسة عشر ألفاً") == 15000


def test_a_larger_figure_after_and_is_not_added_to_a_smaller_one() -> None:
    assert number_value("34 و850") is None


def test_a_war_toll_in_thousands_headlining_a_ministry_update_is_no_incident() -> None:
    text = (
        "الصحة: حصيلة العدوان ترتفع إلى 38 ألفاً و244 شهيداً\n"
        "أعلنت وزارة الصحة ارتفاع حصيلة الشهداء منذ السابع من أكتوبر إلى 38 ألفاً و244 "
        "شهيداً و88 ألفاً و33 إصابة، فيما لا يزال آلاف المفقودين تحت الأنقاض."
    )
    assert events(text) == []


# --- the attackers of "المهاجمين" when the army that repelled them is named first ------------


def test_the_attackers_killed_by_an_army_that_repelled_them_are_the_attacking_group() -> None:
    text = (
        "نيامي - قال الجيش النيجري إنه تصدى لهجوم شنته جماعة نصرة الإسلام والمسلمين على موقع "
        "عسكري قرب الحدود، وقتل 7 من المهاجمين، فيما قتل اثنان من جنوده."
    )
    by_group = {c.group: c.killed for e in events(text) for c in e.casualties}
    assert sorted(by_group.values()) == [2, 7]
    assert len(by_group) == 2


# --- places: a Maysan district seat, a North Darfur market town, a Sohag village and a Hiran
# base town -------------------------------------------------------------------------------------


def test_qalat_salih_is_placed_in_maysan() -> None:
    text = "ميسان - قتل شخص وأصيب اثنان بإطلاق نار خلال شجار في قضاء قلعة صالح."
    assert "iq_qalat_salih" in place_ids(text)


def test_kuma_in_north_darfur_only_in_its_unambiguous_forms() -> None:
    text = "الفاشر - قتل أربعة مدنيين بقصف مدفعي لقوات الدعم السريع على بلدة الكومة."
    assert "sd_kuma" in place_ids(text)
    heap = "قتل ثلاثة مدنيين بقصف على حي سكني في الفاشر وتحولت المنازل إلى الكومة من الركام."
    assert "sd_kuma" not in place_ids(heap)


def test_shatura_is_a_village_of_tahta() -> None:
    text = "سوهاج - مصرع مزارع طعناً في مشاجرة بقرية شطورة."
    assert "eg_shatura" in place_ids(text)


def test_moqokori_is_placed_in_hiran() -> None:
    text = "مقديشو - قتل جنديان في هجوم بقذائف الهاون شنته حركة الشباب على قاعدة موقوكوري."
    assert "so_moqokori" in place_ids(text)


# --- a headline with no attack word over a body that tells an accident ------------------------


def test_bodies_recovered_in_the_headline_of_a_shipwreck_story_are_no_incident() -> None:
    text = (
        "انتشال جثث 7 مهاجرين قبالة سواحل المهدية\n"
        "المهدية - انتشلت وحدات الحرس البحري جثث سبعة مهاجرين غرقوا إثر غرق مركبهم في عرض البحر."
    )
    assert events(text) == []


def test_a_headline_naming_a_shooting_keeps_its_toll_over_a_capsized_boat() -> None:
    text = (
        "مقتل ثلاثة صيادين بإطلاق نار على مركبهم\n"
        "قالت مصادر محلية إن ثلاثة صيادين قتلوا بعدما أطلق مسلحون النار على مركبهم، ما أدى إلى "
        "انقلاب المركب."
    )
    assert any(c.killed == 3 for e in events(text) for c in e.casualties)


# --- a casualty verb after "و" with its own count is not the verb of the count before it -----


def test_the_smugglers_counted_before_a_wounding_verb_with_its_own_count_are_not_wounded() -> None:
    assert counts("حرس الحدود يحبط تسلل 6 مهربين ويصيب ثلاثة") == [("injured", 3)]


def test_the_tonnes_seized_before_a_killing_verb_with_its_own_victim_are_no_toll() -> None:
    assert counts("الجيش يحبط تهريب 5 أطنان من المخدرات ويقتل مهرباً") == [("killed", 1)]


def test_a_count_whose_verb_follows_it_keeps_its_kind() -> None:
    assert counts("12 شخصاً قتلوا وأصيب 30 آخرون") == [("killed", 12), ("injured", 30)]


# --- a suspect remanded by the prosecution -----------------------------------------------------


def test_a_remand_for_an_old_killing_is_no_incident() -> None:
    text = (
        "حبس سائق متهم بقتل شقيقه في المنيا\n"
        "المنيا - أمرت النيابة العامة بحبس سائق 4 أيام على ذمة التحقيقات لاتهامه بقتل شقيقه "
        "طعناً بسكين بسبب خلافات على الميراث."
    )
    assert events(text) == []


def test_a_killing_reported_with_the_remand_of_its_suspect_keeps_its_toll() -> None:
    text = (
        "مقتل شاب طعناً في مشاجرة بأسيوط\n"
        "أسيوط - لقي شاب مصرعه طعناً بسكين في مشاجرة مع جاره بقرية في مركز ديروط، وأمرت النيابة "
        "بحبس المتهم على ذمة التحقيقات."
    )
    assert [c.killed for e in events(text) for c in e.casualties] == [1]


# --- fevers and other epidemics ----------------------------------------------------------------


def test_deaths_of_a_haemorrhagic_fever_are_no_incident() -> None:
    text = (
        "ارتفاع وفيات الحمى النزفية إلى 23 في دارفور\n"
        "أعلنت وزارة الصحة ارتفاع عدد الوفيات بالحمى النزفية إلى 23 حالة، بينها 9 أطفال."
    )
    assert events(text) == []


def test_dengue_and_malaria_victims_are_no_incident() -> None:
    assert events("ضحايا حمى الضنك في الحديدة يرتفعون إلى 14") == []
    assert events("الملاريا تحصد أرواح 31 شخصاً في ولاية النيل الأزرق") == []


# --- "سقوط" names no fate: the noun after it does ----------------------------------------------


def test_a_wounded_man_after_fall_is_wounded_not_dead() -> None:
    assert counts("قصف مدفعي على أطراف البلدة وسقوط جريح") == [("injured", 1)]
    assert counts("سقوط جريحين بغارة على سيارة") == [("injured", 2)]


def test_a_wounded_man_after_a_death_verb_is_still_dead() -> None:
    assert counts("وفاة جريح متأثراً بجروحه في المستشفى") == [("killed", 1)]


# --- members of a force named after "منتسبي" or "أفراد" belong to it ----------------------------


def test_members_of_the_mobilisation_named_after_their_noun_are_its_dead() -> None:
    text = (
        "أفاد مصدر أمني بمقتل أربعة من منتسبي الحشد الشعبي وإصابة اثنين بهجوم شنه عناصر من "
        "داعش على نقطة في قضاء الطارمية."
    )
    groups = {c.group for e in events(text) for c in e.casualties}
    assert groups == {"Popular Mobilisation Forces"}


# --- the convicted, without the article --------------------------------------------------------


def test_an_execution_of_men_convicted_of_terrorism_is_no_incident() -> None:
    text = (
        "إعدام 4 مدانين بالإرهاب في سجن الحوت\n"
        "ذي قار - نفذت وزارة العدل حكم الإعدام بحق أربعة مدانين بقضايا إرهاب."
    )
    assert events(text) == []


def test_hostages_executed_by_gunmen_are_still_killed() -> None:
    assert tolls("أعدم مسلحون 3 رهائن في قرية نائية") == [(3, None)]


# --- settlers counted like other people ---------------------------------------------------------


def test_a_settler_killed_and_another_wounded_are_counted() -> None:
    assert counts("قتل مستوطن وأصيب آخر بجروح في عملية دهس قرب بيت لحم") == [("killed", 1), ("injured", 1)]


def test_settlers_who_wounded_villagers_are_not_the_wounded() -> None:
    assert counts("هاجم مستوطنون قرية المغير وأصابوا أربعة مواطنين") == [("injured", 4)]

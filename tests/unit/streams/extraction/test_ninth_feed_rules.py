"""Rules and data prompted by the forty-fourth blind set (tests/fixtures/extraction_eval/
blind44.yaml: a ninth day's feed, 25 August 2025), each checked here on sentences written for
the test, not on the set's own."""

from tests.unit.streams.extraction.reading import counts, events, place_ids, tolls

# --- arms found or blown up by engineers, with no one hurt ----------------------------------------


def test_a_depot_of_guided_missiles_found_is_no_incident() -> None:
    text = (
        "العثور على مخزن سلاح في حمص\n"
        "حمص - عثرت دورية للشرطة على مخزن يضم قذائف مدفعية وصواريخ موجهة مضادة للدروع في مزرعة "
        "مهجورة بريف حمص الشمالي، ونقلت محتوياته إلى مكان آمن."
    )
    assert events(text) == []


def test_munitions_and_cluster_bombs_the_engineers_will_blow_up_are_no_incident() -> None:
    text = (
        "بيان للجيش\n"
        "النبطية - أعلن الجيش أن وحدة هندسية ستعمد غداً إلى تفجير ذخائر وقنابل عنقودية وقذائف "
        "صاروخية من مخلفات الحرب في أطراف بلدة كفررمان، داعياً الأهالي إلى الابتعاد عن المكان."
    )
    assert events(text) == []


def test_hand_grenades_that_wounded_a_child_are_still_an_incident() -> None:
    text = (
        "إصابة طفل بانفجار قنبلة يدوية في الموصل\n"
        "الموصل - أصيب طفل بجروح خطيرة عندما انفجرت قنبلة يدوية عثر عليها قرب منزله في الجانب "
        "الأيمن من مدينة الموصل."
    )
    assert tolls(text) == [(None, 1)]


# --- a warning of a blast, after its conjunction ------------------------------------------------


def test_warnings_after_a_conjunction_are_no_blast() -> None:
    text = (
        "جدل حول قانون الإيجارات\n"
        "عمان - أقر مجلس الوزراء مشروع قانون الإيجارات الجديد، وسط اعتراضات من المستأجرين "
        "وتحذيرات من انفجار غضب شعبي في المدن الكبرى."
    )
    assert events(text) == []


def test_a_blast_after_a_conjunction_and_a_place_is_still_a_blast() -> None:
    text = (
        "انفجار عبوة في بعقوبة\n"
        "بعقوبة - قتل شخصان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة وسط سوق شعبي في مدينة بعقوبة."
    )
    assert tolls(text) == [(2, 3)]


# --- the families of the fallen heard by officials ----------------------------------------------


def test_the_families_of_the_fallen_heard_by_a_minister_are_no_incident() -> None:
    text = (
        "وزير الداخلية يلتقي أسر الشهداء\n"
        "بغداد - التقى وزير الداخلية أسر الشهداء وضحايا الهجمات الإرهابية من منتسبي الوزارة، "
        "ووعد بتسريع صرف مستحقاتهم."
    )
    assert events(text) == []


# --- a quarter named as lying in a city, and a city with its oblast ------------------------------


def test_a_quarter_said_to_lie_in_a_city_is_not_a_namesake_town_elsewhere() -> None:
    text = (
        "مقتل عامل في شجار\n"
        "القاهرة - قتل عامل طعناً على يد زميله إثر مشادة بينهما داخل ورشة في منطقة المطرية في "
        "القاهرة."
    )
    assert place_ids(text) == {"eg_cairo"}


def test_a_town_said_to_lie_in_its_governorate_stays_the_town() -> None:
    text = (
        "مقتل مزارع في شجار\n"
        "المنصورة - قتل مزارع بطلق ناري في مشاجرة بمدينة المطرية في محافظة الدقهلية."
    )
    assert "eg_al_matariyah" in place_ids(text)


def test_a_town_said_to_lie_in_a_small_town_is_kept() -> None:
    text = "إطلاق نار قرب مطار\nقتل شخص في إطلاق نار قرب مطار اللد في يافا مساء أمس."
    assert "il_lod" in place_ids(text)


def test_a_city_named_with_its_oblast_lies_in_it() -> None:
    text = (
        "ضربة روسية على وسط أوكرانيا\n"
        "كييف - قتل ثلاثة أشخاص في ضربة صاروخية روسية على مدينة كريمنتشوك في منطقة بولتافا."
    )
    found = place_ids(text)
    assert "ua_kremenchuk" in found and "ua_poltava" not in found


# --- an age told between the victim and the verb ------------------------------------------------


def test_an_age_between_the_victim_and_the_verb_is_no_part_of_the_count() -> None:
    assert counts("قالت الشرطة إن رجلاً في الأربعينات من عمره قتل بالرصاص، وأصيب آخر") == [
        ("killed", 1), ("injured", 1),
    ]


def test_an_age_by_its_decade_between_the_victim_and_the_verb() -> None:
    assert counts("أفاد مصدر طبي بأن سيدة في العقد السادس من العمر توفيت متأثرة بطعنات") == [
        ("killed", 1),
    ]


def test_a_death_with_the_age_then_a_wounded_man_is_one_toll_with_its_headline() -> None:
    text = (
        "مقتل شاب وإصابة آخر بشجار في الزرقاء\n"
        "الزرقاء - قال مصدر أمني إن شاباً في الثلاثينات من عمره توفي، وأصيب آخر بعيار ناري، إثر "
        "شجار في حي معصوم."
    )
    assert tolls(text) == [(1, 1)]


# --- a capital as its government, in the present tense ------------------------------------------


def test_a_capital_that_accuses_in_the_present_is_no_second_site() -> None:
    text = (
        "هجوم على مركز للشرطة في كويتا\n"
        "كويتا - قتل شرطيان في هجوم على مركز للشرطة في مدينة كويتا، وتبنى جيش تحرير بلوشستان "
        "الهجوم، في حين تتهم إسلام آباد جهات خارجية بدعم المسلحين."
    )
    got = events(text)
    assert len(got) == 1 and "pk_islamabad" not in place_ids(text)


def test_a_capital_named_as_the_site_in_the_present_stays_the_site() -> None:
    text = "انفجار في إسلام آباد\nإسلام آباد - قتل شخصان في انفجار عبوة ناسفة قرب سوق في إسلام آباد."
    assert "pk_islamabad" in place_ids(text)


# --- towns the gazetteer lacked ------------------------------------------------------------------


def test_mahaday_north_of_jowhar_is_placed() -> None:
    text = "جوهر - قتل جنديان في هجوم لحركة الشباب على قاعدة عسكرية في بلدة مهداي بإقليم شبيلي الوسطى."
    assert "so_mahaday" in place_ids(text)

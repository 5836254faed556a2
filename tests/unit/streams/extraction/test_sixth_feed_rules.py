"""Rules and data prompted by the thirty-fifth blind set (tests/fixtures/extraction_eval/
blind35.yaml: a sixth day's feed, 9 July 2025, weighted to the Maghreb, the Sahel, the Horn and
the Gulf), each checked here on sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- the Maghreb press's "كهل" ----------------------------------------------------------------


def test_a_man_of_middle_age_who_died_of_stab_wounds_is_killed() -> None:
    text = "سوسة - توفي كهل متأثراً بطعنات سكين تلقاها خلال خلاف مع أحد أقاربه بمدينة سوسة."
    assert tolls(text) == [(1, None)]


def test_two_men_of_middle_age_wounded_are_counted() -> None:
    text = "قابس - أصيب كهلان بجروح متفاوتة في اعتداء بسلاح أبيض بمدينة قابس ليلة أمس."
    assert tolls(text) == [(None, 2)]


# --- figures of speech of markets and causes; a staged attack ------------------------------------


def test_a_boom_in_demand_is_no_blast() -> None:
    text = (
        "سوق السيارات\n"
        "الرياض - شهدت سوق السيارات المستعملة انفجاراً في الطلب خلال الربع الثاني في الرياض."
    )
    assert events(text) == []


def test_a_fight_for_sovereignty_is_no_battle() -> None:
    text = (
        "تأميم الذهب\n"
        "باماكو - قال الوزير إن الحكومة تخوض معركة السيادة على مناجم الذهب في كيدال."
    )
    assert events(text) == []


def test_a_drill_against_a_staged_attack_is_no_event() -> None:
    text = (
        "تمرين أمني\n"
        "الدوحة - نفذت قوات الأمن تمريناً حاكى تعرض مطار الدوحة لهجوم إرهابي افتراضي، "
        "وجرى خلاله إخلاء \"الجرحى\"."
    )
    assert events(text) == []


def test_a_real_blast_beside_a_market_word_is_still_an_incident() -> None:
    text = "دبي - أصيب أربعة عمال في انفجار عبوة ناسفة قرب مستودع في مدينة دبي."
    assert tolls(text) == [(None, 4)]


# --- towns as the Maghreb, Chad and Upper Egypt spell them ------------------------------------


def test_abeche_with_the_chadian_spelling_is_found() -> None:
    text = "أبشة - قتل رجلان في اشتباك بين مزارعين ورعاة قرب مدينة أبشة أمس."
    assert "td_abeche" in place_ids(text)


def test_abu_tisht_run_on_as_egyptian_papers_write_it_is_found() -> None:
    text = "قنا - قتل شخصان في مشاجرة بالأسلحة النارية بقرية تابعة لمركز أبوتشت."
    assert "eg_abu_tisht" in place_ids(text)


def test_chami_with_its_place_word_is_found() -> None:
    text = "نواكشوط - قتل شاب في شجار بين منقبين عن الذهب قرب بلدة الشامي شمال البلاد."
    assert "mr_chami" in place_ids(text)


def test_a_family_named_al_shami_is_no_town() -> None:
    text = "دمشق - قتل الشاب محمد الشامي برصاص مجهولين في حي الميدان بدمشق."
    assert "mr_chami" not in place_ids(text)


# --- the commune as a place word; a region as Mauritania spells it --------------------------------


def test_a_village_of_a_commune_is_placed_in_the_commune() -> None:
    text = "نيامي - قتل تسعة مدنيين في هجوم على قرية تابعة لبلدية أيورو غربي النيجر."
    assert "ne_ayorou" in place_ids(text)


def test_the_region_of_nouadhibou_as_mauritania_spells_it_is_not_the_city() -> None:
    text = "نواكشوط - قتل شاب في شجار قرب بلدة الشامي بولاية داخلت نواذيبو أمس."
    assert place_ids(text) >= {"mr_chami"}
    assert "mr_nouadhibou" not in place_ids(text)


# --- a city's quarter named like a town elsewhere ---------------------------------------------


def test_a_quarter_of_a_city_is_not_a_namesake_town_of_another_province() -> None:
    text = "إب - قتل رجل برصاص مسلحين في حي الروضة بمدينة إب مساء أمس."
    assert "ye_ar_rawdah" not in place_ids(text)


def test_a_village_named_by_the_next_province_keeps_its_place() -> None:
    text = "قتل مزارع بانفجار لغم قرب قرية الروضة شرقي مدينة إب."
    assert "ye_ar_rawdah" in place_ids(text)

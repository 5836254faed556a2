"""Rules prompted by the twelfth blind set (tests/fixtures/extraction_eval/blind12.yaml: place
names several countries share or that mean something else, and datelines), each checked here on
reports written for the test, not on the set's own sentences."""

from tests.unit.streams.extraction.reading import actors_of, events, figures_of, only, place_ids, places_of

# --- datelines ------------------------------------------------------------------------------


def test_a_wire_dateline_is_the_desk_not_the_site() -> None:
    event = only(
        "أربيل (أ ف ب) - قتل ثلاثة من عناصر الشرطة بهجوم على نقطة تفتيش في قضاء الحويجة بمحافظة "
        "كركوك، وفق مصدر أمني."
    )
    assert "iq_erbil_city" not in places_of(event) and "iq_kirkuk" in places_of(event)


def test_a_dateline_refines_an_incident_that_names_only_its_division() -> None:
    only_division = only("كويتا - قتل أربعة عمال برصاص مسلحين مجهولين في إقليم بلوشستان.")
    assert {"pk_quetta", "pk_balochistan"} <= places_of(only_division)
    # a site elsewhere in the division is not in the dateline's town
    elsewhere = only("كركوك - أصيب أربعة مدنيين بانفجار عبوة ناسفة في قضاء الحويجة جنوب غربي المحافظة.")
    assert "iq_kirkuk_city" not in places_of(elsewhere) and "iq_al_hawijah" in places_of(elsewhere)


def test_a_report_naming_no_place_is_at_its_dateline() -> None:
    event = only(
        "انفجار قذيفة يصيب أربعة مدنيين\n"
        "تعز - أصيب أربعة مدنيين، بينهم طفلان، بانفجار قذيفة سقطت في حارة الصفصاف مساء أمس."
    )
    assert places_of(event) == {"ye_taiz_city"}


def test_a_report_with_no_body_is_read_sentence_by_sentence() -> None:
    # a one-paragraph roundup: the civilians killed in two countries are two tolls, not one
    got = events(
        "عواصم - وكالات: قتل تسعة مدنيين في قصف على بلدة في ريف إدلب الجنوبي. وفي لبنان، قتل "
        "مدنيان في غارة على سيارة قرب بلدة كفركلا."
    )
    assert figures_of(*got) == {("killed", 9), ("killed", 2)}


# --- a country named by its adjective -------------------------------------------------------


def test_a_shared_name_resolves_by_a_countrys_adjective() -> None:
    lebanese = only("طرابلس - قالت مصادر أمنية لبنانية إن شخصين قتلا في إطلاق نار في طرابلس.")
    assert "lb_tripoli" in places_of(lebanese)
    amman = only("عمان - أعلنت القوات المسلحة الأردنية مقتل ثلاثة مهربين في اشتباك على الحدود.")
    assert places_of(amman) == {"jo_amman"}


# --- the attacker named in a sentence of its own --------------------------------------------


def test_an_accusation_in_the_next_sentence_names_the_attacker() -> None:
    event = only(
        "مقتل جنديين في أبين\n"
        "أبين - قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في مديرية لودر. واتهم مصدر عسكري "
        "تنظيم القاعدة بزرع العبوة."
    )
    assert "aqap" in actors_of(event)


# --- names several countries share ----------------------------------------------------------


def test_a_town_word_before_a_name_keeps_its_namesakes() -> None:
    # GeoNames gives "مدينة زنجبار" to Zanzibar alone; the article's governorate decides
    event = only("أصيب ثلاثة جنود بانفجار عبوة ناسفة في مدينة زنجبار عاصمة محافظة أبين.")
    assert "ye_zinjibar" in places_of(event) and "tz_zanzibar" not in places_of(event)


def test_a_datelines_name_is_a_place_even_where_a_village_shares_it() -> None:
    event = only("البريقة - قتل حارس وأصيب آخر في هجوم على بوابة ميناء البريقة، وفق مصادر عسكرية ليبية.")
    assert places_of(event) == {"ly_al_burayqah"}


def test_a_shared_name_resolves_by_the_home_of_the_group_the_article_names() -> None:
    event = only("قتلت قوات الدعم السريع سبعة مدنيين في هجوم على قرية شرقي الجزيرة.")
    assert places_of(event) == {"sd_gezira"}


def test_the_outlet_after_a_dateline_is_no_place() -> None:
    event = only("اشتباك في كشمير\nنيودلهي - الجزيرة نت: قتل جنديان في اشتباك مع مسلحين في غابات المنطقة.")
    assert "dz_algiers" not in places_of(event)


def test_names_that_are_also_common_words_count_in_their_place_phrase() -> None:
    bannu = only("قتل خمسة جنود في هجوم انتحاري على معسكر للجيش في مدينة بنو شمال غربي باكستان.")
    assert "pk_bannu" in places_of(bannu)
    el_oued = only("قتل جنديان في اشتباك مع مسلحين خلال عملية تمشيط بولاية الوادي.")
    assert "dz_el_oued" in places_of(el_oued)


# --- actors ---------------------------------------------------------------------------------


def test_the_petroleum_guard_and_outlaws_are_actors() -> None:
    event = only("قتل حارسان من حرس المنشآت النفطية في هجوم شنته مجموعة خارجة عن القانون على حقل نفطي.")
    assert {"petroleum_facilities_guard", "unknown"} <= actors_of(event)


def test_a_military_base_is_not_al_qaeda() -> None:
    base = only("قصفت طائرات حربية مجهولة قاعدة الوطية الجوية، ما أدى إلى مقتل اثنين من حراس القاعدة.")
    assert "aqim" not in actors_of(base) and "al_qaeda" not in actors_of(base)
    group = only("قتل جنديان في هجوم شنه عناصر من تنظيم القاعدة على نقطة عسكرية في محافظة أبين.")
    assert "aqap" in actors_of(group)


def test_a_claim_in_a_sentence_of_its_own_names_the_attacker() -> None:
    event = only(
        "انفجار في مسجد\n"
        "قتل خمسة مصلين وأصيب عشرة في انفجار داخل مسجد في مدينة جلال آباد. وتبنى تنظيم ولاية "
        "خراسان الاعتداء."
    )
    assert "is_provinces" in actors_of(event)


def test_a_place_named_before_a_foreign_division_is_not_the_foreign_namesake() -> None:
    bekaa = only("استشهد شاب في غارة إسرائيلية على بلدة المرج في البقاع الغربي.")
    assert "ly_al_marj" not in places_of(bekaa) and "lb_beqaa_governorate" in places_of(bekaa)
    kasserine = only("استشهد عسكري بانفجار لغم في جبل السلوم بولاية القصرين.")
    assert places_of(kasserine) == {"tn_kasserine_governorate"}


def test_a_border_village_named_by_the_next_divisions_countryside_stays() -> None:
    event = only("قتل جنديان في هجوم على نقاط عسكرية في محور كبانة بريف اللاذقية الشمالي.")
    assert "kabani" in places_of(event)


def test_a_name_after_abu_or_umm_is_part_of_another_name() -> None:
    event = only("قتل راع بانفجار عبوة ناسفة قرب حي أم صيدا في مدينة تكريت.")
    assert "lb_sidon" not in places_of(event)
    # Abu Saida, a sub-district GeoNames lacks, is placed by its district's seat
    abu_saida = only("قتل جنديان بانفجار عبوة ناسفة في ناحية أبي صيدا شمال شرق بعقوبة.")
    assert "iq_al_miqdadiyah" in places_of(abu_saida) and "lb_sidon" not in places_of(abu_saida)


def test_the_persian_ending_abad_alone_is_no_place() -> None:
    # "آباد" ends many names (فيض آباد، جلال آباد): GeoNames also gives it as a name of Shahrabad
    for text in (
        "قتل شرطيان في هجوم مسلح على حاجز أمني في فيض آباد، وفق مسؤول محلي.",
        "قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة فيض آباد شمال شرقي أفغانستان.",
    ):
        assert "ir_shahrabad" not in place_ids(text)


def test_faizabad_written_in_persian_letters_by_geonames_is_badakhshans() -> None:
    # GeoNames writes Badakhshan's seat "فیض آباد"; the press, and the gazetteer, "فيض آباد"
    seat = only("أصيب خمسة من عناصر الشرطة في انفجار دراجة مفخخة قرب سوق فيض آباد بولاية بدخشان.")
    assert {"af_fayzabad", "af_badakhshan"} <= places_of(seat)
    alone = only("قتل مدنيان برصاص مسلحين مجهولين في مدينة فيض آباد شمال شرقي أفغانستان.")
    assert places_of(alone) == {"af_fayzabad"}

"""Rules and data prompted by the forty-second blind set (tests/fixtures/extraction_eval/
blind42.yaml: an eighth day's feed, 12 November 2025), each checked here on sentences written for
the test, not on the set's own."""

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- a death at someone's hands, and the body that reached the hospital -------------------------


def test_a_death_at_a_relatives_hands_is_a_killing() -> None:
    text = (
        "جريمة في المنيا\n"
        "المنيا - لقي شاب مصرعه على يد ابن عمه إثر خلاف على قطعة أرض في قرية بمركز ملوي."
    )
    assert tolls(text) == [(1, None)]


def test_a_woman_dead_at_her_husbands_hands_is_a_killing() -> None:
    text = "الإسكندرية - لقيت سيدة حتفها على يد زوجها داخل شقتهما في حي المنتزه."
    assert tolls(text) == [(1, None)]


def test_the_body_that_reached_the_hospital_is_the_dead_already_told() -> None:
    text = (
        "مقتل تاجر في قنا\n"
        "قنا - لقي تاجر مصرعه على يد جاره بسبب خلاف على الجيرة في مدينة قنا.\n"
        "وتلقت الأجهزة الأمنية بلاغاً بوصول المجني عليه جثة هامدة إلى المستشفى العام، وألقت "
        "قوات الأمن القبض على المتهم."
    )
    assert tolls(text) == [(1, None)]


def test_a_body_told_alone_still_counts() -> None:
    text = (
        "العثور على جثة شاب\n"
        "قنا - وصلت جثة هامدة لشاب إلى المستشفى العام مصابة بطعنات، وفتحت النيابة تحقيقاً."
    )
    assert tolls(text) == [(1, None)]


# --- the day's other news: a minibus overturned, an air show, attacks conceded -----------------


def test_a_minibus_overturned_on_a_road_is_no_incident() -> None:
    text = (
        "مصرع 4 وإصابة 9 في انقلاب ميكروباص بالمنيا\n"
        "المنيا - لقي 4 أشخاص مصرعهم وأصيب 9 آخرون في انقلاب ميكروباص على الطريق الزراعي."
    )
    assert events(text) == []


def test_a_tuk_tuk_overturned_is_no_incident() -> None:
    text = "سوهاج - مصرع طفل وإصابة اثنين في انقلاب توك توك داخل ترعة بقرية في مركز طما."
    assert events(text) == []


def test_attack_drones_on_show_at_an_air_show_are_no_strike() -> None:
    text = (
        "معرض للطيران في البحرين\n"
        "المنامة - تعرض الشركات العارضة في معرض البحرين الدولي للطيران مقاتلات ومسيرات هجومية "
        "وصواريخ موجهة."
    )
    assert events(text) == []


def test_attacks_conceded_as_a_circumstance_are_no_incident() -> None:
    text = (
        "افتتاح موسم الحصاد\n"
        "طولكرم - قال المحافظ إن المزارعين أتموا الموسم رغم اعتداءات المستوطنين على أراضيهم."
    )
    assert events(text) == []


def test_a_toll_beside_a_concession_is_still_an_incident() -> None:
    text = (
        "شهيد في طوباس\n"
        "طوباس - استشهد شاب برصاص قوات الاحتلال في بلدة طمون رغم الهدوء الذي ساد المنطقة."
    )
    assert tolls(text) == [(1, None)]


# --- places: the villages and subdistricts of the day's attacks ---------------------------------


def test_a_subdistrict_of_hawija_is_placed_there() -> None:
    text = "كركوك - أصيب جندي بانفجار عبوة ناسفة في قرية الزاب غرب الحويجة."
    assert "iq_al_zab" in place_ids(text)


def test_a_subdistrict_of_amarah_is_placed_there() -> None:
    text = "ميسان - قتل شخصان في نزاع عشائري بالأسلحة في ناحية كميت."
    assert "iq_kumait" in place_ids(text)


def test_a_commune_of_jijel_is_placed_there() -> None:
    text = "جيجل - قتل جنديان في انفجار لغم تقليدي الصنع ببلدية الميلية."
    assert "dz_el_milia" in place_ids(text)


def test_a_village_of_suwayda_is_placed_with_its_place_word() -> None:
    text = "السويداء - قتل شاب برصاص مجهولين في قرية ولغا غربي المحافظة."
    assert "walgha" in place_ids(text)


def test_wollega_without_its_shadda_is_not_the_syrian_village() -> None:
    text = "أديس أبابا - قتل 7 مدنيين في هجوم على قرية في منطقة شرق ولغا بإقليم أوروميا."
    assert "walgha" not in place_ids(text)


def test_a_village_of_girga_is_placed_with_its_place_word() -> None:
    text = "سوهاج - لقي شاب مصرعه برصاص مجهولين في قرية بيت خلاف."
    assert "eg_beit_khallaf" in place_ids(text)


def test_zamfaras_capital_in_the_wires_spelling() -> None:
    text = "أبوجا - قتل مسلحون خمسة من السكان في هجوم على قرية قرب غوساو شمال غربي نيجيريا."
    assert "ng_gusau" in place_ids(text)


def test_adan_yabaal_in_another_spelling() -> None:
    text = "مقديشو - قتل ثلاثة جنود في كمين نصبه مسلحون قرب بلدة آدم يابال."
    assert "so_adan_yabaal" in place_ids(text)


# --- news of the day after, with the incident's toll in a relative clause -----------------------


def test_security_tightened_the_day_after_a_bombing_is_no_incident() -> None:
    text = (
        "تشديد أمني في العاصمة\n"
        "كابول - شددت الشرطة الإجراءات الأمنية حول المساجد والأسواق في العاصمة، غداة التفجير "
        "الذي أسفر عن مقتل 9 أشخاص قرب السوق المركزي."
    )
    assert events(text) == []


def test_a_toll_updated_the_day_after_is_the_incidents_news() -> None:
    text = (
        "ارتفاع الحصيلة\n"
        "غزة - أعلنت وزارة الصحة غداة الغارة التي استهدفت المدرسة ارتفاع عدد الشهداء إلى 15."
    )
    assert tolls(text) == [(15, None)]


def test_a_claim_the_day_after_carries_the_incidents_toll() -> None:
    text = (
        "تبني الهجوم\n"
        "مقديشو - أعلنت حركة الشباب مسؤوليتها غداة الهجوم الذي أسفر عن مقتل 6 جنود في بلدوين."
    )
    assert tolls(text) == [(6, None)]


def test_a_new_attack_the_day_after_an_earlier_one_is_still_counted() -> None:
    text = (
        "هجوم جديد\n"
        "كركوك - قتل جنديان بهجوم على نقطة في الحويجة، غداة الهجوم الذي أسفر عن مقتل ثلاثة في الرشاد."
    )
    assert tolls(text) == [(2, None)]

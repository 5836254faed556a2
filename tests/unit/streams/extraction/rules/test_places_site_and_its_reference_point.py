"""Where a report gives the site and a point to find it by (a distance, a direction, a district's
seat, a city the quarter lies in), the site is the incident's place and the point only helps
place it; places of one level keep their rank and order."""

import pytest

from streams.extraction.places import ancestors, find_places
from tests.unit.streams.extraction.reading import only, place_ids, places_of


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


def _found(text: str) -> set[str]:
    return {p.id for p in find_places(text)}


def test_a_village_of_a_seat_s_district_keeps_the_seat_as_its_place_too() -> None:
    ids = location_ids(
        "هجوم على قرية\nقتل مزارع برصاص مسلحين في قرية الهارونية التابعة لقضاء المقدادية اليوم."
    )
    assert ids[0] == "iq_al_haruniyah"
    assert "iq_diyala" not in ids or ids.index("iq_diyala") > 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a camp written with Darfur's word for it, a gate with Libya's
        ("قصف على معسكر زمزم\nقتل ثلاثة نازحين بقذائف سقطت على معسكر زمزم اليوم.", "sd_zamzam"),
        ("هجوم على بوابة\nقتل عنصر أمن في هجوم على بوابة الدافنية ليلاً.", "ly_dafniya"),
    ],
)
def test_a_camp_or_gate_word_before_a_small_place_names_the_place(text: str, place: str) -> None:
    assert location_ids(text)[0] == place


@pytest.mark.parametrize(
    ("text", "site", "seat"),
    [
        ("قصف ناقلة في رأس عيسى\nأصيب بحاران في قصف استهدف ناقلة راسية في ميناء رأس عيسى بمديرية "
         "الصليف مساء أمس.", "ye_ras_isa", "ye_as_salif"),
        ("مسيرة فوق كاني ماسي\nأصيب راعيان بقصف مسيرة على بستان في ناحية كاني ماسي في قضاء العمادية "
         "ظهر اليوم.", "iq_kani_masi", "iq_al_amadiyah"),
    ],
)
def test_a_site_in_a_district_named_after_its_seat_is_the_site_and_the_seat_none(
    text: str, site: str, seat: str
) -> None:
    ids = location_ids(text)
    assert site in ids
    assert seat not in ids


def test_a_district_said_of_a_second_object_keeps_its_seat() -> None:
    ids = location_ids(
        "غارات على الحديدة\nقتل عامل في غارات استهدفت ميناء الحديدة ومصنعاً للإسمنت في مديرية باجل "
        "اليوم."
    )
    assert "ye_bajil" in ids


def test_a_province_s_name_after_a_far_site_in_it_is_the_province_not_its_seat() -> None:
    ids = location_ids("قصف على بيرسفي\nأصيب مزارع بقصف مدفعي على قرية بيرسفي في دهوك اليوم.")
    assert ids == ["iq_birseve", "iq_duhok"]
    # with the city's word it is the city
    ids = location_ids("قصف على قرية\nأصيب مزارع بقصف على قرية بيرسفي في مدينة دهوك اليوم.")
    assert "iq_dihok" in ids


def test_a_village_of_sabr_al_mawadim_has_its_district_and_not_the_city_it_is_placed_from() -> None:
    ids = location_ids(
        "قذيفة على الشقب\nأصيب طفل بقذيفة سقطت على منزل في قرية الشقب بمديرية صبر الموادم جنوب شرق "
        "مدينة تعز اليوم."
    )
    assert ids[0] == "ye_al_shaqab"
    assert "ye_taiz_city" not in ids


@pytest.mark.parametrize(
    ("text", "site", "point"),
    [
        ("هجوم على بلدة صرمان\nقتل حارس برصاص مسلحين في بلدة صرمان، الواقعة على بعد 60 كيلومتراً "
         "غرب العاصمة طرابلس، فجر اليوم.", "ly_surman", "ly_tripoli"),
        ("عبوة في تلكلخ\nقتل جندي بانفجار عبوة في مدينة تلكلخ الواقعة على بعد 45 كيلومتراً غرب "
         "مدينة حمص صباح اليوم.", "talkalakh", "homs_city"),
    ],
)
def test_a_town_measured_from_another_is_the_site_and_the_other_only_its_point(
    text: str, site: str, point: str
) -> None:
    ids = location_ids(text)
    assert ids[0] == site
    assert point not in ids


def test_a_distance_after_a_comma_may_be_the_event_s_and_keeps_both_places() -> None:
    # the convoy was on its way to Bamako when it was hit 40 km from Kayes: both stay
    ids = location_ids(
        "هجوم على قافلة\nقتل سائقان في هجوم على قافلة متجهة إلى باماكو، على بعد 40 كيلومتراً "
        "غرب مدينة كايس، اليوم."
    )
    assert "ml_kayes" in ids


def test_a_distance_from_a_border_is_no_distance_from_the_country() -> None:
    ids = location_ids(
        "كمين في تيلابيري\nقتل ستة جنود في كمين قرب بلدة في منطقة تيلابيري، على بعد 50 "
        "كيلومتراً من الحدود مع مالي، أمس."
    )
    assert ids[0] == "ne_tillaberi"
    assert "ml" not in ids


def test_a_point_written_with_its_city_word_is_the_city_not_the_province() -> None:
    # "ناحية الرشاد جنوب غربي مدينة كركوك": the city is only the point, the sub-district town
    # the site
    ids = location_ids(
        "هجوم في الرشاد\nقتل راعيان بهجوم مسلح على أطراف ناحية الرشاد جنوب غربي مدينة كركوك "
        "مساء أمس."
    )
    assert ids[0] == "iq_al_rashad"
    assert "iq_kirkuk_city" not in ids


def test_a_bare_point_named_like_the_site_s_province_is_the_province() -> None:
    # "جنوب غربي كركوك" after a sub-district of the province: the province, not the city
    ids = location_ids(
        "هجوم في الرشاد\nقتل جندي بهجوم على نقطة تفتيش في ناحية الرشاد جنوب غربي كركوك ليل أمس."
    )
    assert ids[0] == "iq_al_rashad"
    assert "iq_kirkuk" in ids
    assert "iq_kirkuk_city" not in ids


def test_a_capital_named_as_the_point_stays_as_it_is_read() -> None:
    # "شمالي العاصمة بغداد" is said of the city and of its province alike
    ids = location_ids(
        "عبوة في الطارمية\nقتل جندي بانفجار عبوة في قضاء الطارمية شمالي العاصمة بغداد مساء أمس."
    )
    assert ids[0] == "iq_at_tarmiyah"
    assert "iq_baghdad_city" in ids


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("أغلقت جماعة مسلحة الطرق المؤدية إلى منطقة سيكاسو جنوبي مالي", "ml_sikasso_region"),
        ("قالت السلطات إن الحصار يطال بلدات منطقة كوليكورو", "ml_koulikoro_region"),
    ],
)
def test_malis_southern_regions_are_regions_not_their_seats(text: str, region: str) -> None:
    assert region in _found(text)
    assert "ml_sikasso" not in _found(text)


@pytest.mark.parametrize(
    ("text", "division", "seat"),
    [
        ("قال حاكم مقاطعة ساراتوف إن مسيرة سقطت على مصفاة نفط", "ru_saratov_oblast", "ru_saratov"),
        ("أعلنت السلطات حالة الطوارئ في مقاطعة فولغوغراد بعد هجوم بالمسيرات", "ru_volgograd_oblast",
         "ru_volgograd"),
        ("قصف الطيران قرى في منطقة ماندالاي وسط ميانمار", "mm_mandalay_region", "mm_mandalay"),
    ],
)
def test_an_oblast_or_region_named_with_its_word_is_the_division_not_its_seat(
    text: str, division: str, seat: str
) -> None:
    found = _found(text)
    assert division in found and seat not in found


def test_a_town_geonames_names_with_direction_marks() -> None:
    assert "il_kafr_qasim" in place_ids("أصيب ثلاثة شبان بجروح في جريمة إطلاق نار في كفر قاسم.")


def test_a_place_the_headline_names_comes_first_among_places_of_one_level() -> None:
    # the bank is named after the capital; the headline says where the blast was
    event = only(
        "انفجار أمام مصرف في هرات\n"
        "قتل ثلاثة أشخاص، صباح اليوم، في انفجار وقع أمام فرع لمصرف كابل في مدينة هرات."
    )
    assert next(loc.name_en for loc in event.locations if loc.level == "town") == "Herāt"


def test_places_of_one_level_keep_the_text_s_order_when_the_headline_names_none() -> None:
    event = only(
        "مقتل ثلاثة بقصف في ريف إدلب\n"
        "قتل ثلاثة مدنيين بقصف على مدينة سراقب، بعد ساعات من قصف على مدينة أريحا."
    )
    assert [loc.id for loc in event.locations if loc.level == "town"][:2] == ["saraqib", "ariha"]


def test_the_south_of_lebanon_is_a_region_of_the_country_not_one_governorate() -> None:
    # "جنوب لبنان" spans the South and Nabatieh governorates (Bint Jbeil, Marjayoun, Nabatieh)
    event = only("غارة في جنوب لبنان\nاستشهد شخصان بغارة لمسيرة إسرائيلية على سيارة في جنوب لبنان.")
    assert [(loc.id, loc.level) for loc in event.locations] == [("lb", "country")]


def test_the_city_of_nabatieh_is_the_town_not_its_governorate() -> None:
    event = only("غارة على النبطية\nاستشهد شخص بغارة لمسيرة إسرائيلية على دراجة نارية في مدينة النبطية.")
    assert ("lb_nabatiye_et_tahta", "town") in [(loc.id, loc.level) for loc in event.locations]


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


def test_a_quarter_said_to_be_in_another_city_is_no_namesake_quarter() -> None:
    # Damascus has a quarter "حي الميدان"; one in Aleppo is Aleppo's
    event = only("قتل مدنيان بسقوط قذيفة على حي الميدان في مدينة حلب.")
    assert "midan" not in places_of(event)
    assert any("aleppo" in ancestors(p) for p in places_of(event))


@pytest.mark.parametrize(
    ("text", "site", "point"),
    [
        ("قتل ثلاثة أشخاص في اشتباكات بمنطقة جنزور غرب العاصمة طرابلس.", "ly_janzur", "ly_tripoli"),
        ("قتل أربعة مدنيين بقصف على بلدة ساكي غرب مدينة غوما.", "cd_sake", "cd_goma"),
    ],
)
def test_a_town_placed_by_its_direction_from_a_city_is_the_site_not_the_city(
    text: str, site: str, point: str
) -> None:
    found = places_of(only(text))
    assert site in found and point not in found


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a suburb within a few kilometres is the city's as well
        ("استشهد شاب برصاص الاحتلال في بلدة بني سهيلا شرق خان يونس.", "ps_khan_yunis"),
        # a camp named after a place, placed from a city, is the city's
        ("قتل ثمانية نازحين بصاروخ سقط على مخيم السويداء للنازحين شمالي مدينة مأرب.", "ye_ma_rib"),
    ],
)
def test_a_suburb_or_a_camp_placed_from_a_city_keeps_the_city(text: str, city: str) -> None:
    assert city in places_of(only(text))


def test_a_province_given_as_the_point_stays() -> None:
    # only a town is a mere point: a province a town is placed in holds it
    found = places_of(only("قتل جندي بهجوم على نقطة في قضاء حديثة غرب الأنبار."))
    assert "iq_hadithah" in found and any("iq_anbar" in ancestors(p) for p in found)


def test_a_point_named_like_the_site_s_province_stays() -> None:
    # "جنوب تعز" after a district of Taiz may be the province's south: the name is kept, as the
    # province that holds the district (not the city, which it may not be)
    found = places_of(only("قتل طفلان بقذيفة سقطت على قرية في مديرية حيفان جنوب تعز."))
    assert "ye_hayfan" in found and "ye_taiz" in found
    assert "ye_taiz_city" not in found


def test_a_quarter_placed_from_its_city_keeps_the_city() -> None:
    # "حي X شمالي مدينة Y" is Y's quarter, whatever town elsewhere is called X
    found = places_of(only("قتل طفل بقذيفة هاون سقطت على حي الروضة شمالي مدينة تعز."))
    assert "ye_taiz_city" in found


def test_the_gate_of_an_old_city_is_a_quarter_not_the_city_its_road_leads_to() -> None:
    ids = location_ids(
        "انفجار في حمص القديمة\n"
        "قتل شخص وأصيب ثلاثة بانفجار دراجة مفخخة قرب سوق باب تدمر في مدينة حمص ظهر اليوم."
    )
    assert "palmyra" not in ids and "homs_city" in ids
    ids = location_ids("اشتباك في صنعاء\nقتل مسلحان في اشتباك قرب باب اليمن وسط صنعاء مساء أمس.")
    assert "ye_sanaa" in ids or any(i.startswith("ye_") for i in ids)
    assert "ye" not in ids


def test_a_town_is_still_read_after_a_preposition_glued_to_a_word_like_the_gate_s() -> None:
    # "بابل" (Babylon) and "الباب" (al-Bab) are names of their own, not the gate's word
    assert "al_bab" in location_ids("قصف على الباب\nقتل مدنيان بقصف مدفعي على مدينة الباب شرق حلب.")


def test_a_seat_added_beside_its_district_lies_in_it() -> None:
    assert "pk_bajaur" in ancestors("pk_khar")


@pytest.mark.parametrize(
    ("village", "seat"),
    [("ps_yabad", "ps_janin"), ("ps_idhna", "ps_hebron"), ("ps_al_birah", "ps_ramallah"),
     ("ps_balatah", "ps_nablus")],
)
def test_a_west_bank_town_lies_in_its_governorate_s_seat(village: str, seat: str) -> None:
    assert seat in ancestors(village)
    assert "ps_west_bank" in ancestors(village)


def test_the_seat_of_the_district_a_village_belongs_to_is_no_site() -> None:
    text = "دهوك - أصيب مزارع بقصف تركي على قرية كاني ماسي التابعة لقضاء العمادية في محافظة دهوك."
    found = place_ids(text)
    assert "iq_kani_masi" in found
    assert "iq_al_amadiyah" not in found


def test_two_villages_of_one_district_are_two_sites() -> None:
    first = location_ids("غارة على سيارة\nاستشهد شاب بغارة على سيارة في بلدة شبعا في قضاء حاصبيا اليوم.")
    second = location_ids("غارة على منزل\nاستشهد شخصان بغارة على منزل في بلدة الهبارية في قضاء حاصبيا اليوم.")
    assert first[0] == "lb_shebaa"
    assert second[0] == "lb_hebbariyeh"


def test_a_village_named_with_its_district_s_seat_is_the_only_site_of_its_rank() -> None:
    ids = location_ids(
        "غارة على سيارة في الجنوب\n"
        "استشهد مواطنان بغارة من مسيرة على سيارة في بلدة عيترون قضاء بنت جبيل ظهر اليوم."
    )
    assert ids[0] == "lb_aitaroun"
    assert "lb_bent_jbail" not in ids


def test_two_villages_of_one_district_keep_no_site_in_common() -> None:
    first = location_ids(
        "غارة على منزل\nاستشهد مواطن بغارة على منزل في بلدة يارون في قضاء بنت جبيل مساء اليوم."
    )
    second = location_ids(
        "غارة على سيارة\nاستشهد شابان بغارة على سيارة عند مدخل بلدة عيناثا في قضاء بنت جبيل اليوم."
    )
    assert not set(first) & set(second)


def test_the_district_s_seat_gives_way_in_its_rank_among_the_places() -> None:
    # the victims' home towns named after the site's district do not come first
    ids = location_ids(
        "تشييع جنديين\n"
        "شيع أهالي الكاف وسيدي بوزيد جنديين قتلا في انفجار لغم قرب ساقية سيدي يوسف أمس."
    )
    assert ids[0] == "tn_sakiet_sidi_youssef"
    assert "tn_el_kef" not in ids


@pytest.mark.parametrize(
    ("text", "place", "foreign"),
    [
        # a market named like an Egyptian town, north-east of the Iraqi capital
        ("انفجرت عبوة في سوق الحسينية الكبير شمال شرقي العاصمة بغداد وأصابت أربعة أشخاص.",
         "iq_baghdad_city", "eg_al_husayniyah"),
        # a refugee camp named like a Moroccan city, south of the Lebanese city
        ("قتل شخصان بغارة على مخيم الرشيدية للاجئين جنوب مدينة صور.", "lb_tyre", "ma_errachidia"),
    ],
)
def test_a_place_placed_by_its_direction_from_a_city_is_no_foreign_namesake(
    text: str, place: str, foreign: str
) -> None:
    found = places_of(only(text))
    assert place in found
    assert foreign not in found


def _found_list(text: str) -> list[str]:
    return [p.id for p in find_places(text)]


# --- the ends of a stretch of road or land


def test_a_town_on_the_road_between_two_towns_is_the_site_and_the_two_only_its_ends() -> None:
    assert _found_list("كمين لحافلة على الطريق السريع بين كويتا وكراتشي قرب بلدة منغوتشر") == ["pk_mangochar"]


def test_a_place_named_before_between_is_the_site_and_a_lacking_second_end_is_no_matter() -> None:
    places = _found_list("هجوم على مخفر في منطقة كوهر كوه بين مدينتي راسك وتفتان")
    assert "ir_gohar_kuh" in places and "ir_rasak" not in places


def test_a_road_between_two_towns_with_nothing_on_it_keeps_both_towns() -> None:
    assert set(_found_list("سقطت قذيفة على الطريق الرابط بين كويتا وكراتشي")) == {"pk_quetta", "pk_karachi"}


def test_two_villages_on_a_road_in_their_district_stay_the_sites() -> None:
    places = _found_list("غارة على سيارة على الطريق بين بلدتي حولا وعيترون في قضاء بنت جبيل")
    assert {"lb_houla", "lb_aitaroun"} <= set(places)


def test_a_town_the_convoy_was_heading_to_does_not_make_the_road_s_ends_references() -> None:
    # the destination stands before "على الطريق بين", not as a site on the road
    places = _found_list("أحرق مسلحون شاحنات متجهة إلى باماكو على الطريق بين كايس وديبولي")
    assert "ml_kayes" in places


# --- the country across a border


@pytest.mark.parametrize(
    ("text", "site", "across"),
    [
        ("قتل راعيان بغارة قرب بئر في منطقة تينزاواتين على الحدود مع الجزائر", "ml_tinzaouaten", "dz"),
        ("هجوم على مخفر في بلدة بنقردان على الحدود المشتركة مع ليبيا", "tn_ben_guerdane", "ly"),
        ("سقطت قذائف على بلدة القائم الحدودية مع سوريا", "iq_al_qaim", "sy"),
    ],
)
def test_the_country_across_the_border_is_no_place_of_a_site_in_another(
    text: str, site: str, across: str
) -> None:
    places = _found_list(text)
    assert site in places and across not in places
    assert "dz_algiers" not in places


def test_a_border_alone_names_the_country_not_its_capital() -> None:
    assert _found_list("قتل جنديان في اشتباك على الحدود مع الجزائر") == ["dz"]


def test_the_capital_named_without_a_border_stays_the_capital() -> None:
    assert _found_list("انفجار في حي باب الوادي بالجزائر") == ["dz_algiers"]


# --- a province written with its seat's name after a far site


def test_a_seat_s_name_after_a_far_district_of_its_province_is_the_province() -> None:
    places = _found_list("انفجار في سوق مديرية خان آباد بقندوز")
    assert places[0] == "af_khanabad" and "af_kunduz" not in places


def test_a_town_measured_from_a_city_after_a_comma_is_the_site_and_the_city_its_point() -> None:
    # "بلدة X، على بعد N كيلومتراً من مدينة Y": the comma opens the town's own distance
    found = place_ids(
        "قتل ثلاثة جنود في هجوم على موقع للجيش في بلدة دامبوا، على بعد نحو 80 كيلومتراً من مدينة "
        "مايدوغوري في ولاية بورنو."
    )
    assert "ng_maiduguri" not in found


def test_a_destination_before_a_comma_is_not_what_the_distance_measures() -> None:
    # "في طريقها إلى X، على بعد 40 كيلومتراً من مدينة Y": the convoy, not X, was near Y
    found = place_ids(
        "قتل سائقان في هجوم على قافلة كانت في طريقها إلى باماكو، على بعد نحو 40 كيلومتراً شرق "
        "مدينة كايس غربي مالي."
    )
    assert "ml_kayes" in found


def test_a_funeral_is_held_where_the_dead_are_buried_not_where_they_fell() -> None:
    text = (
        "تشييع ثلاثة من جنود اللواء الثلاثين\n"
        "شيع المئات في مدينة الضالع، اليوم السبت، جثامين ثلاثة جنود سقطوا أمس في هجوم بطائرة مسيرة "
        "حوثية على موقعهم في مريس."
    )
    found = place_ids(text)
    assert "ye_muris" in found and "ye_ad_dali" not in found, found


def test_a_funeral_naming_one_place_keeps_it() -> None:
    text = "شيع أهالي مدينة الضالع، اليوم السبت، ضحايا القصف الحوثي الذي استهدف حيا سكنيا أمس."
    assert "ye_ad_dali" in place_ids(text)


def test_the_hospital_of_the_wounded_after_a_funeral_is_not_where_they_fell() -> None:
    text = (
        "شيعت بلدة الهبارية، اليوم الخميس، الشقيقين اللذين قضيا في الغارة الإسرائيلية على منزلهما "
        "مساء أمس، فيما لا يزال ثلاثة جرحى يتلقون العلاج في مستشفى مرجعيون الحكومي."
    )
    assert "lb_hebbariyeh" in place_ids(text)


def test_the_far_end_of_a_road_from_the_village_told_is_no_site() -> None:
    text = ("قتل شابان من أهالي قرية حربنفسه بريف حماة برصاص مسلحين على الطريق الواصل بين القرية "
            "وبلدة الرستن.")
    got = place_ids(text)
    assert "sy_harbinafsah" in got and "rastan" not in got, got
    # with no place told before, the town named stays
    assert "rastan" in place_ids("قتل شابان برصاص مسلحين على الطريق بين القرية وبلدة الرستن.")


# --- a road named by its two ends joined by a dash


def test_a_town_near_a_dashed_road_is_the_site_and_the_road_s_ends_are_not() -> None:
    assert _found_list("كمين لحافلة على طريق كويتا–كراتشي قرب بلدة منغوتشر") == ["pk_mangochar"]


def test_a_dashed_road_s_end_named_again_as_the_site_keeps_that_end_alone() -> None:
    assert _found_list("انفجرت عبوة ناسفة على طريق كويتا–كراتشي عند مدخل مدينة كويتا") == ["pk_quetta"]


def test_a_dashed_road_with_nothing_on_it_keeps_both_towns() -> None:
    assert set(_found_list("سقطت قذيفة على الطريق الدولي كويتا - كراتشي")) == {"pk_quetta", "pk_karachi"}


def test_a_quarter_amid_a_city_is_the_city_s_not_a_namesake_town_elsewhere() -> None:
    got = _found_list("أصيب طفلان بقذيفة سقطت على حي الروضة وسط مدينة الحديدة")
    assert "ye_al_hudaydah" in got and not any(p.endswith("ar_rawdah") for p in got)


def test_a_dashed_road_s_second_end_may_be_a_town_the_gazetteer_lacks() -> None:
    assert _found_list("انفجرت عبوة بمركبة للشرطة على طريق كويتا–كوهرين قرب بلدة منغوتشر") == ["pk_mangochar"]

"""A name several places share resolves to the one the story means: by the country's adjective, the
story's country, the division named beside it or the group the article names."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.places import ancestors, find_places, place_entries
from tests.unit.streams.extraction.reading import events, only, place_ids, places_of


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


def _found(text: str) -> set[str]:
    return {p.id for p in find_places(text)}


def test_aden_yabaal_is_no_aden_in_yemen() -> None:
    found = place_ids("سيطرت حركة الشباب على بلدة عدن يابال بعد معارك قتل فيها 7 جنود.")
    assert "so_adan_yabaal" in found
    assert not any(p.startswith("ye_") for p in found)


def test_benue_is_no_syrian_nawa() -> None:
    found = place_ids("قتل مسلحون 14 قروياً في هجوم على قرية بولاية بنوي.")
    assert "ng_benue_state" in found
    assert "nawa" not in found


def test_a_numbered_sector_of_a_camp_is_no_gaza_strip() -> None:
    ids = {p.id for p in find_places("قتل رجل بالرصاص في القطاع الثالث من مخيم الهول شرق الحسكة")}
    assert "ps_gaza_strip" not in ids
    assert "hawl" in ids
    # the Gaza Strip bare stays
    assert "ps_gaza_strip" in {p.id for p in find_places("قتل ثلاثة في قصف على شمال القطاع")}


def test_an_island_is_not_algiers() -> None:
    ids = {p.id for p in find_places("قال صيادون في جزيرة كمران إن غارة أصابت قاربين في الجزيرة")}
    assert "dz_algiers" not in ids
    assert "ye_kamaran" in ids
    assert "dz_algiers" in {p.id for p in find_places("قتل شرطي في هجوم بالجزائر العاصمة")}


def test_a_levantine_quarter_named_like_a_foreign_town_is_no_place_abroad() -> None:
    ids = location_ids(
        "اقتحام مخيم\nأصيب شابان برصاص الاحتلال في حارة المنشية خلال اقتحام مخيم بلاطة شرق نابلس."
    )
    assert not any(i.startswith(("jo_", "sd_")) for i in ids)


def test_a_quarter_named_like_a_foreign_town_is_no_place_abroad() -> None:
    # "حي عمر المختار" is a quarter of many Arab cities, not Libya's village of that name
    ids = location_ids(
        "عبوة في الموصل\nالموصل - أصيب مدنيان بانفجار عبوة ناسفة في حي عمر المختار صباح اليوم."
    )
    assert ids == ["iq_mosul"]


def test_wollega_without_its_shadda_is_not_the_syrian_village() -> None:
    text = "أديس أبابا - قتل 7 مدنيين في هجوم على قرية في منطقة شرق ولغا بإقليم أوروميا."
    assert "walgha" not in place_ids(text)


def test_guma_in_benue_is_not_goma_in_the_congo_and_holds_its_villages() -> None:
    found = {p.id for p in find_places("هاجم رعاة مسلحون قرية يلواتا في منطقة غوما بولاية بينو وسط نيجيريا")}
    assert "cd_goma" not in found and "ng_yelwata" in found
    assert place_entries()["ng_yelwata"].parent == "ng_guma"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل جنديان في هجوم لانفصاليين في الإقليم الشمالي الغربي في الكاميرون", "cm_northwest"),
        ("فرضت السلطات حظر تجول في الإقليم الجنوبي الغربي في الكاميرون", "cm_southwest"),
    ],
)
def test_cameroons_english_speaking_regions_by_their_adjective_are_not_burkina_fasos_north(
    text: str, place: str
) -> None:
    found = {p.id for p in find_places(text)}
    assert place in found and "bf_nord_region" not in found


@pytest.mark.parametrize(
    "text",
    [
        "قال عاملون في القطاع الصحي إن المستشفى في مدينة بونيا استقبل جرحى",
        "يعاني القطاع الزراعي في ولاية بلاتو من هجمات الرعاة",
        "دعت الحكومة الكينية القطاع الخاص إلى دعم ضحايا الهجوم",
    ],
)
def test_the_sector_and_its_adjective_is_not_the_gaza_strip(text: str) -> None:
    assert "ps_gaza_strip" not in {p.id for p in find_places(text)}


@pytest.mark.parametrize(
    "text", ["قصفت الطائرات مناطق في القطاع الساحلي", "استشهد ثلاثة في غارة شمال القطاع"]
)
def test_the_strip_bare_or_with_its_own_adjectives_is_still_the_gaza_strip(text: str) -> None:
    assert "ps_gaza_strip" in {p.id for p in find_places(text)}


def test_a_town_before_ghanas_upper_east_is_kept_not_burkinas_east() -> None:
    text = (
        "مقتل ثلاثة في تجدد العنف شمالي غانا\n"
        "قتل ثلاثة أشخاص في اشتباكات في بلدة باوكو بالإقليم الشرقي الأعلى في غانا"
    )
    places = place_ids(text)
    assert "gh_bawku" in places and "bf_est_region" not in places


def test_valle_del_cauca_is_cali_s_department_not_cauca() -> None:
    places = {p.id for p in find_places("انفجرت عبوة ناسفة في بلدة خاموندي بمقاطعة فالي ديل كاوكا")}
    assert "co_cauca" not in places and "co_valle_del_cauca" in places


def test_kumbo_in_the_north_west_is_not_the_larger_kumba_in_the_south_west() -> None:
    assert "cm_kumba" not in _found("قتل انفصاليون دركيا في بلدة كومبو في الكاميرون")


def test_baga_sola_in_chad_is_not_baga_in_nigeria() -> None:
    found = _found("هاجمت بوكو حرام موقعاً للجيش في باغا سولا غربي تشاد")
    assert "td_baga_sola" in found and "ng_baga" not in found


def test_an_iraqi_district_word_picks_the_iraqi_place_of_a_shared_name() -> None:
    places = find_places(normalize("سقطت قذيفة على سوق في قضاء سنجار"))
    assert [(p.id, p.country, p.resolved_by) for p in places] == [("iq_sinjar", "IQ", "division_word")]


def test_without_the_division_word_the_shared_name_resolves_as_before() -> None:
    assert [p.country for p in find_places(normalize("سقطت قذيفة على سوق في سنجار"))] == ["SY"]


def test_hungary_is_not_al_majar_al_kabir() -> None:
    text = "بودابست - قتل شرطي طعناً في المجر أمس على يد مهاجم فر من المكان."
    assert "iq_al_majar_al_kabir" not in place_ids(text)


def test_a_village_of_the_same_name_in_duhok_is_not_the_sub_district() -> None:
    text = "دهوك - قتل شخصان بقصف مسيرة تركية على طريق قرية سيدكان التابعة لقضاء العمادية."
    assert "iq_sidakan" not in place_ids(text)


def test_a_shared_name_resolves_by_a_countrys_adjective() -> None:
    lebanese = only("طرابلس - قالت مصادر أمنية لبنانية إن شخصين قتلا في إطلاق نار في طرابلس.")
    assert "lb_tripoli" in places_of(lebanese)
    amman = only("عمان - أعلنت القوات المسلحة الأردنية مقتل ثلاثة مهربين في اشتباك على الحدود.")
    assert places_of(amman) == {"jo_amman"}


def test_a_town_word_before_a_name_keeps_its_namesakes() -> None:
    # GeoNames gives "مدينة زنجبار" to Zanzibar alone; the article's governorate decides
    event = only("أصيب ثلاثة جنود بانفجار عبوة ناسفة في مدينة زنجبار عاصمة محافظة أبين.")
    assert "ye_zinjibar" in places_of(event) and "tz_zanzibar" not in places_of(event)


def test_a_shared_name_resolves_by_the_home_of_the_group_the_article_names() -> None:
    event = only("قتلت قوات الدعم السريع سبعة مدنيين في هجوم على قرية شرقي الجزيرة.")
    assert places_of(event) == {"sd_gezira"}


def test_a_place_named_before_a_foreign_division_is_not_the_foreign_namesake() -> None:
    bekaa = only("استشهد شاب في غارة إسرائيلية على بلدة المرج في البقاع الغربي.")
    assert "ly_al_marj" not in places_of(bekaa) and "lb_beqaa_governorate" in places_of(bekaa)
    kasserine = only("استشهد عسكري بانفجار لغم في جبل السلوم بولاية القصرين.")
    assert places_of(kasserine) == {"tn_kasserine_governorate"}


def test_a_town_named_in_two_countries_follows_the_story() -> None:
    event = only("ديفا - قتل مدنيان بهجوم على قرية قرب بوسو في منطقة ديفا جنوب شرقي النيجر.")
    assert "ne_bosso" in places_of(event)
    assert "td_bousso" not in places_of(event)


def test_a_camp_beside_a_city_is_not_its_neighbour_camp() -> None:
    askar = location_ids("قصف على مخيم\nاستشهد شاب بقصف مسيرة على مخيم عسكر الجديد شرق نابلس مساء اليوم.")
    balata = location_ids("اقتحام مخيم\nاستشهد شاب برصاص الاحتلال خلال اقتحام مخيم بلاطة شرق نابلس اليوم.")
    assert askar[0] == "ps_askar_camp"
    assert balata[0] == "ps_balatah"


def test_the_kurdish_name_of_tal_abyad_is_tal_abyad_not_a_town_abroad() -> None:
    ids = location_ids("انفجار في كري سبي\nقتل أربعة مدنيين بانفجار دراجة نارية مفخخة في مدينة كري سبي.")
    assert ids[0] == "tal_abyad"
    assert not any(i.startswith(("pk_", "ir_")) for i in ids)


def test_a_village_belonging_to_a_district_is_no_namesake_abroad() -> None:
    text = ("هجوم على قرية في ديالى\n"
            "قتل راعيان برصاص مسلحين في قرية الروضة التابعة لقضاء المقدادية في محافظة ديالى.")
    found = {p for e in events(text) for p in places_of(e)}
    assert not any(p.startswith("sy_") for p in found)
    assert "iq_diyala" in {a for p in found for a in ancestors(p)}


def test_the_region_of_nouadhibou_as_mauritania_spells_it_is_not_the_city() -> None:
    text = "نواكشوط - قتل شاب في شجار قرب بلدة الشامي بولاية داخلت نواذيبو أمس."
    assert place_ids(text) >= {"mr_chami"}
    assert "mr_nouadhibou" not in place_ids(text)


def test_a_quarter_of_a_city_is_not_a_namesake_town_of_another_province() -> None:
    text = "إب - قتل رجل برصاص مسلحين في حي الروضة بمدينة إب مساء أمس."
    assert "ye_ar_rawdah" not in place_ids(text)


def test_a_nationality_adjective_decides_between_places_of_one_name() -> None:
    # "منطقة البحيرة" is Egypt's Beheira and Chad's Lac; the Chadian army says which
    assert place_ids("هجوم على ثكنة للجيش التشادي في منطقة البحيرة يقتل 9 جنود") == {"td_lac_region"}
    egypt = place_ids("مقتل 3 بانفجار في منطقة البحيرة شمال القاهرة")
    assert "eg_beheira" in egypt and "td_lac_region" not in egypt


def test_a_smaller_namesake_in_the_articles_country_is_the_place() -> None:
    sinai = place_ids("قتل جنديان مصريان عندما استهدفت عبوة ناسفة دورية بين الشيخ زويد ورفح في شمال سيناء")
    assert "eg_rafah" in sinai and "ps_rafah" not in sinai
    gaza = place_ids("استشهد خمسة فلسطينيين في غارة إسرائيلية على رفح جنوب قطاع غزة")
    assert "ps_rafah" in gaza and "eg_rafah" not in gaza


def test_jordans_northern_badia_is_not_the_syrian_desert() -> None:
    text = "قتل مهرب وأصيب آخر في اشتباك مع قوات حرس الحدود في البادية الشمالية."
    assert place_ids(text) & {"jo_northern_badia", "jo_mafraq_governorate"}
    assert "homs_desert" not in place_ids(text)


def test_rabak_is_rabak_not_kosti_across_the_river() -> None:
    # GeoNames gives Kosti Rabak's name as well (lexicons/places.yaml town_not_names)
    text = "قصف على ربك\nأصيب ثلاثة مدنيين بقصف مسيرة على محطة كهرباء في مدينة ربك اليوم."
    assert location_ids(text)[0] == "sd_rabak"
    assert location_ids("قصف على كوستي\nقتل مدنيان بقصف مسيرة على سوق مدينة كوستي اليوم.")[0] == "sd_kosti"


def test_kalat_is_pakistan_s_in_a_pakistani_story_and_afghanistan_s_in_an_afghan_one() -> None:
    assert "pk_kalat" in place_ids("هجوم\nقتل جنديان في هجوم قرب قلات بإقليم بلوشستان اليوم.")
    assert "af_qalat" in place_ids("هجوم\nقتل جنديان في هجوم قرب قلات جنوبي أفغانستان اليوم.")


def test_bare_kalat_is_balochistan_s_district_not_iran_s_hamlet() -> None:
    text = "بلوشستان: مقتل 12 مسلحا\nأعلن الجيش الباكستاني مقتل 12 مسلحا في عملية عسكرية قرب منطقة كلات."
    assert "pk_kalat" in place_ids(text)
    assert "ir_kalat" not in place_ids(text)


def test_a_front_s_sector_by_its_side_is_not_the_gaza_strip() -> None:
    # south Lebanon's "القطاع الشرقي" is a sector of the border; the Strip's side is "شرق القطاع"
    ids = {p.id for p in find_places("حلقت المسيرات فوق قرى القطاع الشرقي بعد الغارة على بلدة حولا")}
    assert "ps_gaza_strip" not in ids and "lb_houla" in ids, ids
    assert "ps_gaza_strip" in {p.id for p in find_places("استشهد مواطن بقصف منزل في شرق القطاع")}


def test_a_city_abroad_called_a_village_is_the_story_s_namesake_village() -> None:
    text = ("قتل عنصران بقصف مسيرة تركية قرب بلدة عين عيسى شمالي الرقة، في حين قصفت المدفعية "
            "التركية قرى صيدا ومعلك في ريف البلدة.")
    got = [p.id for p in only(text).locations]
    assert "ain_issa" in got and "lb_sidon" not in got, got
    # the city itself, named as a city, stays
    assert "lb_sidon" in {p.id for p in find_places("قتل شخص بغارة على منزل في مدينة صيدا جنوبي لبنان")}

from collections import defaultdict

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.places import (
    LEVELS,
    admin1_of,
    admin1_rows,
    ancestors,
    contains,
    curated_rows,
    find_places,
    lookup,
    outlet_country,
    place_entries,
    suggest,
)

SYRIA_LAT = (32.3, 37.4)
SYRIA_LON = (35.5, 42.5)


def test_curated_syrian_layer_is_consistent() -> None:
    entries = place_entries()
    curated = [entries[r.id] for r in curated_rows()]
    assert len(curated) >= 300
    assert len([e for e in curated if e.level == "admin1"]) == 14
    assert len([e for e in curated if e.level == "district"]) >= 60
    for entry in curated:
        assert SYRIA_LAT[0] <= (entry.lat or 0) <= SYRIA_LAT[1], entry.id
        assert SYRIA_LON[0] <= (entry.lon or 0) <= SYRIA_LON[1], entry.id
        assert ancestors(entry.id)[-1] == "sy", entry.id


def test_every_place_reaches_its_country_through_known_parents() -> None:
    entries = place_entries()
    assert len(entries) > 10_000
    for entry in entries.values():
        assert entry.level in LEVELS
        assert entry.parent is None or entry.parent in entries, entry.id
        top = entries[ancestors(entry.id)[-1]]
        assert top.level == "country" and top.country == entry.country, entry.id


def test_no_alias_names_two_curated_places() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in curated_rows():
        for alias in (row.ar, *row.aka):
            owners[normalize(alias)].add(row.id)
    assert {a: o for a, o in owners.items() if len(o) > 1} == {}


def test_admin1_divisions_are_in_the_world_layer_with_their_seat() -> None:
    entries = place_entries()
    for row in admin1_rows():
        entry = entries[row.id]
        assert entry.level == "admin1" and entry.parent == row.country.lower(), row.id
        assert entry.lat is not None and entry.name_ar == row.ar, row.id


def test_countryside_resolves_to_the_governorate() -> None:
    assert [p.id for p in find_places("في ريف حماة الشمالي")] == ["hama"]


def test_prefixes_and_clitics() -> None:
    got = [p.id for p in find_places("قصف على بلدة سرمين وقرية آفس وبمدينة الرقة")]
    assert set(got) == {"sarmin", "afis", "raqqa_city"}


def test_most_specific_first_with_admin1() -> None:
    places = find_places("بريف إدلب الجنوبي في قرية حزارين")
    assert [p.id for p in places] == ["hazarin", "idlib"]
    assert places[0].admin1 == "Idlib" and places[0].lat is not None and places[0].country == "SY"


def test_helpers() -> None:
    assert ancestors("tal_tamr") == ["tal_tamr", "hasakah_district", "hasakah", "sy"]
    assert contains("aleppo", "afrin") and not contains("idlib", "afrin")
    assert contains("sy", "afrin") and admin1_of("afrin") == "aleppo"
    assert lookup("afrin").admin1 == "Aleppo"


def test_world_towns_sit_in_their_division_and_country() -> None:
    assert ancestors("iq_baqubah") == ["iq_baqubah", "iq_diyala", "iq"]
    assert contains("iq", "iq_baqubah") and contains("iq_diyala", "iq_baqubah")
    baqubah = lookup("iq_baqubah")
    assert (baqubah.country, baqubah.admin1, baqubah.level) == ("IQ", "Diyala", "town")
    assert 33 < (baqubah.lat or 0) < 34.5
    assert contains("eg_north_sinai", "eg_arish")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انفجار في بعقوبة مركز محافظة ديالى", ["iq_baqubah", "iq_diyala"]),
        ("هجوم في ولاية بورنو", ["ng_borno_state"]),
        ("غارات على صنعاء والحديدة", ["ye_sanaa", "ye_al_hudaydah"]),
        ("قصف على كابل", ["af_kabul"]),
    ],
)
def test_world_places_are_found(text: str, expected: list[str]) -> None:
    assert sorted(p.id for p in find_places(text)) == sorted(expected)


def test_a_shared_name_resolves_by_the_article_then_outlet_then_population() -> None:
    gaza = find_places("قصف على مدينة رفح جنوب قطاع غزة")
    assert (gaza[0].id, gaza[0].resolved_by) == ("ps_rafah", "article")
    sinai = find_places("هجوم على كمين في رفح بشمال سيناء")
    assert (sinai[0].id, sinai[0].resolved_by) == ("eg_rafah", "article")
    assert [(p.id, p.resolved_by) for p in find_places("قصف في رفح", outlet_country="EG")] == [
        ("eg_rafah", "outlet")
    ]
    assert [(p.id, p.resolved_by) for p in find_places("قصف في رفح")] == [("ps_rafah", "population")]


def test_common_words_are_not_places() -> None:
    assert find_places("وأن الجيش قال إن الوضع في ولاية جديدة من نوع فان في الأشهر الماضية") == []


def test_outlet_country_and_suggestions() -> None:
    assert outlet_country("https://www.alsumaria.iq/news/1") == "IQ"
    assert outlet_country("https://example.com/a") is None
    assert "iq_baqubah" in suggest("iq_baquba")


def test_a_city_named_like_its_division_is_the_city_unless_the_division_is_said() -> None:
    from streams.extraction.places import find_places

    cases = {
        "انفجار وسط بغداد": ("iq_baghdad_city", "town", "Baghdad"),
        "في محافظة بغداد": ("iq_baghdad", "admin1", "Baghdad"),
        "اشتباكات في الخرطوم": ("sd_khartoum", "town", "Khartoum State"),
        "نزوح من ولاية الخرطوم": ("sd_khartoum_state", "admin1", "Khartoum State"),
        "غارات على العاصمة صنعاء": ("ye_sanaa", "town", "Sanaa Governorate"),
        "قبائل محافظة صنعاء": ("ye_sanaa_governorate", "admin1", "Sanaa Governorate"),
        "اغتيال في مدينة عدن": ("ye_aden_city", "town", "Aden"),
        "مديريات محافظة عدن": ("ye_aden", "admin1", "Aden"),
        "اشتباكات في طرابلس الغرب": ("ly_tripoli", "town", "Tripoli District"),
    }
    for text, (pid, level, admin1) in cases.items():
        loc = find_places(text)[0]
        assert (loc.id, loc.level, loc.admin1) == (pid, level, admin1), text


def test_town_ids_never_shadow_a_division_or_country() -> None:
    from streams.extraction.places import place_entries

    entries = place_entries()
    assert entries["iq_baghdad"].level == "admin1" and entries["iq_baghdad_city"].parent == "iq_baghdad"
    assert entries["ye_aden_city"].parent == "ye_aden"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "كمينا" (an ambush) is not "ك" + Minna, "فرقه" (his teams) not "ف" + Raqqa
        ("نصب المسلحون كمينا لقافلة عسكرية في ولاية بورنو", ["ng_borno_state"]),
        ("وقال المسؤول إن فرقه ما زالت تبحث عن ناجين في الموصل", ["iq_mosul"]),
        # a clitic before a name is still a split: "وبغداد" is "و" + "ب" + Baghdad
        ("سقطت قذائف في البصرة وبغداد", ["iq_basrah", "iq_baghdad_city"]),
    ],
)
def test_a_clitic_form_that_is_a_word_of_its_own_is_no_place(text: str, kept: list[str]) -> None:
    assert sorted(p.id for p in find_places(text)) == sorted(kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # common words that name a place elsewhere: "حربية" (military), "الفصائل" (factions)
        ("شنت طائرة حربية غارة على بلدة في ريف إدلب", ["idlib"]),
        ("قتل عنصر في اشتباك بين الفصائل في ريف حلب", ["aleppo"]),
        # part of an organisation's or an outlet's name
        ("قال الدفاع المدني (الخوذ البيضاء) إن فرقه انتشلت جثتين في مدينة إدلب", ["idlib_city"]),
        ("وفق ما أفاد به مراسل الجزيرة في غزة", ["ps_gaza_strip"]),
        # a hospital is in the article's city, whatever it is named after
        ("انفجار عبوة في حي المنصور ببغداد ونقل الجرحى إلى مستشفى اليرموك", ["iq_baghdad_city"]),
        ("نقل الجرحى إلى مستشفى الموصل العام بعد انفجار في الموصل", ["iq_mosul"]),
        # a facility's word before a name with a locative clitic is a facility in that place
        ("هجوم على مدرسة بولاية كاتسينا", ["ng_katsina_state"]),
        # the same common word as a place: after a place word, as a dateline, in its country
        ("قتل مسلحون شرطيا في مدينة البيضاء شرقي ليبيا", ["ly_al_bayda", "ly"]),
        ("البيضاء - قتل ثلاثة في هجوم", ["ly_al_bayda"]),
        ("مقتل جنديين في هجوم على حاجز في البيضاء وسط اليمن", ["ye_al_bayda_city", "ye"]),
        # a division's name after a bare preposition, whatever countries the text names
        ("قتل شخصان في غارة إسرائيلية في البقاع", ["lb_beqaa_governorate"]),
        # after a preposition in a text that names no country: nothing else to go by
        ("قتل ثلاثة في هجوم في البيضاء", ["ly_al_bayda"]),
    ],
)
def test_a_name_that_is_a_common_word_needs_a_place_word_or_its_country(
    text: str, kept: list[str]
) -> None:
    assert sorted(p.id for p in find_places(text)) == sorted(kept)


# --- towns found by sound (``soundalike``) -------------------------------------------------------


def _found_by_sound(text: str) -> set[str]:
    return {p.id for p in find_places(text) if p.resolved_by == "sound"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # towns GeoNames names in Latin letters only
        ("قتل جنديان بقذائف هاون على بلدة سلوبي في ولاية شرناق جنوب شرق تركيا", "tr_silopi"),
        ("انفجرت عبوة ناسفة في سوق بمدينة كوهات شمال غرب باكستان", "pk_kohat"),
        ("هاجم مسلحون دورية للشرطة في مدينة كولويزي جنوب الكونغو الديمقراطية", "cd_kolwezi"),
        # a town GeoNames spells otherwise in Arabic ("يوكسكوفا")
        ("قتل ثلاثة جنود في هجوم على مخفر قرب مدينة يوكسيكوفا في تركيا", "tr_yuksekova"),
    ],
)
def test_a_town_after_a_town_word_is_found_by_the_sound_of_its_name_in_the_named_country(
    text: str, place: str
) -> None:
    assert _found_by_sound(text) == {place}
    assert place_entries()[place].population >= 10000


@pytest.mark.parametrize(
    "text",
    [
        # no country named: a skeleton is too short to search the world with
        "قتل جنديان بقذائف هاون على بلدة سلوبي",
        "قتل جنديان في بلدة سلوبي بولاية بورنو في نيجيريا",  # Silopi is Turkey's
        "أحرق مسلحون قرية سلوبي جنوب شرق تركيا",  # a village is none of GeoNames' towns
        "قتل شاب من بلدة سلوبي برصاص الشرطة في إسطنبول بتركيا",  # where he came from
        "سقطت قذيفة على بلدة حدودية جنوب تركيا",  # an adjective after the town word
        "قتل شخصان في هجوم على بلدة تيرا في النيجر",  # two consonants only ("TR+"): many names
    ],
)
def test_no_town_is_found_by_sound_without_a_town_word_a_country_and_a_long_enough_name(text: str) -> None:
    assert _found_by_sound(text) == set()


def test_a_divisions_police_chief_names_the_division_not_its_seat() -> None:
    chief = find_places("قال مدير أمن أسيوط إن شخصين قتلا في مشاجرة")
    assert [p.id for p in chief] == ["eg_asyut_governorate"]
    assert "eg_asyut_governorate" not in {p.id for p in find_places("قتل شخصان في مدينة أسيوط")}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("استشهد المواطن علي حسن سويدان بغارة على سيارته", "suwaydan"),
        ("قتل الشاب علي محمود الحلبي برصاص مجهولين", "aleppo"),
    ],
)
def test_a_family_name_after_ali_and_another_given_name_behind_a_title_is_no_place(
    text: str, family: str
) -> None:
    # after "المواطن"، "الشاب" the word "علي" opens a full name; it cannot be "على" (on)
    assert family not in {p.id for p in find_places(text)}


def test_ali_with_no_title_before_it_may_still_be_the_preposition() -> None:
    # "اعتدى على حسن ..." is "on Hasan": the words after may be a place's name
    assert [p.id for p in find_places("سقطت قذيفة على حسن سويدان")] != []


def test_a_town_of_malis_kayes_region_lies_in_the_region() -> None:
    # the region has its division row: "منطقة كايس" beside Nioro is the region that holds it, and
    # Nioro no longer lies inside the city of Kayes
    assert "ml_kayes_region" in ancestors("ml_nioro_du_sahel")
    assert "ml_kayes" not in ancestors("ml_nioro_du_sahel")


@pytest.mark.parametrize(
    ("text", "town", "seat"),
    [
        ("مقتل شخصين في قرية بهجورة التابعة لمركز نجع حمادي", "eg_bahgura", "eg_nag_hammadi"),
        ("نزاع عشائري في ناحية سيد دخيل شرق الناصرية", "iq_sayyid_dakhil", "iq_nasiriyah"),
        ("هجوم على قاعدة في بلدة أودجلي بإقليم شبيلي السفلى", "so_awdheegle", "so_lower_shabelle"),
        ("اقتحمت قوات قرية أم سيالة شمال مدينة بارا", "sd_umm_sayala", "sd_north_kordofan"),
    ],
)
def test_villages_of_the_crime_and_war_pages_lie_in_their_district(text: str, town: str, seat: str) -> None:
    found = {p.id for p in find_places(text)}
    assert town in found
    assert seat in ancestors(town)


def test_a_province_named_with_its_word_is_the_province_and_its_towns_lie_in_it() -> None:
    # "بولاية برج باجي مختار" beside Timiaouine is the province the town lies in, no other place
    found = {p.id for p in find_places("عملية تمشيط قرب بلدية تيمياوين بولاية برج باجي مختار")}
    assert found == {"dz_timiaouine", "dz_bordj_badji_mokhtar_province"}
    assert "dz_bordj_badji_mokhtar_province" in ancestors("dz_timiaouine")
    assert {p.id for p in find_places("في منطقة برج باجي مختار الحدودية")} == {"dz_bordj_badji_mokhtar"}


@pytest.mark.parametrize(
    ("text", "town", "seat"),
    [
        ("سقوط قذيفة على منزل في قرية الكدحة التابعة لمديرية المعافر", "ye_al_kadahah", "ye_al_maafer"),
        ("هاجموا منازل في قرية المخيسة التابعة لناحية أبي صيدا", "iq_al_mukhaisa", "iq_diyala"),
        ("تبادل لإطلاق النار في قرية بني محمديات التابعة لمركز أبنوب", "eg_bani_muhammadiyat", "eg_abnub"),
        ("هاجموا مخيماً للنازحين قرب بلدة بولي في إقليم دجوغو", "cd_bule", "cd_djugu"),
        ("هاجم مسلحون السوق الأسبوعية في بلدة تشوما بانغو بمنطقة تيلابيري", "ne_tchoma_bangou",
         "ne_tillaberi_region"),
        ("اشتباك قرب معبر تورخم الحدودي في ولاية ننغرهار", "af_torkham", "af_nangarhar"),
        ("عملية عسكرية قرب بلدة علبور بإقليم جلجدود", "so_el_bur", "so_galguduud"),
        ("هجوم على قاعدة عسكرية في بلدة نغوبوا بإقليم البحيرة", "td_ngouboua", "td_lac_region"),
    ],
)
def test_villages_and_towns_of_the_local_pages_lie_in_their_district(text: str, town: str, seat: str) -> None:
    # local outlets name a village by its district and a crossing or a camp by its town: the
    # village is the place, inside the district, which is then no second place
    found = {p.id for p in find_places(text)}
    assert town in found
    assert seat in ancestors(town)
    assert all(p in ancestors(town) for p in found)


def test_the_word_for_a_road_linking_towns_is_a_place_word() -> None:
    # "الطريق الرابط بين X": nothing but a place follows the linking word and "بين", so a small
    # town there is read as one
    found = {p.id for p in find_places("أوقفوا حافلات على الطريق السريع الرابط بين موسى خيل وبلدات أخرى")}
    assert "pk_musakhel" in found


def test_a_town_whose_name_is_also_a_word_is_read_only_after_a_place_word() -> None:
    # "هندي" is Lamu's Hindi after "بلدتي"، and the adjective "Indian" elsewhere
    found = {p.id for p in find_places("عبوة ناسفة على الطريق بين بلدتي مبيكيتوني وهندي في مقاطعة لامو")}
    assert "ke_hindi" in found
    assert "ke_hindi" not in {p.id for p in find_places("قتل جندي هندي في هجوم على دورية")}


def test_debre_markos_is_found_in_its_coptic_spelling() -> None:
    assert "et_debre_markos" in {p.id for p in find_places("ضربة بطائرة مسيرة قرب دبرا مرقص بإقليم أمهرة")}

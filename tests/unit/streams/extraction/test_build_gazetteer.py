"""The generated gazetteer data reproduces from its sources."""

import csv
from pathlib import Path

from streams.extraction.build_gazetteer import (
    _arabic_names,
    _is_common_word,
    _sound_rows,
    _to_district,
    clitic_words,
    common_names,
)
from streams.extraction.places import CLITIC_WORDS, COMMON_NAMES, SOUND_COLUMNS, SOUND_TOWNS, WORLD
from streams.extraction.soundalike import MIN_CONSONANTS, consonants, latin_key


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t"))[1:]


def test_the_clitic_words_reproduce_from_the_gazetteer_and_word_frequencies() -> None:
    written = _rows(CLITIC_WORDS)
    assert written == clitic_words()
    surfaces = {row[0] for row in written}
    # words of their own, and a real split of Baghdad, which stays a split
    assert {"كمينا", "فرقه"} <= surfaces
    assert "وبغداد" not in surfaces


def test_the_common_names_reproduce_from_the_gazetteer_and_word_frequencies() -> None:
    written = _rows(COMMON_NAMES)
    assert written == common_names()
    names = {row[0] for row in written}
    # adjectives and nouns, not names written one way only
    assert {"البيضاء", "حربيه", "الفصايل"} <= names
    assert not {"بغداد", "الموصل", "حلب"} & names


def test_an_arabic_name_keeps_without_the_direction_marks_geonames_leaves_in_it() -> None:
    city = {"countrycode": "IL", "alternatenames": ["Kafr Qasim", "كفر قاسم\u200e", "قلنسوة\u200f"]}
    assert _arabic_names(city, set()) == ["كفر قاسم", "قلنسوة"]


def test_a_name_geonames_cut_short_stays_out_but_two_names_joined_by_and_are_kept() -> None:
    city = {"countrycode": "IL", "alternatenames": ["بيت ج", "بيت جن", "قير و كارزين"]}
    assert _arabic_names(city, set()) == ["بيت جن", "قير و كارزين"]


def test_a_name_that_opens_with_a_word_for_a_town_or_a_feature_is_no_common_word() -> None:
    # each word is common, the phrase is a place's name: judged as a phrase it would be dropped
    assert not _is_common_word("قلعة صالح", 39_698, namesake_bigger=False)
    assert not _is_common_word("وادي موسى", 14_000, namesake_bigger=False)
    assert not _is_common_word("مدينة الكويت", 60_064, namesake_bigger=False)
    # a name of common words that opens otherwise is still judged by them: a person's name
    assert _is_common_word("علي الغربي", 19_711, namesake_bigger=False)


def test_a_name_in_persian_letters_is_read_with_the_arabic_yeh_and_kaf_where_geonames_writes_so() -> None:
    # "ی" and "ک" are the Arabic "ي" and "ك" in Persian shapes; "گ" (as "پ" "چ" "ژ") stands for
    # a sound the press writes in more than one way, so a name with it stays out
    city = {"countrycode": "AF", "alternatenames": ["Fayzabad", "فیض آباد", "کشم", "گلبهار"]}
    assert _arabic_names(city, set()) == ["فيض آباد", "كشم"]
    # elsewhere GeoNames' Persian-letter names are Persian renderings of foreign ones
    abroad = {"countrycode": "UA", "alternatenames": ["Kyiv", "کیف", "كييف"]}
    assert _arabic_names(abroad, set()) == ["كييف"]


def _town(pid: str, lat: float, lon: float) -> list[str]:
    return [pid, "town", "XX", "xx_region", str(lat), str(lon), "100", pid, "اسم"]


def test_a_town_goes_to_the_seat_nearest_by_distance_over_the_root_of_its_districts_area() -> None:
    big, small = _town("xx_big", 32.0, 35.0), _town("xx_small", 32.0, 35.2)
    # 0.08 degrees of longitude from the small district's seat, 0.12 from the large one's
    town = _town("xx_edge", 32.0, 35.12)
    assert _to_district(town, [(big, 1.0), (small, 1.0)])[3] == "xx_small"
    # nine times the area: the large district reaches three times as far
    assert _to_district(town, [(big, 3.0), (small, 1.0)])[3] == "xx_big"
    # a seat stays where it is
    assert _to_district(small, [(big, 3.0), (small, 1.0)]) == small


def test_the_west_banks_villages_point_at_their_governorates_seats() -> None:
    parent = {row[0]: row[3] for row in _rows(WORLD)}
    # the north of the large Ramallah governorate, nearer Salfit's seat than Ramallah's
    for village in ("ps_sinjil", "ps_turmusayya", "ps_al_mughayyir", "ps_silwad", "ps_bilin"):
        assert parent[village] == "ps_ramallah"
    assert {parent[v] for v in ("ps_kifil_haris", "ps_bruqin", "ps_dayr_istiya")} == {"ps_salfit"}
    assert {parent[v] for v in ("ps_huwara", "ps_aqraba", "ps_bayta_al_fawqa")} == {"ps_nablus"}
    assert (parent["ps_azzun"], parent["ps_tammun"]) == ("ps_qalqilyah", "ps_tubas")
    assert parent["ps_yatta"] == "ps_hebron"


def test_a_towns_latin_names_give_its_skeletons_but_another_names_do_not() -> None:
    city = {
        "countrycode": "UA", "name": "Mykolaiv", "geonameid": 1, "admin1code": "17",
        "latitude": 46.97, "longitude": 32.0, "population": 470011,
        # another spelling, a code, and a former name of the same town
        "alternatenames": ["Nikolaev", "MYK", "Vernoleninsk"],
    }
    (row,) = _sound_rows([(None, city)], {}, set())
    assert row[0] == "ua_mykolaiv"
    assert row[-1].split("|") == [latin_key("Mykolaiv", "UA"), latin_key("Nikolaev", "UA")]
    # a town of the world layer keeps its id there; a Latin-only town takes another when its own is taken
    assert _sound_rows([("ua_mykolayiv", city)], {}, set())[0][:3] == ["ua_mykolayiv", "UA", ""]
    assert _sound_rows([(None, city)], {}, {"ua_mykolaiv"})[0][0] == "ua_1"


def test_the_skeletons_of_the_towns_reproduce_from_geonames_in_the_written_file() -> None:
    with SOUND_TOWNS.open(encoding="utf-8", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f, delimiter="\t")}
    assert set(SOUND_COLUMNS) == set(next(iter(rows.values())))
    # Latin-only towns and the world layer's towns both; every key long enough to be matched
    assert {"tr_silopi", "pk_kohat", "tr_yuksekova"} <= set(rows)
    assert all(consonants(k) >= MIN_CONSONANTS for row in rows.values() for k in row["keys"].split("|"))
    assert rows["tr_silopi"]["keys"].split("|")[0] == latin_key("Silopi", "TR")

from collections import defaultdict

from streams.extraction.arabic import normalize
from streams.extraction.places import LEVELS, ancestors, contains, find_places, lookup, place_entries

SYRIA_LAT = (32.3, 37.4)
SYRIA_LON = (35.5, 42.5)


def test_gazetteer_is_consistent() -> None:
    entries = place_entries()
    assert len(entries) >= 300
    assert len([e for e in entries.values() if e.level == "governorate"]) == 14
    assert len([e for e in entries.values() if e.level == "district"]) >= 60
    for entry in entries.values():
        assert entry.level in LEVELS
        assert entry.parent is None or entry.parent in entries, entry.id
        assert SYRIA_LAT[0] <= entry.lat <= SYRIA_LAT[1], entry.id
        assert SYRIA_LON[0] <= entry.lon <= SYRIA_LON[1], entry.id
        assert entries[ancestors(entry.id)[-1]].level == "governorate", entry.id


def test_no_alias_names_two_places() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in place_entries().values():
        for alias in entry.aliases:
            owners[normalize(alias)].add(entry.id)
    assert {a: o for a, o in owners.items() if len(o) > 1} == {}


def test_countryside_resolves_to_the_governorate() -> None:
    assert [p.id for p in find_places("في ريف حماة الشمالي")] == ["hama"]


def test_prefixes_and_clitics() -> None:
    got = [p.id for p in find_places("قصف على بلدة سرمين وقرية آفس وبمدينة الرقة")]
    assert set(got) == {"sarmin", "afis", "raqqa_city"}


def test_most_specific_first_with_admin1() -> None:
    places = find_places("بريف إدلب الجنوبي في قرية حزارين")
    assert [p.id for p in places] == ["hazarin", "idlib"]
    assert places[0].admin1 == "Idlib" and places[0].lat is not None


def test_helpers() -> None:
    assert ancestors("tal_tamr") == ["tal_tamr", "hasakah_district", "hasakah"]
    assert contains("aleppo", "afrin") and not contains("idlib", "afrin")
    assert lookup("afrin").admin1 == "Aleppo"

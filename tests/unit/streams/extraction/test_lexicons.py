"""Every lexicon is read through its schema: a data edit with a misspelt key, a missing list or
an unranked event type fails here, not silently at run time."""

import shutil
from pathlib import Path

import pytest
import yaml

from streams.extraction import data
from streams.extraction.actors import ActorLexicon
from streams.extraction.casualties import CasualtyLexicon
from streams.extraction.claims import ClaimsLexicon
from streams.extraction.dates import DatesLexicon
from streams.extraction.event_types import EventTypesLexicon
from streams.extraction.extract import IncidentLexicon
from streams.extraction.numbers import NumbersLexicon
from streams.extraction.places import PlacesLexicon

SCHEMAS = {
    "lexicons/actors.yaml": ActorLexicon,
    "lexicons/casualties.yaml": CasualtyLexicon,
    "lexicons/claims.yaml": ClaimsLexicon,
    "lexicons/dates.yaml": DatesLexicon,
    "lexicons/event_types.yaml": EventTypesLexicon,
    "lexicons/incidents.yaml": IncidentLexicon,
    "lexicons/numbers.yaml": NumbersLexicon,
    "lexicons/places.yaml": PlacesLexicon,
}


def test_every_lexicon_file_has_a_schema_and_follows_it() -> None:
    files = {f"lexicons/{p.name}" for p in (data.DATA_DIR / "lexicons").glob("*.yaml")}
    assert files == set(SCHEMAS)
    for path, schema in SCHEMAS.items():
        data.load(path, schema)


def _edited(tmp_path, monkeypatch, path: str, edit) -> None:
    (tmp_path / "lexicons").mkdir()
    shutil.copy(data.DATA_DIR / path, tmp_path / path)
    raw = yaml.safe_load((tmp_path / path).read_text(encoding="utf-8"))
    edit(raw)
    (tmp_path / path).write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)


@pytest.mark.parametrize("path", sorted(SCHEMAS))
def test_a_misspelt_key_is_an_error_naming_it(tmp_path, monkeypatch, path: str) -> None:
    _edited(tmp_path, monkeypatch, path, lambda raw: raw.update({"atack_verbs": ["x"]}))
    with pytest.raises(data.DataError, match="atack_verbs"):
        data.load(path, SCHEMAS[path])


def test_a_new_event_type_must_be_ranked(tmp_path, monkeypatch) -> None:
    path = "lexicons/event_types.yaml"
    _edited(tmp_path, monkeypatch, path, lambda raw: raw["types"].update({"kidnapping": ["اختطاف"]}))
    with pytest.raises(data.DataError, match="kidnapping"):
        data.load(path, EventTypesLexicon)


def test_a_new_event_type_added_as_data_is_found(monkeypatch) -> None:
    from streams.extraction import event_types

    lex = event_types._lexicon()
    types = {**lex.types, "kidnapping": ("اختطف مسلحون",)}
    edited = lex.model_copy(update={"types": types, "precedence": ("kidnapping", *lex.precedence)})
    monkeypatch.setattr(event_types, "_lexicon", lambda: edited)
    event_types._matcher.cache_clear()
    try:
        triggers = event_types.find_triggers("اختطف مسلحون ثلاثه مدنيين")
        assert event_types.event_type(triggers) == "kidnapping"
    finally:
        event_types._matcher.cache_clear()


def test_every_number_word_reads_as_its_value() -> None:
    from streams.extraction.numbers import lexicon, number_value

    lex = lexicon()
    tables = [lex.units, lex.tens, {100: lex.hundred, 200: lex.two_hundred},
              {1000: lex.thousand, 2000: lex.two_thousand}]
    for table in tables:
        for value, words in table.items():
            for word in words:
                assert number_value(word) == value, word


def test_a_number_word_added_as_data_is_read(tmp_path, monkeypatch) -> None:
    from streams.extraction import numbers

    path = "lexicons/numbers.yaml"
    _edited(tmp_path, monkeypatch, path, lambda raw: raw["units"][3].append("تلاتة"))
    numbers.lexicon.cache_clear()
    numbers._words.cache_clear()
    try:
        assert numbers.number_value("تلاتة وعشرين") == 23
    finally:
        numbers.lexicon.cache_clear()
        numbers._words.cache_clear()


def test_a_number_table_with_a_missing_unit_is_an_error(tmp_path, monkeypatch) -> None:
    _edited(tmp_path, monkeypatch, "lexicons/numbers.yaml", lambda raw: raw["units"].pop(7))
    with pytest.raises(data.DataError, match="units"):
        data.load("lexicons/numbers.yaml", NumbersLexicon)


def test_a_tens_word_filed_under_a_wrong_value_is_an_error(tmp_path, monkeypatch) -> None:
    def misfile(raw: dict) -> None:
        raw["tens"][25] = raw["tens"].pop(20)

    _edited(tmp_path, monkeypatch, "lexicons/numbers.yaml", misfile)
    with pytest.raises(data.DataError, match="tens"):
        data.load("lexicons/numbers.yaml", NumbersLexicon)


class _UniqueKeys(yaml.SafeLoader):
    """A loader that refuses a mapping key written twice (YAML keeps the last silently)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> object:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        assert key not in seen, f"{node.start_mark.name}:{key_node.start_mark.line + 1}: {key} twice"
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize(
    "path", sorted([*data.DATA_DIR.glob("lexicons/*.yaml"), *data.DATA_DIR.glob("gazetteers/*.yaml")]),
    ids=lambda p: p.name,
)
def test_no_data_file_writes_a_key_twice(path: Path) -> None:
    # a second "IL:" under town_aka would drop the first one's towns without a word
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)


def test_a_key_written_twice_is_refused() -> None:
    with pytest.raises(AssertionError, match="IL twice"):
        yaml.load("town_aka:\n  IL: {a: [b]}\n  IL: {c: [d]}\n", Loader=_UniqueKeys)

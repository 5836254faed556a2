from streams.extraction.actors import actor_entries, assign_roles, find_actors
from streams.extraction.arabic import normalize

KINDS = {  # every kind the schema allows is used by some actor
    "government", "government_ally", "russia", "iran_axis", "jihadist", "opposition",
         "kurdish", "turkey", "coalition", "israel", "palestinian", "insurgent", "paramilitary", "unknown"}


def ids(text: str) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text))]


def roles(text: str) -> dict[str, str]:
    norm = normalize(text)
    return assign_roles(norm, find_actors(norm))


def test_gazetteer_kinds_and_ids() -> None:
    entries = actor_entries()
    assert len(entries) >= 30
    assert {e.kind for e in entries.values()} == KINDS


def test_abbreviations_and_clitics() -> None:
    assert ids("وقسد وهتش وداعش") == ["sdf", "hts", "isis"]
    assert ids("للجيش السوري ولتنظيم الدولة") == ["syrian_army", "isis"]
    assert ids("بالطيران الروسي") == ["russia"]


def test_longest_alias_wins() -> None:
    assert ids("الجيش الوطني السوري") == ["sna"]
    assert ids("مسلحون مجهولون") == ["unknown"]


def test_subject_after_attack_verb_is_perpetrator() -> None:
    assert roles("قصفت القوات التركية قرية قرب تل تمر")["turkey"] == "perpetrator"


def test_object_of_attack_on_positions_is_target() -> None:
    got = roles("هاجمت هيئة تحرير الشام مواقع قوات النظام")
    assert got == {"hts": "perpetrator", "syrian_army": "target"}


def test_agent_of_attack_noun_is_perpetrator() -> None:
    assert roles("مقتل مدني برصاص الجندرما")["turkey"] == "perpetrator"


def test_mere_mention() -> None:
    assert roles("التقى وفد من قسد بممثلين عن التحالف الدولي") == {
        "sdf": "mentioned", "coalition": "mentioned"
    }


def test_the_gazetteer_follows_its_schema_with_unique_ids() -> None:
    from streams.extraction.actors import actor_rows

    ids = [r.id for r in actor_rows()]
    assert len(ids) == len(set(ids)) and len(ids) >= 70


def test_a_misspelt_key_is_an_error(tmp_path, monkeypatch) -> None:
    import pytest

    from streams.extraction import data
    from streams.extraction.actors import ActorRow

    row = "- {id: x, name_ar: س, name_en: X, kind: jihadist, group: g, alias: [ص]}\n"
    (tmp_path / "a.yaml").write_text(row, encoding="utf-8")
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    with pytest.raises(data.DataError, match="alias"):
        data.load("a.yaml", tuple[ActorRow, ...])


def test_regional_actors_and_their_roles() -> None:
    from streams.extraction.actors import suggest

    text = normalize("شنت جماعة أنصار الله هجوماً على مواقع القوات السعودية قرب الحدود")
    mentions = find_actors(text)
    assert [m.entry.id for m in mentions] == ["houthis", "saudi_forces"]
    assert assign_roles(text, mentions) == {"houthis": "perpetrator", "saudi_forces": "target"}
    assert "al_shabaab" in suggest("al_shabab")

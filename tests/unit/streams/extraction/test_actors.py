import pytest

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


def _story_actors(text: str, url: str | None = None) -> set[str]:
    from streams.extraction.extract import article_from_text, extract

    return {a.id for e in extract(article_from_text(text, "2023-05-01", url)) for a in e.actors}


def test_generic_force_names_mean_the_forces_of_the_story_s_country() -> None:
    import pytest

    cases = {
        "قصف للجيش على قرية قرب مدينة إدلب ومقتل مدنيين": "syrian_army",
        "قُتل ثلاثة جنود من الجيش بهجوم في قضاء الطارمية شمال بغداد": "iraqi_forces",
        "قُتل جندي في اشتباك بين الجيش ومطلوبين في مدينة بعلبك": "lebanese_army",
        "قال الجيش إن مسيرة استهدفت مطار مدينة كسلا دون إصابات": "sudan_army",
        "قُتل شرطيان بهجوم على مركز الشرطة في مدينة كويتا بإقليم بلوشستان": "pakistani_forces",
        "أصيب أربعة من قوات الأمن بهجوم في مدينة العريش": "egyptian_forces",
        "قتل جندي بانفجار لغم استهدف دورية للجيش في ولاية تيبازة": "maghreb_forces",
    }
    for text, want in cases.items():
        got = _story_actors("خبر\n" + text)
        assert want in got, (text, got)
        assert "syrian_army" not in got or want == "syrian_army", (text, got)
    with pytest.raises(AssertionError):
        assert "syrian_army" in _story_actors("خبر\nقُتل جندي في اشتباك بين الجيش ومسلحين في بعلبك")


def test_a_generic_name_follows_the_places_of_its_sentence_then_the_article() -> None:
    text = "هجوم في العراق\nقُتل جنديان في هجوم على الجيش.\nووقع الهجوم قرب مدينة الرمادي في الأنبار."
    assert _story_actors(text) == {"iraqi_forces"}


def test_without_a_country_a_generic_name_is_unattributed_forces_or_the_outlet_s() -> None:
    text = "عاجل\nقُتل ثلاثة جنود من الجيش في هجوم مسلح."
    assert _story_actors(text) == {"state_forces"}
    assert _story_actors(text, "https://www.alsumaria.iq/news/1") == {"iraqi_forces"}


def test_find_actors_reads_generic_names_by_the_given_country() -> None:
    norm = normalize("اشتبكت قوات الأمن مع مسلحين من تنظيم القاعدة")
    assert [m.entry.id for m in find_actors(norm, "YE")] == ["yemeni_forces", "aqap"]
    assert [m.entry.id for m in find_actors(norm, "TR")] == ["turkish_police", "al_qaeda"]
    assert [m.entry.id for m in find_actors(norm)] == ["state_forces", "al_qaeda"]


def test_generic_names_are_data_checked_on_load() -> None:
    from streams.extraction.actors import actor_rows, lexicon, standing_for

    table = standing_for()
    assert table["army", "IQ"].id == "iraqi_forces" and table["army", "PS"].id == "israel"
    phrases = {normalize(p) for spec in lexicon().generic.values() for p in spec.phrases}
    aliases = {normalize(a) for r in actor_rows() for a in r.aliases}
    assert not phrases & aliases  # a generic phrase is never also one actor's alias
    # a state's force stands for a name in its countries, an armed group in its home
    assert all(r.countries or r.home for r in actor_rows() if r.stands_for)
    assert table["separatists", "CM"].id == "ambazonian_separatists"


def test_two_actors_standing_for_one_name_in_one_country_is_an_error(monkeypatch) -> None:
    import pytest

    from streams.extraction import actors
    from streams.extraction.data import DataError

    rows = actors.actor_rows()
    twin = rows[0].model_copy(update={"id": "twin", "countries": ("SY",), "stands_for": ("army",)})
    monkeypatch.setattr(actors, "actor_rows", lambda: (*rows, twin))
    actors.standing_for.cache_clear()
    actors.actor_entries.cache_clear()
    try:
        with pytest.raises(DataError, match="both stand for 'army' in SY"):
            actors.standing_for()
    finally:
        actors.standing_for.cache_clear()
        actors.actor_entries.cache_clear()


def test_groups_the_text_names_itself_are_kept_under_their_name() -> None:
    cases = {
        'تبنت جماعة مسلحة تطلق على نفسها "سرايا أولياء الدم" هجوماً صاروخياً': "named_سرايا_اولياء_الدم",
        "مقتل ستة عناصر من تنظيم يدعى حركة سواعد مصر في تبادل لإطلاق النار": "named_حركه_سواعد_مصر",
        'قتل أربعة من عناصر ما يعرف بـ"كتيبة الفاروق" في اشتباكات': "named_كتيبه_الفاروق",
        "هاجم مسلحون من ما يسمى بكتيبة الفاروق قرية": "named_كتيبه_الفاروق",
    }
    for text, want in cases.items():
        assert want in ids(text), (text, ids(text))
    mention = next(m for m in find_actors(normalize(next(iter(cases)))) if m.entry.id.startswith("named_"))
    assert (mention.entry.name_ar, mention.entry.kind) == ("سرايا اولياء الدم", "unknown")


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("ارتفع عدد ضحايا التوغل الإسرائيلي في ريف القنيطرة إلى خمسة", "israel"),
        ("قتل راع خلال توغل تركي في قرية حدودية", "turkey"),
    ],
)
def test_an_incursion_names_its_mover_by_the_adjective(text: str, mover: str) -> None:
    # "توغل" is done by the force its nationality adjective names, as "قصف" and "غارة" are
    assert mover in ids(text)


def test_the_upc_is_found_by_the_unite_of_its_french_name() -> None:
    # "Unité pour la paix en Centrafrique": "الوحدة" as well as "الاتحاد" in Arabic desks
    text = "هاجم مسلحون من جماعة الوحدة من أجل السلام في أفريقيا الوسطى ضواحي بلدة بامباري"
    assert "upc" in ids(text)

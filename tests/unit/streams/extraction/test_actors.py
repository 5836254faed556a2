from streams.extraction.actors import actor_entries, assign_roles, find_actors
from streams.extraction.arabic import normalize

KINDS = {"government", "government_ally", "russia", "iran_axis", "jihadist", "opposition",
         "kurdish", "turkey", "coalition", "israel", "unknown"}


def ids(text: str) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text))]


def roles(text: str) -> dict[str, str]:
    norm = normalize(text)
    return assign_roles(norm, find_actors(norm))


def test_gazetteer_kinds_and_ids() -> None:
    entries = actor_entries()
    assert len(entries) >= 30
    assert {e.kind for e in entries.values()} <= KINDS


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

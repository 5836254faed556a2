import re
from pathlib import Path

import pytest
import yaml

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.casualties import find_casualties
from streams.extraction.extract import article_from_text, extract

FIXTURES = Path(__file__).parents[4] / "crawlers" / "fixture_sites" / "articles"
EVAL = Path(__file__).parents[3] / "fixtures" / "extraction_eval"


def counts(text: str) -> list[tuple[str, int | None, str | None]]:
    norm = normalize(text)
    return [(i.kind, i.value, i.group) for i in find_casualties(norm, find_actors(norm))]


def test_noun_with_number_and_owner() -> None:
    assert counts("أدى القصف إلى مقتل 4 عناصر من قوات النظام") == [
        ("killed", 4, "government forces")
    ]


def test_passive_singular_verbs_count_one_each() -> None:
    assert counts("قُتل مدني وأصيب آخر بجروح") == [
        ("killed", 1, "civilians"), ("injured", 1, "civilians")
    ]


def test_killed_and_wounded_nouns_after_numbers() -> None:
    assert counts("الانفجار خلف 6 قتلى و11 جريحاً") == [("killed", 6, None), ("injured", 11, None)]


def test_duals_and_dual_echo() -> None:
    assert counts("استشهد جنديان وجرح عنصران اثنان") == [
        ("killed", 2, None), ("injured", 2, None)
    ]


def test_per_group_tolls_in_one_sentence() -> None:
    got = counts("قُتل 5 من عناصر قسد و3 من مسلحي داعش خلال الاشتباكات")
    assert got == [("killed", 5, "SDF"), ("killed", 3, "ISIS")]


def test_wounded_inherit_the_group_of_the_killed() -> None:
    got = counts("أسفر الهجوم عن مقتل جندي تركي وجرح ثلاثة")
    assert got == [("killed", 1, "Turkish forces"), ("injured", 3, "Turkish forces")]


def test_subsets_are_not_counted_twice() -> None:
    assert counts("مقتل 7 مدنيين بينهم 3 أطفال") == [("killed", 7, "civilians")]


def test_vague_tolls_have_no_number() -> None:
    assert counts("وسقوط عشرات الجرحى") == [("injured", None, None)]


def test_pronoun_victims_count_but_name_no_group() -> None:
    assert counts("أطلق مجهولون النار على شاب ما أدى إلى مقتله") == [("killed", 1, None)]
    assert counts("ما أدى إلى إصابتهما") == [("injured", 2, None)]


def test_numbers_that_are_not_people_are_ignored() -> None:
    assert counts("قُتل خلال 24 ساعة") == []


@pytest.mark.parametrize("text", ["لقي ثلاثة أشخاص حتفهم", "لقي 3 أشخاص مصرعهم"])
def test_idioms_of_death(text: str) -> None:
    assert counts(text) == [("killed", 3, "civilians")]



def test_a_toll_told_twice_once_without_and_once_with_its_group_is_one_record():
    # "لقي سبعة أشخاص مصرعهم" ... "مقتل سبعة أشخاص بينهم امرأة وطفلان"
    text = (FIXTURES / "furat" / "bab-car-bomb.yaml").read_text(encoding="utf-8")
    story = yaml.safe_load(text)
    events = extract(article_from_text(f"{story['title']}\n{story['body']}", "2020-01-25", None))
    assert [[c.killed for c in e.casualties if c.killed is not None] for e in events if e.casualties] == [[7]]


def test_amounts_not_joined_by_and_are_not_added() -> None:
    assert counts("قتل 5 5 5 5 5") == [("killed", 5, None)]
    assert [c[:2] for c in counts("مقتل 3 مدنيين و2 من عناصر الشرطة")] == [("killed", 3), ("killed", 2)]


def test_a_run_of_numbers_16_kb_long_reads_one_count() -> None:
    text = "هجوم على بلدة\nقتل " + " ".join(["5"] * 8000)
    events = extract(article_from_text(text))
    assert [(c.killed, c.injured) for e in events for c in e.casualties] == [(5, None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل مسلحون من جماعة بوكو حرام 11 مزارعاً في هجوم على قرية", [("killed", 11, "civilians")]),
        ("قتل عناصر من تنظيم ولاية غرب أفريقيا تسعة جنود في هجوم", [("killed", 9, None)]),
        ("قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة 17 جندياً في كمين", [("killed", 17, None)]),
        ("قتل مجهولون ثلاثة رعاة قرب القرية", [("killed", 3, "civilians")]),
        # passive: the fighters themselves died
        ("قتل مسلحون من بوكو حرام في اشتباك مع الجيش", [("killed", None, "Boko Haram")]),
        ("قتل 3 مدنيين بقصف على القرية", [("killed", 3, "civilians")]),
    ],
)
def test_a_verb_of_either_voice_with_subject_and_object_is_active(text: str, want: list) -> None:
    assert counts(text) == want


def test_the_subject_of_an_active_killing_verb_is_the_perpetrator() -> None:
    article = article_from_text(
        "هجوم في نيجيريا\nقتل مسلحون من جماعة بوكو حرام 11 مزارعاً في هجوم على قرية قرب مايدوغوري."
    )
    (event,) = extract(article)
    assert {(a.id, a.role) for a in event.actors} == {("boko_haram", "perpetrator")}
    assert [(c.killed, c.group) for c in event.casualties] == [(11, "civilians")]


def test_conjoined_people_nouns_share_their_owner_and_each_counts() -> None:
    assert counts("فيما قُتل ضابط وجنديان من الجيش المصري خلال الاشتباكات") == [
        ("killed", 1, "Egyptian forces"), ("killed", 2, "Egyptian forces")
    ]


def test_gunmen_with_no_side_named_are_not_summed_with_the_soldiers_counted_beside_them() -> None:
    (event,) = extract(article_from_text("معارك عنيفة\nقتل 12 جندياً و40 مسلحاً في معارك عنيفة قرب الحدود."))
    assert sorted((c.killed, c.group) for c in event.casualties) == [(12, None), (40, "militants")]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("خطف مسلحون ستة رعاة قرب الحدود وقتلوهم.", 6),
        ("اعتقل عناصر الميليشيا أحد عشر شاباً من القرية ثم أعدموهم ميدانياً.", 11),
        ("أوقف المسلحون سيارة وأنزلوا منها ثلاثة ركاب فأعدموهم", 3),
    ],
)
def test_people_counted_then_killed_as_the_verbs_pronoun_are_the_dead(text: str, killed: int) -> None:
    (event,) = extract(article_from_text("إعدام ميداني\n" + text))
    assert [c.killed for c in event.casualties] == [killed]


def test_to_meet_ones_fate_is_to_die() -> None:
    text = "هجوم على حاجز\nقضى أربعة حراس نحبهم وجرح ثالث في هجوم مسلح على حاجز أمني."
    (event,) = extract(article_from_text(text))
    assert [(c.killed, c.injured) for c in event.casualties] == [(4, 1)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل أربعة جنود من قوات اللواء الخامس واثنان من قوات الحزام الأمني في اشتباكات بأبين.", [4, 2]),
        ("لقي خمسة من أفراد الحماية مصرعهم و3 من قوات الدعم السريع في معارك قرب كادقلي.", [5, 3]),
    ],
)
def test_a_second_sides_dead_named_by_their_force_are_a_toll_of_their_own(text: str, want: list[int]) -> None:
    # "واثنان من قوات X": the amount's people are a force the text names, not a people noun
    (event,) = extract(article_from_text("اشتباكات\n" + text))
    assert sorted((c.killed for c in event.casualties), reverse=True) == want


def test_the_same_forces_dead_told_in_two_amounts_are_one_toll() -> None:
    text = "قتل أربعة من عناصر الحشد الشعبي واثنان من قوات الحشد الشعبي في هجوم قرب بيجي."
    (event,) = extract(article_from_text("هجوم\n" + text))
    assert [c.killed for c in event.casualties] == [6]
def test_a_clause_with_no_word_a_casualty_kind_is_read_from_counts_no_one() -> None:
    assert counts("نقلت سيارة تقل أربعة أشخاص الطعام إلى 12 قرية") == []


@pytest.mark.parametrize("name", ["world.yaml", "blind8.yaml", "blind23.yaml"])
def test_the_clauses_answered_without_the_token_walk_are_those_it_counts_no_one_in(name: str) -> None:
    # find_casualties skips the walk over a clause with no kind word (casualties.KIND_SOURCES);
    # on every sentence of the development sets the walk itself must agree that it counts no one
    from streams.extraction.casualties import _may_count, _Parser

    reports = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    clauses = [c for r in reports for c in re.split(r"[.،؛\n]", r["text"]) if c.strip()]
    skipped = 0
    for clause in clauses:
        norm = normalize(clause)
        if not _may_count(norm):
            skipped += 1
            assert _Parser(norm, find_actors(norm), None).run() == [], clause
    assert skipped > len(clauses) // 4  # most clauses of a report count no one

"""Rules prompted by the second blind set (tests/fixtures/extraction_eval/blind2.yaml: longer
wire stories), each checked here on sentences written for the test, not on the set's own."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.event_types import find_triggers
from streams.extraction.places import ancestors, find_places
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- a count's verb after its people ---------------------------------------------------------

def test_a_verb_after_a_partitive_and_a_named_force_counts() -> None:
    assert counts("وأكد مصدر طبي أن خمسة من عناصر الحشد الشعبي لقوا حتفهم في الكمين") == [("killed", 5)]


def test_a_verb_after_a_subset_aside_counts_once() -> None:
    assert counts("وأوضح أن تسعة مدنيين، بينهم امرأتان، قتلوا في القصف") == [("killed", 9)]


def test_counts_joined_before_their_verb_are_two_tolls() -> None:
    assert counts("وقال إن 8 جنود وثلاثة مدنيين قتلوا عند الحاجز") == [("killed", 8), ("killed", 3)]


def test_one_in_a_noun_phrase_is_no_glued_and() -> None:
    assert counts("أن أربعة أطفال من عائلة واحدة لقوا مصرعهم") == [("killed", 4)]


def test_a_dual_subject_before_its_verb_counts_two() -> None:
    assert counts("وذكرت الشرطة أن جنديين استشهدا في الاشتباك") == [("killed", 2)]


def test_a_subject_with_an_object_after_its_verb_is_the_killer() -> None:
    assert ("killed", 1) not in counts("جندي قتل ثلاثة مدنيين في السوق")


def test_a_definite_noun_before_a_casualty_word_counts_no_one() -> None:
    assert counts("أعلن المتحدث العسكري مقتل 3 مسلحين") == [("killed", 3)]


def test_dual_verbs_of_two_attackers() -> None:
    assert counts("إن المسلحين قتلا ستة مدنيين وأصابا عشرة آخرين") == [("killed", 6), ("injured", 10)]


def test_slaughter_is_killing() -> None:
    assert counts("ذبح مسلحون ثلاثة رعاة في الوادي") == [("killed", 3)]


# --- tolls given as totals ---------------------------------------------------------------------

def test_a_head_before_its_rising_verb() -> None:
    assert counts("وقالت الوزارة إن عدد القتلى ارتفع إلى 14") == [("killed", 14)]


def test_a_reached_toll_with_no_to() -> None:
    assert counts("فيما بلغ عدد المصابين 40 شخصاً") == [("injured", 40)]


def test_a_reached_figure_of_no_dead_or_wounded_is_no_toll() -> None:
    assert counts("وبلغ عدد النازحين 5000 شخص") == []


def test_dead_and_wounded_in_one_figure_are_no_count() -> None:
    assert counts("خلف الهجوم 20 بين قتيل وجريح") == []
    assert counts("أسفر القصف عن سقوط العشرات بين قتلى وجرحى") == []


# --- companions and the attacker's own death ---------------------------------------------------

def test_a_companion_adds_to_the_victims_toll() -> None:
    assert tolls("مقتل مسؤول محلي ومرافقه بانفجار عبوة ناسفة في مدينة الرمادي") == [(2, None)]


def test_people_said_to_be_with_a_victim_are_his_group() -> None:
    assert tolls("مقتل ضابط في الجيش وجنديين كانا برفقته بانفجار لغم في محافظة الأنبار") == [(3, None)]


def test_the_attacker_killed_before_he_fled_is_his_own_toll() -> None:
    got = sorted(tolls("أطلق مسلح النار على حافلة في مدينة كويتا فقتل أربعة ركاب قبل أن تقتله الشرطة"))
    assert got == [(1, None), (4, None)]


# --- what is not an incident -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "مصرع 7 أشخاص في حادث سير مروع على طريق بغداد كركوك",
        "الكوليرا تقتل 12 شخصاً في محافظة الحديدة خلال أسبوع",
        "البلدية تقتل عشرات الكلاب الضالة في أحياء مدينة إربد",
        "غرق 30 مهاجراً بعد انقلاب قارب قبالة سواحل صفاقس",
    ],
)
def test_deaths_that_are_not_attacks_give_no_event(text: str) -> None:
    assert events(text) == []


def test_a_wars_running_total_is_background() -> None:
    text = ("استشهد 5 فلسطينيين في غارة إسرائيلية على مدينة رفح.\n"
            "وبذلك ترتفع حصيلة الشهداء منذ السابع من أكتوبر إلى 30000 شهيد.")
    assert tolls(text) == [(5, None)]


def test_an_attack_word_keeps_a_drowning_violent() -> None:
    assert events("أدى الهجوم الحوثي إلى غرق السفينة ومقتل بحارين في البحر الأحمر")


# --- words and names ---------------------------------------------------------------------------

def test_a_trigger_after_a_bare_lam_is_found() -> None:
    assert [t.word for t in find_triggers(normalize("تعرض الموكب لهجوم"))] == ["هجوم"]


def test_night_weekdays_and_live_fire_are_not_places() -> None:
    assert find_places("أصيب شاب بالرصاص الحي ليل الخميس", "PS") == []


def test_a_verb_starting_with_ba_is_not_a_small_place() -> None:
    assert find_places("بادر المسلح بإطلاق النار") == []


def test_the_divisions_of_dr_congo_contain_their_towns() -> None:
    assert "cd_north_kivu" in ancestors(find_places("قتل 10 مدنيين في مدينة بوتيمبو")[0].id)


# --- actors ------------------------------------------------------------------------------------

def ids(text: str, country: str | None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


def test_afghanistans_security_forces_are_the_taliban() -> None:
    assert ids("قوات الأمن", "AF") == ["taliban"]


@pytest.mark.parametrize(
    ("country", "actor"), [("PS", "palestinian_factions"), ("LB", "hezbollah"), (None, "armed_groups")]
)
def test_resistance_fighters_are_the_factions_of_the_storys_country(country: str | None, actor: str) -> None:
    assert ids("استشهد مقاومين", country) == [actor]


def test_a_ministry_of_national_defence_is_the_countrys_army() -> None:
    assert ids("أعلنت وزارة الدفاع الوطني", "DZ") == ["maghreb_forces"]


def test_a_hedged_nationality_names_the_attacker() -> None:
    assert ids("قصفت طائرة مسيرة يرجح أنها تركية قرية", "IQ") == ["turkey"]


def test_a_claim_of_responsibility_names_the_perpetrator() -> None:
    text = "مقتل ثلاثة جنود بانفجار عبوة ناسفة في مدينة بيدوا، وتبنت حركة الشباب الهجوم"
    [event] = events(text)
    assert {a.id: a.role for a in event.actors}["al_shabaab"] == "perpetrator"


def test_gunmen_who_hit_a_named_group_are_unknown() -> None:
    [event] = events("قتل ثلاثة من عناصر طالبان برصاص مسلحين مجهولين في ولاية قندهار")
    assert {"taliban", "unknown"} <= {a.id for a in event.actors}


def test_one_of_the_attackers_killed_after_the_attack_is_their_toll() -> None:
    got = sorted(tolls("هاجم مسلحان مطعماً في مدينة إربد فقتلا ثلاثة أشخاص قبل أن يقتل أحدهما برصاص الشرطة"))
    assert got == [(1, None), (3, None)]


def test_a_claim_by_the_movement_refers_back_to_the_group_named_before() -> None:
    text = ("حصار فندق في كيسمايو\n"
            "أعلنت الشرطة انتهاء حصار فرضه مسلحون من حركة الشباب على فندق في مدينة كيسمايو.\n"
            "وقالت إن 9 أشخاص قتلوا في الهجوم، فيما تبنت الحركة الهجوم.")
    [event] = events(text)
    assert {a.id: a.role for a in event.actors}.get("al_shabaab") == "perpetrator"


def test_a_claim_by_the_movement_with_no_group_named_adds_none() -> None:
    [event] = events("مقتل 4 جنود بهجوم على حاجز في مدينة بيدوا، وتبنت الحركة الهجوم")
    assert not {"al_shabaab", "isis"} & {a.id for a in event.actors}


def test_cutting_heads_is_killing() -> None:
    assert counts("وقطع المسلحون رؤوس أربعة قرويين قبل أن يفروا") == [("killed", 4)]
    assert counts("قطعوا الطريق أمام أربعة قرويين") == []


def test_the_wounded_who_died_later_are_dead() -> None:
    assert counts("فأصاب المهاجم شرطياً الذي فارق الحياة لاحقاً في المستشفى") == [("killed", 1)]
    assert counts("فأصاب المهاجم شرطياً الذي فارق الحياة متأثراً بإصابته") == [("killed", 1)]

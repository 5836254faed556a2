"""Grammar rules found by probing with fresh reports (each with a variant it was not written for)."""

import pytest

from streams.extraction.actors import assign_roles, find_actors
from streams.extraction.arabic import normalize
from streams.extraction.extract import article_from_text, extract
from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import group_tolls_of, only, roles_of


def test_possessed_kin_noun_after_a_casualty_verb_counts_one() -> None:
    event = only(
        "قصف على جبل الزاوية\n"
        "استشهد طفلان وأصيبت والدتهما بجروح جراء قصف مدفعي لقوات النظام على قرية الفطيرة في جبل الزاوية."
    )
    assert group_tolls_of(event) == {("civilians", 2, 1)}
    assert roles_of(event)["syrian_army"] == "perpetrator"
    assert event.locations[0].id == "fatira"


def test_mother_and_her_child_are_two() -> None:
    event = only("قصف تركي\nقصفت القوات التركية قرية عون الدادات، ما أسفر عن إصابة امرأة وطفلها بجروح.")
    assert group_tolls_of(event) == {("civilians", None, 2)}


@pytest.mark.parametrize("noun", ["ممرضين اثنين", "مسعفين اثنين", "عاملين اثنين"])
def test_victim_nouns_decide_the_group_not_the_attacker(noun: str) -> None:
    event = only(f"غارة روسية\nغارة جوية روسية استهدفت مستشفى في كفرنبل، ما أدى إلى مقتل {noun}.")
    assert group_tolls_of(event) == {("civilians", 2, None)}
    assert roles_of(event)["russia"] == "perpetrator"


def test_unnamed_dead_are_never_the_attackers_group() -> None:
    event = only("غارة\nاستهدفت طائرات حربية روسية بلدة البارة، ما أدى إلى مقتل ثلاثة.")
    assert [c.group for c in event.casualties] == [None]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("اغتال مسلحون مجهولون عنصراً سابقاً في فصائل التسوية في بلدة طفس.", 1),
        ("اغتال مجهولون، مساء الأحد، شابين بإطلاق النار عليهما في مدينة جاسم.", 2),
        ("أعدم عناصر من تنظيم داعش ثلاثة رعاة في بادية السخنة.", 3),
    ],
)
def test_killing_verbs_count_their_object_past_the_subject(sentence: str, killed: int) -> None:
    event = only("خبر\n" + sentence)
    assert [(c.killed, c.approximate) for c in event.casualties] == [(killed, False)]


def test_a_failed_assassination_kills_no_one() -> None:
    got = extract(article_from_text("نجاة\nنجا قيادي من محاولة اغتيال في مدينة الباب.", "2022-03-10"))
    assert all(c.killed is None for e in got for c in e.casualties)


def test_the_restated_victim_of_an_assassination_is_not_added() -> None:
    event = only("اغتيال\nاغتال مسلحون مجهولون قيادياً سابقاً في بلدة طفس، ما أدى إلى مقتله على الفور.")
    assert [c.killed for c in event.casualties] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم عناصر من تنظيم داعش حاجزاً لقوات النظام قرب مدينة السخنة، ما أدى إلى مقتل ضابط "
        "وخمسة عناصر، في حين قُتل ثلاثة من المهاجمين.",
        "هاجم عناصر من تنظيم داعش حاجزاً لقوات النظام قرب مدينة السخنة، واندلعت اشتباكات بين "
        "الطرفين، ما أدى إلى مقتل ضابط وخمسة عناصر، في حين قُتل ثلاثة من المهاجمين.",
    ],
)
def test_attackers_and_defenders_in_one_event(text: str) -> None:
    event = only("هجوم\n" + text)
    assert group_tolls_of(event) == {("government forces", 6, None), ("ISIS", 3, None)}
    assert roles_of(event) == {"isis": "perpetrator", "syrian_army": "target"}


def test_attackers_word_follows_the_perpetrator_named_earlier() -> None:
    event = only(
        "هجوم\nهاجمت مجموعة من عناصر هيئة تحرير الشام نقطة لقوات النظام قرب قرية ميزناز، ما أدى "
        "إلى مقتل أربعة من عناصر النظام، بينما قتل اثنان من المهاجمين."
    )
    assert group_tolls_of(event) == {("government forces", 4, None), ("HTS", 2, None)}


def test_count_before_its_verb() -> None:
    event = only("قصف\nقالت مصادر محلية إن 15 شخصاً قتلوا وأصيب أكثر من 30 آخرين في قصف على سرمدا.")
    assert {(c.killed, c.injured) for c in event.casualties} == {(15, 30)}


def test_badia_of_a_town_keeps_the_town() -> None:
    assert [p.id for p in find_places("بانفجار لغم في بادية الميادين")] == ["mayadin"]
    assert [p.id for p in find_places("في بادية البوكمال")] == ["abu_kamal"]


def test_village_names_with_or_without_the_article() -> None:
    assert [p.id for p in find_places("قرية الفطيرة")] == ["fatira"]
    assert [p.id for p in find_places("قرية جورين")] == ["jurin"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("جراء قصف مدفعي تركي على القرية", "turkey"),
        ("تصدت الدفاعات لعدوان إسرائيلي بالصواريخ", "israel"),
        ("استهدفت غارة روسية السوق", "russia"),
    ],
)
def test_nationality_adjectives_after_attack_nouns_name_the_attacker(text: str, actor: str) -> None:
    norm = normalize(text)
    mentions = find_actors(norm)
    assert assign_roles(norm, mentions).get(actor) == "perpetrator"


def test_adjective_alone_is_not_an_actor() -> None:
    assert find_actors(normalize("وصل وفد تركي إلى دمشق")) == []


def test_the_disputing_party_is_listed() -> None:
    event = only(
        "غارات\nأعلن مركز المصالحة الروسي مقتل 20 مسلحاً في غارات على جبل الأكراد.\n"
        "ونفت الجبهة الوطنية للتحرير وقوع أي قتلى في صفوفها، ووصفت الرواية بالمزاعم."
    )
    assert event.contested and "nfl" in roles_of(event)


def test_doubting_activists_contest_the_account() -> None:
    event = only(
        "قذائف\nذكرت سانا أن قذائف أطلقها الإرهابيون على حي الحمدانية أدت إلى استشهاد مدنيين اثنين.\n"
        "في المقابل، شكك ناشطون في الرواية الرسمية."
    )
    assert event.contested and event.locations[0].id == "hamdaniyah"


def test_rising_toll_gives_the_current_exact_figure() -> None:
    event = only(
        "انفجار في الباب\n"
        "ارتفع عدد قتلى انفجار السيارة المفخخة في مدينة الباب إلى 6 قتلى و11 جريحاً."
    )
    assert group_tolls_of(event) == {(None, 6, 11)}
    assert not event.casualties[0].approximate


def test_rising_toll_replaces_the_earlier_figure_and_its_cause_adds_nothing() -> None:
    event = only(
        "غارات على معرة مصرين\n"
        "قُتل أربعة مدنيين في غارات للطيران الروسي على بلدة معرة مصرين.\n"
        "وارتفعت حصيلة ضحايا الغارات الروسية إلى ستة مدنيين بينهم طفلان، بعد وفاة مصابين اثنين في المستشفى."
    )
    assert group_tolls_of(event) == {("civilians", 6, None)}
    assert not event.casualties[0].approximate
    assert roles_of(event)["russia"] == "perpetrator"


def test_the_claimants_own_fighters_are_counted_apart() -> None:
    event = only(
        "بيان هيئة تحرير الشام\n"
        "أعلنت هيئة تحرير الشام مقتل 5 عناصر من قوات النظام خلال تسلل على محور كبانة في ريف اللاذقية، "
        "بينما قُتل اثنان من مقاتليها."
    )
    assert group_tolls_of(event) == {("government forces", 5, None), ("HTS", 2, None)}


def test_one_of_its_fighters_counts_one_of_the_claimant() -> None:
    event = only(
        "كمين في البادية\n"
        "أعلن الجيش الروسي مقتل 4 من مسلحي داعش في البادية السورية، فيما أصيب أحد عناصره بجروح."
    )
    assert group_tolls_of(event) == {("ISIS", 4, None), ("Russian forces", None, 1)}


def test_the_side_that_returned_fire_was_attacked() -> None:
    event = only(
        "قصف على نقطة تركية\n"
        "قُتل جندي تركي بقذائف استهدفت نقطة عسكرية في ريف إدلب، وردت القوات التركية بقصف مصادر النيران."
    )
    assert roles_of(event)["turkey"] == "target"


def test_answering_fire_does_not_make_an_attacker() -> None:
    norm = normalize(
        "أصيب عنصران من قوات النظام بهجوم على حاجز، وقال مصدر إن قوات النظام ردت على مصادر الإطلاق."
    )
    assert assign_roles(norm, find_actors(norm))["syrian_army"] == "target"

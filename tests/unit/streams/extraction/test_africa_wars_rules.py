"""Rules and data prompted by the twenty-fourth blind set (tests/fixtures/extraction_eval/blind24.yaml:
Africa's wars as the Arabic press reports them: Sudan, South Sudan, the Sahel, Nigeria, the
Central African Republic, the DR Congo, Somalia), each checked here on sentences written for the
test, not on the set's own."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import actor_ids, events, group_tolls_of, only, place_ids, tolls

# --- towns and divisions of Africa's wars that the gazetteer lacked -------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل 9 أشخاص في قصف جوي على سوق مدينة كبكابية.", "sd_kabkabiya"),
        ("قتل 4 جنود في معارك على أطراف مدينة بارا شمال الأبيض.", "sd_bara"),
        ("قتل 12 جندياً في هجوم لمسلحين على حامية في بلدة ناصر.", "ss_nasir"),
        ("قتل 6 مدنيين في قصف بالمسيرات في تينزاواتين قرب الحدود الجزائرية.", "ml_tinzaouaten"),
        ("قتل 11 جندياً في هجوم على موقع عسكري في بانيبانغو.", "ne_banibangou"),
        ("قتل 5 جنود في هجوم لحركة الشباب على بلدة عدن يابال.", "so_adan_yabaal"),
        ("قتل 20 مزارعاً في هجوم لمسلحين على قرية في ولاية بنوي.", "ng_benue_state"),
        ("قتل 8 جنود في هجوم على موقع للجيش في إقليم أليبوري شمال بنين.", "bj_alibori"),
        # the spelling with a long vowel
        ("قتل 3 مدنيين بقصف مدفعي على أحياء مدينة كادوقلي.", "sd_kadugli"),
    ],
)
def test_towns_and_divisions_of_africas_wars(text: str, place: str) -> None:
    assert place in place_ids(text)


def test_aden_yabaal_is_no_aden_in_yemen() -> None:
    found = place_ids("سيطرت حركة الشباب على بلدة عدن يابال بعد معارك قتل فيها 7 جنود.")
    assert "so_adan_yabaal" in found
    assert not any(p.startswith("ye_") for p in found)


def test_benue_is_no_syrian_nawa() -> None:
    found = place_ids("قتل مسلحون 14 قروياً في هجوم على قرية بولاية بنوي.")
    assert "ng_benue_state" in found
    assert "nawa" not in found


@pytest.mark.parametrize(
    ("place", "division"),
    [("sd_kabkabiya", "sd_north_darfur"), ("ss_nasir", "ss_upper_nile"),
     ("ng_makurdi", "ng_benue_state"), ("bj_kandi", "bj_alibori")],
)
def test_the_new_places_lie_in_their_divisions(place: str, division: str) -> None:
    assert division in ancestors(place)


# --- the forces and groups of Africa's wars -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the RSF by its commander's name and his family's
        ("قتل 6 مدنيين في قصف مدفعي لقوات حميدتي على حي في مدينة الأبيض.", "rsf"),
        ("قال الجيش إنه صد هجوماً لميليشيا آل دقلو وقتل 30 من عناصرها.", "rsf"),
        ("قتل 10 جنود في هجوم لتنظيم الدولة في الساحل على موقع قرب ميناكا.", "is_provinces"),
        ("قتل 3 جنود في كمين نصبته قوات الدفاع عن أمبازونيا قرب بامندا.", "ambazonian_separatists"),
        ("قتل 9 مدنيين في هجوم لمتمردي ADF على قرية قرب بيني.", "adf"),
        ("قتل 15 مدنياً في عملية للجيش المالي وعناصر الفيلق الأفريقي قرب قرية في وسط مالي.", "africa_corps"),
        ("قتل رعاة الفولاني 18 مزارعاً في هجوم على قرية وسط نيجيريا.", "fulani_herders"),
        ("قتل 12 من عناصر الجيش البنيني في هجوم على موقع عسكري شمال البلاد.", "benin_army"),
        ("قالت كينشاسا إن القوات الرواندية قصفت مواقع للجيش وقتلت 5 جنود.", "rwanda"),
        ("قتل 4 من عناصر القوات المسلحة لأفريقيا الوسطى في كمين قرب بريا.", "central_african_army"),
        ("قتل 7 مدنيين في هجوم لمسلحي تحالف الوطنيين من أجل التغيير على قرية شمال بانغي.", "cpc"),
        ("قتل 6 مدنيين في هجوم لجماعة 3R على قرية في شمال غرب أفريقيا الوسطى.", "3r"),
    ],
)
def test_forces_and_groups_of_africas_wars(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_a_drone_attributed_to_rwanda_by_its_adjective() -> None:
    assert "rwanda" in actor_ids("قتل 3 مدنيين بغارة مسيرة رواندية على قرية قرب غوما.")


# --- the verb of "neutralised", counted with its figure --------------------------------------------


def test_neutralised_as_a_verb_with_its_figure_is_a_toll() -> None:
    assert tolls("أعلن الجيش أن وحداته حيدت 25 إرهابياً في محيط مدينة فادا نغورما.") == [(25, None)]
    assert tolls("الجيش يحيد 14 إرهابيا في الشرق") == [(14, None)]


def test_neutralised_without_a_figure_counts_no_one() -> None:
    assert all(k is None for k, _ in tolls("وحيدت الشرطة المهاجم بعد مطاردة قصيرة قرب السوق."))


# --- soldiers with no owner in an account of an armed group's dead ---------------------------------


def test_soldiers_killed_beside_an_armed_groups_dead_are_the_state_forces() -> None:
    text = (
        "الجيش: مقتل 20 من عناصر بوكو حرام\n"
        "قال الجيش النيجيري إن قواته قتلت 20 من عناصر بوكو حرام في هجوم مضاد بعد هجوم شنته الجماعة "
        "على ثكنة قتل فيه 4 جنود."
    )
    groups = {k: g for g, k, _ in group_tolls_of(only(text))}
    assert set(groups) == {20, 4}
    assert groups[4] != groups[20]


# --- deaths of hunger, thirst and want ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال مسؤول صحي إن خمسة أطفال توفوا بسبب سوء التغذية في البلدة المحاصرة.",
        "توفي 12 نازحاً بسبب الجوع في مخيم على أطراف المدينة.",
        "مات 6 مسنين عطشاً في قرية انقطعت عنها المياه منذ أسابيع.",
    ],
)
def test_deaths_of_hunger_and_thirst_are_no_incident(text: str) -> None:
    assert tolls(text) == []


def test_the_fightings_toll_stays_beside_deaths_of_hunger() -> None:
    text = (
        "قتل 4 جنود في اشتباكات مع المتمردين قرب البلدة، فيما قال مسؤول صحي إن ثلاثة أطفال توفوا "
        "بسبب سوء التغذية داخلها."
    )
    assert tolls(text) == [(4, None)]


def test_hunger_named_beside_an_attack_keeps_its_toll() -> None:
    assert tolls("قتل 9 مدنيين في قصف على سوق المدينة، فيما يعاني سكانها من الجوع منذ أشهر.") == [(9, None)]


# --- the blame laid in a sentence of its own --------------------------------------------------------


def test_the_party_held_responsible_in_a_sentence_of_its_own_is_an_actor() -> None:
    text = (
        "مقتل 30 في قصف على سوق\n"
        "قتل 30 شخصاً في قصف بطائرة مسيرة استهدف سوقاً شعبياً في مدينة الأبيض. "
        "وحمّلت الحكومة قوات الدعم السريع المسؤولية."
    )
    assert "rsf" in actor_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير إن الحكومة تتحمل المسؤولية عن تأخر صرف الرواتب.",
        "حمّل النواب وزارة الزراعة مسؤولية الخسائر بعد موسم الجفاف.",
    ],
)
def test_responsibility_alone_makes_no_incident(text: str) -> None:
    assert events(text) == []


# --- the two sides named before the blame they trade --------------------------------------------


def test_blame_traded_between_two_named_sides_disputes_the_account() -> None:
    text = (
        "مقتل 8 بقذائف على مخيم\n"
        "قتل 8 نازحين في قصف على مخيم قرب غوما. وتبادل الجيش الكونغولي والمتمردون الاتهامات "
        "بالمسؤولية عن القصف."
    )
    assert only(text).contested

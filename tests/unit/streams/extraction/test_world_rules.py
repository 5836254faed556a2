"""Rules prompted by the blind world-wide set (tests/fixtures/extraction_eval/blind.yaml), each
checked here on reports written for the test, not on the set's own sentences."""

import pytest

from streams.extraction.places import find_places, lexicon, place_entries
from tests.unit.streams.extraction.reading import events, figures_of, only, roles_of

# --- datelines and headlines ---------------------------------------------------------------


def test_a_dateline_names_neither_the_site_nor_a_toll() -> None:
    event = only(
        "هجوم في الحويجة\n"
        "الموصل 5 مارس 2024 (رويترز) - قُتل ثلاثة جنود عراقيين بهجوم على نقطة تفتيش في قضاء الحويجة "
        "بمحافظة كركوك."
    )
    assert figures_of(event) == {("killed", 3)}
    assert "iq_mosul" not in {loc.id for loc in event.locations}


def test_an_outlet_after_the_dateline_dash_is_part_of_it() -> None:
    event = only(
        "انفجار في البصرة\nالبصرة - السومرية نيوز: أصيب خمسة عمال بانفجار عبوة ناسفة قرب ميناء أم قصر."
    )
    assert figures_of(event) == {("injured", 5)}


def test_a_report_opening_with_a_dash_aside_keeps_its_toll() -> None:
    event = only("اشتباكات\nقُتل جنديان وأصيب ثالث - بحسب مصدر أمني - في اشتباكات مع مسلحين قرب مدينة درنة.")
    assert figures_of(event) == {("killed", 2), ("injured", 1)}


def test_a_headline_the_lede_restates_is_not_a_second_incident() -> None:
    got = events(
        "مقتل ثلاثة جنود بهجوم لداعش في كركوك\n"
        "بغداد - شفق نيوز: أفاد مصدر أمني بمقتل ثلاثة جنود من الجيش العراقي بهجوم لعناصر داعش على "
        "ربيئة في ناحية الرياض جنوب غربي كركوك."
    )
    assert len(got) == 1
    assert figures_of(got[0]) == {("killed", 3)}


# --- text that is not an incident ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "الأهلي يقتل اللقاء بهدفين\nشن لاعبو الأهلي هجوما مكثفا على مرمى الزمالك في الشوط الأول وسجلوا "
        "هدفين في ملعب القاهرة الدولي.",
        "حرب الأسعار تشتعل بين شركات الطيران\nتقصف شركات الطيران الأسعار في هجوم تجاري على المنافسين مع "
        "بداية موسم الصيف، وفق خبراء في الدوحة.",
        "النائب يشن هجوما لاذعا على الحكومة\nشن نائب في البرلمان الأردني هجوما لاذعا على الحكومة واتهمها "
        "بتفجير الأزمة مع النقابات في عمان.",
        "الذكرى العاشرة لمجزرة\nأحيا أهالي مدينة الحلة الذكرى العاشرة لتفجير سوق المدينة الذي أودى "
        "بحياة 45 شخصاً.",
        "أحكام في قضية تفجير\nقضت محكمة أمن الدولة بالسجن المؤبد على 6 متهمين في قضية تفجير استهدف "
        "كنيسة في الإسكندرية.",
        "قصة حرب على الشاشة\nيروي الفيلم قصة قرية في جنوب لبنان قتل فيها 12 مدنياً في غارة.",
        "مجلس الأمن يدعو إلى التهدئة\nدعا مجلس الأمن إلى وقف فوري لإطلاق النار في مدينة الفاشر وفتح "
        "الممرات الإنسانية.",
    ],
)
def test_figures_of_speech_retold_and_called_for_violence_give_no_event(text: str) -> None:
    assert events(text) == []


def test_a_toll_dated_to_an_earlier_year_is_background() -> None:
    assert events("تقرير\nوقتل 30 شخصاً في تفجير انتحاري استهدف السوق عام 2016.", "2024-05-02") == []


def test_last_december_in_a_january_report_is_still_news() -> None:
    event = only(
        "هجوم ليلة رأس السنة\nقُتل خمسة أشخاص في هجوم على مقهى في 31 ديسمبر 2023 بمدينة أغاديز.",
        "2024-01-02",
    )
    assert figures_of(event) == {("killed", 5)}


# --- counts ----------------------------------------------------------------------------------


def test_a_range_is_its_lower_bound_and_approximate() -> None:
    event = only("تفجير في كويتا\nقُتل ما بين 10 و12 شخصاً في تفجير سيارة مفخخة بسوق في مدينة كويتا.")
    assert figures_of(event) == {("killed", 10)}
    assert all(c.approximate for c in event.casualties)


def test_fighters_the_state_calls_terrorists_are_not_its_own_dead() -> None:
    event = only(
        "عملية أمنية في سيناء\n"
        "أعلن المتحدث العسكري مقتل 12 إرهابياً في مداهمات بمحافظة شمال سيناء، فيما استشهد مجند خلال "
        "العملية."
    )
    assert figures_of(event) == {("killed", 12), ("killed", 1)}
    assert "militants" in {c.group for c in event.casualties}


def test_the_dual_of_attackers_counts_two() -> None:
    event = only(
        "هجوم على مركز شرطة\nهاجم مسلحان مركزاً للشرطة في مدينة ديار بكر وقتلا شرطياً، وقُتل المهاجمان "
        "في تبادل لإطلاق النار."
    )
    assert ("killed", 2) in figures_of(event)


def test_attackers_with_no_group_named_are_not_the_victims_group() -> None:
    event = only(
        "هجوم على ثكنة\nقُتل خمسة جنود في هجوم على ثكنة في ولاية تاهوا، وأعلن الجيش مقتل ثمانية من المهاجمين."
    )
    assert figures_of(event) == {("killed", 5), ("killed", 8)}


def test_a_count_whose_verb_follows_a_partitive() -> None:
    event = only("اشتباكات\nقالت الشرطة إن 9 من المسلحين قتلوا في اشتباكات قرب مدينة ديفا.")
    assert figures_of(event) == {("killed", 9)}


def test_officials_and_passengers_are_people() -> None:
    assert figures_of(only("اغتيال\nاغتال مجهولون مسؤولاً في البلدية بمدينة جوهر.")) == {("killed", 1)}
    event = only("هجوم على حافلة\nأصيب 14 راكباً في هجوم على حافلة قرب مدينة بيشاور.")
    assert figures_of(event) == {("injured", 14)}


# --- actors ----------------------------------------------------------------------------------


def test_unnamed_gunmen_are_the_unknown_actor() -> None:
    event = only("خطف جماعي\nاختطف مسلحون 40 مسافراً على طريق سريع في ولاية زامفارا شمال غربي نيجيريا.")
    assert roles_of(event).get("unknown") == "perpetrator"


def test_gunmen_of_a_named_group_are_not_unknown() -> None:
    event = only("هجوم\nقتل مسلحون من حركة الشباب 7 جنود في هجوم على قاعدة في إقليم شبيلي السفلى.")
    assert "unknown" not in roles_of(event)
    assert "al_shabaab" in roles_of(event)


def test_an_armed_attack_adjective_is_no_gunman() -> None:
    event = only("هجوم\nقُتل شرطيان في هجوم مسلح على دورية في مدينة العريش.")
    assert "unknown" not in roles_of(event)


def test_soldiers_killed_where_no_force_is_named_are_the_country_s_army() -> None:
    event = only("هجوم\nاستشهد ضابطان وأصيب 3 مجندين في هجوم على كمين بمحافظة شمال سيناء.")
    assert "egyptian_forces" in roles_of(event)


def test_iranian_police_are_iranian_forces() -> None:
    event = only("هجوم في زاهدان\nقُتل ثلاثة من عناصر الشرطة الإيرانية في هجوم على دورية في مدينة زاهدان.")
    assert "iranian_forces" in roles_of(event)


# --- places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("في مدينة كويتا", "pk_quetta"),
        ("قرب رام الله", "ps_ramallah"),
        ("في مدينة صور جنوبي لبنان", "lb_tyre"),
        ("في ولاية غرب كردفان", "sd_west_kordofan"),
        ("في إقليم كابو ديلغادو", "mz_cabo_delgado"),
        ("في بيت لحم", "ps_bethlehem"),
        ("في العاصمة الأفغانية كابول", "af_kabul"),
    ],
)
def test_news_spellings_and_divisions_are_places(text: str, place: str) -> None:
    assert place in {p.id for p in find_places(text)}


def test_a_common_word_listed_only_inside_its_place_phrase_stays_a_word() -> None:
    assert find_places("نشرت الوكالة صور الدمار") == []
    assert find_places("قرب كنيس قديم") == []


def test_every_town_aka_spelling_names_a_place_of_its_country() -> None:
    entries = place_entries().values()
    for country, towns in lexicon().town_aka.items():
        for spellings in towns.values():
            for spelling in spellings:
                assert any(e.country == country and spelling in e.aliases for e in entries), spelling

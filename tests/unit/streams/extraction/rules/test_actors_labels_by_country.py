"""A government's or a desk's label for its enemy names the group the label means in the story's
country ("الخوارج" is al-Shabaab in Somalia, the Pakistani Taliban in Pakistan, the Islamic
State's Khorasan province in Afghanistan), and no one where the label names none."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from tests.unit.streams.extraction.reading import actor_ids, actors_of, only


def ids(text: str, country: str | None) -> list[str]:
    return [m.entry.id for m in find_actors(normalize(text), country)]


@pytest.mark.parametrize(
    ("country", "actor"),
    [("SO", ["al_shabaab"]), ("PK", ["ttp"]), ("AF", ["is_provinces"]), ("IQ", []), (None, [])],
)
def test_the_kharijites_are_the_enemy_of_the_government_that_names_them(
    country: str | None, actor: list[str]
) -> None:
    assert ids("ونصب الخوارج كميناً لدورية على طريق ترابي", country) == actor


def test_the_kharijites_of_each_country_in_a_whole_report() -> None:
    somali = only(
        "هجوم على قاعدة قرب جوهر\n"
        "جوهر - قالت وزارة الإعلام الصومالية إن الخوارج هاجموا قاعدة للجيش قرب مدينة جوهر فجر الأحد، "
        "وقتل أربعة جنود في الاشتباك."
    )
    assert "al_shabaab" in actors_of(somali)
    pakistani = only(
        "هجوم على مركز للشرطة في بنو\n"
        "قتل ثلاثة شرطيين عندما هاجم الخوارج مركزاً للشرطة في مدينة بنو بإقليم خيبر بختونخوا ليل الجمعة."
    )
    assert "ttp" in actors_of(pakistani)
    afghan = only(
        "اشتباك في قندوز\n"
        "قال متحدث باسم حكومة طالبان إن قوات الأمن قتلت أربعة من الخوارج في اشتباك بولاية قندوز "
        "الليلة الماضية."
    )
    assert "is_provinces" in actors_of(afghan) and "ttp" not in actors_of(afghan)


@pytest.mark.parametrize(
    ("country", "actor"), [("SO", "is_provinces"), ("AF", "is_provinces"), ("IQ", "isis")]
)
def test_the_kharijites_of_the_islamic_state_are_its_province_where_it_has_one(
    country: str, actor: str
) -> None:
    found = ids("وقتل الدراويش سبعة من عناصر خوارج داعش في الجبال", country)
    assert found == [actor]  # one group, not also the country's own "خوارج"


@pytest.mark.parametrize(("country", "actor"), [("SD", "rsf"), ("NG", "armed_groups")])
def test_the_rebel_militia_of_an_army_communique(country: str, actor: str) -> None:
    assert ids("وصدت الفرقة هجوماً شنته المليشيا المتمردة على المدينة", country) == [actor]


@pytest.mark.parametrize(("country", "actor"), [("ET", ["ola"]), ("LY", [])])
def test_shene_is_ethiopia_s_name_for_the_ola_and_libya_s_word_for_what(
    country: str, actor: list[str]
) -> None:
    assert ids("قالت السلطات إن عناصر شني قتلوا خمسة مزارعين", country) == actor


@pytest.mark.parametrize(("country", "actor"), [("LB", ["israel"]), ("PS", ["israel"]), ("SD", [])])
def test_a_hostile_drone_is_israel_s_to_the_desks_at_war_with_it(country: str, actor: list[str]) -> None:
    assert ids("استهدفت مسيرة معادية سيارة على طريق البلدة", country) == actor


def test_the_enemy_alone_in_a_speech_names_no_one() -> None:
    assert ids("وقال إن خطة نزع السلاح تخدم العدو", "LB") == []


@pytest.mark.parametrize(
    ("country", "actor"), [("MZ", "is_provinces"), ("SO", "al_shabaab"), ("KE", "al_shabaab")]
)
def test_the_youth_movement_is_the_islamic_state_in_mozambique(country: str, actor: str) -> None:
    assert ids('أحرق مسلحون من جماعة "الشباب" عشرات المنازل', country) == [actor]


@pytest.mark.parametrize(("country", "actor"), [("CD", "adf"), ("UG", "adf"), ("NG", "is_provinces")])
def test_the_central_africa_province_is_the_adf_where_it_fights(country: str, actor: str) -> None:
    assert ids("وتبنت ولاية وسط أفريقيا الهجوم على القرية", country) == [actor]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قصف طيران جيش الفلول حياً سكنياً في المدينة", "sudan_army"),
        ("أصيب مزارع برصاص مرتزقة العدوان في المديرية", "yemeni_forces"),
        ("فجر إرهابيو فتنة الهندوستان عبوة ناسفة بمركبة للشرطة", "baloch_insurgents"),
        ("تحييد ثلاثة إرهابيين من التنظيم الإرهابي الانفصالي في منطقة زاب", "pkk"),
        ("قتل عنصران من حركة حسم في تبادل لإطلاق النار مع الشرطة", "hasm"),
    ],
)
def test_a_side_s_own_name_for_its_enemy_is_that_enemy(text: str, actor: str) -> None:
    assert actor in ids(text, None)


def test_the_islamic_resistance_in_lebanon_is_hezbollah() -> None:
    assert ids("وأعلنت المقاومة الإسلامية استهداف تجمع للجنود", "LB") == ["hezbollah"]
    assert ids("وأعلنت المقاومة الإسلامية في العراق استهداف مطار أربيل", "IQ") == ["pmf"]


def test_decisiveness_alone_is_no_group() -> None:
    assert ids("وطالب النائب بالحسم في ملف الموازنة", "EG") == []


def test_two_actors_given_one_label_in_one_country_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.extraction import actors
    from streams.extraction.data import DataError

    rows = actors.actor_rows()
    twin = rows[0].model_copy(update={"id": "twin", "countries": (), "stands_for": (), "home": None,
                                         "labels": {"khawarij": ("SO",)}})
    monkeypatch.setattr(actors, "actor_rows", lambda: (*rows, twin))
    actors.standing_for.cache_clear()
    actors.actor_entries.cache_clear()
    try:
        with pytest.raises(DataError, match="both stand for 'khawarij' in SO"):
            actors.standing_for()
    finally:
        actors.standing_for.cache_clear()
        actors.actor_entries.cache_clear()


def test_a_label_is_the_word_of_the_one_who_speaks() -> None:
    # a Pakistani source in a story about Afghanistan: Pakistan's Kharijites, not Kabul's
    text = "وقال مصدر عسكري باكستاني إن الطائرات دمرت مخابئ للخوارج قرب الحدود"
    assert ids(text, "AF") == ["ttp"]
    assert ids("وقالت وزارة الداخلية إن الطائرات دمرت مخابئ للخوارج قرب الحدود", "AF") == ["is_provinces"]


def test_the_houthis_military_spokesman_names_their_forces() -> None:
    text = "وقال العميد يحيى سريع إن القوات المسلحة اليمنية أسقطت طائرة مسيرة معادية"
    assert "houthis" in ids(text, "YE")


@pytest.mark.parametrize(("country", "actor"), [("CO", ["eln"]), ("DZ", []), (None, [])])
def test_the_national_liberation_army_is_colombias_eln_only_in_a_colombian_story(
    country: str | None, actor: list[str]
) -> None:
    assert ids("وتبنى جيش التحرير الوطني الهجوم على الدورية", country) == actor


def test_kurdish_outlets_spelling_of_kurdistan_names_the_pkk() -> None:
    assert "pkk" in actor_ids("قتل اثنان من عناصر حزب العمال الكوردستاني بضربة مسيّرة تركية قرب بنجوين.")


@pytest.mark.parametrize(
    ("country", "actor"),
    [
        ("SY", ["druze_factions"]), ("TN", ["maghreb_forces"]), ("KW", ["gulf_forces"]),
        (None, ["state_forces"]),
    ],
)
def test_a_national_guard_without_its_country_is_the_one_of_the_storys_country(
    country: str | None, actor: list[str]
) -> None:
    # Syria's state has no National Guard: there it is the Sweida factions' force (August 2025)
    assert ids('واتهم "الحرس الوطني" في بيان القوات المهاجمة بقصف البلدة', country)[:1] == actor

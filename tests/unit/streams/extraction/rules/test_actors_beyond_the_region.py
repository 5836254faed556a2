"""State forces, armed groups, rebels, cartels and gangs beyond the Arab world are named by the
names the Arabic news desks give them, and a story's army is its country's forces."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import actor_ids, events


def _ids(text: str) -> tuple[set[str], set[str]]:
    got = events(text)
    actors = {a.id for e in got for a in e.actors}
    places = {p for e in got for loc in e.locations for p in ancestors(loc.id)}
    return actors, places


def _actor_ids(text: str, country: str | None = None) -> set[str]:
    return {m.entry.id for m in find_actors(normalize(text), country)}


def test_a_cartel_and_its_factions_are_the_cartel() -> None:
    for text in (
        "قتل خمسة رجال في اشتباك بين مسلحين من كارتل سينالوا والشرطة في مدينة مازاتلان.",
        "عثر على جثث أربعة أشخاص قتلهم مسلحون من فصيل لوس تشابيتوس قرب مدينة كولياكان.",
    ):
        assert "sinaloa_cartel" in actor_ids(text), text
    text = "قتل ستة من عناصر الحرس الوطني بكمين نصبه كارتل خاليسكو الجيل الجديد في ولاية ميتشواكان."
    assert "cjng" in actor_ids(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("نصب مقاتلون من جيش الشعب الجديد كميناً لقافلة عسكرية في جزيرة سامار", "npa"),
        ("اتهمت السلطات الجناح المسلح للحزب الشيوعي الفلبيني بإحراق معدات شركة تعدين", "npa"),
        ("قالت طهران إن مسلحي بيجاك تسللوا عبر الحدود إلى محافظة كردستان", "pjak"),
        ("اشتبك الحرس الثوري مع عناصر من حزب الحياة الحرة الكردستاني قرب مريوان", "pjak"),
        # the Philippines' groups pledged to the Islamic State, by the press's transliteration
        ('قتلت القوات ثلاثة مسلحين من جماعة "داولة إسلامية - ماوتي" في لاناو ديل سور', "is_provinces"),
        ("اشتبك الجيش مع عناصر من جماعة ماوتي قرب مراوي", "is_provinces"),
    ],
)
def test_the_far_insurgents_are_named_by_their_arabic_names(text: str, actor: str) -> None:
    assert actor in {m.entry.id for m in find_actors(normalize(text))}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قال الجيش السنغالي إن دورية تعرضت لإطلاق نار", "senegalese_forces"),
        ("فرقت قوات الأمن الغينية تظاهرة في العاصمة", "guinean_forces"),
        ("أعلن الجيش الإندونيسي مقتل جندي في بابوا", "indonesian_forces"),
        ("قالت القوات المسلحة البيروفية إن دورية تعرضت لكمين", "peruvian_forces"),
        ("نشرت القوات المسلحة الوطنية البوليفارية جنوداً على الحدود", "venezuelan_forces"),
        ("استخدمت الشرطة الجورجية الغاز المسيل للدموع", "georgian_forces"),
        ("أصيب شرطي من كوسوفو في هجوم على دورية", "kosovo_forces"),
        ("قالت قوة كفور إن جنوداً أصيبوا", "kfor"),
        ("اتهم الجيش الاتحاد من أجل السلام في أفريقيا الوسطى بالهجوم", "upc"),
        ("أعلنت حركة القوى الديمقراطية في كازامانس وقف إطلاق النار", "mfdc"),
        ("تبنى جيش تحرير بابوا الغربية الوطني إحراق المدرسة", "tpnpb"),
        ("قتل جنديان في كمين نصبه عناصر الدرب المضيء", "shining_path"),
        ("تبنت جماعة نمور كشمير الكمين", "jaish_e_mohammed"),
        ("سرق لصوص الماشية مئات الأبقار وقتلوا راعيين", "unknown"),
        ("قتلت عصابة مسلحة ثلاثة تجار على الطريق", "unknown"),
    ],
)
def test_a_world_desks_name_for_a_force_or_group_is_that_actor(text: str, actor: str) -> None:
    assert actor in {m.entry.id for m in find_actors(normalize(text))}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قالت قوات الدفاع الشعبية إنها سيطرت على مركز للشرطة في ساغاينغ", "pdf"),
        ("تبنت جماعة حافظ غل بهادر تفجير سيارة مفخخة استهدف قافلة للجيش", "hafiz_gul_bahadur_group"),
        ("اشتبك الجنود مع مسلحين من حركة بانغسامورو الإسلامية للحرية في ماغينداناو", "biff"),
    ],
)
def test_the_far_armed_groups_are_named_by_their_arabic_names(text: str, actor: str) -> None:
    assert actor in {m.entry.id for m in find_actors(normalize(text))}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ('قتل شرطيان بمسيرة ألقتها عصابات كارتل "خاليسكو الجيل الجديد" على دورية', "cjng"),
        ("تبنى مقاتلو «جيش التحرير الوطني الكولومبي» تفجير خط أنابيب", "eln"),
        ('اتهمت السلطات "جبهة المقاومة الوطنية الأفغانية" بالهجوم', "nrf"),
    ],
)
def test_a_groups_name_is_read_past_the_quotation_marks_the_desks_put_in_it(text: str, actor: str) -> None:
    found = [m for m in find_actors(normalize(text)) if m.entry.id == actor]
    assert found
    # the span is the text's own: it starts at the name's first letter
    assert normalize(text)[found[0].start] not in "\"«»“”"


def test_the_pkks_peoples_defence_forces_are_not_myanmars() -> None:
    text = "قالت قوات الدفاع الشعبي التابعة للعمال الكردستاني إنها انسحبت"
    assert "pdf" not in {m.entry.id for m in find_actors(normalize(text))}


def test_the_colombian_rebels_named_as_rebels_of_their_army() -> None:
    text = "قتل ثلاثة جنود في هجوم شنه متمردو جيش التحرير الوطني على دورية في مقاطعة أراوكا الكولومبية."
    assert "eln" in actor_ids(text)


def test_kashmirs_armed_groups_are_actors() -> None:
    actors, _ = _ids("قتل جنديان هنديان في هجوم تبنته جماعة جيش محمد في كشمير")
    assert "jaish_e_mohammed" in actors
    actors, _ = _ids("اتهمت الشرطة الهندية جماعة لشكر طيبة بقتل أربعة قرويين في كشمير")
    assert "lashkar_e_taiba" in actors


def test_state_forces_beyond_the_region_are_named() -> None:
    assert "kenyan_forces" in _actor_ids("وقالت الشرطة الكينية إن عبوة انفجرت")
    assert "indian_forces" in _actor_ids("قال الجيش الهندي إن جنديين قتلا")
    assert "myanmar_forces" in _actor_ids("قصفت طائرات المجلس العسكري في ميانمار قرية")
    assert "ukraine" in _actor_ids("أسقطت الدفاعات الروسية مسيرات أوكرانية")
    assert "russia" in _actor_ids("أصابت صواريخ روسية مبنى سكنياً")


def test_the_army_of_a_story_beyond_the_region_is_that_countrys() -> None:
    assert "colombian_forces" in _actor_ids("قال الجيش إن ثلاثة جنود قتلوا", "CO")
    assert "philippine_forces" in _actor_ids("قال الجيش إن ثلاثة جنود قتلوا", "PH")


def test_armed_groups_beyond_the_region_are_named() -> None:
    assert "abu_sayyaf" in _actor_ids("نصب مسلحون من جماعة أبو سياف كميناً")
    assert "farc_dissidents" in _actor_ids("هاجم منشقون عن حركة فارك دورية")
    assert "is_provinces" in _actor_ids("تبنى تنظيم الدولة الإسلامية في موزمبيق الهجوم")


def test_a_name_after_lam_is_found_where_lam_and_its_head_spell_another_alias() -> None:
    # "لجيش" is also "الجيش" after "ل": the longer name behind the preposition still wins
    assert "myanmar_forces" in _actor_ids("أطلقت مروحيات تابعة لجيش ميانمار النار على قرية")


def test_farc_dissidents_named_by_the_farcs_short_arabic_name() -> None:
    text = (
        "قتلى في كاتاتومبو\n"
        "قتل 30 شخصاً في هجمات شنها جيش التحرير الوطني على منشقين عن القوات المسلحة الثورية "
        "في بلدة تيبو."
    )
    assert {"eln", "farc_dissidents"} <= actor_ids(text)

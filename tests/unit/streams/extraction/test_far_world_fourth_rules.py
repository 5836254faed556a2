"""Rules and data prompted by the fifty-fifth blind set (tests/fixtures/extraction_eval/
blind55.yaml: violence far from the Arab world, a fourth sample), each checked here on
sentences written for the test, not on the set's own."""

import pytest

from streams.extraction.actors import find_actors
from streams.extraction.arabic import normalize
from streams.extraction.places import find_places
from tests.unit.streams.extraction.reading import counts, events, only, place_ids

# --- regions, villages and spellings of towns the world desks name -------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("أحرق مهاجمون منازل في قرية كيتايا على الضفة التنزانية لنهر روفوما", "tz_kitaya"),
        ("هاجم مسلحون موقعاً للجيش قرب كاريمامو على الحدود مع النيجر", "bj_karimama"),
        ("هاجم مسلحون مركزاً للدرك في محيط ماندوري", "tg_mandouri"),
        ("تجدد القتال في بيبور بعد أسابيع من الهدوء", "ss_pibor"),
        ("نصب مقاتلون كميناً لدورية في ياهوكيمو", "id_yahukimo"),
        ("تتواصل الاشتباكات في إنتان جايا منذ أيام", "id_intan_jaya"),
        ("سقطت قذائف قرب قرية نيركين هاند الحدودية", "am_nerkin_hand"),
        ("تحصن المسلحون في دير بانيسكا شمالي كوسوفو", "xk_banjska"),
        ("عثر على جثث في منجم بإقليم باتاز", "pe_pataz"),
        ("قتل جندي في كمين في منطقة بيتشاري", "pe_pichari"),
        ("أطلق مسلحون النار على حافلة في مدينة دوران المجاورة لغواياكيل", "ec_eloy_alfaro"),
        ("قتل شرطي في كمين قرب بينيونا في كازامانس", "sn_bignona"),
        ("أحرق لصوص منازل في إيهوسي جنوبي مدغشقر", "mg_ihosy"),
        ("اشتبك متظاهرون مع الجنود في زفيتشان شمال كوسوفو", "xk_zvecan"),
        ("قطع المتمردون الطريق إلى بونديبوجيو غربي أوغندا", "ug_bundibugyo"),
    ],
)
def test_a_world_desks_village_or_spelling_is_the_place(text: str, place: str) -> None:
    assert place in {p.id for p in find_places(text)}


def test_dur_an_alone_is_rotation_not_the_ecuadorian_city() -> None:
    assert "ec_eloy_alfaro" not in {p.id for p in find_places("بدأ دوران العجلة في الإكوادور")}


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("اندلعت اشتباكات قبلية في الإقليم الشرقي الأعلى شمالي غانا", "gh_upper_east"),
        ("هاجم مسلحون قرية في إقليم السافانا شمالي توغو", "tg_savanes"),
        ("قتل حارس في انفجار بولاية ناراثيوات", "th_narathiwat_province"),
        ("قصفت المدفعية مواقع في سيونيك", "am_syunik"),
        ("أعلنت السلطات حظر التجول في منطقة لا ليبرتاد", "pe_la_libertad"),
        ("اشتبك الجيش مع مسلحين في ولاية أبوري الحدودية", "ve_apure"),
    ],
)
def test_a_world_desks_region_is_the_division(text: str, division: str) -> None:
    assert division in {p.id for p in find_places(text)}


def test_a_town_before_ghanas_upper_east_is_kept_not_burkinas_east() -> None:
    text = (
        "مقتل ثلاثة في تجدد العنف شمالي غانا\n"
        "قتل ثلاثة أشخاص في اشتباكات في بلدة باوكو بالإقليم الشرقي الأعلى في غانا"
    )
    places = place_ids(text)
    assert "gh_bawku" in places and "bf_est_region" not in places


# --- the forces and groups of the world desks' conflicts ---------------------------------------


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


def test_the_army_of_a_senegalese_story_is_senegals_forces() -> None:
    text = (
        "مقتل جندي في كازامانس\n"
        "قتل جندي وأصيب اثنان عندما تعرضت دورية للجيش لإطلاق نار قرب زيغينشور في السنغال"
    )
    assert "senegalese_forces" in {a.id for a in only(text).actors}


# --- deaths of rivers, ferries, ravines and collapses are no incident ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "لقي سبعة أشخاص حتفهم بعد أن فاض النهر وغمرت المياه عشرات المنازل",
        "انتشلت فرق الإنقاذ جثث خمسة ركاب بعد انقلاب عبارة في البحيرة",
        "لقي 12 راكباً حتفهم عندما هوت حافلتهم في واد سحيق",
        "قتل تسعة أشخاص وأصيب أربعة عندما انهار جسر للمشاة فوق النهر",
        "توفي ستة أشخاص عندما انهارت مظلة خرسانية فوق مدخل السوق",
    ],
)
def test_deaths_of_a_flood_a_ferry_a_ravine_or_a_collapse_are_no_incident(text: str) -> None:
    assert events(text) == []


def test_gunmen_whose_fire_sent_a_bus_off_the_road_are_still_an_incident() -> None:
    text = "قتل سبعة أشخاص عندما أطلق مسلحون النار على حافلة ما أدى إلى سقوط الحافلة في واد"
    assert len(events(text)) == 1


# --- a pair of gunmen who felled their victims ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("أطلق مسلحان على دراجة نارية النار على تاجرين فأردياهما أمام متجرهما", [("killed", 2)]),
        ("اعترض مسلحان سيارة قاض فأردياه قتيلاً", [("killed", 1)]),
    ],
)
def test_two_doers_felling_their_victims_count_the_victims(text: str, want: list[tuple[str, int]]) -> None:
    assert counts(text) == want

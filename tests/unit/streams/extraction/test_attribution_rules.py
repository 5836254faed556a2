"""Rules prompted by the eighteenth blind set (tests/fixtures/extraction_eval/blind18.yaml: who
did it: claims, accusations and denials, local names of forces and groups), each checked here
on reports written for the test, not on the set's own sentences."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import actor_ids, counts, events, only, place_ids, roles_of

# --- mutual blame disputes the account ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قتل 9 أشخاص في اشتباكات بين فصيلين مسلحين في مدينة الزاوية، وتبادل الطرفان الاتهامات بإشعال القتال.",
        "قتل 4 وأصيب 10 في اشتباكات قبلية بمحافظة مأرب، وحمّل كل طرف الآخر مسؤولية خرق الهدنة.",
        "قتل 6 في اشتباكات بين عشيرتين شمالي البصرة وسط اتهامات متبادلة بالبدء بإطلاق النار.",
    ],
)
def test_each_side_blaming_the_other_disputes_the_account(text: str) -> None:
    assert only(text).contested


# --- stories with violent words and no incident ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أقيم استعراض عسكري في العاصمة شاركت فيه الدبابات وراجمات الصواريخ والطائرات المسيرة.",
        "انتشل خفر السواحل جثث 9 مهاجرين غرقوا بعد انقلاب زورقهم قبالة الشاطئ.",
        "ارتفع عدد الغرقى إلى 11 بعد غرق قارب للصيادين في البحيرة.",
    ],
)
def test_a_parade_and_the_drowned_are_no_incident(text: str) -> None:
    assert events(text) == []


# --- names of the doers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the Houthis' own media call their forces after the capital they hold
        ("قال المتحدث العسكري باسم قوات صنعاء إن قواته قصفت سفينة تجارية في البحر الأحمر وأصابت 3 من طاقمها.",
         "houthis"),
        ("أعلنت جبهة البوليساريو أن مقاتليها قصفوا مواقع للجيش المغربي في المحبس، ما أدى إلى إصابة جنديين.",
         "polisario"),
        ("هاجم مسلحون من الانفصاليين الأمبازونيين مركزاً للشرطة في بلدة كومبو بالكاميرون وقتلوا 3 عناصر.",
         "ambazonian_separatists"),
        ("قال الإطار الاستراتيجي الدائم إن مقاتليه قتلوا 12 جندياً في هجوم على قاعدة عسكرية بمنطقة كيدال.",
         "csp_psd"),
    ],
)
def test_groups_by_the_names_their_news_give_them(text: str, actor: str) -> None:
    assert actor in actor_ids(text)


def test_border_forces_named_without_their_country_are_the_story_countrys() -> None:
    got = only("قتل 5 من عناصر قوات الحدود في هجوم على نقطة تفتيش بمدينة كويتا في باكستان.")
    assert roles_of(got).get("pakistani_forces") == "target"


# --- common words that are place names -----------------------------------------------------------


def test_inside_it_is_not_dakhla_and_channels_are_not_qanawat() -> None:
    text = ("سقطت 3 صواريخ على قاعدة عسكرية في مدينة كركوك ومطار داخله، ما أدى إلى إصابة جنديين، "
            "وتبنت جماعة مسلحة الهجوم عبر قنوات مقربة منها في تلغرام.")
    assert place_ids(text) & {"eh_dakhla", "qanawat"} == set()


def test_the_town_of_qanawat_is_still_a_place() -> None:
    assert "qanawat" in place_ids("قتل شاب برصاص مسلحين مجهولين في بلدة قنوات بريف السويداء.")


# --- counts whose owner is named by words no table knows ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قال المتحدث إن 12 عنصراً من جهاز حرس المنشآت قتلوا في الهجوم على الحقل.", [("killed", 12)]),
        ("أفاد مصدر أن 7 من جنود الكتيبة أصيبوا بجروح في القصف.", [("injured", 7)]),
    ],
)
def test_a_count_reaches_its_verb_past_its_owners_name(text: str, want: list) -> None:
    assert counts(text) == want


def test_unknown_words_pass_only_to_the_verb_of_the_count() -> None:
    # "ضابط في الشرطة المحلية إن" is no owner's name: the officer is not the one killed
    assert counts("قال ضابط في الشرطة المحلية إن 4 أشخاص قتلوا في الانفجار.") == [("killed", 4)]


# --- a headline the body retells still names the doer ---------------------------------------------


def test_a_retold_headline_adds_its_actor_to_the_body() -> None:
    text = ("مقتل 3 جنود بهجوم لحركة الشباب في جوهر\n"
            "قال مسؤول عسكري إن ثلاثة جنود قتلوا عندما هاجم مسلحون قاعدة للجيش قرب مدينة جوهر فجر اليوم.")
    got = only(text)
    assert "al_shabaab" in {a.id for a in got.actors}
    assert [(c.killed, c.injured) for c in got.casualties] == [(3, None)]


# --- a capital that speaks is its government -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site", "capitals"),
    [
        ("الرباط تتهم البوليساريو بقصف السمارة\n"
         "قالت السلطات إن مقذوفات سقطت على أحياء في مدينة السمارة وأدت إلى إصابة 3 مدنيين.",
         "ma_smara", {"ma_rabat"}),
        ("مقتل 4 بقصف على قرية في دهوك وأنقرة تنفي\nقتل 4 مدنيين بقصف مدفعي استهدف قرية في محافظة دهوك.",
         "iq_duhok", {"tr_ankara"}),
    ],
)
def test_a_capital_right_before_a_verb_of_speech_is_no_site(text: str, site: str, capitals: set) -> None:
    got = place_ids(text)
    assert site in {a for p in got for a in ancestors(p)}
    assert not got & capitals


def test_a_place_in_a_quoted_facility_name_needs_its_country_named() -> None:
    # the outlet "الخرطوم" quoted after "صحيفة" names no site in a story from Chad
    got = place_ids('نقلت صحيفة "الخرطوم" أن 3 جنود قتلوا في هجوم على موقع عسكري في أبشة بتشاد.')
    assert "sd_khartoum" not in got


# --- the force that parts the fighters is no perpetrator ------------------------------------------


def test_a_force_sent_to_part_the_fighters_is_no_perpetrator() -> None:
    got = only("قتل شخصان في اشتباك بين عشيرتين في قضاء الشطرة، وتدخلت قوة من الجيش العراقي لفض "
               "النزاع واعتقلت خمسة من المتورطين.")
    assert roles_of(got).get("iraqi_forces") != "perpetrator"


def test_a_force_that_arrests_after_an_attack_verb_is_still_its_doer() -> None:
    got = only("اقتحمت قوة من الجيش العراقي قرية في قضاء الشطرة واعتقلت خمسة وقتلت مسلحاً.")
    assert roles_of(got).get("iraqi_forces") == "perpetrator"


def test_an_amount_after_a_counted_noun_is_a_toll_of_its_own() -> None:
    # "وأربعة من عناصر الشرطة" is the police's toll, not more of the passengers
    got = only("قال مسؤولون إن 30 راكباً وثلاثة من عناصر الشرطة قتلوا في هجوم على حافلة في إقليم بلوشستان.")
    assert sorted((c.killed, c.injured) for c in got.casualties) == [(3, None), (30, None)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("قتل 5 من عناصر الأمن العام في هجوم شنته مجموعة من فلول النظام البائد على حاجز قرب بانياس.",
         "unknown"),
        ("قالت وزارة الدفاع في حكومة الوحدة الوطنية إن مسيراتها قصفت مخزناً للمهربين غرب طرابلس وقتلت 3.",
         "libyan_gov_forces"),
    ],
)
def test_doers_named_by_what_they_were_or_by_their_ministry(text: str, actor: str) -> None:
    assert roles_of(only(text)).get(actor) == "perpetrator"


def test_the_fallen_governments_remnants_are_not_its_army() -> None:
    got = only("قتل 5 من عناصر الأمن العام في هجوم شنته مجموعة من فلول النظام البائد على حاجز قرب بانياس.")
    assert roles_of(got).get("syrian_army") != "perpetrator"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("قتل سبعة من عناصر الشرطة، إلى جانب 4 مهاجمين، في هجوم على مركز أمني.",
         [("killed", 7), ("killed", 4)]),
        ("قتل 9 جنود بالإضافة إلى 3 من المسلحين.", [("killed", 9), ("killed", 3)]),
    ],
)
def test_an_amount_added_to_a_toll_is_a_count_of_its_kind(text: str, want: list) -> None:
    assert counts(text) == want


def test_an_amount_of_things_beside_is_still_no_count() -> None:
    assert counts("انفجرت عبوة إلى جانب 3 سيارات متوقفة في الشارع.") == []


def test_a_contractor_is_a_person_counted() -> None:
    assert counts("أدى القصف الصاروخي على القاعدة إلى مقتل متعاقد أجنبي وإصابة 5 جنود.") == [
        ("killed", 1), ("injured", 5)]


def test_saadas_border_districts_are_places_and_munabbih_only_with_its_place_word() -> None:
    assert "ye_shada" in place_ids("قتل 3 مواطنين بقصف مدفعي سعودي على مديرية شدا الحدودية بمحافظة صعدة.")
    assert "ye_munabbih" in place_ids("أصيب مواطنان بقصف صاروخي على مديرية منبه الحدودية في محافظة صعدة.")
    alarm = "قتل 3 في قصف على سوق في صعدة، وقال شاهد إن منبه سيارة دوى قبل الانفجار."
    assert "ye_munabbih" not in place_ids(alarm)



def test_a_threat_beside_a_toll_is_no_sign_of_sport() -> None:
    # the pitch, the football and the vow of revenge are three figurative words, but the rocket
    # and its dead make it an incident
    text = ("نفت الحركة أي علاقة لها بالصاروخ الذي سقط على ملعب لكرة القدم في بلدة مجدل شمس وأدى إلى "
            "مقتل 9 أطفال، بعدما حمّلتها الحكومة المسؤولية وتوعدت بالرد.")
    assert [(c.killed, c.injured) for c in only(text).casualties] == [(9, None)]


def test_a_match_report_with_a_threat_is_still_sport() -> None:
    assert events("هاجم المنتخب مرمى منافسه وسجل هدفين، وتوعد المدرب بالرد في مباراة الإياب.") == []


def test_a_generic_force_with_a_nationality_is_that_countrys() -> None:
    # a story placed in Afghanistan: the air force that struck is Pakistan's, not the Taliban's
    got = only("شن سلاح الجو الباكستاني غارات على مخابئ في ولاية خوست الأفغانية، ما أدى إلى مقتل 6 أشخاص.")
    assert roles_of(got).get("pakistani_forces") == "perpetrator"
    assert roles_of(got).get("taliban") != "perpetrator"

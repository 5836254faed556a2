"""Places that are not where the incident happened: the governments that condemn it or are
named by their capital, the countries that back a side or launched a strike, where people fled
or were taken, the city of talks, and the desk of a wire dateline."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.extract import _patterns
from streams.extraction.places import ancestors, find_places
from tests.unit.streams.extraction.reading import events, figures_of, only, place_ids, places_of, tolls


def location_ids(text: str) -> list[str]:
    return [loc.id for loc in only(text).locations]


ATTACK = (
    "هجوم على سوق\n"
    "قتل خمسة أشخاص وأصيب عشرة آخرون، صباح الأحد، بانفجار عبوة ناسفة في سوق شعبي بمدينة الموصل. "
)


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


@pytest.mark.parametrize(
    ("text", "site", "refuge"),
    [
        ("هجوم على الرشاد\nقتل جنديان بهجوم على نقطة عسكرية في ناحية الرشاد، ثم فر المهاجمون صوب "
         "قضاء الحويجة.", "iq_al_rashad", "iq_al_hawijah"),
        ("هجوم على الرشاد\nقتل جنديان بهجوم على نقطة عسكرية في ناحية الرشاد، قبل أن ينسحب المسلحون "
         "باتجاه قضاء الحويجة.", "iq_al_rashad", "iq_al_hawijah"),
        # "نحو" right before the name is the escape's direction
        ("هجوم على الرشاد\nقتل جنديان بهجوم على نقطة عسكرية في ناحية الرشاد قبل أن يلوذ المهاجمون "
         "بالفرار نحو قضاء الحويجة.", "iq_al_rashad", "iq_al_hawijah"),
    ],
)
def test_where_the_attackers_fled_is_no_place_of_the_attack(text: str, site: str, refuge: str) -> None:
    ids = location_ids(text)
    assert site in ids
    assert refuge not in ids


@pytest.mark.parametrize(
    "text",
    [
        "معارك في تيبو\nقتل ثمانية أشخاص في معارك في ريف بلدية تيبو، ما دفع مئات العائلات إلى النزوح"
        " نحو مدينة كوكوتا.",
        "معارك في تيبو\nقتل ثمانية أشخاص في معارك في ريف بلدية تيبو، ونزحت عشرات الأسر باتجاه كوكوتا.",
    ],
)
def test_where_the_people_an_attack_drove_out_went_is_no_place_of_the_attack(text: str) -> None:
    ids = location_ids(text)
    assert "co_tibu" in ids
    assert "co_cucuta" not in ids


@pytest.mark.parametrize(
    ("text", "site", "hospital_town"),
    [
        ("قصف على البريج\nاستشهد ثلاثة مواطنين بقصف استهدف منزلاً في مخيم البريج وسط قطاع غزة، وفق ما أفاد"
         " به مستشفى شهداء الأقصى في دير البلح.", "ps_al_burayj", "ps_dayr_al_balah"),
        ("قصف على القرارة\nاستشهد خمسة بقصف خيمة في بلدة القرارة، وفق ما أفادت به مصادر طبية في مستشفى"
         " ناصر في خان يونس.", "ps_al_qararah", "ps_khan_yunis"),
    ],
)
def test_the_town_of_the_hospital_a_toll_comes_from_is_no_place_of_the_attack(
    text: str, site: str, hospital_town: str
) -> None:
    ids = location_ids(text)
    assert site in ids
    assert hospital_town not in ids


def test_a_struck_hospital_s_town_is_the_site() -> None:
    text = "قصف مستشفى\nقال الدفاع المدني إن القصف استهدف مستشفى كمال عدوان في بيت لاهيا وقتل ثلاثة."
    assert "ps_bayt_lahya" in location_ids(text)


def test_where_the_suspected_group_is_active_is_no_place_of_the_attack() -> None:
    text = ("عبوة في الدبس\nأصيب ثلاثة جنود بانفجار عبوة ناسفة على طريق في قضاء الدبس. ورجح مصدر أن تكون"
            " العبوة من زرع خلايا داعش التي تنشط في المنطقة الفاصلة بين كركوك وصلاح الدين.")
    assert place_ids(text) == {"iq_dibis"}


def test_an_activist_killed_in_a_town_keeps_the_town() -> None:
    text = "اغتيال ناشط\nاغتال مسلحون مجهولون الناشط في مدينة الحويجة مساء أمس."
    assert "iq_al_hawijah" in location_ids(text)


def test_a_town_the_army_withdrew_from_stays() -> None:
    assert "so_mahas" in location_ids("هجوم\nانسحب الجيش من بلدة محاس بعد هجوم قتل فيه جنديان.")


def test_where_refugees_fled_to_and_from_stays() -> None:
    ids = location_ids("نزوح بعد هجوم\nقتل ثلاثة مدنيين في هجوم على بلدة محاس، وفر نحو ألف مدني من "
                       "بلدة محاس إلى مدينة بلدوين.")
    assert "so_mahas" in ids


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("الحديدة - قالت وزارة الصحة في حكومة صنعاء إن 6 صيادين قتلوا بغارة على قارب قبالة الخوخة.",
         "ye_al_hudaydah", "ye_sanaa"),
        ("منبج - قتل 3 مقاتلين في هجوم شنته فصائل مدعومة من أنقرة على قرية قرب منبج.", "manbij", "tr_ankara"),
        ("منبج - قتل مقاتلان بقصف مسيرة على قرية قرب منبج، ولم يصدر تعليق من أنقرة.", "manbij", "tr_ankara"),
    ],
)
def test_a_city_named_for_its_government_or_backing_is_no_site(text: str, place: str, not_place: str) -> None:
    found = place_ids(text)
    assert place in found
    assert not_place not in found


def test_a_region_named_with_its_government_is_still_a_place() -> None:
    text = "قالت حكومة إقليم بلوشستان إن 3 عمال أصيبوا بانفجار عبوة في منجم للفحم."
    assert place_ids(text) == {"pk_balochistan"}


def test_a_capital_right_after_a_statement_verb_is_its_government() -> None:
    assert find_places("وفي حين نفت موسكو أي علاقة لها بالحادث") == []
    assert "ru_moscow" in {p.id for p in find_places("قالت الشرطة إن انفجاراً وقع في موسكو")}


def test_the_country_a_group_is_based_in_is_not_where_it_struck() -> None:
    text = "اتهمت الشرطة جماعة لشكر طيبة المتمركزة في باكستان بالهجوم على بلدة كاثوا"
    places = {p.id for p in find_places(text)}
    assert "pk" not in places and "in_kathua" in places


def test_a_country_that_launched_the_drones_is_not_where_they_fell() -> None:
    assert find_places("وقالت القوات الجوية إن إيران أطلقت خلال الليل 40 طائرة مسيرة") == []
    assert "ir" in {p.id for p in find_places("سقطت طائرة مسيرة في إيران")}


def test_a_country_backing_the_accused_group_is_no_site() -> None:
    text = "واتهم الجيش حركة التمرد المدعومة من أوغندا بقصف البلدة، فيما نفت الحركة ذلك."
    assert "ug" not in place_ids(text)


def test_a_city_backing_a_faction_is_still_no_site() -> None:
    text = "قتل ثلاثة مدنيين بقصف للفصائل المدعومة من أنقرة على قرية قرب منبج."
    assert "manbij" in place_ids(text)
    assert not {p for p in place_ids(text) if p.startswith("tr")}


def test_a_country_named_as_a_site_is_kept() -> None:
    assert "ug" in place_ids("قتل خمسة أشخاص في هجوم مسلح على قرية في أوغندا.")


def test_a_wire_dateline_is_the_desk_not_the_site() -> None:
    event = only(
        "أربيل (أ ف ب) - قتل ثلاثة من عناصر الشرطة بهجوم على نقطة تفتيش في قضاء الحويجة بمحافظة "
        "كركوك، وفق مصدر أمني."
    )
    assert "iq_erbil_city" not in places_of(event) and "iq_kirkuk" in places_of(event)


def test_a_dateline_refines_an_incident_that_names_only_its_division() -> None:
    only_division = only("كويتا - قتل أربعة عمال برصاص مسلحين مجهولين في إقليم بلوشستان.")
    assert {"pk_quetta", "pk_balochistan"} <= places_of(only_division)
    # a site elsewhere in the division is not in the dateline's town
    elsewhere = only("كركوك - أصيب أربعة مدنيين بانفجار عبوة ناسفة في قضاء الحويجة جنوب غربي المحافظة.")
    assert "iq_kirkuk_city" not in places_of(elsewhere) and "iq_al_hawijah" in places_of(elsewhere)


def test_a_report_naming_no_place_is_at_its_dateline() -> None:
    event = only(
        "انفجار قذيفة يصيب أربعة مدنيين\n"
        "تعز - أصيب أربعة مدنيين، بينهم طفلان، بانفجار قذيفة سقطت في حارة الصفصاف مساء أمس."
    )
    assert places_of(event) == {"ye_taiz_city"}


def test_a_datelines_name_is_a_place_even_where_a_village_shares_it() -> None:
    event = only("البريقة - قتل حارس وأصيب آخر في هجوم على بوابة ميناء البريقة، وفق مصادر عسكرية ليبية.")
    assert places_of(event) == {"ly_al_burayqah"}


def test_the_outlet_after_a_dateline_is_no_place() -> None:
    event = only("اشتباك في كشمير\nنيودلهي - الجزيرة نت: قتل جنديان في اشتباك مع مسلحين في غابات المنطقة.")
    assert "dz_algiers" not in places_of(event)


def test_a_capital_that_accuses_in_the_present_is_no_second_site() -> None:
    text = (
        "هجوم على مركز للشرطة في كويتا\n"
        "كويتا - قتل شرطيان في هجوم على مركز للشرطة في مدينة كويتا، وتبنى جيش تحرير بلوشستان "
        "الهجوم، في حين تتهم إسلام آباد جهات خارجية بدعم المسلحين."
    )
    got = events(text)
    assert len(got) == 1 and "pk_islamabad" not in place_ids(text)


def test_a_capital_named_as_the_site_in_the_present_stays_the_site() -> None:
    text = "انفجار في إسلام آباد\nإسلام آباد - قتل شخصان في انفجار عبوة ناسفة قرب سوق في إسلام آباد."
    assert "pk_islamabad" in place_ids(text)


def test_the_place_of_an_earlier_attack_whose_doers_are_hunted_is_not_the_report_s() -> None:
    ids = location_ids(
        "مقتل مسلحين في اشتباك قرب باوه\n"
        "قتلت قوات الأمن ثلاثة من منفذي هجوم جوانرود خلال اشتباك قرب مدينة باوه مساء الخميس."
    )
    assert ids == ["ir_paveh"]
    ids = location_ids(
        "عملية أمنية في الأنبار\n"
        "قتل مسلحان من المتورطين في الهجوم على دورية الرطبة باشتباك مع القوات الأمنية في الفلوجة."
    )
    assert "iq_al_fallujah" in ids and "iq_ar_rutbah" not in ids
    # the attack itself keeps its place
    assert "ir_javanrud" in location_ids("هجوم في جوانرود\nقتل شرطيان في هجوم على دورية قرب جوانرود.")


@pytest.mark.parametrize(
    "reaction",
    [
        "وأدانت مصر والسعودية والإمارات الهجوم ودعت إلى محاسبة المسؤولين عنه.",
        "وفي ردود الفعل، نددت تركيا وقطر بالتفجير، فيما أعربت الأردن عن تضامنها مع العراق.",
        "وسط إدانات من الكويت والبحرين وسلطنة عمان للاعتداء.",
    ],
)
def test_the_countries_that_condemn_an_attack_are_not_where_it_happened(reaction: str) -> None:
    event = only(ATTACK + reaction)
    assert places_of(event) <= {"iq", "iq_nineveh", "iq_mosul"}, places_of(event)
    assert "iq_mosul" in places_of(event)


def test_a_reaction_in_a_headline_names_the_site_after_the_attack_word() -> None:
    text = "الأردن يدين الهجوم على كنيسة في مدينة المنيا\nعمان - أدانت وزارة الخارجية الهجوم."
    assert "jo" not in place_ids(text)


def test_a_reaction_that_gives_the_toll_still_counts_it() -> None:
    text = "تفجير\nودانت الحكومة اللبنانية الغارة التي أسفرت عن مقتل ثلاثة مدنيين في بلدة الخيام."
    assert (3, None) in tolls(text)


def test_a_country_before_the_attack_word_without_a_reaction_is_still_a_site() -> None:
    text = "هجوم\nشهدت سوريا هجوماً بسيارة مفخخة أسفر عن مقتل أربعة أشخاص."
    assert "sy" in place_ids(text)


def test_a_condemnation_alone_is_no_incident_of_its_own() -> None:
    text = ATTACK + "ودانت فرنسا الهجوم الإرهابي."
    assert len(events(text)) == 1


def test_the_place_of_the_strike_an_attack_answers_is_not_the_attack_s() -> None:
    text = (
        "صواريخ على كريات شمونة\n"
        "أطلق مقاتلون صواريخ على مدينة كريات شمونة ظهر اليوم رداً على اغتيال قيادي في مدينة صور."
    )
    assert "lb_tyre" not in place_ids(text)


def test_the_town_the_wounded_were_taken_to_is_not_the_site() -> None:
    text = ("قتل جنديان وأصيب ثلاثة في كمين لمسلحين قرب بلدة أيورو غرب النيجر، "
            "ونقل الجرحى إلى نيامي لتلقي العلاج.")
    found = {p for e in events(text) for p in places_of(e)}
    assert "ne_ayorou" in found
    assert "ne_niamey" not in found


def test_a_government_named_by_its_capital_after_a_glued_preposition_is_no_site() -> None:
    text = "قالت وزارة الداخلية التابعة لحكومة صنعاء إن 4 أشخاص قتلوا بقصف على مديرية حيس."
    found = {p for e in events(text) for p in places_of(e)}
    assert not any(p.startswith("ye_sana") for p in found)


@pytest.mark.parametrize(
    ("text", "hit", "origin"),
    [
        ("اعترضت الدفاعات صاروخاً باليستياً أطلق من اليمن نحو مدينة إيلات دون إصابات", "il_eilat", "ye"),
        ("أصيب ثلاثة بقذائف أطلقت من داخل الأراضي السورية على بلدة الرمثا", "jo_ar_ramtha", "sy"),
        ("قتل مدني بمسيرة انطلقت من العراق واستهدفت قرية في محافظة الحسكة", "hasakah", "iq"),
    ],
)
def test_the_country_a_strike_was_fired_from_is_not_its_place(text: str, hit: str, origin: str) -> None:
    got = place_ids(text)
    assert hit in got and origin not in got


def test_a_seat_named_in_a_wire_dateline_is_not_the_town() -> None:
    # "لحج - ..." is where the report was filed; the same name as a label or after "على" is
    # the place of the item
    assert place_ids("لحج - استشهد شاب بقصف على قرية في مديرية حيفان جنوبي تعز") == {
        "ye_hayfan", "ye_taiz"}
    assert "ye_lahij_city" in place_ids("قصف حوثي على لحج يقتل مدنيين اثنين")


def test_the_city_of_talks_told_after_the_attack_is_no_site() -> None:
    text = (
        "ثلاثة شهداء بقصف على دير البلح\n"
        "استشهد ثلاثة مواطنين بقصف مدفعي على مدينة دير البلح وسط قطاع غزة مساء اليوم. "
        "ويأتي القصف بينما يواصل الوسطاء محادثات مع الوفدين في الدوحة."
    )
    assert place_ids(text) == {"ps_dayr_al_balah", "ps_gaza_strip"}
    assert tolls(text) == [(3, None)]


def test_the_city_where_prisoner_exchange_is_discussed_is_no_site() -> None:
    text = (
        "قصف على زابوريجيا\n"
        "قتل شخصان بقصف روسي على مدينة زابوريجيا، في الوقت الذي اجتمع فيه الوفدان في جنيف لبحث "
        "تبادل الأسرى."
    )
    assert "ch_geneva" not in place_ids(text)
    assert tolls(text) == [(2, None)]


def test_condolences_name_no_place() -> None:
    text = (
        "قتلى بتفجير في سوق\n"
        "قتل خمسة أشخاص بتفجير عبوة ناسفة في سوق مدينة الموصل اليوم، وقدم المحافظ خالص التعازي "
        "متمنياً للجرحى الشفاء العاجل."
    )
    assert tolls(text) == [(5, None)]
    assert "iq_khalis" not in place_ids(text)
    # the town itself, named with its article
    town = "قتيلان بعبوة ناسفة\nقتل شخصان بانفجار عبوة ناسفة في قضاء الخالص بمحافظة ديالى."
    assert "iq_khalis" in place_ids(town)


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

@pytest.mark.parametrize(
    ("text", "site", "elsewhere"),
    [
        (
            "قتل ثلاثة مدنيين بقصف صاروخي على مدينة خاركيف، في وقت كان الوفدان يجتمعان في إسطنبول.",
            "ua_kharkiv", "tr_istanbul",
        ),
        (
            "استشهد شابان برصاص الاحتلال في مخيم جنين، تزامناً مع زيارة المبعوث الأمريكي إلى عمّان.",
            "ps_janin", "jo_amman",
        ),
    ],
)
def test_what_an_incident_coincided_with_names_no_site(text: str, site: str, elsewhere: str) -> None:
    # the tail after "، في وقت"، "، تزامناً مع" with no word of violence tells where the talks or
    # the visit were
    found = places_of(only("خبر عاجل\n" + text))
    assert any(site in ancestors(p) for p in found)
    assert not any(elsewhere in ancestors(p) for p in found)

def test_a_coinciding_tail_with_violence_of_its_own_keeps_its_places() -> None:
    text = "قتل ثلاثة مدنيين بقصف على مدينة خاركيف، في وقت قصفت فيه المسيرات مدينة سومي."
    found = {p for e in events("خبر عاجل\n" + text) for loc in e.locations for p in ancestors(loc.id)}
    assert {"ua_kharkiv", "ua_sumy"} <= found

def test_a_search_operation_is_not_a_plea_and_its_places_are_the_sites() -> None:
    # "بحث" is a search, not "ب" + "حث" (urged): the communiqué's places stay the incident's
    text = (
        "بيان عسكري\n"
        "تمكنت مفرزة للجيش، إثر عملية بحث وتمشيط قرب بلدية الميلية بولاية جيجل، من تحييد "
        "ثلاثة إرهابيين."
    )
    assert "dz_el_milia" in places_of(only(text))

@pytest.mark.parametrize(
    ("text", "plea"),
    [("وحث الوزير على ضبط النفس", True), ("حثت الحكومة المواطنين", True), ("عملية بحث وتمشيط", False),
     ("بعد بحث طويل", False)],
)
def test_a_plea_is_read_as_a_reaction_and_a_search_is_not(text: str, plea: bool) -> None:
    assert (_patterns().reaction.search(normalize(text)) is not None) == plea


@pytest.mark.parametrize(
    "heading",
    ["كانت متجهة إلى مدينة نيامي", "في طريقها إلى نيامي", "المتجهة إلى نيامي"],
)
def test_the_town_a_vehicle_was_bound_for_is_not_the_site(heading: str) -> None:
    text = f"كمين لحافلة\nقتل مسلحون ستة ركاب بعد أن أوقفوا حافلة {heading} قرب بلدة أيورو غرب النيجر."
    found = place_ids(text)
    assert "ne_ayorou" in found
    assert "ne_niamey" not in found


def test_the_road_after_a_vehicles_destination_is_the_site() -> None:
    # "متجهة إلى X على الطريق بين Y وZ": X is only where it was bound, the road is where it was hit
    text = ("كمين لقافلة\nأحرق مسلحون قافلة شاحنات كانت متجهة إلى نيامي على الطريق بين أيورو وتيلابيري، "
            "وقتلوا أربعة سائقين.")
    found = place_ids(text)
    assert "ne_ayorou" in found
    assert "ne_niamey" not in found


def test_a_destination_near_where_the_vehicle_was_struck_stays() -> None:
    # the convoy was hit on the last stretch of its way: the dam is the incident's area too
    text = ("قصف قافلة\nقتل ثلاثة مدنيين بقصف مسيرة على قافلة كانت متجهة إلى سد تشرين قرب قرية أبو "
            "قلقل جنوب شرقي منبج.")
    assert "tishrin_dam" in place_ids(text)


@pytest.mark.parametrize(
    ("text", "desk"),
    [
        ("تحييد مسلحين\nأنقرة - أعلنت وزارة الدفاع التركية تحييد ستة مسلحين من حزب العمال الكردستاني "
         "في غارات جوية على مواقع للحزب شمالي العراق.", "tr_ankara"),
        ("هجوم على قاعدة\nنيامي - قتل سبعة جنود ماليين في هجوم لمسلحين على قاعدة عسكرية شمالي مالي، "
         "بحسب مصدر أمني.", "ne_niamey"),
    ],
)
def test_a_dateline_in_another_country_than_the_one_named_as_the_site_is_the_desk(
    text: str, desk: str
) -> None:
    assert desk not in location_ids(text)


@pytest.mark.parametrize(
    "border",
    ["على الحدود مع سوريا", "على الحدود الشمالية الشرقية مع سوريا", "قرب الحدود الشمالية مع سوريا"],
)
def test_a_dateline_beside_a_border_with_another_country_is_the_site(border: str) -> None:
    text = f"اشتباك مع مهربين\nعمان - قتل أربعة مهربين في اشتباك مع قوات حرس الحدود الأردنية {border}."
    assert "jo_amman" in location_ids(text)


def test_the_authorities_seated_in_a_capital_are_no_site() -> None:
    # "السلطات العسكرية في واغادوغو" are the rulers who did not comment, not the place of the attack
    event = only("قالت الجماعة إن مقاتليها قتلوا 25 جندياً في هجوم على مفرزة عسكرية في مدينة جيبو شمالي "
                 "بوركينا فاسو. ولم تعلق السلطات العسكرية في واغادوغو على الهجوم.")
    assert "bf_djibo" in places_of(event)
    assert "bf_ouagadougou" not in places_of(event)


@pytest.mark.parametrize(
    ("text", "site", "home"),
    [
        ("قتل مسلحون أربعة عمال بناء قادمين من إقليم البنجاب بعد إنزالهم من حافلة في منطقة بنجغور.",
         "pk_panjgur", "pk_punjab"),
        ("قتل ثلاثة رعاة ينحدرون من محافظة إدلب بانفجار لغم قرب مدينة السخنة.", "sukhnah", "idlib"),
    ],
)
def test_where_the_victims_came_from_is_no_site(text: str, site: str, home: str) -> None:
    found = place_ids(text)
    assert site in found
    assert home not in found


# A web article's lede with its toll, three paragraphs of the day, then the statements.
ARTICLE_HEAD = (
    "قتلى بانفجار سيارة مفخخة في منبج\n"
    "حلب - قتل 12 شخصاً وأصيب 20 آخرون بانفجار سيارة مفخخة في سوق مدينة منبج صباح الاثنين، "
    "وفق الدفاع المدني.\n"
    "وقال شهود إن الانفجار وقع في ساعة الذروة.\n"
    "ونقلت سيارات الإسعاف المصابين إلى المشفى الوطني.\n"
    "وأغلقت قوى الأمن مداخل السوق.\n"
)


def test_a_statement_paragraphs_later_that_blames_the_attack_names_the_speakers_place_no_site() -> None:
    text = ARTICLE_HEAD + (
        "واتهمت وزارة الداخلية، في بيان صدر في دمشق، قوات سوريا الديمقراطية بالوقوف وراء التفجير."
    )
    got = events(text)
    assert [(c.killed, c.injured) for e in got for c in e.casualties] == [(12, 20)]
    assert "damascus" not in place_ids(text)
    assert "sdf" in {a.id for e in got for a in e.actors}


def test_an_attack_told_indefinite_paragraphs_later_is_an_incident_of_its_own() -> None:
    text = ARTICLE_HEAD + "واستهدفت طائرة مسيرة سيارة قرب مدينة الباب مساء اليوم نفسه."
    assert len(events(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن خمسة مدنيين قتلوا بقصف على بلدة سرمين.",
        "قتل خمسة مدنيين بقصف على بلدة سرمين، وعبّر الاتحاد الأفريقي من مقره في أديس أبابا عن قلقه.",
    ],
)
def test_an_organisations_seat_is_no_site(text: str) -> None:
    assert place_ids(text) & {"gb_london", "et_addis_ababa"} == set()


def test_a_country_right_after_the_verb_that_launched_the_drones_is_the_launcher() -> None:
    text = (
        "قتل 31 شخصاً بضربة على مبنى سكني في كييف ليلاً. وقال سلاح الجو إن الدفاعات الجوية أسقطت 288 مسيرة "
        "من أصل أكثر من 300 أطلقتها روسيا خلال الليل على عدة مدن."
    )
    assert "ru" not in place_ids(text)


def test_a_statement_paragraphs_after_an_attack_that_hurt_no_one_names_no_site() -> None:
    text = (
        "هجوم بمسيرة على حقل للغاز في السليمانية\n"
        "أربيل - استهدفت طائرة مسيرة مفخخة خزاناً في حقل كورمور للغاز بقضاء جمجمال فجر الاثنين، "
        "من دون إصابات.\n"
        "وقال مسؤول في الحقل إن فرق الإطفاء أخمدت النيران بعد ساعات.\n"
        "وتوقف إنتاج الغاز في الحقل.\n"
        "وانخفضت إمدادات الكهرباء في محافظات الإقليم.\n"
        "وقالت الوزارة إن جماعات خارجة عن القانون تقف وراء الهجوم، مطالبة الحكومة الاتحادية في بغداد "
        "بالكشف عن الجهات المنفذة."
    )
    assert len(events(text)) == 1
    assert "iq_baghdad_city" not in place_ids(text)


@pytest.mark.parametrize("verb", ["نفته", "رفضته", "نفتها"])
def test_a_capital_that_denies_an_account_as_its_object_is_no_site(verb: str) -> None:
    text = (
        "اشتباك حدودي\n"
        "قال مسؤولون إن جنديين أصيبا في قصف على نقطة حدودية قرب بلدة طورخم، متهمين القوات "
        f"الأفغانية بإطلاق النار، وهو ما {verb} كابل."
    )
    assert "af_kabul" not in place_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة القتلى في الهجوم على القاعدة العسكرية في مدينة أفجوي إلى 13 جنديا، بعد وفاة "
        "أربعة من الجرحى في مستشفى بمقديشو.",
        "قتل ستة جنود وأصيب عشرة في هجوم على موقع للجيش في بلدة أفجوي، نقلوا إلى مستشفى مقديشو.",
    ],
)
def test_the_town_of_the_hospital_the_wounded_reached_is_no_site(text: str) -> None:
    assert "so_mogadishu" not in place_ids(text)
    assert "so_afgooye" in place_ids(text)


def test_a_hospital_struck_in_its_town_keeps_its_town() -> None:
    assert "ps_khan_yunis" in place_ids("استشهد ثلاثة في قصف على مستشفى في خان يونس جنوب قطاع غزة.")


def test_the_city_a_pact_was_signed_in_is_no_site() -> None:
    text = (
        "الحركة تتهم الجيش بقصف قرى\n"
        "قتل أربعة مدنيين بقصف على قرى في إقليم ماسيسي، واتهم الجيش الحركة بخرق اتفاق وقف إطلاق النار "
        "الموقع في الدوحة."
    )
    assert "qa_doha" not in place_ids(text)
    assert "cd_masisi" in place_ids(text)


def test_a_state_speaking_is_no_site_of_the_shelling_it_answers_for() -> None:
    text = ("قال المتحدث باسم طالبان إن 12 مدنياً قتلوا بقصف باكستاني على مديرية سبين بولدك. "
            "وقالت باكستان إنها استهدفت مواقع عسكرية لطالبان.")
    assert "pk" not in {p.id for e in events(text) for p in e.locations}
    assert "af_spin_boldak" in place_ids(text)

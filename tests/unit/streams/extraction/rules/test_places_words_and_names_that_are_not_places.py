"""Common words, given and family names, and places named inside the names of forces, bases,
facilities, leagues or tribes are not the incident's place."""

import pytest

from streams.extraction.arabic import normalize
from streams.extraction.places import find_place_mentions, find_places
from tests.unit.streams.extraction.reading import events, only, place_ids, places_of


def _place_ids(text: str) -> list[str]:
    return [p.id for p in find_places(normalize(text))]


def test_inside_it_is_not_dakhla_and_channels_are_not_qanawat() -> None:
    text = ("سقطت 3 صواريخ على قاعدة عسكرية في مدينة كركوك ومطار داخله، ما أدى إلى إصابة جنديين، "
            "وتبنت جماعة مسلحة الهجوم عبر قنوات مقربة منها في تلغرام.")
    assert place_ids(text) & {"eh_dakhla", "qanawat"} == set()


def test_a_place_in_a_quoted_facility_name_needs_its_country_named() -> None:
    # the outlet "الخرطوم" quoted after "صحيفة" names no site in a story from Chad
    got = place_ids('نقلت صحيفة "الخرطوم" أن 3 جنود قتلوا في هجوم على موقع عسكري في أبشة بتشاد.')
    assert "sd_khartoum" not in got


def test_an_age_in_the_forties_is_not_al_arbaeen() -> None:
    text = "أصيب رجل في الأربعين من عمره بطلق ناري في مشاجرة بمدينة حماة."
    assert "arbaeen" not in place_ids(text)


def test_a_clitic_split_that_makes_a_longer_name_wins_over_a_whole_word_name() -> None:
    # "بأم درمان" is "ب" + "أم درمان", not the Iranian town "بام" followed by a word
    assert _place_ids("سقطت قذائف على سوق بأم درمان") == ["sd_omdurman"]
    assert _place_ids("وقع زلزال في مدينة بام الإيرانية") == ["ir_bam"]


def test_eastern_after_a_military_region_is_no_egyptian_governorate() -> None:
    assert _place_ids("أعلنت المنطقة العسكرية الشرقية إحباط محاولة تسلل") == []
    assert _place_ids("قتل شخص في محافظة الشرقية") == ["eg_sharqia"]


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("نيامي - أعلن الجيش في بيانه مقتل 12 مسلحاً بغارة في منطقة تاهوا.", "ne_tahoua_region", "es_baena"),
        ("مقديشو - أصيب 3 أشخاص بقذيفة سقطت قرب مطار آدم عدي الدولي في مقديشو.", "so_mogadishu", "er_edd"),
        ("باماكو - قتل 3 سائقين في كمين نصبه مسلحون لشاحنات قرب كاي غربي مالي.", "ml_kayes", "ml_bamako"),
    ],
)
def test_common_words_are_no_places_and_kayes_is_named_as_french_says_it(
    text: str, place: str, not_place: str
) -> None:
    found = place_ids(text)
    assert place in found
    assert not_place not in found


def test_a_country_inside_a_force_name_is_no_site_nor_a_second_incident() -> None:
    text = ("كابل - قالت حكومة طالبان إن 12 مدنياً قتلوا في غارات على ولاية خوست. "
            "فيما قالت مصادر باكستانية إن الغارات استهدفت مخابئ لحركة طالبان باكستان.")
    found = events(text)
    assert len(found) == 1
    assert "pk" not in {loc.id for loc in found[0].locations}


def test_a_division_inside_a_force_name_is_still_its_place() -> None:
    assert "ye_shabwah" in place_ids("قتل جنديان من قوات دفاع شبوة بانفجار عبوة ناسفة على طريق فرعي.")


def test_the_given_name_sara_is_no_town_in_chad() -> None:
    text = "قصف على مستشفى\nقتلت الممرضة سارة عثمان في قصف على مستشفى في مدينة الأبيض."
    assert "td_sarh" not in place_ids(text)


def test_the_clay_is_no_town() -> None:
    text = "غمرت السيول الطينة منازل القرية بعد أن قتل مسلح مزارعاً في حقله بمدينة الفاشر."
    assert "sd_tine" not in place_ids(text)


def test_a_tap_is_no_place() -> None:
    text = "قتل عامل بانفجار أنبوب غاز بعد أن فتح المحبس الرئيسي في مصنع بمدينة سلا."
    assert "ma_mahbes" not in place_ids(text)


def test_victory_base_is_by_baghdad_not_in_canada() -> None:
    text = "سقط صاروخ كاتيوشا قرب قاعدة فيكتوريا المحاذية لمطار بغداد الدولي دون إصابات."
    got = place_ids(text)
    assert "iq_victory_base" in got and not any(p.startswith("ca_") for p in got), got


def test_dur_an_alone_is_rotation_not_the_ecuadorian_city() -> None:
    assert "ec_eloy_alfaro" not in {p.id for p in find_places("بدأ دوران العجلة في الإكوادور")}


def test_the_acting_holder_of_an_office_is_no_place() -> None:
    assert find_places("قال القائم بأعمال حاكم الإقليم إن القصف طال محطة كهرباء") == []
    assert find_places("استدعت الخارجية القائم بالأعمال الفرنسي") == []
    assert "iq_al_qaim" in {p.id for p in find_places("قصفت طائرات مسيرة مواقع في مدينة القائم")}


def test_coal_is_no_town() -> None:
    assert find_places(normalize("انفجار داخل منجم للفحم")) == []


def test_led_to_is_no_town() -> None:
    assert find_places(normalize("انفجرت عبوة في السوق ما أدى إلى مقتل شخصين")) == []


def test_a_website_named_after_a_town_is_no_site() -> None:
    text = "الميادين نت: قتل شخصان وأصيب ثلاثة بإطلاق نار على سيارة في مدينة الخليل."
    assert "mayadin" not in place_ids(text)
    assert "ps_hebron" in place_ids(text)


def test_the_town_itself_is_still_a_site() -> None:
    assert "mayadin" in place_ids("قتل ثلاثة مدنيين بقصف على مدينة الميادين شرقي دير الزور.")


def test_identifying_the_attacker_is_no_incident_and_identity_no_place() -> None:
    text = "تطورات التحقيق\nحددت الأجهزة الأمنية هوية المتورطين في التفجير الذي استهدف المسجد يوم الجمعة."
    assert events(text) == []
    assert place_ids("قتل شرطي قرب الحاجز وحددت السلطات هوية القاتل") == set()


def test_a_name_after_abu_or_umm_is_part_of_another_name() -> None:
    event = only("قتل راع بانفجار عبوة ناسفة قرب حي أم صيدا في مدينة تكريت.")
    assert "lb_sidon" not in places_of(event)
    # Abu Saida, a sub-district GeoNames lacks, is placed by its district's seat
    abu_saida = only("قتل جنديان بانفجار عبوة ناسفة في ناحية أبي صيدا شمال شرق بعقوبة.")
    assert "iq_al_miqdadiyah" in places_of(abu_saida) and "lb_sidon" not in places_of(abu_saida)


def test_the_persian_ending_abad_alone_is_no_place() -> None:
    # "آباد" ends many names (فيض آباد، جلال آباد): GeoNames also gives it as a name of Shahrabad
    for text in (
        "قتل شرطيان في هجوم مسلح على حاجز أمني في فيض آباد، وفق مسؤول محلي.",
        "قتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة فيض آباد شمال شرقي أفغانستان.",
    ):
        assert "ir_shahrabad" not in place_ids(text)


def test_a_football_league_is_no_place() -> None:
    # "دوري" alone is the league, only "مدينة دوري" is Burkina Faso's Dori
    event = only("قتل ثلاثة جنود في هجوم على قاعدة قرب جيبو، بعد مباراة في الدوري المحلي.")
    assert "bf_dori" not in places_of(event)


def test_the_tribal_prefix_of_a_village_is_no_place() -> None:
    event = only("قتل مسلحون مزارعاً في قرية البو حسن التابعة لناحية العلم في صلاح الدين.")
    assert "dk_aalborg" not in places_of(event)


def test_committees_are_not_a_cameroonian_town() -> None:
    ids = {m.entry.id for m in find_place_mentions(normalize("قالت لجان المقاومة في الخرطوم"))}
    assert not any(i.startswith("cm_") for i in ids)


def test_a_youth_centre_is_no_district_of_sirnak() -> None:
    text = "افتتاح مركز\nافتتح الوزير بيت الشباب الجديد في العاصمة بحضور مئات الطلاب."
    assert "tr_beytussebap" not in place_ids(text)


def test_an_air_base_named_after_its_town_is_the_town() -> None:
    event = only("سقط صاروخان على قاعدة بلد الجوية دون إصابات.")
    assert "iq_balad" in places_of(event)


def test_in_a_movement_is_no_iraqi_town() -> None:
    assert "iq_baharkah" not in {loc.id for loc in find_places("اغتيال قيادي بحركة الجهاد في خان يونس")}
    assert "iq_baharkah" in {loc.id for loc in find_places("قصف بمسيرة على ناحية بحركة شمال أربيل")}


def test_a_quarter_named_after_a_prince_is_no_egyptian_town() -> None:
    text = (
        "الدار البيضاء.. مقتل شاب طعناً في حي مولاي رشيد\n"
        "لفظ شاب أنفاسه متأثراً بطعنات تلقاها خلال شجار بحي مولاي رشيد ليلة أمس."
    )
    assert place_ids(text) == {"ma_casablanca"}


def test_a_place_named_after_a_saint_is_still_found_whole() -> None:
    text = "قتل شخصان في هجوم بسكين على مقهى في مدينة سيدي بوزيد وسط تونس مساء أمس."
    assert "tn_sidi_bouzid" in place_ids(text)


def test_the_sons_of_a_tribe_are_no_afghan_village() -> None:
    assert "af_banu" not in place_ids("قتل ثلاثة أشخاص في اشتباك قبلي في بنو")


def test_long_is_no_town() -> None:
    text = "قتل جندي في هجوم على نقطة تفتيش بعد اشتباكات استمرت ساعات طويلة قرب الفاشر."
    assert "sd_tawila" not in place_ids(text)


def test_a_family_named_al_shami_is_no_town() -> None:
    text = "دمشق - قتل الشاب محمد الشامي برصاص مجهولين في حي الميدان بدمشق."
    assert "mr_chami" not in place_ids(text)


def test_a_base_named_with_its_word_is_the_town_and_silk_alone_is_no_place() -> None:
    assert "iq_harir" in place_ids("أصيب جنديان بقصف صاروخي على قاعدة حرير مساء أمس")
    assert "iq_harir" not in place_ids("قصفت مسيرة مصنعاً للحرير في الموصل")


@pytest.mark.parametrize(
    "text",
    [
        "غارة إسرائيلية تدمر مبنى من ثلاث طبقات وتقتل أربعة في ريف دمشق",
        "مسيرة تدمر منزلاً في بلدة سرمين وتصيب طفلين",
    ],
)
def test_destroys_with_its_object_is_not_palmyra(text: str) -> None:
    assert "palmyra" not in place_ids(text)


def test_a_family_name_after_two_given_names_is_no_place() -> None:
    text = "دير الزور - قتل المواطن أحمد محمد سويدان برصاص مجهولين في مدينة الميادين."
    assert "suwaydan" not in place_ids(text)
    assert "mayadin" in place_ids(text)


def test_generosity_and_mango_are_no_places() -> None:
    text = ("مهرجان للفاكهة\nأشاد الزوار بكرم أهالي المدينة وتذوقوا الموز والمانغو في المعرض الذي "
            "افتتحه الوزير أمس.")
    assert not {"pk_kurram", "ng_mangu"} & set(place_ids(text))


def test_a_birthplace_is_not_muscat() -> None:
    text = ("تشييع جنديين\nشيع أهالي المدينة جثماني جنديين قتلا بانفجار لغم أمس، ودفنا في مسقط "
            "رأسيهما في مدينة سبيطلة بولاية القصرين.")
    assert "om_muscat" not in place_ids(text)
    assert "om_muscat" not in place_ids(text.replace("رأسيهما", "رأسه"))


def test_a_persian_plain_is_not_the_iranian_town_dasht() -> None:
    assert [p.id for p in find_places("انفجار في دشت برجي غرب كابل")] == ["af_kabul"]


def test_ground_is_not_the_somali_region() -> None:
    assert "so_bari" not in {p.id for p in find_places("هجوم بري على مواقع الجيش في كسمايو")}


def test_the_passive_bushira_of_an_investigation_is_not_bawshar() -> None:
    text = (
        "مقتل شاب بإطلاق نار في طرابلس\n"
        "قتل شاب بإطلاق نار خلال إشكال في باب التبانة بمدينة طرابلس، وبوشر التحقيق بالحادث."
    )
    assert "om_bawshar" not in place_ids(text)


def test_news_coming_in_and_the_authorities_are_no_places() -> None:
    text = "قالت سلطات إقليم مودوغ إن مسلحين هاجموا قرية قرب غالكعيو، دون ورود أنباء عن إصابات."
    assert place_ids(text) == {"so_gaalkacyo", "so_mudug"}


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("قتل 3 أشخاص بانفجار عبوة في حي القادسية شمالي مدينة تكريت.", "iq_tikrit", "iq_qadisiyah"),
        ("أصيب 4 مدنيين بسقوط قذيفة على حي بابل وسط بغداد.", "iq_baghdad_city", "iq_babil"),
    ],
)
def test_a_quarter_named_after_a_province_is_not_the_province(text: str, place: str, not_place: str) -> None:
    found = place_ids(text)
    assert place in found
    assert not_place not in found


def test_the_tens_of_a_compound_number_are_not_a_place_of_that_name() -> None:
    found = place_ids("قتل 30 مدنياً خلال الساعات الثماني والأربعين الماضية جراء غارات على مدينة الرقة.")
    assert "arbaeen" not in found


def test_a_town_named_like_a_common_word_needs_its_place_word() -> None:
    # "الخيام" are tents as well as the Lebanese town
    assert "lb_khiam" not in places_of(only("قتل خمسة نازحين بقصف على الخيام في مدينة رفح."))
    assert "lb_khiam" in places_of(only("استشهد مواطنان بغارة على منزل في بلدة الخيام."))


def test_night_weekdays_and_live_fire_are_not_places() -> None:
    assert find_places("أصيب شاب بالرصاص الحي ليل الخميس", "PS") == []


def test_a_verb_starting_with_ba_is_not_a_small_place() -> None:
    assert find_places("بادر المسلح بإطلاق النار") == []


def test_a_foreign_namesake_inside_a_groups_name_is_not_the_site() -> None:
    found = place_ids(
        "غارة تركية في نينوى\n"
        "قتل اثنان من عناصر وحدات مقاومة سنجار بغارة لطائرة مسيرة تركية على سيارتهما في محافظة نينوى، "
        "بحسب مصدر محلي."
    )
    assert "sinjar_idlib" not in found
    assert "iq_nineveh" in found


def test_a_place_of_the_storys_country_inside_a_name_stays() -> None:
    found = place_ids(
        "مقتل جنديين في الطارمية\n"
        "أعلنت قيادة عمليات بغداد مقتل جنديين بهجوم على نقطة تفتيش في قضاء الطارمية الليلة الماضية."
    )
    assert {"iq_baghdad_city", "iq_at_tarmiyah"} <= found


def test_a_common_word_governed_by_another_noun_is_no_division() -> None:
    # "في جزر البحيرة": the preposition governs "جزر" (islands), and "البحيرة" is the lake, not
    # Egypt's Beheira; right after the preposition the division stays
    found = place_ids(
        "مقتل جنود تشاديين في هجوم على جزيرة\n"
        "قتل ستة جنود تشاديين في هجوم شنه مسلحون على موقع للجيش في بلدة باركارام، وتلاحق "
        "القوات المهاجمين في جزر البحيرة."
    )
    assert "eg_beheira" not in found
    assert "td_barkaram" in found
    assert "eg_beheira" in place_ids("قتل شخصان بإطلاق نار في البحيرة شمال مصر.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("قتل تسعة صيادين في هجوم لمسلحين على ضفاف بحيرة تشاد قرب بلدة باغا في ولاية بورنو.", "td"),
        ("قتل أربعة جنود في هجوم لمسلحين على زورق يعبر نهر النيجر قرب بلدة أنسونغو.", "ne"),
        ("استهدف زورق مسير ناقلة نفط في خليج عمان فجر اليوم دون وقوع إصابات.", "om"),
        ("قتل ستة صيادين في هجوم على قاربهم ببحيرة تشاد.", "td"),
    ],
)
def test_a_lake_a_gulf_or_a_river_named_after_a_country_is_not_that_country(text: str, country: str) -> None:
    assert country not in _place_ids(text)


def test_a_country_named_beside_a_lake_is_still_a_place() -> None:
    assert "td" in _place_ids("قتل ستة جنود في هجوم على موقع عسكري في تشاد قرب البحيرة.")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("وقال الوزير إن المهاجمين فجرا عبوة عند مدخل المنشأة قبل أن يفتحا النار على الموظفين.",
         "eg_al_minshah"),
        ("وقال مسؤول إن البلدة تلقت تهديدات بعد رفض السكان دفع ما يسمونه الزكاة.", "zakah"),
    ],
)
def test_a_common_noun_that_names_a_town_is_no_place_without_its_place_word(text: str, town: str) -> None:
    assert town not in _place_ids(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("قتل شخص وأصيب اثنان في مشاجرة بمركز المنشأة في محافظة سوهاج.", "eg_al_minshah"),
        ("قتل مدنيان بقصف مدفعي على بلدة الزكاة في ريف حماة الشمالي.", "zakah"),
    ],
)
def test_the_town_a_common_noun_names_is_read_with_its_place_word(text: str, town: str) -> None:
    assert town in _place_ids(text)


@pytest.mark.parametrize(
    ("text", "pact_city"),
    [
        ("قتل 12 بغارة على بلدة كوبو في أمهرة، بعد عامين على اتفاق بريتوريا الذي أنهى حرب تيغراي.",
         "za_pretoria"),
        ("وقع الطرفان إعلان مبادئ في منبر جدة عام 2023 لم يطبق، فيما قتل 7 بقصف على الفاشر.", "sa_jeddah"),
    ],
)
def test_a_city_that_names_an_agreement_or_a_forum_is_no_site(text: str, pact_city: str) -> None:
    assert pact_city not in _place_ids(text)


def test_a_wounded_mans_critical_condition_is_not_al_harjah_in_marib() -> None:
    text = "قتل مدنيان وأصيب ثلاثة بقصف على مدينة تعز، ووصفت حالة أحدهم بالحرجة."
    assert not any(p.startswith("ye_al_harjah") for p in place_ids(text))
    assert "ye_taiz_city" in place_ids(text)


def test_captivity_is_no_pakistani_town_and_sibi_needs_its_place_word() -> None:
    captivity = "فر السكان إثر هجوم التنظيم وما رافقه من عمليات قتل وسبي."
    assert "pk_sibi" not in {p.id for p in find_places(captivity)}
    town = "قتل شرطيان في هجوم على نقطة تفتيش في مدينة سبي بإقليم بلوشستان."
    assert "pk_sibi" in {p.id for p in find_places(town)}


def test_a_radio_named_international_is_no_place() -> None:
    text = (
        "مقتل 11 جنديا في هجوم بوني\n"
        "قال مسؤول محلي منتخب لمونت كارلو الدولية إن 11 جنديا قتلوا في الهجوم على معسكر للجيش "
        "في بلدة بوني وسط مالي."
    )
    assert "ar_montecarlo" not in place_ids(text)
    assert "ml_boni" in place_ids(text)


def test_paul_a_given_name_is_not_chad_s_bol_which_keeps_its_place_word() -> None:
    text = (
        "المعارضة المسلحة تعلن صد هجوم في أعالي النيل\n"
        "قال المتحدث العسكري جون بول دينق إن قواته قتلت أربعة جنود في هجوم قرب مدينة ملكال."
    )
    assert "td_bol" not in place_ids(text)
    assert "td_bol" in place_ids("قتل خمسة جنود تشاديين في هجوم لبوكو حرام قرب مدينة بول.")


def test_where_a_bus_set_out_from_and_the_victims_home_are_not_the_site() -> None:
    got = place_ids(
        "قتل مسلحون خمسة ركاب بعد إنزالهم من حافلة متجهة من كويتا إلى لاهور في منطقة مير علي، "
        "وقال مسؤولون إن الضحايا من إقليم البنجاب."
    )
    assert "pk_quetta" not in got and "pk_punjab" not in got

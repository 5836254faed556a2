"""Accidents and disasters (collapses, crashes, fires, blasts of gas or fuel, drownings, floods,
heat, disease, celebratory gunfire) are no incident; the same words beside an attack word stay
an attack."""

import pytest

from tests.unit.streams.extraction.reading import events, tolls


def test_a_house_that_collapsed_in_the_verb_is_no_incident() -> None:
    assert events("لقي ثلاثة أشخاص مصرعهم حين انهار مبنى قديم من طابقين في حي الميدان.") == []


def test_a_building_named_binaya_that_collapsed_is_no_incident() -> None:
    assert events("لقي أربعة أشخاص مصرعهم إثر انهيار بناية قديمة وسط المدينة فجر اليوم.") == []


def test_a_well_that_caved_in_is_no_incident() -> None:
    assert events("مصرع ثلاثة عمال في انهيار بئر ارتوازية قيد الحفر بإحدى المزارع") == []


def test_a_train_off_its_rails_is_no_incident() -> None:
    assert events("أصيب 9 ركاب بجروح طفيفة بعد خروج قطار عن القضبان قرب محطة بنها.") == []


def test_a_boat_that_overturned_is_no_incident() -> None:
    assert events("انتشلت فرق الإنقاذ جثث سبعة صيادين بعد انقلاب زورق قبالة الساحل.") == []


def test_electrocution_in_the_accusative_is_no_incident() -> None:
    assert events("لقي طفل مصرعه صعقاً بالكهرباء أثناء لهوه قرب محول في القرية.") == []


def test_celebratory_gunfire_that_kills_is_an_accident() -> None:
    assert events("توفي شاب إثر إطلاق نار عشوائي ابتهاجاً بفوز المنتخب في المباراة النهائية.") == []


def test_a_stray_bullet_at_a_wedding_is_an_accident() -> None:
    assert events("أصيب طفلان برصاص طائش خلال حفل عرس في القرية مساء أمس.") == []


def test_the_injured_of_firecrackers_are_no_incident() -> None:
    assert events("استقبل المستشفى 15 إصابة بالمفرقعات خلال ليلة العيد، معظمها حروق في اليدين.") == []


def test_a_stray_bullet_of_a_clan_fight_still_counts() -> None:
    text = "اندلعت اشتباكات بين عشيرتين في القضاء أسفرت عن إصابة خمسة أشخاص برصاص طائش."
    assert tolls(text) == [(None, 5)]


def test_a_loaded_tanker_that_blew_up_is_an_accident() -> None:
    assert events("لقي سائقان حتفهما في انفجار صهريج محمل بالغاز على الطريق السريع.") == []


def test_a_filling_station_that_blew_up_is_an_accident() -> None:
    assert events("ارتفعت حصيلة انفجار محطة وقود في مدينة رداع إلى 6 قتلى.") == []


def test_a_booby_trapped_tanker_is_an_attack() -> None:
    assert tolls("قتل خمسة أشخاص في انفجار صهريج مفخخ قرب سوق الخضار.") == [(5, None)]


def test_a_tanker_hit_by_a_drone_is_an_attack() -> None:
    assert events("قتل سائق في استهداف صهريج وقود بطائرة مسيرة على طريق الساحل.") != []


def test_a_car_ramming_is_an_attack() -> None:
    assert tolls("أصيب جنديان في عملية دهس عند حاجز عسكري قرب المدينة.") == [(None, 2)]


def test_a_ramming_first_called_a_road_accident_is_an_attack() -> None:
    text = "قالت الشرطة إن ما وصف بحادث سير قرب المفترق كان عملية دهس أسفرت عن إصابة ثلاثة مارة."
    assert tolls(text) == [(None, 3)]


def test_a_child_run_over_in_a_road_accident_is_no_incident() -> None:
    assert events("توفي طفل دهساً تحت عجلات شاحنة في حادث سير على الطريق الدولي.") == []


def test_a_bare_blast_is_the_accident_its_article_tells() -> None:
    text = (
        "ارتفاع حصيلة انفجار مستودع في الميناء إلى 20 قتيلاً\n"
        "قالت السلطات إن حصيلة الانفجار الذي وقع في مستودع بالميناء ارتفعت إلى 20 قتيلاً. "
        "وأوضحت أن الانفجار نجم عن تسرب الغاز في أحد الخزانات."
    )
    assert events(text) == []


def test_a_fire_named_alone_gives_a_bare_blast_no_accidental_cause() -> None:
    text = (
        "وفاة ثلاثة أشخاص في حريق بالمنطقة الصناعية\n"
        "أعلنت الشرطة وفاة ثلاثة أشخاص وإصابة أربعة في انفجار خزانات المحروقات بالمنطقة الصناعية."
    )
    assert events(text) != []


def test_a_car_bomb_beside_a_road_accident_is_still_an_attack() -> None:
    text = (
        "قتل 20 شخصاً في انفجار سيارة مفخخة قرب الميناء صباح اليوم. "
        "وفي حادث منفصل، توفي سائق في حادث سير على الطريق الدولي."
    )
    assert tolls(text) == [(20, None)]


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


def test_a_gas_bottle_in_maghreb_spelling_is_an_accident() -> None:
    assert events("انفجار\nأصيب أربعة أشخاص إثر انفجار قنينة غاز في مقهى.") == []


def test_an_explosion_in_the_accusative_is_an_incident_unless_it_is_an_accident() -> None:
    found = events("باكستان\nقالت الشرطة إن انفجاراً وقع داخل مسجد في مدينة بيشاور.")
    assert [(e.type, [p.id for p in e.locations]) for e in found] == [("explosion", ["pk_peshawar"])]
    assert events("انفجار\nقال الدفاع المدني إن انفجاراً نجم عن تسرب غاز أصاب 3 أشخاص.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ارتفاع حصيلة حادث انقلاب الحافلة على الطريق الجبلي إلى 19 قتيلاً.",
        "ارتفع عدد قتلى تحطم الطائرة المدنية قرب المطار إلى 64.",
    ],
)
def test_tolls_of_crashes_with_no_attack_word_are_no_event(text: str) -> None:
    assert events(text) == []


def test_a_minibus_overturned_on_a_road_is_no_incident() -> None:
    text = (
        "مصرع 4 وإصابة 9 في انقلاب ميكروباص بالمنيا\n"
        "المنيا - لقي 4 أشخاص مصرعهم وأصيب 9 آخرون في انقلاب ميكروباص على الطريق الزراعي."
    )
    assert events(text) == []


def test_a_tuk_tuk_overturned_is_no_incident() -> None:
    text = "سوهاج - مصرع طفل وإصابة اثنين في انقلاب توك توك داخل ترعة بقرية في مركز طما."
    assert events(text) == []


def test_bodies_recovered_in_the_headline_of_a_shipwreck_story_are_no_incident() -> None:
    text = (
        "انتشال جثث 7 مهاجرين قبالة سواحل المهدية\n"
        "المهدية - انتشلت وحدات الحرس البحري جثث سبعة مهاجرين غرقوا إثر غرق مركبهم في عرض البحر."
    )
    assert events(text) == []


def test_a_headline_naming_a_shooting_keeps_its_toll_over_a_capsized_boat() -> None:
    text = (
        "مقتل ثلاثة صيادين بإطلاق نار على مركبهم\n"
        "قالت مصادر محلية إن ثلاثة صيادين قتلوا بعدما أطلق مسلحون النار على مركبهم، ما أدى إلى "
        "انقلاب المركب."
    )
    assert any(c.killed == 3 for e in events(text) for c in e.casualties)


def test_deaths_of_a_haemorrhagic_fever_are_no_incident() -> None:
    text = (
        "ارتفاع وفيات الحمى النزفية إلى 23 في دارفور\n"
        "أعلنت وزارة الصحة ارتفاع عدد الوفيات بالحمى النزفية إلى 23 حالة، بينها 9 أطفال."
    )
    assert events(text) == []


def test_dengue_and_malaria_victims_are_no_incident() -> None:
    assert events("ضحايا حمى الضنك في الحديدة يرتفعون إلى 14") == []
    assert events("الملاريا تحصد أرواح 31 شخصاً في ولاية النيل الأزرق") == []


@pytest.mark.parametrize(
    "text",
    [
        # "ل" before the article: "للزلزال"، "للفيضانات"
        "ارتفاع الحصيلة\nأعلنت السلطات أن الحصيلة النهائية للزلزال ارتفعت إلى 41 قتيلاً و90 مصاباً.",
        "أعلن الدفاع المدني أن عدد الضحايا نتيجة للفيضانات بلغ 12 قتيلاً في المحافظة.",
        # the cause of a blast given after it: a gas leak, a burst tyre
        "حمص - قال مدير الدفاع المدني إن الانفجار الذي قتل امرأتين نجم عن تسرب الغاز في المطبخ.",
        "مقتل 5 بانقلاب حافلة\nقتل خمسة ركاب عندما انقلبت حافلتهم بعد انفجار أحد إطاراتها على طريق الموصل.",
        "انقلاب عجلة عسكرية يوقع 3 قتلى\nالأنبار - انقلبت عجلة تقل جنوداً على طريق الرطبة.",
    ],
)
def test_deaths_no_one_inflicted_are_no_incident(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت حصيلة الانهيارات الأرضية في إقليم سيدامو إلى 57 قتيلاً بعد أيام من الأمطار",
        "قال الدفاع المدني إن زلزالاً بقوة 5.8 درجات ضرب جزيرة سولاويسي وقتل 34 شخصاً",
        "قتل سبعة أشخاص وأصيب 15 عندما اصطدمت شاحنة وقود بحافلة صغيرة على طريق سريع في ولاية بيهار",
    ],
)
def test_a_disaster_or_a_crash_told_in_these_words_is_no_event(text: str) -> None:
    assert events(text) == []


def test_a_bus_that_a_car_bomb_rammed_is_still_an_attack() -> None:
    assert events("قتل تسعة أشخاص عندما اصطدمت سيارة مفخخة بحافلة تقل جنوداً في ولاية بلوشستان")


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


def test_a_bus_that_overturned_is_an_accident() -> None:
    assert events("لقي 14 شخصاً حتفهم وأصيب 20 عندما انقلبت حافلة على طريق جبلي") == []


def test_a_gas_blast_is_an_accident() -> None:
    assert events("انفجار\nأدى انفجار أسطوانة غاز في مخبز بالمدينة إلى مقتل 5 أشخاص.") == []


def test_a_bomb_near_a_fuel_tank_is_still_an_attack() -> None:
    text = "تفجير\nانفجرت عبوة ناسفة قرب خزان وقود في المدينة ما أسفر عن مقتل 3 أشخاص."
    assert tolls(text) == [(3, None)]


def test_a_fire_or_a_collapse_with_no_attack_word_is_no_incident() -> None:
    assert events("حريق\nأدى حريق في مستودع إلى إصابة 6 عمال بحالات اختناق.") == []
    assert events("انهيار\nلقي 3 أشخاص مصرعهم إثر انهيار مبنى قديم في المدينة.") == []
    assert tolls("حريق\nاندلع حريق في السوق إثر قصف مدفعي أدى إلى مقتل 3 أشخاص.") == [(3, None)]


def test_a_child_dead_of_cold_in_a_tent_is_no_event() -> None:
    text = (
        "وفاة طفلة من شدة البرد\n"
        "دير البلح - توفيت طفلة رضيعة فجر اليوم بسبب البرد القارس داخل خيمة نزوح غرب دير البلح."
    )
    assert events(text) == []


def test_a_crush_at_a_distribution_is_no_violence() -> None:
    assert events("توفي 12 شخصاً في تدافع خلال توزيع مساعدات غذائية في المدينة.") == []


def test_the_dead_of_a_flood_are_no_attack() -> None:
    text = "كارثة\nانتشلت فرق الإنقاذ جثامين 40 من ضحايا الفيضان بعد انهيار سد على الوادي."
    assert events(text) == []


def test_a_bodies_figure_in_a_flood_story_is_no_incident() -> None:
    assert events("فيضان\nانتشلت الفرق جثث 30 شخصاً جرفتهم مياه الفيضان في الوادي.") == []


def test_a_road_crash_in_the_maghreb_s_words_is_no_event() -> None:
    # "حادثة سير" is the feminine of "حادث سير"
    text = (
        "مصرع ثلاثة أشخاص في حادثة سير\n"
        "لقي ثلاثة أشخاص مصرعهم في حادثة سير مروعة بعد اصطدام شاحنة بسيارة قرب مدينة فاس."
    )
    assert events(text) == []


def test_the_injured_of_an_accident_in_a_second_clause_are_no_incident() -> None:
    text = "حادث\nلقي 4 أشخاص مصرعهم في حادث سير على الطريق السريع، فيما أصيب 6 آخرون بجروح."
    assert events(text) == []


def test_forest_fires_and_twin_earthquakes_are_no_incident() -> None:
    assert events("حرائق\nتوفي 12 شخصاً وأصيب 30 جراء حرائق الغابات في الولاية.") == []
    assert events("زلزال\nارتفع عدد قتلى الزلزالين إلى 900 قتيل.") == []


def test_celebratory_gunfire_at_a_wedding_is_no_incident() -> None:
    assert events("عرس\nتوفي شاب متأثراً بإصابته برصاصة طائشة خلال حفل زفاف في القرية.") == []


def test_an_attack_on_a_wedding_is_an_incident() -> None:
    text = "هجوم\nقتل 9 أشخاص عندما هاجم مسلحون حفل زفاف في القرية مساء السبت."
    assert tolls(text) == [(9, None)]


def test_a_transformer_that_blew_up_is_no_incident() -> None:
    assert events("أصيب عاملان بحروق إثر انفجار محول كهربائي في الحي الجديد مساء أمس.") == []


def test_a_generator_that_blew_up_is_no_incident() -> None:
    assert events("توفي رجل وأصيبت زوجته جراء انفجار مولدة كهربائية داخل منزلهما في البلدة.") == []


def test_an_oil_still_that_blew_up_is_no_incident() -> None:
    assert events("قتل عاملان في انفجار حراقة نفط بدائية قرب الطريق العام شرقي المدينة.") == []


def test_a_transformer_hit_by_a_drone_is_still_an_attack() -> None:
    assert tolls("قتل عاملان بعد أن استهدفت مسيرة محول الكهرباء الرئيسي في المحطة.") == [(2, None)]


def test_a_train_that_ran_into_another_is_no_incident() -> None:
    assert events("توفي ثلاثة ركاب وأصيب عشرون في اصطدام قطار ركاب بقطار شحن قرب المحطة.") == []


def test_a_rockslide_onto_houses_is_no_incident() -> None:
    assert events("انهيار صخري يقتل 4 من عائلة واحدة في قرية جبلية بعد أمطار غزيرة") == []


def test_a_landslide_is_no_incident() -> None:
    assert events("لقي خمسة أشخاص حتفهم جراء انزلاق أرضي طمر منازلهم في القرية.") == []


def test_a_training_plane_that_fell_is_no_incident() -> None:
    assert events("مصرع مدرب وطالب بسقوط طائرة تدريب صغيرة بعد إقلاعها من المطار") == []


def test_a_plane_shot_down_is_still_an_attack() -> None:
    assert tolls("قتل ثلاثة من أفراد الطاقم بعد إسقاط طائرة الشحن بصاروخ أطلقه المتمردون.") == [
        (3, None)
    ]


def test_deaths_from_the_suns_strokes_are_no_incident() -> None:
    assert events("توفي سبعة عمال زراعيين بسبب ضربات الشمس مع اشتداد موجة الحر.") == []


def test_a_strike_that_kills_is_still_an_attack() -> None:
    assert tolls("قتل أربعة مسلحين في ضربات استهدفت مواقعهم في الجبل.") == [(4, None)]


def test_a_blast_a_woman_bomber_carried_out_stays_an_attack() -> None:
    assert tolls(
        "قالت الشرطة إن الانفجار الذي قيل أولاً إنه انفجار مولد كهربائي نفذته انتحارية، ما أدى "
        "إلى مقتل ستة أشخاص."
    ) == [(6, None)]


def test_a_fire_unnamed_men_set_is_an_attack() -> None:
    assert tolls("أصيب خمسة أشخاص بحروق بعد أن أضرم مجهولون النار في محل تجاري ليلاً.") == [
        (None, 5)
    ]


def test_a_fire_the_police_call_deliberate_is_an_attack() -> None:
    assert tolls("توفي حارس في حريق بالمستودع، وأكدت الشرطة أن الحريق متعمد.") == [(1, None)]


def test_a_man_who_set_himself_on_fire_is_no_attack() -> None:
    assert events("توفي شاب أضرم النار في نفسه أمام مقر البلدية احتجاجاً على البطالة.") == []


def test_a_fire_with_no_one_setting_it_stays_an_accident() -> None:
    assert events("توفي ثلاثة أطفال في حريق شب في منزلهم بسبب مدفأة.") == []


def test_a_burst_water_main_is_no_incident() -> None:
    text = (
        "انفجار أنبوب مياه يغمر طريقاً رئيسياً\n"
        "تسبب انفجار أنبوب مياه في حي الرابية بمدينة عمان، مساء أمس، في غمر الطريق لساعات."
    )
    assert events(text) == []


def test_a_burst_main_named_by_its_size_is_no_incident() -> None:
    assert events("توقف الضخ عن ثلاثة أحياء إثر انفجار خط رئيسي بقطر 400 ملم في المدينة.") == []


def test_a_pipeline_blown_up_by_an_attack_is_still_an_incident() -> None:
    text = "قتل حارسان عندما فجر مسلحون عبوة ناسفة استهدفت خط المياه الرئيسي قرب البلدة."
    assert tolls(text) == [(2, None)]


def test_the_terror_of_the_roads_is_road_accidents() -> None:
    text = "إرهاب الطرقات يحصد 9 قتلى في يومين\nلقي 9 أشخاص حتفهم في حوادث متفرقة."
    assert events(text) == []


def test_deaths_from_heat_are_no_incident() -> None:
    assert events("وفاة 40 عاملاً بسبب درجات الحرارة المرتفعة في مواقع البناء") == []


def test_the_drowned_are_no_incident() -> None:
    assert events("انتشال 20 جثة لمهاجرين غرقوا قبالة سواحل المدينة") == []


def test_a_hospital_fire_that_burst_an_oxygen_cylinder_is_no_incident() -> None:
    text = "لقي 15 مريضاً حتفهم في حريق اندلع بسبب تماس كهربائي أدى إلى انفجار أسطوانة أوكسجين"
    assert events(text) == []


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


def test_an_attack_word_keeps_a_drowning_violent() -> None:
    assert events("أدى الهجوم الحوثي إلى غرق السفينة ومقتل بحارين في البحر الأحمر")


def test_a_train_whose_carriages_left_their_rails_is_an_accident() -> None:
    text = ("قتلى في حادث قطار\nلقي ثمانية أشخاص حتفهم وأصيب 25 آخرون بعدما خرجت أربع عربات من قطار "
            "للبضائع والركاب عن قضبانها قرب مدينة أسوان فجر اليوم.")
    assert events(text) == []
    assert events(text.replace("عن قضبانها", "عن سكتها")) == []


def test_a_building_brought_down_by_rain_is_an_accident() -> None:
    text = ("وفاة شخصين في انهيار بناية\nلقي شخصان حتفهما وأصيب ثلاثة آخرون، ليلة الثلاثاء، في انهيار "
            "جزئي لبناية قديمة بحي القصبة في الجزائر العاصمة، بسبب الأمطار الغزيرة.")
    assert events(text) == []
    # an attack word keeps the collapse violent
    assert events("انهيار بناية في حلب بعد غارة جوية أدت إلى مقتل خمسة أشخاص")


def test_a_tank_that_blew_up_in_maintenance_is_an_accident() -> None:
    text = (
        "انفجار خزان في مصفى يقتل عاملين\n"
        "قتل عاملان وأصيب خمسة آخرون بحروق إثر انفجار خزان للنفط داخل المصفى بسبب خلل فني خلال "
        "أعمال الصيانة."
    )
    assert events(text) == []


def test_stray_bullets_fired_to_celebrate_results_are_no_attack() -> None:
    text = (
        "إصابة 6 أشخاص بعيارات نارية احتفالاً بنتائج الامتحانات\n"
        "أعلنت مديرية الأمن العام إصابة ستة أشخاص بعيارات نارية طائشة أطلقها مواطنون احتفالاً "
        "بنتائج امتحان الثانوية العامة في عمّان."
    )
    assert events(text) == []


def test_a_stabbing_during_celebrations_is_still_an_incident() -> None:
    text = (
        "مقتل مشجع طعناً في الدار البيضاء\n"
        "لقي شاب حتفه متأثراً بطعنة سكين، وأصيب ثلاثة آخرون بجروح، في شجار اندلع بشارع محمد الخامس "
        "خلال الاحتفالات بتتويج المنتخب."
    )
    assert tolls(text) == [(1, 3)]


def test_a_collision_named_by_its_vehicles_is_an_accident() -> None:
    assert events(
        "مصرع أربعة أشخاص في الطريق الوطنية\n"
        "لقي أربعة أشخاص مصرعهم وأصيب سبعة آخرون بجروح، صباح الثلاثاء، إثر اصطدام عنيف بين حافلة لنقل "
        "المسافرين وشاحنة لنقل البضائع على الطريق الوطنية رقم 10."
    ) == []


@pytest.mark.parametrize(
    "text",
    [
        "لقي طفلان مصرعهما إثر انفجار مدفأة نفطية داخل منزلهما.",
        "توفيت امرأة وأصيب زوجها بانفجار طباخ غاز في مطبخ المنزل.",
    ],
)
def test_a_home_heater_or_stove_that_blew_up_is_an_accident(text: str) -> None:
    assert events(text) == []


def test_a_bomb_in_a_home_with_a_heater_still_counts() -> None:
    assert events("قتل شخصان بانفجار عبوة ناسفة زرعها مجهولون قرب مدفأة داخل منزل.") != []


@pytest.mark.parametrize(
    "text",
    [
        "ارتفاع وفيات الكحول المغشوش في المحافظة إلى تسع حالات\nأعلنت الصحة ارتفاع الوفيات إلى تسع.",
        "ارتفاع ضحايا المشروبات الكحولية المغشوشة إلى 17 وفاة",
        "وفاة خمسة أشخاص وإصابة 20 بالتسمم بالميثانول في العاصمة.",
    ],
)
def test_deaths_from_bootleg_liquor_or_methanol_are_a_poisoning_not_an_attack(text: str) -> None:
    assert events(text) == []


def test_a_cloudburst_s_floods_are_no_incident_and_a_bomb_s_blast_still_is() -> None:
    assert events("لقي 20 شخصاً حتفهم جراء سيول ناجمة عن انفجار سحابي ضرب قرى في وادي سوات.") == []
    assert tolls("قتل 20 شخصاً في انفجار سيارة مفخخة في وادي سوات.") == [(20, None)]


def test_a_blast_of_stored_chemicals_with_sabotage_ruled_out_is_no_incident() -> None:
    text = (
        "انفجار مستودع في المنطقة الصناعية يوقع 12 قتيلاً\n"
        "ارتفعت حصيلة الانفجار الذي هز مستودعاً في المنطقة الصناعية إلى 12 قتيلاً و40 جريحاً، "
        "فيما قالت السلطات إن الانفجار نجم عن اشتعال مواد كيميائية مخزنة، مستبعدة أي عمل تخريبي."
    )
    assert events(text) == []


def test_a_car_bomb_beside_stored_chemicals_is_still_an_incident() -> None:
    assert tolls("قتل خمسة أشخاص بانفجار سيارة مفخخة قرب مستودع مواد كيميائية مخزنة.") == [(5, None)]


@pytest.mark.parametrize(
    "text",
    [
        "تخوض فرق الإطفاء معركة شرسة ضد ألسنة اللهب في غابات الجبل، وتوفي رجل اختناقاً بالدخان.",
        "تواصل الفرق الطبية حربها على الكوليرا في المخيمات بعد وفاة ستة أشخاص خلال أسبوع.",
    ],
)
def test_a_battle_waged_on_fire_or_disease_is_no_clash(text: str) -> None:
    assert events(text) == []


def test_a_battle_with_an_armed_foe_beside_a_fire_is_still_a_clash() -> None:
    text = "قتل ثلاثة جنود في معركة ضارية مع مسلحين قرب الغابة التي اشتعلت فيها النيران."
    assert tolls(text) == [(3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "انتشلت فرق الإنقاذ جثة مواطن جرفته مياه الوادي أثناء عبوره بمركبته",
        "وفاة طفلين جرفتهما السيول في ولاية الرستاق",
        "العثور على جثة شاب جرفته المياه خلال جريان الأودية",
    ],
)
def test_one_swept_away_by_a_wadi_in_spate_is_no_incident(text: str) -> None:
    assert events(text) == []


def test_a_wall_that_fell_on_people_is_no_incident() -> None:
    assert events("توفيت طفلة وأصيب شقيقها إثر سقوط جدار منزل قديم عليهما في قرية بريف المحافظة.") == []


def test_a_blast_of_chemicals_stored_wrongly_is_no_incident() -> None:
    text = (
        "ارتفعت حصيلة انفجار المستودع إلى 12 قتيلاً، فيما قالت السلطات إن الانفجار نجم عن مواد "
        "كيميائية مخزنة بطريقة غير سليمة."
    )
    assert events(text) == []

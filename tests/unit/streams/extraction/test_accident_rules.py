"""Rules and data prompted by the thirty-third blind set (tests/fixtures/extraction_eval/
blind33.yaml: accidental and natural tolls told in the words of violence, and attacks told as
accidents), each checked here on sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- collapses, trains, boats, electrocution: accidents in other words ----------------------------


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


# --- celebratory gunfire and fireworks --------------------------------------------------------


def test_celebratory_gunfire_that_kills_is_an_accident() -> None:
    assert events("توفي شاب إثر إطلاق نار عشوائي ابتهاجاً بفوز المنتخب في المباراة النهائية.") == []


def test_a_stray_bullet_at_a_wedding_is_an_accident() -> None:
    assert events("أصيب طفلان برصاص طائش خلال حفل عرس في القرية مساء أمس.") == []


def test_the_injured_of_firecrackers_are_no_incident() -> None:
    assert events("استقبل المستشفى 15 إصابة بالمفرقعات خلال ليلة العيد، معظمها حروق في اليدين.") == []


def test_a_stray_bullet_of_a_clan_fight_still_counts() -> None:
    text = "اندلعت اشتباكات بين عشيرتين في القضاء أسفرت عن إصابة خمسة أشخاص برصاص طائش."
    assert tolls(text) == [(None, 5)]


# --- tankers and filling stations ----------------------------------------------------------------


def test_a_loaded_tanker_that_blew_up_is_an_accident() -> None:
    assert events("لقي سائقان حتفهما في انفجار صهريج محمل بالغاز على الطريق السريع.") == []


def test_a_filling_station_that_blew_up_is_an_accident() -> None:
    assert events("ارتفعت حصيلة انفجار محطة وقود في مدينة رداع إلى 6 قتلى.") == []


def test_a_booby_trapped_tanker_is_an_attack() -> None:
    assert tolls("قتل خمسة أشخاص في انفجار صهريج مفخخ قرب سوق الخضار.") == [(5, None)]


def test_a_tanker_hit_by_a_drone_is_an_attack() -> None:
    assert events("قتل سائق في استهداف صهريج وقود بطائرة مسيرة على طريق الساحل.") != []


# --- old ordnance destroyed, and a car driven into people ---------------------------------------


def test_an_old_shell_detonated_by_engineers_is_no_incident() -> None:
    assert events("فجرت الفرق الهندسية قذيفة قديمة عثر عليها مزارع في حقله.") == []


def test_a_car_ramming_is_an_attack() -> None:
    assert tolls("أصيب جنديان في عملية دهس عند حاجز عسكري قرب المدينة.") == [(None, 2)]


def test_a_ramming_first_called_a_road_accident_is_an_attack() -> None:
    text = "قالت الشرطة إن ما وصف بحادث سير قرب المفترق كان عملية دهس أسفرت عن إصابة ثلاثة مارة."
    assert tolls(text) == [(None, 3)]


def test_a_child_run_over_in_a_road_accident_is_no_incident() -> None:
    assert events("توفي طفل دهساً تحت عجلات شاحنة في حادث سير على الطريق الدولي.") == []


# --- a bare blast in an article that tells its accidental cause ---------------------------------


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


# --- places: a Ramallah village, a Taiz district, a Khyber Pakhtunkhwa town ---------------------


def test_kafr_malik_is_the_ramallah_village() -> None:
    text = "أصيب شابان برصاص قوات الاحتلال خلال اقتحامها قرية كفر مالك فجر اليوم."
    assert "ps_kafr_malik" in place_ids(text)


def test_al_maafer_is_a_district_of_taiz() -> None:
    text = "قتل مدني بقذيفة أطلقتها ميليشيا الحوثي على قرية في مديرية المعافر صباح اليوم."
    assert "ye_al_maafer" in place_ids(text)


def test_akora_khattak_is_a_town_of_khyber_pakhtunkhwa() -> None:
    assert "pk_akora_khattak" in place_ids("قتل شرطيان في هجوم مسلح على نقطة تفتيش في أكورة ختك.")


# --- a martyr's death in the verbal noun with its pronoun -----------------------------------------


def test_martyrdom_with_its_pronoun_is_a_death() -> None:
    text = "وأضاف المصدر أن الجنود لاحقوا الشاب عند الحاجز العسكري، ما أدى إلى استشهاده."
    assert tolls(text) == [(1, None)]

"""Rules and data prompted by the thirty-sixth blind set (tests/fixtures/extraction_eval/
blind36.yaml: a second sample of accidental and natural tolls told in the words of violence,
and of attacks told as accidents), each checked here on sentences written for the test, not on
the set's own."""

from tests.unit.streams.extraction.reading import events, place_ids, tolls

# --- blasts of transformers, generators and oil stills ------------------------------------------


def test_a_transformer_that_blew_up_is_no_incident() -> None:
    assert events("أصيب عاملان بحروق إثر انفجار محول كهربائي في الحي الجديد مساء أمس.") == []


def test_a_generator_that_blew_up_is_no_incident() -> None:
    assert events("توفي رجل وأصيبت زوجته جراء انفجار مولدة كهربائية داخل منزلهما في البلدة.") == []


def test_an_oil_still_that_blew_up_is_no_incident() -> None:
    assert events("قتل عاملان في انفجار حراقة نفط بدائية قرب الطريق العام شرقي المدينة.") == []


def test_a_transformer_hit_by_a_drone_is_still_an_attack() -> None:
    assert tolls("قتل عاملان بعد أن استهدفت مسيرة محول الكهرباء الرئيسي في المحطة.") == [(2, None)]


# --- collisions, landslides, planes that fell ----------------------------------------------------


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


# --- heatstroke is no strike --------------------------------------------------------------------


def test_deaths_from_the_suns_strokes_are_no_incident() -> None:
    assert events("توفي سبعة عمال زراعيين بسبب ضربات الشمس مع اشتداد موجة الحر.") == []


def test_a_strike_that_kills_is_still_an_attack() -> None:
    assert tolls("قتل أربعة مسلحين في ضربات استهدفت مواقعهم في الجبل.") == [(4, None)]


# --- a blast first called a generator's, then a bomber's ------------------------------------------


def test_a_blast_a_woman_bomber_carried_out_stays_an_attack() -> None:
    assert tolls(
        "قالت الشرطة إن الانفجار الذي قيل أولاً إنه انفجار مولد كهربائي نفذته انتحارية، ما أدى "
        "إلى مقتل ستة أشخاص."
    ) == [(6, None)]


# --- a fire set on purpose ------------------------------------------------------------------------


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


# --- villages of the gazetteer ------------------------------------------------------------------


def test_a_village_of_bint_jbeil_is_read() -> None:
    assert "lb_yater" in place_ids("استشهد مواطن في غارة على بلدة ياطر في قضاء بنت جبيل.")


def test_a_camp_village_of_duhok_is_read() -> None:
    assert "iq_sharya" in place_ids("أصيب نازحان في حريق متعمد في مخيم شاريا بمحافظة دهوك.")

"""Rules and data prompted by the thirty-sixth blind set (tests/fixtures/extraction_eval/
blind36.yaml: a second sample of accidental and natural tolls told in the words of violence,
and of attacks told as accidents), each checked here on sentences written for the test, not on
the set's own."""

from tests.unit.streams.extraction.reading import events, tolls

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

"""Rules and data prompted by the thirtieth blind set (tests/fixtures/extraction_eval/
blind30.yaml: a big news day that is not about war, from sports, economy and national desks),
each checked here on sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import counts, events, place_ids, tolls

# --- the Gulf's expatriate and the football fan are people ---------------------------------------


def test_an_expatriate_killed_is_counted() -> None:
    assert counts("قتل وافد عربي طعناً على يد شريكه في السكن") == [("killed", 1)]


def test_an_expatriate_who_met_his_death_is_counted() -> None:
    assert tolls("لقي وافد حتفه طعناً في منطقة الفروانية مساء أمس.") == [(1, None)]


def test_a_fan_stabbed_to_death_in_a_celebration_is_counted() -> None:
    assert tolls("مقتل مشجع طعناً خلال الاحتفالات في وهران") == [(1, None)]


# --- the battles of national teams, elections and budgets, and a gun salute -----------------------


def test_a_national_team_fighting_a_battle_is_sport() -> None:
    text = (
        "منتخبنا يخرج مرفوع الرأس\n"
        "عمان - خاض منتخبنا معركة قوية أمام الكاميرون في ربع النهائي وقاتل حتى الدقيقة الأخيرة."
    )
    assert events(text) == []


def test_an_electoral_battle_is_politics() -> None:
    text = (
        "النتائج النهائية للإعادة\n"
        "تونس - أعلنت الهيئة العليا المستقلة للانتخابات النتائج بعد معركة انتخابية حامية."
    )
    assert events(text) == []


def test_an_attack_on_waste_in_a_budget_is_no_attack() -> None:
    assert events("ميزانية الأردن الجديدة: هجوم على الهدر في الإنفاق") == []


def test_a_gun_salute_is_no_shelling() -> None:
    text = "المنامة - شاركت وحدات من القوات المسلحة في العرض، وأطلقت 21 طلقة مدفعية تحية للعلم."
    assert events(text) == []


def test_a_price_bomb_is_no_bomb_and_its_victim_no_toll() -> None:
    text = (
        "الرباط - حذر خبراء من أن تتحول الضريبة الجديدة إلى قنبلة أسعار تنفجر في وجه المواطن "
        "الذي بات ضحية للتضخم."
    )
    assert events(text) == []


def test_a_bomb_that_went_off_in_a_market_is_still_one() -> None:
    assert tolls("قتل ثلاثة أشخاص في انفجار قنبلة في سوق الأسعار الشعبية بالمدينة.") == [(3, None)]


# --- an age is not a place --------------------------------------------------------------------------


def test_an_age_in_the_forties_is_not_al_arbaeen() -> None:
    text = "أصيب رجل في الأربعين من عمره بطلق ناري في مشاجرة بمدينة حماة."
    assert "arbaeen" not in place_ids(text)


def test_the_village_of_al_arbaeen_is_still_a_place() -> None:
    assert "arbaeen" in place_ids("قتل مدنيان في قصف على قرية الأربعين في ريف حماة.")

"""Rules and data prompted by the thirty-seventh blind set (tests/fixtures/extraction_eval/
blind37.yaml: a fresh sample of new incidents that recall earlier ones with their own tolls),
each checked here on sentences written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import tolls

# --- an earlier incident the new one is likened to is background ---------------------------------


def test_an_attack_likened_to_an_older_one_counts_its_own_toll_only() -> None:
    text = (
        "مقتل سبعة جنود بهجوم على ثكنة\n"
        "قتل سبعة جنود بهجوم شنه مسلحون على ثكنة للجيش قرب مدينة غاو ليل السبت على غرار الهجوم "
        "الذي قتل فيه 25 جندياً في المنطقة نفسها قبل عامين."
    )
    assert tolls(text) == [(7, None)]


def test_a_likening_with_no_toll_of_its_own_leaves_the_report_whole() -> None:
    text = (
        "إصابة ثلاثة شرطيين بعبوة\n"
        "أصيب ثلاثة شرطيين بانفجار عبوة ناسفة على طريق في مدينة الموصل على غرار هجمات سابقة."
    )
    assert tolls(text) == [(None, 3)]



# --- a bracket that recalls an earlier incident with its toll is background ----------------------


def test_an_earlier_bombing_recalled_in_brackets_is_not_summed() -> None:
    text = (
        "قتلى بتفجير أمام مصرف\n"
        "قتل ستة أشخاص وأصيب 14 في تفجير انتحاري أمام مصرف في مدينة جلال آباد (الثالث في المدينة "
        "منذ تفجير السوق الذي قتل فيه ثمانية أشخاص)."
    )
    assert tolls(text) == [(6, 14)]


def test_a_strike_recalled_in_brackets_is_no_second_event() -> None:
    text = (
        "غارة على منزل في بلدة ياطر\n"
        "استشهد مواطن في غارة إسرائيلية على منزل في بلدة ياطر ظهر اليوم (بعد غارة على البلدة "
        "الأسبوع الماضي أدت إلى استشهاد ثلاثة أشخاص)."
    )
    assert tolls(text) == [(1, None)]


def test_a_bracket_with_a_subset_or_an_age_stays_with_the_toll() -> None:
    text = (
        "قصف على سوق\n"
        "قتل تسعة مدنيين (بينهم أربعة أطفال) وأصيب 20 في قصف مدفعي على سوق في مدينة الفاشر، "
        "وبين القتلى الشاب أحمد (19 عاماً)."
    )
    assert tolls(text) == [(9, 20)]


# --- a running total counted "منذ أواخر/أوائل/منتصف" a month is background ------------------------


def test_a_running_total_since_the_end_of_a_month_is_not_the_day_s_toll() -> None:
    text = (
        "استشهاد أربعة برصاص الاحتلال\n"
        "استشهد أربعة مواطنين وأصيب 12 برصاص قوات الاحتلال قرب حاجز في مدينة الخليل اليوم، ليرتفع "
        "عدد الشهداء في المحافظة منذ أوائل آذار إلى 45 شهيداً."
    )
    assert tolls(text) == [(4, 12)]

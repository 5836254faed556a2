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


"""Rules and data prompted by the twenty-fourth blind set (tests/fixtures/extraction_eval/blind24.yaml:
Africa's wars as the Arabic press reports them: Sudan, South Sudan, the Sahel, Nigeria, the
Central African Republic, the DR Congo, Somalia), each checked here on sentences written for the
test, not on the set's own."""

import pytest

from streams.extraction.places import ancestors
from tests.unit.streams.extraction.reading import place_ids

# --- towns and divisions of Africa's wars that the gazetteer lacked -------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل 9 أشخاص في قصف جوي على سوق مدينة كبكابية.", "sd_kabkabiya"),
        ("قتل 4 جنود في معارك على أطراف مدينة بارا شمال الأبيض.", "sd_bara"),
        ("قتل 12 جندياً في هجوم لمسلحين على حامية في بلدة ناصر.", "ss_nasir"),
        ("قتل 6 مدنيين في قصف بالمسيرات في تينزاواتين قرب الحدود الجزائرية.", "ml_tinzaouaten"),
        ("قتل 11 جندياً في هجوم على موقع عسكري في بانيبانغو.", "ne_banibangou"),
        ("قتل 5 جنود في هجوم لحركة الشباب على بلدة عدن يابال.", "so_adan_yabaal"),
        ("قتل 20 مزارعاً في هجوم لمسلحين على قرية في ولاية بنوي.", "ng_benue_state"),
        ("قتل 8 جنود في هجوم على موقع للجيش في إقليم أليبوري شمال بنين.", "bj_alibori"),
        # the spelling with a long vowel
        ("قتل 3 مدنيين بقصف مدفعي على أحياء مدينة كادوقلي.", "sd_kadugli"),
    ],
)
def test_towns_and_divisions_of_africas_wars(text: str, place: str) -> None:
    assert place in place_ids(text)


def test_aden_yabaal_is_no_aden_in_yemen() -> None:
    found = place_ids("سيطرت حركة الشباب على بلدة عدن يابال بعد معارك قتل فيها 7 جنود.")
    assert "so_adan_yabaal" in found
    assert not any(p.startswith("ye_") for p in found)


def test_benue_is_no_syrian_nawa() -> None:
    found = place_ids("قتل مسلحون 14 قروياً في هجوم على قرية بولاية بنوي.")
    assert "ng_benue_state" in found
    assert "nawa" not in found


@pytest.mark.parametrize(
    ("place", "division"),
    [("sd_kabkabiya", "sd_north_darfur"), ("ss_nasir", "ss_upper_nile"),
     ("ng_makurdi", "ng_benue_state"), ("bj_kandi", "bj_alibori")],
)
def test_the_new_places_lie_in_their_divisions(place: str, division: str) -> None:
    assert division in ancestors(place)

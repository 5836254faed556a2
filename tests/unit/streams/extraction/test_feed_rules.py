"""Rules and data prompted by the twenty-third blind set (tests/fixtures/extraction_eval/blind23.yaml:
one day's feed as a crawler takes it from some thirty outlets), each checked here on sentences
written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import counts, place_ids, tolls

# --- the incident told, ranked among its kind ----------------------------------------------------


def test_an_incident_that_is_the_third_of_its_kind_is_the_one_reported() -> None:
    text = (
        "قتل موظف في البلدية برصاص مسلحين مجهولين أمام منزله في مدينة جاسم بريف درعا مساء أمس، "
        "في حادثة هي الثالثة من نوعها في المدينة هذا الشهر."
    )
    assert tolls(text) == [(1, None)]


def test_an_attack_called_the_deadliest_of_its_kind_keeps_its_toll() -> None:
    text = "قتل تسعة أشخاص في تفجير استهدف سوقاً شعبياً في مدينة بيشاور، في هجوم يعد الأعنف من نوعه هذا العام."
    assert tolls(text) == [(9, None)]


def test_a_similar_earlier_attack_stays_background() -> None:
    text = "قتل جنديان في هجوم على حاجز، بعد أيام من هجوم مماثل قتل فيه أربعة جنود."
    assert tolls(text) == [(2, None)]


def test_a_rank_since_the_start_of_the_year_is_still_a_total() -> None:
    text = "وتعد الحادثة الثالثة من نوعها منذ بداية العام، إذ قتل 14 شخصاً في حوادث مشابهة."
    assert tolls(text) == []


# --- a subject described by an adjective in its own case -----------------------------------------


def test_gunmen_described_as_militants_killed_the_count_after_them() -> None:
    assert tolls("قتل مسلحون متطرفون ستة صيادين في هجوم على قرية على ضفاف البحيرة.") == [(6, None)]


def test_militants_killed_in_a_clash_are_still_the_dead() -> None:
    # passive: the militants died, a vague number, and the clash is not their victim
    assert counts("قتل مسلحون متشددون في اشتباك مع الجيش قرب الحدود.") == [("killed", None)]


# --- a country that backs a party is no site ------------------------------------------------------


def test_a_country_backing_the_accused_group_is_no_site() -> None:
    text = "واتهم الجيش حركة التمرد المدعومة من أوغندا بقصف البلدة، فيما نفت الحركة ذلك."
    assert "ug" not in place_ids(text)


def test_a_city_backing_a_faction_is_still_no_site() -> None:
    text = "قتل ثلاثة مدنيين بقصف للفصائل المدعومة من أنقرة على قرية قرب منبج."
    assert "manbij" in place_ids(text)
    assert not {p for p in place_ids(text) if p.startswith("tr")}


def test_a_country_named_as_a_site_is_kept() -> None:
    assert "ug" in place_ids("قتل خمسة أشخاص في هجوم مسلح على قرية في أوغندا.")


# --- a website's name is no place -----------------------------------------------------------------


def test_a_website_named_after_a_town_is_no_site() -> None:
    text = "الميادين نت: قتل شخصان وأصيب ثلاثة بإطلاق نار على سيارة في مدينة الخليل."
    assert "mayadin" not in place_ids(text)
    assert "ps_hebron" in place_ids(text)


def test_the_town_itself_is_still_a_site() -> None:
    assert "mayadin" in place_ids("قتل ثلاثة مدنيين بقصف على مدينة الميادين شرقي دير الزور.")

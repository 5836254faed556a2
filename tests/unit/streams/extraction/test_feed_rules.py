"""Rules and data prompted by the twenty-third blind set (tests/fixtures/extraction_eval/blind23.yaml:
one day's feed as a crawler takes it from some thirty outlets), each checked here on sentences
written for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

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


# --- places and forces of the world desks ---------------------------------------------------------


def test_haiti_gangs_and_their_communes() -> None:
    text = (
        "بورت أو برنس - قتل ستة أشخاص في هجوم شنته عصابات تحالف فيف أنسانم على حي في بلدة "
        "كروا دي بوكيه شمال شرقي العاصمة الهايتية."
    )
    assert "viv_ansanm" in actor_ids(text)
    assert "ht_croix_des_bouquets" in place_ids(text)


def test_the_haitian_capital_as_the_news_spells_it() -> None:
    assert "ht_port_au_prince" in place_ids("قتل أربعة من أفراد الشرطة في كمين نصبته عصابة في بورت أو برنس.")


def test_an_arab_town_of_the_triangle_in_an_israeli_story() -> None:
    text = "قتل شاب بإطلاق نار في مدينة الطيرة داخل أراضي 48، وفق الشرطة الإسرائيلية."
    assert "il_et_tira" in place_ids(text)


def test_a_town_geonames_names_with_direction_marks() -> None:
    assert "il_kafr_qasim" in place_ids("أصيب ثلاثة شبان بجروح في جريمة إطلاق نار في كفر قاسم.")


# --- attacks as a habit or a course of action -----------------------------------------------------


def test_a_group_described_by_the_attacks_it_wages_is_no_incident() -> None:
    text = (
        "أعلنت دول المنطقة تشكيل قوة مشتركة لملاحقة الجماعات المتطرفة التي تشن هجمات على القرى "
        "الحدودية في تيلابيري."
    )
    assert events(text) == []


def test_an_accusation_of_continuing_attacks_is_no_incident() -> None:
    assert events("واتهمت موسكو كييف بمواصلة الهجمات على محطات الطاقة في الأقاليم الروسية.") == []


def test_an_attack_the_group_waged_today_is_still_an_incident() -> None:
    text = "قتل خمسة جنود في هجوم شنته الجماعة التي تشن هجمات متكررة على المنطقة منذ أشهر."
    assert tolls(text) == [(5, None)]


def test_a_policeman_killed_in_a_russian_region_is_of_the_russian_forces() -> None:
    assert "russia" in actor_ids("قتل شرطي وأصيب اثنان بإطلاق نار على دورية في مدينة ستافروبول.")

"""Rules and data prompted by the twenty-first blind set (tests/fixtures/extraction_eval/blind21.yaml:
follow-up reports published the day after an incident), each checked here on sentences written
for the test, not on the set's own."""

from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- a death of wounds that raises the toll of an incident dated earlier ------------------------


def test_a_rise_after_a_wound_dated_earlier_this_week_is_the_current_toll() -> None:
    text = (
        "بيت لحم - توفي الفتى سامي علي اليوم متأثراً بجروح أصيب بها خلال اقتحام البلدة مطلع "
        "الأسبوع، ليرتفع عدد شهداء الاقتحام إلى ستة شهداء."
    )
    assert tolls(text) == [(6, None)]


def test_a_rise_after_a_death_of_today_is_one_toll() -> None:
    assert tolls("استشهد شاب متأثراً بجروحه، ليرتفع عدد شهداء الاقتحام إلى 7 شهداء.") == [(7, None)]


def test_a_war_total_after_a_background_clause_stays_background() -> None:
    text = "قتل جندي في هجوم الأسبوع الماضي، ليرتفع عدد قتلى الجيش منذ بداية العام إلى 40."
    assert tolls(text) == []


# --- the day after: funerals (reports of their incident), visits, identification -----------------


def test_a_funeral_that_names_its_dead_still_counts_them_with_its_place() -> None:
    text = (
        "شيع المئات في مدينة طولكرم اليوم جثماني الشهيدين سامر خليل وعمر ناصر، اللذين ارتقيا "
        "برصاص قوات الاحتلال فجر أمس."
    )
    assert tolls(text) == [(2, None)]
    assert "ps_tulkarm" in place_ids(text)


def test_an_attack_on_a_funeral_is_an_incident() -> None:
    assert tolls("أصيب تسعة مواطنين في هجوم لمستوطنين على موكب تشييع في قرية المغير.") == [(None, 9)]


def test_a_visit_to_the_site_is_no_incident() -> None:
    text = "جولة ميدانية\nتفقد وزير الداخلية موقع التفجير في وسط المدينة واطلع على الأضرار."
    assert events(text) == []


def test_identifying_the_attacker_is_no_incident_and_identity_no_place() -> None:
    text = "تطورات التحقيق\nحددت الأجهزة الأمنية هوية المتورطين في التفجير الذي استهدف المسجد يوم الجمعة."
    assert events(text) == []
    assert place_ids("قتل شرطي قرب الحاجز وحددت السلطات هوية القاتل") == set()


def test_a_crush_at_a_distribution_is_no_violence() -> None:
    assert events("توفي 12 شخصاً في تدافع خلال توزيع مساعدات غذائية في المدينة.") == []


# --- the updated toll: bodies found, a figure passed, a head far before its verb ----------------


def test_bodies_found_that_raised_the_toll_are_inside_it() -> None:
    assert counts("ارتفع عدد قتلى الكمين إلى تسعة، بعد العثور على ثلاث جثث في الوادي") == [("killed", 9)]
    assert counts("ارتفعت حصيلة الغارة إلى 21 بعد انتشال 4 جثث من تحت الأنقاض") == [("killed", 21)]


def test_a_toll_that_passed_a_figure_counts_it() -> None:
    assert counts("وقال المسؤول إن عدد القتلى تجاوز 40 معظمهم من الركاب") == [("killed", 40)]


def test_a_toll_head_far_before_its_verb_past_a_relative_clause() -> None:
    text = (
        "قال الدفاع المدني إن عدد قتلى القصف الذي استهدف سوق الخضار المزدحم في وسط البلدة "
        "القديمة ارتفع إلى 17"
    )
    assert counts(text) == [("killed", 17)]


# --- tolls corrected down, unchanged, and counted by their dead ---------------------------------


def test_a_toll_corrected_down_counts_only_its_new_figure() -> None:
    text = "أعلنت السلطات تخفيض حصيلة انفجار السوق إلى 41 قتيلاً، بعد أن أعلنت مساء أمس 58 قتيلاً"
    assert counts(text) == [("killed", 41)]


def test_an_unchanged_toll_beside_a_risen_one() -> None:
    assert counts("وقال المحافظ إن عدد القتلى بقي تسعة، فيما ارتفع عدد المصابين إلى 37") == [
        ("killed", 9), ("injured", 37),
    ]


def test_the_dead_counted_as_the_deceased() -> None:
    assert counts("ارتفع عدد المتوفين إلى ثلاثة بعد وفاة مصاب في المستشفى") == [("killed", 3)]


def test_a_late_claim_by_the_state_group_in_khorasan_names_its_province() -> None:
    text = "تبني متأخر\nتبنى فرع تنظيم الدولة في خراسان الهجوم على المسجد الذي قتل فيه 9 مصلين أمس"
    assert "is_provinces" in actor_ids(text)


def test_the_bajaur_district_and_the_oudalan_province_are_places() -> None:
    assert "pk_bajaur" in place_ids("قتل 7 أشخاص في انفجار عبوة استهدف نقطة تفتيش في منطقة باجور القبلية")
    assert "bf_oudalan" in place_ids("قتل 12 جندياً في كمين نصبه مسلحون في إقليم الأودالان شمالي البلاد")

"""Rules and data prompted by the nineteenth blind set (tests/fixtures/extraction_eval/blind19.yaml:
tolls in every form the Arabic press writes them), each checked here on sentences written for
the test, not on the set's own."""

from streams.extraction.arabic import normalize
from streams.extraction.claims import is_disputed, rival_accounts
from streams.extraction.dates import dates_a_person, names_a_month
from streams.extraction.numbers import number_value, parse_quantity
from tests.unit.streams.extraction.reading import actor_ids, counts, events, place_ids, tolls

# --- numbers that are amounts, and numbers that are not -----------------------------------------


def test_the_construct_form_of_two_hundred_is_an_amount() -> None:
    assert number_value("مئتي") == 200
    assert counts("قتل أكثر من مئتي شخص في القصف على السوق") == [("killed", 200)]


def test_an_ordinal_teen_is_no_amount() -> None:
    assert parse_quantity(normalize("في الجولة الحادية عشرة").split(), 3) is None
    assert counts("قتل 12 شخصاً بينهم 5 أطفال دون سن الثالثة عشرة، وأصيب 40 آخرون") == [
        ("killed", 12), ("injured", 40),
    ]


def test_a_cardinal_teen_after_a_plain_word_is_still_an_amount() -> None:
    assert counts("ارتفع عدد القتلى إلى خمسة عشر") == [("killed", 15)]


def test_a_birth_year_is_no_toll() -> None:
    assert dates_a_person(normalize("مواليد"))
    assert counts("قتل مدرس من مواليد 1985، وإصابة ثلاثة تلاميذ") == [("killed", 1), ("injured", 3)]


def test_a_day_of_a_month_after_the_verb_is_no_toll() -> None:
    assert names_a_month(normalize("تموز")) and names_a_month(normalize("تشرين"))
    assert counts("وقتل جنديان، فجر الأحد 9 تموز، بانفجار عبوة") == [("killed", 2)]


def test_a_combined_figure_with_its_people_noun_is_no_count() -> None:
    assert counts("أفاد مصدر بسقوط 20 شخصاً بين قتيل وجريح بانفجار في السوق") == []


# --- ranks, the two, a communiqué's "قضت ... على" ------------------------------------------------


def test_a_rank_between_two_joined_victims_keeps_both() -> None:
    assert counts("استشهد ضابط برتبة رائد وجندي في الهجوم") == [("killed", 1), ("killed", 1)]


def test_the_two_counted_by_a_definite_dual_before_their_verb() -> None:
    assert counts("وقالت الشرطة إن المهاجمين الاثنين قتلا بعد الاشتباك") == [("killed", 2)]
    assert counts("وعقد المسؤولين الاثنين اجتماعاً") == []


def test_a_finishing_verb_with_its_subject_before_the_victims_counts_them() -> None:
    text = "قضت مفرزة للجيش الوطني الشعبي، إثر عملية بحث وتمشيط بجبال الولاية، على أربعة إرهابيين"
    assert counts(text) == [("killed", 4)]
    assert counts("قضت مفرزة للجيش على إرهابي خطير") == [("killed", 1)]


def test_a_finishing_verb_with_no_people_after_its_preposition_counts_no_one() -> None:
    assert counts("قضى الشاب ثلاثة أيام في المستشفى على سرير متنقل") == []


# --- another source's provisional toll --------------------------------------------------------


def test_a_provisional_toll_of_another_source_disputes_only_the_kinds_counted_before() -> None:
    text = (
        "قال الدفاع المدني إن 30 شخصاً قتلوا في القصف على المخيم، في حين أعلنت وزارة الصحة في "
        "حصيلة أولية مقتل 25 وإصابة 60 آخرين"
    )
    ((_, _, kinds),) = rival_accounts(normalize(text))
    assert kinds == frozenset({"killed"})
    assert tolls(text) == [(30, 60)]


def test_a_sources_total_of_both_kinds_disputes_both_when_both_were_counted() -> None:
    text = (
        "قالت الأمم المتحدة إن 40 شخصاً قتلوا وأصيب 90 في التفجير، في حين تقول السلطات إن "
        "الحصيلة 20 قتيلاً و35 جريحاً"
    )
    assert tolls(text) == [(40, 90)]


def test_the_reports_own_provisional_toll_of_the_wounded_disputes_nothing() -> None:
    norm = normalize("قتل 9 أشخاص في القصف، فيما أصيب أكثر من 30 آخرين وفق حصيلة غير نهائية")
    assert not rival_accounts(norm) and not is_disputed(norm)


# --- background --------------------------------------------------------------------------------


def test_an_earlier_attack_some_days_before_is_background() -> None:
    text = (
        "قتل أربعة جنود بقصف على قاعدة عسكرية قرب الموصل مساء الخميس، بعد 5 أيام من هجوم أسفر عن "
        "مقتل جنديين في المنطقة نفسها"
    )
    assert tolls(text) == [(4, None)]


def test_a_death_some_days_after_the_wounding_is_a_death_of_now() -> None:
    assert tolls("توفي شاب متأثراً بجروحه بعد 3 أيام من الهجوم على بلدته قرب الخليل") == [(1, None)]


# --- deaths with no violence -------------------------------------------------------------------


def test_deaths_from_heat_are_no_incident() -> None:
    assert events("وفاة 40 عاملاً بسبب درجات الحرارة المرتفعة في مواقع البناء") == []


def test_the_drowned_are_no_incident() -> None:
    assert events("انتشال 20 جثة لمهاجرين غرقوا قبالة سواحل المدينة") == []


def test_a_hospital_fire_that_burst_an_oxygen_cylinder_is_no_incident() -> None:
    text = "لقي 15 مريضاً حتفهم في حريق اندلع بسبب تماس كهربائي أدى إلى انفجار أسطوانة أوكسجين"
    assert events(text) == []


# --- actors --------------------------------------------------------------------------------------


def test_the_us_africa_command_and_a_single_us_strike_name_us_forces() -> None:
    assert "us_forces" in actor_ids(
        "قالت القيادة الأمريكية في أفريقيا إن غارتها قتلت ثلاثة مسلحين من حركة الشباب قرب كيسمايو"
    )
    assert "us_forces" in actor_ids("غارة أمريكية تقتل أربعة مسلحين قرب مدينة بوصاصو")


# --- places ------------------------------------------------------------------------------------


def test_a_smaller_namesake_in_the_articles_country_is_the_place() -> None:
    sinai = place_ids("قتل جنديان مصريان عندما استهدفت عبوة ناسفة دورية بين الشيخ زويد ورفح في شمال سيناء")
    assert "eg_rafah" in sinai and "ps_rafah" not in sinai
    gaza = place_ids("استشهد خمسة فلسطينيين في غارة إسرائيلية على رفح جنوب قطاع غزة")
    assert "ps_rafah" in gaza and "eg_rafah" not in gaza


def test_a_state_spelt_without_its_alif_is_found() -> None:
    assert "ng_zamfara_state" in place_ids("مسلحون يقتلون 12 قروياً في زمفرا شمال غربي نيجيريا")


def test_a_follow_ups_account_of_who_struck_names_the_actor() -> None:
    text = (
        "ارتفع عدد ضحايا القصف على سوق بلدة كفرنبل إلى 7 قتلى بعد وفاة اثنين من الجرحى. "
        "وكانت طائرات حربية روسية قد استهدفت السوق بغارتين ظهر الأحد."
    )
    assert "russia" in actor_ids(text)


def test_an_earlier_strike_told_so_is_still_dated_as_background() -> None:
    text = (
        "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل. وكانت طائرات حربية قد قصفت البلدة الشهر "
        "الماضي ما أدى إلى مقتل خمسة مدنيين."
    )
    assert tolls(text) == [(3, None)]


def test_an_attack_on_a_gathering_that_marks_an_anniversary_is_no_anniversary_story() -> None:
    text = "قتل 12 شخصاً بتفجير انتحاري استهدف حشداً في الذكرى السنوية لرحيل زعيم قبلي شرقي البلاد"
    assert tolls(text) == [(12, None)]
    assert events("أحيا الآلاف الذكرى السنوية لمجزرة قتل فيها 40 شخصاً قبل عشرين عاماً") == []

"""Rules prompted by the tenth blind set (tests/fixtures/extraction_eval/blind10.yaml: analysis,
interviews, press reviews, explainers and timelines, live pages, dialect posts and short
alerts), each checked here on sentences written for the test, not on the set's own."""

import datetime as dt

from streams.extraction.arabic import normalize
from streams.extraction.dates import is_dated_entry, names_earlier_year, names_past_day
from tests.unit.streams.extraction.reading import counts, events, tolls

# --- analysis, interviews and press reviews ---------------------------------------------------


def test_an_analysis_that_only_recalls_past_attacks_reports_no_event() -> None:
    text = (
        "تحليل | لماذا تتكرر الهجمات على طريق الساحل؟\n"
        "منذ يناير الماضي شن المسلحون هجمات عدة على الطريق، وقال مسؤولون إنها أوقعت 14 قتيلاً.\n"
        "ويرى باحثون أن هجمات الجماعة باتت أكثر تنظيماً من قبل."
    )
    assert events(text, "2024-06-10") == []


def test_an_analysis_keeps_the_new_attack_it_reports_and_drops_the_one_it_recalls() -> None:
    text = (
        "قراءة في تصاعد الهجمات شمال البلاد\n"
        "قتل أربعة من رجال الشرطة بهجوم مسلح على نقطة تفتيش فجر اليوم في مدينة كركوك.\n"
        "ويذكّر الهجوم بما جرى في مارس الماضي حين قتل 9 جنود في كمين قرب المدينة."
    )
    assert tolls(text) == [(4, None)]


def test_an_interview_answer_dated_yesterday_is_reported_news_without_a_figure() -> None:
    text = (
        "حوار | محافظ الإقليم: سنلاحق المهاجمين\n"
        "س: ماذا حدث أمس؟\n"
        "ج: هاجم مسلحون قافلة للشرطة على طريق كويتا مساء أمس."
    )
    assert len(events(text, "2024-06-10")) == 1


def test_a_press_review_of_politics_with_war_words_reports_no_event() -> None:
    text = (
        "جولة في الصحافة الإقليمية\n"
        "كتبت صحيفة محلية أن الهجوم الإعلامي المتبادل بين الحزبين يهدد الحكومة، "
        "ورأت أخرى أن الرد العسكري المتوقع سيحدد مستقبل المنطقة."
    )
    assert events(text, "2024-06-10") == []


def test_an_official_who_says_we_lost_counts_the_dead() -> None:
    got = counts("وقال القائد إننا فقدنا ثلاثة من جنودنا وأصيب اثنان آخرون")
    assert got == [("killed", 3), ("injured", 2)]


# --- timelines and past dates ---------------------------------------------------------------


def test_a_timeline_line_is_a_dated_entry_but_a_live_page_time_is_not() -> None:
    assert is_dated_entry(normalize("- 12 مارس 2021: مقتل 6 في هجوم على سوق"))
    assert is_dated_entry(normalize("2016: تفجير قرب المطار"))
    assert not is_dated_entry(normalize("10:45 | مقتل 3 بقصف على السوق"))


def test_a_timeline_under_a_new_attack_adds_no_toll() -> None:
    text = (
        "هجمات على الحدود: تسلسل الأحداث\n"
        "قتل جنديان في هجوم على مخفر حدودي فجر اليوم.\n"
        "- 3 يونيو 2024: مقتل 7 في هجوم مماثل.\n"
        "- يناير 2023: مقتل 11 جندياً بكمين قرب المخفر."
    )
    assert tolls(text) == [(2, None)]


def test_a_january_report_that_names_last_year_whole_retells_it() -> None:
    published = dt.date(2025, 1, 20)
    assert names_earlier_year(normalize("قتل أكثر من 900 شخص في الإقليم في 2024"), published)
    assert not names_earlier_year(normalize("قتل 3 أشخاص في هجوم يوم 30 ديسمبر 2024"), published)


def test_a_past_month_and_a_span_counted_back_are_background_even_after_a_conjunction() -> None:
    text = "قتل 5 في قصف على الحي فجر اليوم. وفي أيلول الماضي قتل 12 في قصف مماثل على الحي نفسه."
    assert tolls("خبر\n" + text) == [(5, None)]
    assert tolls("خبر\nقتل 5 في قصف على الحي. وتجاوزت حصيلة الأشهر الثلاثة الماضية 300 قتيل.") == [(5, None)]


def test_yesterday_is_a_past_day_and_today_is_not() -> None:
    assert names_past_day(normalize("هاجم مسلحون القرية ليل أمس"))
    assert not names_past_day(normalize("الصحف الصادرة اليوم"))


# --- tolls, dialect and posts ---------------------------------------------------------------


def test_a_subset_without_commas_does_not_replace_the_toll() -> None:
    assert counts("قال الجيش إن ستة جنود بينهم ضابطان قتلوا في الهجوم") == [("killed", 6)]


def test_dialect_verbs_and_numbers_count() -> None:
    assert counts("طخو على السيارة، مات زوز وتصاوب ثلاثة") == [("killed", 2), ("injured", 3)]
    assert counts("انفجرت العبوة وانصاب اتنين من الشرطة") == [("injured", 2)]
    assert counts("قتلو أكتر من 20 زول بالقرية") == [("killed", 20)]


def test_a_single_young_man_in_a_post_is_one_dead() -> None:
    assert tolls("خبر\nمسلحين طخو على سيارة بالطريق ومات شب وانجرح رفيقه") == [(1, 1)]


# --- places and actors of world desks and posts ---------------------------------------------


def test_a_small_town_that_labels_the_headline_is_a_place() -> None:
    text = "طولكرم: اقتحام جديد للمخيم\nاستشهد شاب برصاص قوات الاحتلال خلال الاقتحام فجر اليوم."
    assert [loc.id for e in events(text) for loc in e.locations] == ["ps_tulkarm"]


def test_a_hyphenated_transliteration_is_the_place_it_spells() -> None:
    text = "خبر\nقتل 12 مدنياً في هجوم على قرية في منطقة سنتر-نور شمالي البلاد."
    assert "bf_centre_nord" in {loc.id for e in events(text) for loc in e.locations}


def test_world_desk_spellings_of_dagestan_and_marawi_are_places() -> None:
    dagestan = "خبر\nقتل شرطيان في هجوم مسلح على مركز للشرطة في محاج قلعة بجمهورية داغستان."
    assert {"ru_makhachkala", "ru_dagestan"} <= {loc.id for e in events(dagestan) for loc in e.locations}
    marawi = "خبر\nأصيب 6 أشخاص بانفجار قنبلة في سوق بمدينة ماراوي."
    assert "ph_marawi_city" in {loc.id for e in events(marawi) for loc in e.locations}


def test_masked_gunmen_are_unknown() -> None:
    text = "خبر\nقتل رجل برصاص ملثمين أطلقوا النار على سيارته في القرية مساء أمس."
    assert "unknown" in {a.id for e in events(text) for a in e.actors}


# --- live pages -----------------------------------------------------------------------------


def test_each_item_of_a_live_page_with_its_own_toll_is_its_own_incident() -> None:
    text = (
        "التغطية المباشرة\n"
        "06:40 | مقتل ثلاثة مدنيين بقصف على سوق في مدينة حلب.\n"
        "08:05 | إصابة طفلين بقذيفة سقطت قرب مدرسة."
    )
    assert [[(c.killed, c.injured) for c in e.casualties] for e in events(text)] == [[(3, None)], [(None, 2)]]


def test_a_live_page_item_that_raises_the_toll_is_the_same_incident() -> None:
    text = (
        "التغطية المباشرة\n"
        "06:40 | مقتل ثلاثة مدنيين بقصف على سوق في مدينة حلب.\n"
        "08:05 | ارتفاع عدد القتلى في القصف على السوق إلى خمسة."
    )
    assert tolls(text) == [(5, None)]


def test_a_group_speaking_of_its_own_attack_reports_one() -> None:
    assert events("بيان\nقالت الحركة في بيان: استهدفنا رتلاً للجيش قرب مدينة كركوك مساء أمس.")

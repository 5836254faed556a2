from pathlib import Path

import pytest

from streams.extraction.extract import MAX_TEXT, article_from_text, extract
from tests.unit.streams.extraction.reading import events, group_tolls_of

SEEDS = Path(__file__).resolve().parents[4] / ".." / "shared" / "seeds"


def test_one_incident_headline_and_body_merge() -> None:
    got = events(
        "مقتل 4 عناصر من قوات النظام بهجوم في ريف حماة\n"
        "قُتل أربعة عناصر من قوات النظام وأصيب اثنان آخران، مساء أمس، بهجوم لمسلحين على حاجز "
        "قرب بلدة مورك شمالي حماة، بحسب المرصد السوري لحقوق الإنسان.",
        published="2022-03-10",
    )
    assert len(got) == 1
    event = got[0]
    assert group_tolls_of(event) == {("government forces", 4, 2)}
    assert event.locations[0].id == "morek" and event.locations[0].admin1 == "Hama"
    assert event.date == "2022-03-09"  # "مساء أمس": the day before publication
    assert event.claimed_by == ["المرصد السوري لحقوق الإنسان"]
    assert event.type == "attack" and not event.contested


def test_separate_sites_with_separate_tolls_are_separate_events() -> None:
    got = events(
        "قصف متواصل على ريف إدلب\n"
        "قُتل مدنيان بقصف مدفعي على بلدة سرمين، فيما أصيب ثلاثة مدنيين بغارة جوية على مدينة "
        "أريحا."
    )
    assert [(e.type, e.locations[0].id) for e in got] == [
        ("shelling", "sarmin"), ("airstrike", "ariha")
    ]
    assert group_tolls_of(got[0]) == {("civilians", 2, None)}
    assert group_tolls_of(got[1]) == {("civilians", None, 3)}


def test_denial_marks_contested() -> None:
    got = events(
        "الدفاع التركية: تحييد 9 مسلحين\n"
        "أعلنت وزارة الدفاع التركية مقتل 9 عناصر من وحدات حماية الشعب بقصف قرب تل رفعت.\n"
        "ونفت الوحدات الكردية ذلك، ووصفت البيان بأنه مزاعم."
    )
    assert len(got) == 1 and got[0].contested
    assert "وزارة الدفاع التركية" in got[0].claimed_by


def test_background_tolls_are_not_the_incident() -> None:
    got = events(
        "انفجار لغم في ريف الرقة\n"
        "قُتل طفل بانفجار لغم أرضي قرب معدان اليوم. وكان 40 مدنياً قد قتلوا بألغام منذ بداية "
        "العام في المنطقة."
    )
    assert len(got) == 1 and group_tolls_of(got[0]) == {("civilians", 1, None)}


@pytest.mark.parametrize(
    "text",
    [
        "وزير الخارجية يستقبل نظيره العماني\nبحث الجانبان العلاقات الثنائية والتعاون الاقتصادي.",
        "مباحثات حول وقف إطلاق النار\nناقش الوفدان تثبيت وقف إطلاق النار في منطقة خفض التصعيد.",
    ],
)
def test_non_violent_text_gives_no_events(text: str) -> None:
    assert events(text) == []


def test_event_ids_are_deterministic() -> None:
    text = "غارة على بنش\nقُتل مدني بغارة جوية روسية على مدينة بنش."
    assert [e.event_id for e in events(text)] == [e.event_id for e in events(text)]


def test_article_from_text_takes_the_first_line_as_headline() -> None:
    article = article_from_text("العنوان\nالنص الأول\nالنص الثاني", "2022-01-01", "https://x/1")
    assert article.title == "العنوان" and article.text.startswith("النص الأول")
    assert article.published_at == "2022-01-01" and article.url == "https://x/1"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed folder absent")
def test_seed_002_overall_and_per_site_tolls() -> None:
    text = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    got = events(text, "2020-01-22")
    all_tolls = [group_tolls_of(e) for e in got]
    assert {("government forces", 8, None), ("TIP", 6, None)} in all_tolls
    for site in ({("government forces", 3, 8)}, {("government forces", 2, 5)}):
        assert site in all_tolls
    assert sum(t == {("government forces", 3, 8)} for t in all_tolls) == 2
    assert all(47 not in {c.killed for c in e.casualties} for e in got)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed folder absent")
def test_seed_004_political_opening_gives_no_event_for_putin() -> None:
    text = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    got = events(text, "2019-06-15")
    assert got and all("بوتين" not in e.evidence for e in got)


TOWNS = ["حلب", "إدلب", "حمص", "حماة", "درعا", "الرقة"]


def test_a_long_article_of_many_incidents_is_read_whole_with_its_claimant() -> None:
    lines = ["حصيلة يوم دام", "بحسب المرصد السوري لحقوق الإنسان، شهدت المحافظات أحداثاً عدة."]
    lines += [f"انفجار في {TOWNS[i % 6]} أدى إلى مقتل {i % 7 + 1} مدنيين." for i in range(3000)]
    events = extract(article_from_text("\n".join(lines)))
    assert len(events) == 3000
    assert [e.casualties[0].killed for e in events[:8]] == [1, 2, 3, 4, 5, 6, 7, 1]
    assert all(e.claimed_by == ["المرصد السوري لحقوق الإنسان"] for e in events)


def test_a_5_mb_text_is_read_up_to_the_bound() -> None:
    sentences = [f"انفجار في حلب أدى إلى مقتل {i % 7 + 1} مدنيين. " for i in range(140_000)]
    text = "عنوان\n" + "".join(sentences)
    assert len(text) > 5_000_000
    events = extract(article_from_text(text))
    assert len(events) == MAX_TEXT // len(sentences[0])  # one per whole sentence read
    assert [e.casualties[0].killed for e in events[:8]] == [1, 2, 3, 4, 5, 6, 7, 1]


def test_a_gathering_held_to_mark_an_anniversary_attacked_now_is_the_incident() -> None:
    # "تجمعاً لإحياء ذكرى ...": the commemoration is the target, its deaths the attack's own
    got = events(
        "تفجير انتحاري في مستونغ\n"
        "كويتا - قال مسؤولون إن 52 شخصاً قتلوا وأصيب أكثر من 50 آخرين في تفجير انتحاري استهدف "
        "تجمعاً لإحياء ذكرى المولد النبوي قرب مسجد في مدينة مستونغ.",
        published="2023-09-29",
    )
    assert len(got) == 1
    assert [(c.killed, c.injured) for c in got[0].casualties] == [(52, 50)]


def test_lebanons_hostile_air_force_is_israel() -> None:
    # Lebanon's agency writes "الطيران الحربي المعادي" for the Israeli air force
    got = events(
        "شهيدان بغارة على بلدة حولا\n"
        "مرجعيون - شن الطيران الحربي المعادي غارة على منزل في بلدة حولا بقضاء مرجعيون فجر اليوم، "
        "ما أدى إلى استشهاد مواطنين اثنين.",
        published="2024-10-03",
    )
    assert len(got) == 1
    assert "israel" in {a.id for a in got[0].actors}

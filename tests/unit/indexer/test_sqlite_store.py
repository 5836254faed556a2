import dataclasses

import pytest

from indexer.sqlite_store import SqliteStore
from streams.records import DeadLetter
from tests.factories import make_alert, make_article

article = make_article


@pytest.fixture
def store(tmp_path):
    with SqliteStore(tmp_path / "s.sqlite3") as opened:
        opened.put_article(
            article("1", "غارات على معرة النعمان", "قتل خمسة مدنيين في غارة جوية على مدينة معرة النعمان.")
        )
        opened.put_article(
            article(
                "2", "اشتباكات في ريف حلب", "دارت اشتباكات عنيفة بين الفصائل وقوات النظام بريف حلب الغربي."
            )
        )
        opened.put_article(article("3", "معرض للكتاب", "افتتحت وزارة الثقافة معرضاً للكتاب في دمشق."))
        yield opened


@pytest.mark.parametrize(
    "query",
    ["غَارَةٍ جَوِّيَّةٍ", "غارة جوية", "غاره جويه", "مَعَرَّة", "معره النعمان", "مدنيين"],
)
def test_search_ignores_diacritics_and_ta_marbuta(store, query):
    assert [hit.article_id for hit in store.search(query)] == ["1"]


def test_search_matches_words_behind_clitics_and_any_alef(store):
    assert [hit.article_id for hit in store.search("حلب")] == ["2"]  # written "بريف حلب"
    assert [hit.article_id for hit in store.search("إشتباكات")] == ["2"]


def test_every_query_word_must_match(store):
    assert store.search("اشتباكات دمشق") == []


def test_snippet_is_the_original_sentence_with_the_word(store):
    (hit,) = store.search("معرضا")
    assert hit.snippet == "افتتحت وزارة الثقافة معرضاً للكتاب في دمشق."


def test_writing_the_same_article_twice_keeps_one(store):
    store.put_article(article("1", "غارات على معرة النعمان", "نص محدث عن الغارة الجوية على معرة النعمان."))
    assert store.count() == 3
    assert [hit.article_id for hit in store.search("محدث")] == ["1"]
    assert store.search("خمسة مدنيين") == []


def test_duplicates_are_stored_but_not_searchable(store):
    store.put_article(
        article("4", "نسخة", "قتل خمسة مدنيين في غارة جوية على معرة النعمان.", duplicate_of="1")
    )
    assert store.count() == 4
    assert [hit.article_id for hit in store.search("غارة جوية")] == ["1"]
    assert store.get_article("4").duplicate_of == "1"


def test_dead_letters_are_kept_with_stage_and_reason(store):
    store.put_dead_letter(
        DeadLetter(stage="fetch", error="http_404: gone", key="http://a.test/x", payload="{}")
    )
    (letter,) = store.dead_letters()
    assert (letter.stage, letter.error, letter.key) == ("fetch", "http_404: gone", "http://a.test/x")
    assert letter.at


def test_a_teams_delivery_log_holds_its_digests_and_its_alerts_outcomes(tmp_path):
    from streams.records import Delivery
    from tests.factories import make_alert

    with SqliteStore(tmp_path / "d.sqlite3") as store:
        store.put_alert(make_alert("al-1", "daily"))
        store.put_delivery(Delivery("al-1", "webhook", "delivered", 1))  # names no subscription
        store.put_delivery(Delivery("dg-1", "apprise-tgram-1", "delivered", 1, subscription_id="daily"))
        store.put_delivery(Delivery("dg-2", "apprise-tgram-1", "delivered", 1, subscription_id="other"))
        found = store.latest_deliveries(10, ["daily"])
    assert [d["alert_id"] for d in found] == ["dg-1", "al-1"]


def test_an_older_incident_version_never_replaces_a_newer_one(tmp_path):
    incident = make_alert().incident
    newer = dataclasses.replace(incident, version=3, evidence="newer")
    with SqliteStore(tmp_path / "s.sqlite3") as store:
        assert store.put_incident(newer) is True
        assert store.put_incident(dataclasses.replace(incident, version=2, evidence="older")) is False
        assert store.put_incident(dataclasses.replace(incident, incident_id="i2")) is True
        assert [(i.incident_id, i.version, i.evidence) for i in store.incidents()] == [
            ("i1", 3, "newer"),
            ("i2", incident.version, incident.evidence),
        ]

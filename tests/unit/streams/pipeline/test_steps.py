"""The distributed engine's steps over dicts (no Kafka): dedup by band, merge, alerts, dead letters."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

from streams.pipeline import dedup, steps
from streams.pipeline.alerts import Matcher, Subscription
from streams.records import Actor, Article, Casualties, Event, Incident, Location

TEXT = " ".join(f"كلمة{i} خبر{i % 7} عن هجوم{i % 5}" for i in range(80))


def article(article_id: str, text: str = TEXT, fetched_at: str = "2024-01-01T10:00:00") -> Article:
    return Article(
        article_id=article_id,
        url=f"http://x/{article_id}",
        canonical_url=f"http://x/{article_id}",
        source_id="sham",
        title="عنوان",
        text=text,
        published_at="2024-01-01",
        fetched_at=fetched_at,
        lang="ar",
        content_hash=article_id,
    )


def run_dedup(
    articles: list[Article], order: Callable[[list[list[steps.Out]]], list[steps.Out]] | None = None
) -> dict[str, Article]:
    """Drive probe → band → verdict through dicts, like the agents do through Kafka; ``order``
    arranges the probes (given per article) as they reach the band checks.

    Returns the last release of each article (a late original re-releases its copy).
    """
    pending: dict = {}
    buckets: dict = {}
    index = steps.BandIndex()
    per_article = [steps.probe_bands(a.to_json().encode(), pending) for a in articles]
    probes = order(per_article) if order else [p for probes in per_article for p in probes]
    verdicts = [v for p in probes for v in steps.band_check(p.value.encode(), buckets, index, p.key)]
    released = [r for v in verdicts for r in steps.collect_verdict(v.value.encode(), pending)]
    assert all(entry["released"] for entry in pending.values())
    replayed = [r for v in verdicts for r in steps.collect_verdict(v.value.encode(), pending)]
    assert replayed == [], "a replayed verdict that changes no decision sends nothing"
    last = {out.key: out.value for out in released}
    return {key: Article.from_json(value) for key, value in last.items()}


def test_copy_is_duplicate_of_earlier_fetched_whatever_the_band_order() -> None:
    original = article("a", fetched_at="2024-01-01T10:00:00")
    copy = article("b", text=TEXT + " المصدر: وكالة", fetched_at="2024-01-01T11:00:00")

    def interleaved(probes: list[list[steps.Out]]) -> list[steps.Out]:
        first, second = probes
        return [*first[: len(first) // 2], *second, *first[len(first) // 2 :]]

    def copy_first(probes: list[list[steps.Out]]) -> list[steps.Out]:
        return [*probes[1], *probes[0]]

    for order in (None, interleaved, copy_first):
        released = run_dedup([original, copy], order)
        assert released["a"].duplicate_of is None
        assert released["b"].duplicate_of == "a"
        assert len(released["a"].signature) == dedup.NUM_PERM


def test_unrelated_articles_are_both_originals() -> None:
    other = " ".join(f"نص{i} مختلف{i % 3}" for i in range(90))
    released = run_dedup([article("a"), article("b", text=other)])
    assert released["a"].duplicate_of is None and released["b"].duplicate_of is None


def test_verdict_for_unknown_article_is_ignored() -> None:
    pending: dict = {}
    verdict = {"original": None, "score": 0, "order": None}
    message = json.dumps({"article_id": "x", "verdicts": {"0": verdict}})
    assert steps.collect_verdict(message.encode(), pending) == []  # logged, not raised


def test_an_article_sends_one_probe_per_band_shard_carrying_all_its_bands() -> None:
    probes = steps.probe_bands(article("a").to_json().encode(), {}, shards=4)
    assert 1 <= len(probes) <= 4 < dedup.BANDS
    bands = [band for p in probes for band in json.loads(p.value)["bands"]]
    assert sorted(bands, key=int) == [str(b) for b in range(dedup.BANDS)]
    for probe in probes:  # every band key of a probe belongs to the shard it is keyed by
        assert {dedup.band_shard(k, 4) for k in json.loads(probe.value)["bands"].values()} == {probe.key}


class CountingWrites(dict):
    """A table that counts the bytes written to each key (what a changelog would carry)."""

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[str, int] = {}

    def __setitem__(self, key: str, value: object) -> None:
        self.written[key] = self.written.get(key, 0) + len(json.dumps(value))
        super().__setitem__(key, value)


def test_verdicts_rewrite_a_small_entry_not_the_parked_article() -> None:
    pending = CountingWrites()
    buckets: dict = {}
    index = steps.BandIndex()
    probes = steps.probe_bands(article("a").to_json().encode(), pending, shards=8)
    parked = pending.written["a"]
    verdicts = [v for p in probes for v in steps.band_check(p.value.encode(), buckets, index, p.key)]
    assert len(verdicts) > 2
    (released,) = [r for v in verdicts for r in steps.collect_verdict(v.value.encode(), pending)]
    assert released.key == "a"
    assert pending.written["a"] < 2.1 * parked  # parked once, released once
    assert pending.written["a" + steps.VERDICTS] < parked


def test_an_article_is_filed_with_one_table_write_per_probe_not_per_band() -> None:
    writes: list[str] = []

    class Table(dict):
        def __setitem__(self, key: str, value: object) -> None:
            writes.append(key)
            super().__setitem__(key, value)

    buckets, index = Table(), steps.BandIndex()
    probes = steps.probe_bands(article("a").to_json().encode(), {}, shards=8)
    for probe in probes:
        steps.band_check(probe.value.encode(), buckets, index, probe.key)
    assert len(writes) == len(set(writes)) == len(probes) < dedup.BANDS  # one entry per probe
    assert sum(len(buckets[key]["bands"]) for key in writes) == dedup.BANDS
    for probe in probes:  # a replay writes nothing
        steps.band_check(probe.value.encode(), buckets, index, probe.key)
    assert len(writes) == len(probes)


class RecoveredTable(dict):
    """A step table whose contents may change other than through the step (``generation``)."""

    generation = 0


def test_articles_a_table_recovered_with_are_found_by_the_band_checks() -> None:
    original = article("a", fetched_at="2024-01-01T10:00:00")
    copy = article("b", text=TEXT + " المصدر: وكالة", fetched_at="2024-01-01T11:00:00")
    elsewhere: dict = {}  # the band checks of another worker, before a rebalance
    for probe in steps.probe_bands(original.to_json().encode(), {}):
        steps.band_check(probe.value.encode(), elsewhere, steps.BandIndex(), probe.key)

    def verdicts_for_copy(recovered: bool) -> list[str | None]:
        table = RecoveredTable()
        index = steps.BandIndex().follow(table, table)  # derived while the table was empty
        table.update(elsewhere)  # then the changelog is read into it
        table.generation += recovered
        outs = [
            out
            for probe in steps.probe_bands(copy.to_json().encode(), {})
            for out in steps.band_check(probe.value.encode(), table, index.follow(table, table), probe.key)
        ]
        mine = [json.loads(o.value)["verdicts"] for o in outs if o.key == "b"]
        return [v["original"] for verdicts in mine for v in verdicts.values()]

    assert "a" in verdicts_for_copy(recovered=True)
    assert "a" not in verdicts_for_copy(recovered=False)  # what the generation is for


def test_a_worker_that_loses_one_shard_of_an_article_keeps_its_entries_of_the_others() -> None:
    """A worker forgets the keys the partitions it lost wrote last: an article's entry in one
    shard must not be the key of its entry in another."""
    table: dict = {}
    index = steps.BandIndex()
    original = article("a", fetched_at="2024-01-01T10:00:00")
    copy = article("b", text=TEXT + " المصدر: وكالة", fetched_at="2024-01-01T11:00:00")
    probes = steps.probe_bands(original.to_json().encode(), {}, shards=8)
    for probe in probes:
        steps.band_check(probe.value.encode(), table, index.follow(table, table), probe.key)
    lost = probes[-1].key
    for key in [key for key in table if key.endswith(lost)]:
        del table[key]  # the partition of that shard went to another worker
    kept = {probe.key for probe in probes} - {lost}
    found = set()
    for probe in steps.probe_bands(copy.to_json().encode(), {}, shards=8):
        (mine, *_) = steps.band_check(probe.value.encode(), table, index.follow(table, table), probe.key)
        if any(v["original"] == "a" for v in json.loads(mine.value)["verdicts"].values()):
            found.add(probe.key)
    assert found and found <= kept


def test_an_article_whose_entry_expired_is_no_longer_an_original() -> None:
    table: dict = {}
    index = steps.BandIndex()
    original = article("a", fetched_at="2024-01-01T10:00:00")
    copy = article("b", text=TEXT + " المصدر: وكالة", fetched_at="2024-01-01T11:00:00")
    for probe in steps.probe_bands(original.to_json().encode(), {}):
        steps.band_check(probe.value.encode(), table, index.follow(table, table), probe.key)
    for key in [key for key in table if key.startswith("a")]:
        del table[key]  # swept: older than the duplicate window
    for probe in steps.probe_bands(copy.to_json().encode(), {}):
        (mine,) = steps.band_check(probe.value.encode(), table, index.follow(table, table), probe.key)
        assert all(v["original"] is None for v in json.loads(mine.value)["verdicts"].values())


def test_a_replayed_article_and_its_replayed_probes_release_it_once() -> None:
    pending: dict = {}
    buckets: dict = {}
    index = steps.BandIndex()
    raw = article("a").to_json().encode()
    probes = steps.probe_bands(raw, pending)
    assert steps.probe_bands(raw, pending) == probes  # delivered again before its verdicts came
    released = []
    for _ in range(2):  # its probes and verdicts delivered twice too (nothing committed)
        verdicts = [v for p in probes for v in steps.band_check(p.value.encode(), buckets, index, p.key)]
        released += [r for v in verdicts for r in steps.collect_verdict(v.value.encode(), pending)]
    assert [r.key for r in released] == ["a"]
    assert steps.probe_bands(raw, pending) == []  # and once released, the page itself is known


def event(event_id: str, killed: int, article_id: str) -> Event:
    return Event(
        event_id=event_id,
        type="explosion",
        date="2024-01-01",
        actors=[Actor("isis", "داعش", "ISIS", "perpetrator")],
        locations=[Location("al-bab", "الباب", "Al-Bab", "Aleppo", 36.37, 37.51, "town", "SY")],
        casualties=[Casualties(killed=killed)],
        evidence="انفجار سيارة مفخخة",
        article_id=article_id,
        source_id="sham",
    )


def test_merge_then_alert_once_then_update() -> None:
    incidents: dict = {}
    states: dict = {}
    matcher = Matcher([Subscription(id="s1", name="bombs", types=("explosion",))])

    def feed(ev: Event) -> list[steps.Out]:
        merged = steps.merge_incident(ev.to_json().encode(), incidents, clock=lambda: "t")
        return [a for m in merged for a in steps.match_alerts(m.value.encode(), states, matcher)]

    first = feed(event("e1", 8, "a1"))
    assert [json.loads(a.value)["kind"] for a in first] == ["new"]
    assert feed(event("e1", 8, "a1")) == []  # a replayed report changes nothing
    update = feed(event("e2", 12, "a2"))
    assert [json.loads(a.value)["kind"] for a in update] == ["update"]
    (day,) = incidents["SY"]["days"]  # the merge key's value names the day of its reports,
    (incident_id,) = incidents[f"SY{steps.DAY_MARK}{day}"]  # whose list names the incident,
    stored = incidents[f"SY{steps.RECORD_MARK}{incident_id}"]  # which has an entry of its own
    assert len(Incident.from_dict(stored).reports) == 2
    assert first[0].key == "s1" and update[0].value != first[0].value


class KeysWritten(dict):
    def __init__(self) -> None:
        super().__init__()
        self.written: list[str] = []

    def __setitem__(self, key: str, value: object) -> None:
        self.written.append(key)
        super().__setitem__(key, value)


def test_the_merge_key_s_value_is_written_with_every_day_list_so_it_never_expires_first() -> None:
    incidents = KeysWritten()

    def merge(ev: Event) -> list[str]:
        incidents.written.clear()
        steps.merge_incident(ev.to_json().encode(), incidents, clock=lambda: "t")
        return [key for key in incidents.written if key == "SY" or steps.DAY_MARK in key]

    day = f"SY{steps.DAY_MARK}2024-01-01"
    assert merge(event("e1", 8, "a1")) == [day, "SY"]
    assert merge(event("e2", 9, "a2")) == []  # joins the incident its day lists already
    elsewhere = dataclasses.replace(
        event("e3", 2, "a3"),
        locations=[Location("manbij", "منبج", "Manbij", "Aleppo", 36.53, 37.95, "town", "SY")],
    )
    assert merge(elsewhere) == [day, "SY"]  # the day's list changes: the key's value too


def test_extract_fills_ids_and_reads_copies_too() -> None:
    def fake_extract(a: Article) -> list[Event]:
        return [event("e1", 1, "")]

    public, _ = steps.extract_events(article("a").to_json().encode(), fake_extract)
    assert (public.topic, public.key, json.loads(public.value)["article_id"]) == ("events", "a", "a")
    dup = Article.from_dict({**article("b").to_dict(), "duplicate_of": "a"})
    copied, _ = steps.extract_events(dup.to_json().encode(), fake_extract)
    assert json.loads(copied.value)["article_id"] == "b"


def test_each_event_also_goes_to_its_merge_key_where_the_reports_of_an_incident_meet() -> None:
    found = [event("e1", 3, ""), event("e2", 0, "")]
    outs = steps.extract_events(article("a").to_json().encode(), lambda a: found)
    assert [(o.topic, o.key) for o in outs] == [
        ("events", "a"),
        ("events-by-merge-key", "SY"),
        ("events", "a"),
        ("events-by-merge-key", "SY"),
    ]
    assert outs[0].value == outs[1].value and outs[2].value == outs[3].value


def test_dead_letter_keeps_key_stage_and_payload() -> None:
    try:
        steps.extract_events(b"{not json", lambda a: [])
    except ValueError as exc:
        out = steps.dead_letter("extract", exc, b"k1", b"{not json")
    letter = json.loads(out.value)
    assert (out.topic, out.key, letter["stage"], letter["payload"]) == (
        "dead-letters",
        "k1",
        "extract",
        "{not json",
    )
    assert letter["error"].startswith("JSONDecodeError")


def test_article_keyed_by_something_else_is_refused() -> None:
    raw = article("a").to_json().encode()
    assert steps.probe_bands(raw, {}, b"a")
    try:
        steps.probe_bands(raw, {}, b"host")
    except ValueError as exc:
        assert "keyed by article_id" in str(exc)
    else:
        raise AssertionError("a wrongly keyed article was parked")

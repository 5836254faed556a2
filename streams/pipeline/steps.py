"""The distributed engine's steps: plain functions from one input record to output messages.

Each takes the raw value of one Kafka message (the record's JSON) and, where it keeps state,
a mapping (a Faust table in the worker, a dict in unit tests), and returns ``Out`` messages
for the agent to send. Every rule lives in the stage modules these functions call:
``streams.pipeline.dedup``, ``streams.extraction.extract``, ``streams.pipeline.merge``,
``streams.pipeline.alerts``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from streams.pipeline import dedup
from streams.pipeline.alerts import AlertState, Matcher
from streams.pipeline.merge import MergeState, merge_key
from streams.records import Article, DeadLetter, Event, Incident

__all__ = [
    "BandIndex",
    "Out",
    "awaits_verdicts",
    "band_check",
    "collect_verdict",
    "dead_letter",
    "extract_events",
    "match_alerts",
    "merge_incident",
    "probe_bands",
]

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Out:
    """One message to send: logical topic name, key, value (JSON text)."""

    topic: str
    key: str
    value: str

    @classmethod
    def of(cls, record: Any) -> Out:
        """A topic record under its topic and key (the contracts in ``streams.records``)."""
        return cls(record.topic, record.key, record.to_json())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def probe_bands(
    raw: bytes, pending: MutableMapping[str, Any], key: bytes | None = None, shards: int = dedup.BAND_SHARDS
) -> list[Out]:
    """Park the article until its verdicts are in; ask each band shard's owner about its bands.

    One probe per shard carries all of the article's bands that fall in it (rather than one
    message per band). The verdicts come back keyed by article_id, so the article must arrive
    keyed by it too (else its parked copy would sit on another partition).
    """
    article = Article.from_json(raw)
    if key is not None and key != article.article_id.encode():
        raise ValueError(f"articles must be keyed by article_id, got key {key!r}")
    sig = dedup.article_signature(article)
    article = dataclasses.replace(article, signature=sig)
    entry = pending.get(article.article_id) or {}
    if entry.get("released") and entry["article"]["content_hash"] == article.content_hash:
        return []  # this very page was decided already (a replay, or fetched again unchanged)
    if entry.get("released"):
        pending.pop(article.article_id + VERDICTS, None)  # a changed page is decided anew
    pending[article.article_id] = {"article": article.to_dict(), "released": False}
    probe = {"article_id": article.article_id, "sig": dedup.packed(sig), "order": dedup.order_key(article)}
    by_shard: dict[str, dict[str, str]] = {}
    for band, band_key in enumerate(dedup.band_keys(sig)):
        by_shard.setdefault(dedup.band_shard(band_key, shards), {})[str(band)] = band_key
    return [Out("band-probes", shard, _dumps({**probe, "bands": bands})) for shard, bands in by_shard.items()]


VERDICTS = "\x1fverdicts"  # article id + this: the verdicts so far, an entry apart from the
# article so that each verdict message rewrites a few bytes, not the whole parked article


def awaits_verdicts(entry: dict[str, Any]) -> bool:
    """A parked article (or its verdicts) not yet released: must outlive any state window."""
    return not entry.get("released")


class BandIndex:
    """The articles filed under each band key, derived from the band-check table.

    The table keeps one entry per article and band shard (signature, order, the article's band
    keys in that shard), written once per probe. A bucket per band key, rewritten whole for
    every article joining it, made 25 table writes (changelog messages) per article; here the
    buckets are derived in memory instead. An entry is keyed by article and shard, never by
    article alone: two shards may live on different partitions, and a worker that loses one of
    them forgets the keys that partition wrote last. The buckets are derived again from the
    table whenever it changed other than through ``band_check``: restored (the embedded engine's
    store) or recovered from its changelog (a Kafka worker taking partitions over): the table's
    ``generation`` moved. Entries that expired are dropped as they are met, and the index is
    derived anew once it names twice as many entries as the table holds.
    """

    def __init__(self) -> None:
        self._members: dict[str, list[str]] = {}
        self._indexed: set[str] = set()
        self._source: tuple[int, int] | None = None

    def follow(self, table: Mapping[str, Any], entries: Mapping[str, Any]) -> BandIndex:
        """Keep up with ``table`` (the step's table as stored; ``entries`` its view)."""
        source = (id(table), getattr(table, "generation", 0))
        if source != self._source or len(self._indexed) > 2 * len(table) + MAX_STALE:
            self._source = source
            self._members, self._indexed = {}, set()
            for key in entries:
                entry = entries.get(key)
                if isinstance(entry, dict):  # the earlier form (a list per band key) expires
                    self.file(key, entry["bands"])
        return self

    def file(self, entry_key: str, band_keys: Iterable[str]) -> None:
        self._indexed.add(entry_key)
        for band_key in band_keys:
            members = self._members.setdefault(band_key, [])
            if entry_key not in members:
                members.append(entry_key)
                del members[: -dedup.MAX_BUCKET]

    def bucket(self, band_key: str, entries: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The live articles filed under ``band_key``: ``{"id", "sig", "order"}`` each."""
        members = self._members.get(band_key, [])
        bucket = []
        for entry_key in list(members):
            entry = entries.get(entry_key)
            if isinstance(entry, dict):
                article_id = entry_key.partition(SHARD_MARK)[0]
                bucket.append({"id": article_id, "sig": entry["sig"], "order": entry["order"]})
            else:  # expired, or deleted by a sweep
                members.remove(entry_key)
                self._indexed.discard(entry_key)
        return bucket


MAX_STALE = 1000  # index entries of forgotten articles tolerated before the index is rebuilt
SHARD_MARK = "\x1f"  # article id + mark + band shard: an article's entry in the band-check table


def band_check(raw: bytes, entries: MutableMapping[str, Any], index: BandIndex, shard: str) -> list[Out]:
    """File the article under each of the probe's band keys (the probe of band shard ``shard``,
    its message key) and answer with these bands' verdicts for it; also tell each later-ordered
    copy that reached a band first that this is its original (one message per article told,
    whatever the number of bands)."""
    probe = json.loads(raw)
    article_id, sig = probe["article_id"], probe["sig"]
    entry_key = f"{article_id}{SHARD_MARK}{shard}"
    known = entries.get(entry_key)
    order = known["order"] if isinstance(known, dict) else probe["order"]  # a replay keeps its order
    mine: dict[str, dict[str, Any]] = {}
    copies: dict[str, dict[str, dict[str, Any]]] = {}
    for band, band_key in probe["bands"].items():
        bucket = index.bucket(band_key, entries)
        mine[band], later = dedup.band_verdict(bucket, article_id, sig, order)
        signatures = {entry["id"]: entry["sig"] for entry in bucket}
        for copy in later:
            told = {"original": article_id, "score": dedup.jaccard(sig, signatures[copy]), "order": order}
            copies.setdefault(copy, {})[band] = told
    bands = sorted(probe["bands"].values())
    if not isinstance(known, dict) or bands != known["bands"]:
        entries[entry_key] = {"sig": sig, "order": order, "bands": bands}
    index.file(entry_key, bands)
    return [_verdicts(article_id, mine), *(_verdicts(copy, told) for copy, told in copies.items())]


def _verdicts(article_id: str, verdicts: dict[str, dict[str, Any]]) -> Out:
    return Out("band-verdicts", article_id, _dumps({"article_id": article_id, "verdicts": verdicts}))


def collect_verdict(raw: bytes, pending: MutableMapping[str, Any]) -> list[Out]:
    """Count some bands' verdicts; with all of them in, release the article decided.

    A released article stays parked, so that a late verdict that changes the decision (an
    earlier original that reached a band after its copy) sends it again, decided anew. A
    verdict that changes nothing (a replay after a crash or a rebalance) sends nothing: a
    replay does not multiply the work downstream.
    """
    message = json.loads(raw)
    article_id = message["article_id"]
    entry = pending.get(article_id)
    if entry is None:
        LOGGER.warning("verdict for unknown article %s (bands %s)", article_id, sorted(message["verdicts"]))
        return []
    released = bool(entry.get("released"))
    known = (pending.get(article_id + VERDICTS) or {}).get("verdicts", {})
    verdicts = dict(known)
    for band, verdict in message["verdicts"].items():
        verdicts[band] = dedup.better_verdict(verdicts.get(band), verdict)
    if verdicts == known and (released or len(verdicts) < dedup.BANDS):
        return []
    complete = len(verdicts) == dedup.BANDS
    pending[article_id + VERDICTS] = {"verdicts": verdicts, "released": released or complete}
    if not complete:
        return []
    original = dedup.choose_original(verdicts.values())
    if released and entry["article"].get("duplicate_of") == original:
        return []
    article = Article.from_dict({**entry["article"], "duplicate_of": original})
    pending[article_id] = {"article": article.to_dict(), "released": True}
    return [Out("checked-articles", article_id, article.to_json())]


def extract_events(raw: bytes, extract: Callable[[Article], list[Event]]) -> list[Out]:
    """An article's events, copies included: each on ``events`` (keyed by its article, the
    public record) and on ``events-by-merge-key`` (keyed by its merge key, so that every report
    of one incident meets on one partition for the merge). Sending both here rather than
    re-keying ``events`` in a step of its own saves a hop per event: a message consumed and
    its JSON read and written again.

    A copy's reports join its original's incidents as reports of one more outlet (they change
    no toll: the figures are the same). Skipping copies would make incidents depend on arrival
    order: a copy that reached the duplicate check before its original was released, and
    extracted, as an original first.
    """
    article = Article.from_json(raw)
    outs = []
    for found in extract(article):
        event = dataclasses.replace(
            found,
            article_id=found.article_id or article.article_id,
            source_id=found.source_id or article.source_id,
        )
        value = event.to_json()
        outs += [Out(event.topic, event.key, value), Out("events-by-merge-key", merge_key(event), value)]
    return outs


def merge_incident(
    raw: bytes, incidents: MutableMapping[str, Any], clock: Callable[[], str] = now
) -> list[Out]:
    """Merge one report into the incidents under its merge key; emit every incident it changed
    (an absorbed one once more, with ``superseded_by``)."""
    event = Event.from_json(raw)
    key = merge_key(event)
    stored = incidents.get(key)
    state = MergeState.load(
        key,
        stored,
        _Prefixed(incidents, f"{key}{RECORD_MARK}"),
        _Prefixed(incidents, f"{key}{INDEX_MARK}"),
        _Prefixed(incidents, f"{key}{DAY_MARK}"),
    )
    changed = state.add(event, clock())
    value = state.dump()
    if state.lists_changed or value != stored:
        incidents[key] = value
    return [Out.of(incident) for incident in changed]


RECORD_MARK = "\x1f"  # merge key + mark + incident id: an incident's own entry (no place id has it)
INDEX_MARK = "\x1e"  # merge key + mark + incident id: its comparison data
DAY_MARK = "\x1d"  # merge key + mark + report day: the incidents with a report that day


class _Prefixed(MutableMapping[str, Any]):
    """The entries of ``table`` whose keys start with ``prefix``, by the rest of their key."""

    def __init__(self, table: MutableMapping[str, Any], prefix: str) -> None:
        self._table = table
        self._prefix = prefix

    def __getitem__(self, key: str) -> Any:
        return self._table[self._prefix + key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._table[self._prefix + key] = value

    def __delitem__(self, key: str) -> None:
        del self._table[self._prefix + key]

    def __iter__(self) -> Iterator[str]:
        size = len(self._prefix)
        return (key[size:] for key in list(self._table) if key.startswith(self._prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def match_alerts(
    raw: bytes,
    states: MutableMapping[str, Any],
    matcher: Matcher,
    clock: Callable[[], str] = now,
) -> list[Out]:
    """Alerts for one incident version. What each subscription was told is kept per incident;
    an incident that absorbed others starts from what was told about them."""
    incident = Incident.from_json(raw)
    matcher.sent = {}
    for incident_id in (*incident.merged_from, incident.incident_id):
        saved = states.get(incident_id) or {}
        matcher.load_states(incident_id, {sub: AlertState.from_dict(state) for sub, state in saved.items()})
    before = matcher.states(incident.incident_id)
    alerts = matcher.match(incident, clock())
    told = matcher.states(incident.incident_id)
    if told != before:
        states[incident.incident_id] = {sub: dataclasses.asdict(state) for sub, state in told.items()}
    return [Out.of(alert) for alert in alerts]


def dead_letter(stage: str, error: BaseException, key: bytes | str | None, raw: Any) -> Out:
    """The dead letter for a record a step could not handle (keyed by the original key)."""
    key_text = key.decode("utf-8", "replace") if isinstance(key, bytes) else key
    payload = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    letter = DeadLetter(
        stage=stage, error=f"{type(error).__name__}: {error}", key=key_text, payload=payload, at=now()
    )
    return Out("dead-letters", key_text or "", letter.to_json())

"""The records that travel between stages: one definition for every transport.

Embedded mode passes these dataclasses through asyncio queues; the distributed engine sends
``to_dict()`` as JSON on the Kafka topics of the same name and rebuilds them with
``from_dict()``. Field names are the topic contracts of DESIGN.md.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Self, TypeVar

__all__ = [
    "Actor",
    "Alert",
    "Article",
    "Casualties",
    "CrawlRequest",
    "DeadLetter",
    "Delivery",
    "Digest",
    "Event",
    "HeadlineToll",
    "Incident",
    "Location",
    "Record",
    "Report",
    "Toll",
    "stable_id",
    "utc_now_ms",
]

R = TypeVar("R", bound="Record")


def stable_id(*parts: object, length: int = 16) -> str:
    """A deterministic id from its parts, so a replay produces the same id."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def utc_now_ms() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Record:
    """Mixin: JSON-ready dict out, typed dataclass back in (nested records included)."""

    topic: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        return {name: encode(getattr(self, name)) for name, encode in _field_encoders(type(self))}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        kwargs = {name: decode(data[name]) for name, decode in _field_decoders(cls) if name in data}
        return cls(**kwargs)

    @classmethod
    def from_json(cls, raw: str | bytes) -> Self:
        return cls.from_dict(json.loads(raw))


Convert = Callable[[Any], Any]
_DECODERS: dict[type, tuple[tuple[str, Convert], ...]] = {}
_ENCODERS: dict[type, tuple[tuple[str, Convert], ...]] = {}
_IMMUTABLE = (str, int, float, bool)


def _field_encoders(cls: type) -> tuple[tuple[str, Convert], ...]:
    """Each field's name and the function that makes its JSON-ready copy, made once per class.
    ``dataclasses.asdict`` walks every value with ``copy.deepcopy``: a fifth of a worker's step
    time went there (an incident holds all its reports)."""
    if cls not in _ENCODERS:
        hints = typing.get_type_hints(cls)
        _ENCODERS[cls] = tuple((f.name, _encoder(hints[f.name])) for f in dataclasses.fields(cls))
    return _ENCODERS[cls]


def _encoder(hint: Any) -> Convert:
    """Plain values are immutable and kept; containers and nested records are copied."""
    if hint in _IMMUTABLE:
        return _same
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1 and args[0] in _IMMUTABLE:
            return _same
    if origin is list:
        (item,) = typing.get_args(hint)
        if item in _IMMUTABLE:
            return lambda value: list(value)
    return _plain


def _plain(value: Any) -> Any:
    """A JSON-ready deep copy of records, lists, tuples and dicts (what ``asdict`` gives)."""
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _field_decoders(cls: type) -> tuple[tuple[str, Convert], ...]:
    """Each field's name and the function that rebuilds its value, made once per class:
    resolving the annotations (``typing.get_type_hints``) and walking them on every decode cost
    more than the decoding itself."""
    if cls not in _DECODERS:
        hints = typing.get_type_hints(cls)
        _DECODERS[cls] = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls))
    return _DECODERS[cls]


def _decoder(hint: Any) -> Convert:
    """Rebuilds nested records inside lists and optionals from their dict form (None stays None)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(arg for arg in typing.get_args(hint) if arg is not type(None)))
        return lambda value: None if value is None else inner(value)
    if origin is list:
        (item,) = typing.get_args(hint)
        each = _decoder(item)
        return lambda value: None if value is None else [each(v) for v in value]
    if isinstance(hint, type) and issubclass(hint, Record):
        record: type[Record] = hint
        return lambda value: record.from_dict(value) if isinstance(value, dict) else value
    return _same


def _same(value: Any) -> Any:
    return value


@dataclass
class CrawlRequest(Record):
    topic: ClassVar[str] = "crawl-requests"
    url: str
    source_id: str
    discovered_at: str
    depth: int = 0
    priority: int = 0
    published_at: str | None = None  # as the feed or sitemap gave it

    @property
    def key(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.url).hostname or ""


@dataclass
class Article(Record):
    topic: ClassVar[str] = "articles"
    article_id: str
    url: str
    canonical_url: str
    source_id: str
    title: str
    text: str
    published_at: str | None
    fetched_at: str
    lang: str
    content_hash: str
    author: str | None = None
    site: str | None = None
    signature: list[int] = field(default_factory=list)
    duplicate_of: str | None = None
    discovered_at: str | None = None

    @property
    def key(self) -> str:
        return self.article_id


@dataclass
class Actor(Record):
    id: str
    name_ar: str
    name_en: str
    role: str = "mentioned"  # perpetrator | target | mentioned
    kind: str | None = None  # government | russia | jihadist | opposition | kurdish | turkey | ...


@dataclass
class Location(Record):
    id: str
    name_ar: str
    name_en: str
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    level: str | None = None  # country | admin1 | district | subdistrict | town
    country: str | None = None  # ISO 3166-1 alpha-2
    resolved_by: str | None = None  # unique | article | outlet | population: how a shared name was decided


@dataclass
class Casualties(Record):
    killed: int | None = None
    injured: int | None = None
    approximate: bool = False
    group: str | None = None
    text: str = ""


@dataclass
class Event(Record):
    topic: ClassVar[str] = "events"
    event_id: str
    type: str
    date: str | None
    actors: list[Actor] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    casualties: list[Casualties] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    contested: bool = False
    evidence: str = ""
    article_id: str | None = None
    source_id: str | None = None

    @property
    def key(self) -> str:
        return self.article_id or self.event_id


@dataclass
class Toll(Record):
    """Killed/injured range for one group across all reports of an incident."""

    group: str
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    approximate: bool = False


@dataclass
class HeadlineToll(Record):
    """An incident's one toll (the rule is ``streams.pipeline.tolls.headline_toll``):
    ``killed``/``injured`` are the headline figures, ``*_min`` the lowest figure a report gave."""

    killed: int = 0
    injured: int = 0
    killed_min: int = 0
    injured_min: int = 0
    approximate: bool = False


@dataclass
class Report(Record):
    """One event's part in an incident: its figures, and what the merge compares it by
    (type, date, place ids, actor id → role), so an incident can be re-formed from its reports.
    ``added`` are deaths on top of an earlier toll ("died of their wounds"), not a toll;
    ``parent`` is the event a follow-up report (type "other") hangs from."""

    article_id: str | None
    source_id: str | None
    event_id: str
    claimed_by: list[str] = field(default_factory=list)
    counts: list[Casualties] = field(default_factory=list)
    contested: bool = False
    type: str = ""
    date: str | None = None
    locations: list[str] = field(default_factory=list)
    actors: dict[str, str] = field(default_factory=dict)
    added: list[Casualties] = field(default_factory=list)
    parent: str | None = None
    evidence: str = ""


@dataclass
class Incident(Record):
    """Many reports of one real-world event (``streams.pipeline.merge``).

    ``merged_from`` lists the ids this incident absorbed (a history: which ids existed depends
    on the order reports came in); an absorbed incident is sent once more with
    ``superseded_by`` set, so stores and subscribers can redirect to the incident it became.
    """

    topic: ClassVar[str] = "incidents"
    incident_id: str
    type: str
    date_start: str | None
    date_end: str | None
    actors: list[Actor] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    toll: list[Toll] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    contested: bool = False
    first_seen: str = ""
    updated_at: str = ""
    version: int = 1
    evidence: str = ""
    headline: HeadlineToll = field(default_factory=HeadlineToll)
    merge_key: str = ""
    merged_from: list[str] = field(default_factory=list)
    superseded_by: str | None = None

    @property
    def key(self) -> str:
        """The merge key: an incident and the ones it absorbs meet on one partition, so what
        subscribers were told about them is kept together."""
        return self.merge_key or self.incident_id


@dataclass
class Alert(Record):
    topic: ClassVar[str] = "alerts"
    alert_id: str
    subscription_id: str
    incident_id: str
    kind: str  # new | update
    reason: str
    incident: Incident
    created_at: str = ""
    # when the alert was raised (wall clock, ms): the end of the publication → alert latency
    raised_at: str = field(default_factory=utc_now_ms)

    @property
    def key(self) -> str:
        return self.subscription_id

    @property
    def message_id(self) -> str:
        """What receivers drop repeats by (a digest's is its ``digest_id``)."""
        return self.alert_id


@dataclass
class Digest(Record):
    """One message for a digest subscription: the incidents its alerts announced during one
    period (several, after a stop), each by its latest alert, so each toll is the latest."""

    digest_id: str  # deterministic from the subscription, the period and the alerts listed
    subscription_id: str
    name: str
    period_start: str
    period_end: str
    alerts: list[Alert] = field(default_factory=list)
    kind: str = "digest"  # what receivers tell it from an alert by (theirs: new | update)

    @property
    def message_id(self) -> str:
        return self.digest_id


@dataclass
class DeadLetter(Record):
    topic: ClassVar[str] = "dead-letters"
    stage: str
    error: str
    key: str | None
    payload: str
    at: str = ""


@dataclass
class Delivery(Record):
    """The outcome of one alert (or digest) on one output (``deliveries`` topic; the SQLite
    outbox)."""

    topic: ClassVar[str] = "deliveries"
    alert_id: str  # the alert's id, or the digest's
    output: str
    status: str  # delivered | failed
    attempts: int
    reason: str = ""  # why it failed; empty when delivered
    submitted_at: str = ""
    finished_at: str = ""
    subscription_id: str = ""
    incident_id: str = ""

    @property
    def key(self) -> str:
        return self.alert_id

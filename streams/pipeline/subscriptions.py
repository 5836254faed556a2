"""Subscriptions: what a monitoring team wants to hear about, validated in one schema.

The same schema (``SubscriptionSpec``) reads a YAML seed file and an HTTP request body, so a
typo is an error that names its field wherever it was written: unknown keys, a string where
a list belongs, an actor or place id the gazetteers do not know (with the closest known ids
suggested), a channel URL that no channel understands. A valid spec becomes a frozen
``Subscription``, the form the matcher indexes.

A subscription names any of: keywords (phrases, matched on normalised Arabic text) and
keywords that exclude, actors, places (a governorate contains its districts and towns), event
types, sources, and minimum numbers killed and injured. Every field given must match; within
a field any value may; no excluded keyword may appear.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from streams.extraction import actors, places
from streams.extraction.arabic import normalize
from streams.extraction.event_types import precedence
from streams.records import Incident

__all__ = [
    "ANY",
    "IncidentFacts",
    "Policy",
    "Subscription",
    "SubscriptionError",
    "SubscriptionSpec",
    "channel_scheme",
    "load_subscriptions",
    "suggest",
]

ANY = "*"  # the index key of subscriptions with no place, actor or type
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
SOURCE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
MAX_TERMS = 50
MAX_CHANNELS = 10
MAX_COUNT = 1_000_000
SUGGESTIONS = 3
# Schemes of the chat, e-mail and push services apprise delivers to (its URL syntax), plus
# plain http(s) for signed webhooks.
WEBHOOK_SCHEMES = ("http", "https")
APPRISE_SCHEMES = (
    "slack", "tgram", "discord", "msteams", "mailto", "mailtos", "matrix", "matrixs", "mmost",
    "mmosts", "rocket", "rockets", "signal", "signals", "gotify", "gotifys", "ntfy", "ntfys",
    "pover", "json", "jsons", "form", "forms", "xml", "xmls", "zulip", "whatsapp", "sns", "ses",
)
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)

Term = Annotated[str, Field(min_length=1, max_length=200)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


class SubscriptionError(ValueError):
    """A subscription file that cannot be used; the message names the file, entry and field."""


def suggest(value: str, known: Iterable[str], n: int = SUGGESTIONS) -> list[str]:
    """The known ids closest to a mistyped one (difflib's ratio, best first)."""
    return difflib.get_close_matches(value.lower(), list(known), n=n, cutoff=0.5)


def _unknown(kind: str, value: str, known: Iterable[str]) -> ValueError:
    close = suggest(value, known)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; see the {kind} gazetteer for ids"
    return ValueError(f"unknown {kind} {value!r}{hint}")


def _actor_id(value: str) -> str:
    entries = actors.actor_entries()
    if value in entries:
        return value
    wanted = normalize(value)
    for entry in entries.values():
        if wanted in (normalize(entry.name_ar), normalize(entry.name_en)):
            return entry.id
    raise _unknown("actor", value, entries)


def _place_id(value: str) -> str:
    entries = places.place_entries()
    if value in entries:
        return value
    found = places.find_places(value)
    if found:
        return found[0].id
    raise _unknown("place", value, entries)


def channel_scheme(url: str) -> str:
    """The scheme of a valid channel URL; ValueError (with the reason) otherwise."""
    match = SCHEME.match(url)
    if not match:
        raise ValueError("a channel is a URL such as slack://…, tgram://… or https://… (webhook)")
    scheme = match.group(1).lower()
    if scheme not in APPRISE_SCHEMES + WEBHOOK_SCHEMES:
        raise ValueError(f"unsupported channel scheme {scheme!r}")
    parts = urlsplit(url)
    if scheme in WEBHOOK_SCHEMES and not parts.hostname:
        raise ValueError("a webhook URL needs a host")
    if not (parts.netloc or parts.path.strip("/")):
        raise ValueError(f"a {scheme}:// channel needs its target after the scheme")
    if any(ch.isspace() for ch in url):
        raise ValueError("a channel URL may not contain spaces")
    return scheme


class Policy(BaseModel):
    """When a subscription's alerts go out: each at once, or a digest every N hours; and whether
    later changes to an incident (a rising toll, a dispute) are sent as updates."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Literal["immediate", "digest"] = "immediate"
    every_hours: int | None = Field(default=None, ge=1, le=168)
    updates: bool = True

    @model_validator(mode="after")
    def _digest_needs_interval(self) -> Policy:
        if self.mode == "digest" and self.every_hours is None:
            raise ValueError("a digest needs every_hours (1 to 168)")
        if self.mode == "immediate" and self.every_hours is not None:
            raise ValueError("every_hours applies to mode 'digest' only")
        return self


class SubscriptionSpec(BaseModel):
    """What a team writes (YAML entry or HTTP body); ``to_subscription`` gives the matcher's form."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(default="", max_length=200)
    keywords: list[Term] = Field(default_factory=list, max_length=MAX_TERMS)
    exclude: list[Term] = Field(default_factory=list, max_length=MAX_TERMS)
    actors: list[Term] = Field(default_factory=list, max_length=MAX_TERMS)
    places: list[Term] = Field(default_factory=list, max_length=MAX_TERMS)
    types: list[str] = Field(default_factory=list, max_length=MAX_TERMS)
    sources: list[Annotated[str, Field(pattern=SOURCE_PATTERN)]] = Field(
        default_factory=list, max_length=MAX_TERMS
    )
    min_killed: Count = 0
    min_injured: Count = 0
    channels: list[Annotated[str, Field(min_length=1, max_length=2000)]] = Field(
        default_factory=list, max_length=MAX_CHANNELS
    )
    policy: Policy = Field(default_factory=Policy)

    @field_validator("keywords", "exclude")
    @classmethod
    def _normalised(cls, values: list[str]) -> list[str]:
        folded = [normalize(v).strip() for v in values]
        for original, norm in zip(values, folded, strict=True):
            if not norm:
                raise ValueError(f"keyword {original!r} has no letters once normalised")
        return folded

    @field_validator("actors")
    @classmethod
    def _known_actors(cls, values: list[str]) -> list[str]:
        return [_actor_id(v) for v in values]

    @field_validator("places")
    @classmethod
    def _known_places(cls, values: list[str]) -> list[str]:
        return [_place_id(v) for v in values]

    @field_validator("types")
    @classmethod
    def _known_types(cls, values: list[str]) -> list[str]:
        known = precedence()
        for value in values:
            if value not in known:
                raise _unknown("event type", value, known)
        return values

    @field_validator("channels")
    @classmethod
    def _valid_channels(cls, values: list[str]) -> list[str]:
        for value in values:
            channel_scheme(value)
        return values

    def to_subscription(self, subscription_id: str, team_id: str = "") -> Subscription:
        return Subscription(
            id=subscription_id,
            name=self.name or subscription_id,
            keywords=tuple(self.keywords),
            exclude=tuple(self.exclude),
            actors=tuple(self.actors),
            places=tuple(self.places),
            types=tuple(self.types),
            sources=tuple(self.sources),
            min_killed=self.min_killed,
            min_injured=self.min_injured,
            channels=tuple(self.channels),
            policy=self.policy,
            team_id=team_id,
        )


class SeedEntry(SubscriptionSpec):
    """A YAML entry: a spec with the id it is known by."""

    id: str = Field(pattern=ID_PATTERN)


@dataclass(frozen=True)
class IncidentFacts:
    """What subscriptions are matched against, computed once per incident."""

    type: str
    killed: int
    injured: int
    actors: frozenset[str]
    places: frozenset[str]
    sources: frozenset[str]
    text: str

    @classmethod
    def of(cls, incident: Incident) -> IncidentFacts:
        return cls(
            type=incident.type,
            killed=incident.headline.killed,
            injured=incident.headline.injured,
            actors=frozenset(_actor_keys(incident)),
            places=frozenset(_place_keys(incident)),
            sources=frozenset(r.source_id for r in incident.reports if r.source_id),
            text=normalize(incident.evidence),
        )


def _actor_keys(incident: Incident) -> set[str]:
    keys = set()
    for actor in incident.actors:
        keys |= {actor.id, normalize(actor.name_ar), normalize(actor.name_en)}
    return keys


def _place_keys(incident: Incident) -> set[str]:
    return {ancestor for loc in incident.locations for ancestor in places.ancestors(loc.id)}


@dataclass(frozen=True)
class Subscription:
    id: str
    name: str = ""
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_killed: int = 0
    min_injured: int = 0
    channels: tuple[str, ...] = ()
    policy: Policy = field(default_factory=Policy)
    team_id: str = ""

    def matches(self, facts: IncidentFacts) -> bool:
        if self.types and facts.type not in self.types:
            return False
        if self.min_killed and facts.killed < self.min_killed:
            return False
        if self.min_injured and facts.injured < self.min_injured:
            return False
        if self.actors and facts.actors.isdisjoint(self.actors):
            return False
        if self.places and facts.places.isdisjoint(self.places):
            return False
        if self.sources and facts.sources.isdisjoint(self.sources):
            return False
        if any(word in facts.text for word in self.exclude):
            return False
        return not self.keywords or any(keyword in facts.text for keyword in self.keywords)

    def index_keys(self) -> list[str]:
        """Where the matcher's inverted index files this subscription (its most selective field)."""
        if self.places:
            return [f"place:{value}" for value in self.places]
        if self.actors:
            return [f"actor:{value}" for value in self.actors]
        if self.types:
            return [f"type:{value}" for value in self.types]
        return [ANY]

    def spec(self) -> SubscriptionSpec:
        """The spec this subscription was made from (ids as stored)."""
        return SubscriptionSpec.model_construct(
            name=self.name,
            keywords=list(self.keywords),
            exclude=list(self.exclude),
            actors=list(self.actors),
            places=list(self.places),
            types=list(self.types),
            sources=list(self.sources),
            min_killed=self.min_killed,
            min_injured=self.min_injured,
            channels=list(self.channels),
            policy=self.policy,
        )


def _location(error: ErrorDetails) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(entry)"


def _entry_name(index: int, entry: object) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return f"entry {index + 1} ({entry['id']})"
    return f"entry {index + 1}"


def parse_entries(path: Path, entries: list[Any]) -> list[Subscription]:
    """Validated subscriptions from a YAML file's list; the first problem found is raised."""
    result: list[Subscription] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"{path}: {_entry_name(index, entry)}"
        try:
            seed = SeedEntry.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise SubscriptionError(f"{where}: {_location(first)}: {first['msg']}") from None
        if seed.id in seen:
            raise SubscriptionError(f"{where}: id: {seed.id!r} is used by an earlier entry")
        seen.add(seed.id)
        result.append(seed.to_subscription(seed.id))
    return result


def load_subscriptions(path: Path) -> list[Subscription]:
    """Read a subscriptions YAML file (a top-level ``subscriptions:`` list)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SubscriptionError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise SubscriptionError(f"{path}: expected a mapping with a 'subscriptions' list")
    unknown = set(data) - {"subscriptions"}
    if unknown:
        raise SubscriptionError(f"{path}: unknown top-level key(s): {', '.join(sorted(map(str, unknown)))}")
    entries = data.get("subscriptions") or []
    if not isinstance(entries, list):
        raise SubscriptionError(f"{path}: 'subscriptions' must be a list")
    return parse_entries(path, entries)

"""News sources as declarative data: one entry per outlet, no crawler class per site.

The file is checked against the ``Source`` schema on load: unknown keys, wrong types (a
``feeds:`` string instead of a list), non-http(s) URLs and duplicate ids are a
``ConfigError`` naming the file, the entry and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import yaml
from pydantic import ConfigDict, Field, TypeAdapter, ValidationError, field_validator, model_validator
from pydantic.dataclasses import dataclass

from streams.settings import ConfigError, describe_errors

__all__ = ["Source", "load_sources"]

MAX_SOURCES_FILE_BYTES = 5_000_000


def _http_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class Source:
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    homepage: str
    feeds: list[str] = Field(default_factory=list, max_length=100)
    sitemaps: list[str] = Field(default_factory=list, max_length=100)
    sections: list[str] = Field(default_factory=list, max_length=100)
    lang: str = "ar"
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")
    # Feeds, sitemaps or sections (URLs listed above) that carry breaking news: polled with
    # the tighter ``breaking_poll_floor`` instead of ``poll_floor``.
    breaking: list[str] = Field(default_factory=list, max_length=100)

    @field_validator("homepage")
    @classmethod
    def _homepage_is_http(cls, url: str) -> str:
        return _http_url(url)

    @field_validator("feeds", "sitemaps", "sections")
    @classmethod
    def _urls_are_http(cls, urls: list[str]) -> list[str]:
        return [_http_url(url) for url in urls]

    @model_validator(mode="after")
    def _breaking_are_listed(self) -> Source:
        listed = {self.homepage, *self.feeds, *self.sitemaps, *self.sections}
        if unknown := [url for url in self.breaking if url not in listed]:
            raise ValueError(f"breaking URLs not among its homepage/feeds/sitemaps/sections: {unknown}")
        return self


def load_sources(path: Path) -> list[Source]:
    """Read a sources YAML file (a top-level ``sources:`` list)."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SOURCES_FILE_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(raw) > MAX_SOURCES_FILE_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_SOURCES_FILE_BYTES} bytes")
    try:
        data = yaml.safe_load(raw.decode("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid UTF-8 YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict) or set(data) - {"sources"}:
        raise ConfigError(f"{path}: the file must hold one key, 'sources', a list of outlets")
    entries = data.get("sources") or []
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: 'sources' must be a list of outlets")
    return _checked(path, entries)


def _checked(path: Path, entries: list[object]) -> list[Source]:
    adapter = TypeAdapter(Source)
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        label = f"sources[{index}]"
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            label += f" (id {entry['id']!r})"
        try:
            source = adapter.validate_python(entry)
        except ValidationError as exc:
            raise ConfigError(describe_errors(exc, f"{path}: {label}")) from exc
        if source.id in seen:
            raise ConfigError(f"{path}: {label}: id: duplicate id {source.id!r}")
        seen.add(source.id)
        sources.append(source)
    return sources

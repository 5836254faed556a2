"""News sources as declarative data: one entry per outlet, no crawler class per site."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

__all__ = ["Source", "load_sources"]


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    homepage: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    lang: str = "ar"
    country: str | None = None
    # Feeds, sitemaps or sections (URLs listed above) that carry breaking news: polled with
    # the tighter ``breaking_poll_floor`` instead of ``poll_floor``.
    breaking: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        listed = {self.homepage, *self.feeds, *self.sitemaps, *self.sections}
        if unknown := [url for url in self.breaking if url not in listed]:
            where = "feeds/sitemaps/sections"
            raise ValueError(f"source {self.id}: breaking URLs not among its {where}: {unknown}")


def load_sources(path: Path) -> list[Source]:
    """Read a sources YAML file (a top-level ``sources:`` list)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    entries = data.get("sources", [])
    if not isinstance(entries, list):
        raise ValueError(f"{path}: 'sources' must be a list of outlets")
    try:
        return [Source(**entry) for entry in entries]
    except TypeError as exc:
        raise ValueError(f"{path}: each source needs id, name, homepage ({exc})") from exc
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc

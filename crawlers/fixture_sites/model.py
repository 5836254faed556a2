"""What the fixture outlets hold, read from the YAML files beside this module.

Outlets, their articles and their special URLs are data so that a new fixture case is a new
file, not new code. ``FixturePage`` is the contract tests assert on: what a correct crawler
and cleaner should make of each URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "EXPECTED",
    "FixturePage",
    "Outlet",
    "RequestLog",
    "Section",
    "Special",
    "Story",
    "load_outlets",
    "load_stories",
]

HERE = Path(__file__).parent
EXPECTED = (
    "article",
    "not_arabic",
    "not_found",
    "robots",
    "duplicate",
    "empty",
    "too_large",
    "not_article",
)


@dataclass(frozen=True)
class FixturePage:
    """The expected outcome of one URL a crawler can discover on the fixture sites.

    ``published`` is the value in the data: false marks the held-back report that appears
    only after ``FixtureSites.publish``. ``behaviour`` names a served quirk (``slow``,
    ``flaky`` = 503 once, then 200) and ``redirect_from`` the old URL that 301s here.
    """

    url: str
    outlet_id: str
    slug: str
    expected: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    duplicate_of: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    body_snippets: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    published: bool = True
    encoding: str = "utf-8"
    behaviour: str | None = None
    redirect_from: str | None = None
    lang: str = "ar"


@dataclass(frozen=True)
class RequestLog:
    """One request served; ``at`` is ``time.monotonic()`` when it arrived."""

    host: str
    path: str
    method: str
    status: int
    headers: dict[str, str]
    at: float


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    path: str


@dataclass(frozen=True)
class Special:
    """A non-article URL linked from a section page (404, empty, huge, robots-blocked)."""

    kind: str
    path: str
    section: str
    title: str
    of: str | None = None


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    layout: str
    encoding: str
    article_path: str
    feeds: dict[str, str]
    sitemap: str
    sitemap_path: str
    robots_disallow: str
    sections: list[Section]
    specials: list[Special]
    tz: str = "+03:00"
    english_path: str | None = None


@dataclass
class Story:
    """One article as written: metadata, paragraphs and the ground truth."""

    outlet_id: str
    slug: str
    title: str
    date: str
    time: str
    author: str
    section: str
    paragraphs: list[str]
    snippets: list[str]
    events: list[dict[str, Any]]
    expected: str = "article"
    published: bool = True
    lang: str = "ar"
    behaviour: str | None = None
    redirect_from: str | None = None
    duplicate_of: str | None = None
    meta_charset: bool = True
    embed: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def iso(self) -> str:
        return f"{self.date}T{self.time}:00"


def load_outlets(path: Path = HERE / "outlets.yaml") -> list[Outlet]:
    """Read the outlet definitions."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [_outlet(entry) for entry in data["outlets"]]


def _outlet(entry: dict[str, Any]) -> Outlet:
    entry = dict(entry)
    entry["sections"] = [Section(**s) for s in entry["sections"]]
    entry["specials"] = [Special(**s) for s in entry.get("specials", [])]
    return Outlet(**entry)


def load_stories(outlet_id: str, root: Path = HERE / "articles") -> list[Story]:
    """Read every article file of one outlet, in file-name order."""
    stories = []
    for path in sorted((root / outlet_id).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        stories.append(_story(outlet_id, path.stem, data))
    return stories


def _story(outlet_id: str, slug: str, data: dict[str, Any]) -> Story:
    body = data.pop("body")
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    data["date"] = str(data["date"])
    data["time"] = _clock(data["time"])
    data.setdefault("snippets", [])
    data.setdefault("events", [])
    return Story(outlet_id=outlet_id, slug=slug, paragraphs=paragraphs, **data)


def _clock(value: object) -> str:
    """``HH:MM``; YAML 1.1 reads an unquoted ``17:05`` as the sexagesimal int 1025."""
    if isinstance(value, int):
        return f"{value // 60:02d}:{value % 60:02d}"
    return str(value)

"""The short message of an alert, or of a digest, for chat and e-mail channels, in Arabic then
English.

An alert's is built from the incident (type, places, actors, headline toll, number of reports)
and the alert's reason; a digest's lists its incidents, one line each with its latest toll. The
labels are data (``messages.yaml``) so wording changes touch no code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from streams.records import Alert, Digest

__all__ = ["render", "render_digest"]

LABELS_FILE = Path(__file__).with_name("messages.yaml")
MAX_NAMES = 3
MAX_DIGEST_LINES = 20  # chat services cap a message's length (Telegram: 4,096 characters)


@cache
def _labels() -> dict[str, Any]:
    with LABELS_FILE.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def render(alert: Alert) -> tuple[str, str]:
    """``(title, body)``: the title in both languages, the body's Arabic block first."""
    labels = _labels()
    kind = labels["kinds"].get(alert.kind, labels["kinds"]["new"])
    kind_type = labels["types"].get(alert.incident.type, labels["types"]["other"])
    place = {
        lang: _names(alert, "locations", lang) or labels["labels"]["unknown_place"][lang]
        for lang in ("ar", "en")
    }
    title = (
        f"{kind['ar']}: {kind_type['ar']} في {place['ar']}"
        f" | {kind['en']}: {kind_type['en']} in {place['en']}"
    )
    body = "\n\n".join([_block(alert, "ar", place["ar"]), _block(alert, "en", place["en"]), alert.reason])
    return title, body


def _block(alert: Alert, lang: str, place: str) -> str:
    words = _labels()["labels"]
    lines = [f"{words['place'][lang]}: {place}"]
    actors = _names(alert, "actors", lang)
    if actors:
        lines.append(f"{words['actors'][lang]}: {actors}")
    lines.append(f"{words['toll'][lang]}: {_toll(alert, lang)}")
    return "\n".join(lines)


def _names(alert: Alert, field: str, lang: str) -> str:
    items = getattr(alert.incident, field)[:MAX_NAMES]
    separator = "، " if lang == "ar" else ", "
    return separator.join(getattr(item, f"name_{lang}") or item.name_ar for item in items)


def _toll(alert: Alert, lang: str) -> str:
    words = _labels()["labels"]
    killed, injured = alert.incident.headline.killed, alert.incident.headline.injured
    counts = ((killed, "killed"), (injured, "injured"))
    parts = [words[label][lang].format(n=count) for count, label in counts if count]
    toll = ("، " if lang == "ar" else ", ").join(parts) if parts else words["no_toll"][lang]
    return f"{toll} ({words['reports'][lang].format(n=len(alert.incident.reports))})"


def render_digest(digest: Digest) -> tuple[str, str]:
    """``(title, body)`` of a digest: the title in both languages, then one block per language
    listing the incidents (at most ``MAX_DIGEST_LINES``, then how many more)."""
    words = _labels()["digest"]
    n = len(digest.alerts)
    title = " | ".join(words["title"][lang].format(name=digest.name, n=n) for lang in ("ar", "en"))
    return title, "\n\n".join(_digest_block(digest, lang) for lang in ("ar", "en"))


def _digest_block(digest: Digest, lang: str) -> str:
    labels = _labels()
    words = labels["digest"]
    start, end = _moment(digest.period_start), _moment(digest.period_end)
    lines = [words["period"][lang].format(start=start, end=end)]
    for alert in digest.alerts[:MAX_DIGEST_LINES]:
        kind = labels["types"].get(alert.incident.type, labels["types"]["other"])[lang]
        place = _names(alert, "locations", lang) or labels["labels"]["unknown_place"][lang]
        updated = f" ({words['updated'][lang]})" if alert.kind == "update" else ""
        lines.append(f"• {kind} {words['in'][lang]} {place}{updated}: {_toll(alert, lang)}")
    more = len(digest.alerts) - MAX_DIGEST_LINES
    if more > 0:
        lines.append(words["more"][lang].format(n=more))
    return "\n".join(lines)


def _moment(iso: str) -> str:
    """``2026-01-01T06:00:00+00:00`` as ``2026-01-01 06:00`` (the labels say UTC)."""
    return iso[:16].replace("T", " ")

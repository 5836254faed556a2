"""The short message of an alert for chat and e-mail channels, in Arabic then English.

Built from the incident (type, places, actors, headline toll, number of reports) and the
alert's reason; the labels are data (``messages.yaml``) so wording changes touch no code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from streams.records import Alert

__all__ = ["render"]

LABELS_FILE = Path(__file__).with_name("messages.yaml")
MAX_NAMES = 3


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

"""Index templates as data, and the idempotent set-up of versioned indices behind aliases.

The mappings live in ``templates/*.json`` beside this module. Each kind (articles, incidents,
alerts) is written through an alias (``newswatch-articles``) pointing at a versioned index
(``newswatch-articles-v1``), so a mapping change is a new index and an alias swap, not a
broken cluster. The ``arabic`` analyzer is used where the cluster has it, ``standard`` if not;
the ``*_norm`` fields hold text normalised in Python and work either way.
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from elasticsearch import AsyncElasticsearch, BadRequestError

from indexer.elastic import has_analyzer

__all__ = [
    "DEFAULT_PREFIX",
    "KINDS",
    "REFERENCE_KINDS",
    "IndexNames",
    "field_types",
    "load_template",
    "render_template",
    "setup_indices",
    "setup_kind",
]

LOGGER = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
DEFAULT_PREFIX = "newswatch"
KINDS = ("articles", "incidents", "alerts")  # what the pipeline writes
REFERENCE_KINDS = ("boundaries",)  # reference data that set-up loads once (indexer/boundaries.py)
PREFERRED_ANALYZER = "arabic"
FALLBACK_ANALYZER = "standard"


@dataclass(frozen=True)
class IndexNames:
    """Names of one kind's template, alias and current versioned index."""

    prefix: str
    kind: str
    version: int

    @property
    def alias(self) -> str:
        return f"{self.prefix}-{self.kind}"

    @property
    def index(self) -> str:
        return f"{self.alias}-v{self.version}"

    @property
    def template(self) -> str:
        return self.alias

    @property
    def pattern(self) -> str:
        return f"{self.alias}-v*"


@cache
def _load(kind: str) -> dict[str, Any]:
    if kind not in (*KINDS, *REFERENCE_KINDS):
        raise ValueError(f"unknown index kind {kind!r}; expected one of {KINDS + REFERENCE_KINDS}")
    return json.loads((TEMPLATES_DIR / f"{kind}.json").read_text(encoding="utf-8"))


def load_template(kind: str) -> dict[str, Any]:
    """The template of ``kind`` exactly as stored (a fresh copy, safe to change)."""
    return copy.deepcopy(_load(kind))


def names(kind: str, prefix: str = DEFAULT_PREFIX) -> IndexNames:
    return IndexNames(prefix=prefix, kind=kind, version=int(_load(kind)["version"]))


def render_template(
    kind: str, prefix: str = DEFAULT_PREFIX, text_analyzer: str = PREFERRED_ANALYZER
) -> dict[str, Any]:
    """The body of ``PUT _index_template/<name>`` for this prefix and text analyzer."""
    body = load_template(kind)
    body["index_patterns"] = [names(kind, prefix).pattern]
    body["priority"] = 200
    _swap_analyzer(body["template"]["mappings"]["properties"], text_analyzer)
    return body


def _swap_analyzer(properties: dict[str, Any], analyzer: str) -> None:
    for spec in properties.values():
        if spec.get("analyzer") == PREFERRED_ANALYZER:
            spec["analyzer"] = analyzer
        if "properties" in spec:
            _swap_analyzer(spec["properties"], analyzer)


def field_types(kind: str) -> dict[str, str]:
    """Every field path of ``kind``'s mapping (objects and multi-fields flattened) → type."""
    out: dict[str, str] = {}
    _flatten(_load(kind)["template"]["mappings"]["properties"], "", out)
    return out


def _flatten(properties: dict[str, Any], prefix: str, out: dict[str, str]) -> None:
    for name, spec in properties.items():
        path = f"{prefix}{name}"
        out[path] = spec.get("type", "object")
        if "properties" in spec:
            _flatten(spec["properties"], f"{path}.", out)
        for sub, sub_spec in spec.get("fields", {}).items():
            out[f"{path}.{sub}"] = sub_spec["type"]


async def setup_indices(es: AsyncElasticsearch, prefix: str = DEFAULT_PREFIX) -> str:
    """Create templates, indices and aliases that are missing; returns the text analyzer used.

    Safe to call on every start and from several workers at once.
    """
    analyzer = (
        PREFERRED_ANALYZER if await has_analyzer(es, PREFERRED_ANALYZER) else (FALLBACK_ANALYZER)
    )
    for kind in KINDS:
        await setup_kind(es, names(kind, prefix), render_template(kind, prefix, analyzer))
    return analyzer


async def setup_kind(es: AsyncElasticsearch, n: IndexNames, body: dict[str, Any]) -> None:
    """Put the template ``body``; create the versioned index behind its alias if missing."""
    await es.indices.put_index_template(name=n.template, **body)
    if await es.indices.exists_alias(name=n.alias):
        return
    try:
        await es.indices.create(index=n.index, aliases={n.alias: {"is_write_index": True}})
        LOGGER.info("created index %s behind alias %s", n.index, n.alias)
    except BadRequestError as exc:
        if exc.error != "resource_already_exists_exception":
            raise
        await es.indices.put_alias(index=n.index, name=n.alias, is_write_index=True)

"""The one loader for the grammar's data files: YAML read into pydantic models.

Every lexicon and gazetteer has a model here or beside its reader; unknown keys, missing keys
and wrong types are errors that name the file and the field, so a misspelt key in a data edit
fails its schema test instead of being silently ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

__all__ = ["DATA_DIR", "DataError", "Strict", "load"]

DATA_DIR = Path(__file__).parent
T = TypeVar("T")
# libyaml's safe loader when built (about 20x faster on the gazetteers), else the Python one.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataError(ValueError):
    """A data file that does not match its schema."""


class Strict(BaseModel):
    """Base of every data model: unknown keys are errors; values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def load(relative: str, schema: type[T]) -> T:
    """``relative`` (e.g. "lexicons/claims.yaml") parsed and validated as ``schema``."""
    path = DATA_DIR / relative
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    try:
        value: T = TypeAdapter(schema).validate_python(raw)
    except ValidationError as exc:
        raise DataError(f"{path.name}: {exc}") from exc
    return value

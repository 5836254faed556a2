from pathlib import Path

import pytest

from crawlers.sources import load_sources
from streams.settings import Settings


def test_shipped_sources_are_arabic_outlets_with_somewhere_to_discover_from():
    sources = load_sources(Settings().sources_file)
    assert len(sources) >= 10
    assert len({s.id for s in sources}) == len(sources)
    for source in sources:
        assert source.homepage.startswith("https://")
        assert source.lang == "ar"


def test_a_malformed_sources_file_is_refused_with_its_path(tmp_path: Path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources: {id: x}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"sources\.yaml"):
        load_sources(path)

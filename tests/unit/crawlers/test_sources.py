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


def test_a_breaking_url_must_be_one_of_the_sources_own_feeds_or_sections(tmp_path: Path):
    path = tmp_path / "sources.yaml"
    entry = "  - {id: a, name: A, homepage: 'https://a.test/', feeds: ['https://a.test/feed']"
    path.write_text(f"sources:\n{entry}, breaking: ['https://a.test/feed']}}\n", encoding="utf-8")
    assert load_sources(path)[0].breaking == ["https://a.test/feed"]
    path.write_text(f"sources:\n{entry}, breaking: ['https://a.test/fed']}}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"sources\.yaml: source a: breaking URLs .*fed"):
        load_sources(path)

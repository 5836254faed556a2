from pathlib import Path

import pytest

from crawlers.sources import load_sources
from streams.settings import ConfigError, Settings


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
    with pytest.raises(ValueError, match=r"sources\.yaml: sources\[0\] \(id \'a\'\): .*breaking URLs .*fed"):
        load_sources(path)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = "  - id: a\n    name: A\n    homepage: https://a.example/\n"


@pytest.mark.parametrize(
    ("entry", "named"),
    [
        ("    feeds: https://a.example/feed\n", r"\(id 'a'\): feeds: Input should be a valid list"),
        ("    feed: [https://a.example/feed]\n", r"sources\[0\] \(id 'a'\): feed: Unexpected keyword"),
        ("    sitemaps: [ftp://a.example/s.xml]\n", r"sitemaps: Value error, not an http\(s\) URL"),
        ("    country: [sy]\n", r"country: Input should be a valid string"),
    ],
)
def test_a_wrong_field_is_named_with_file_entry_and_field(tmp_path: Path, entry: str, named: str):
    path = _write(tmp_path, "sources:\n" + GOOD + entry)
    with pytest.raises(ConfigError, match=named) as caught:
        load_sources(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_duplicate_ids_are_refused(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"sources\[1\] \(id 'a'\): id: duplicate id 'a'"):
        load_sources(_write(tmp_path, "sources:\n" + GOOD + GOOD))


def test_a_missing_field_is_named(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"sources\[0\] \(id 'b'\): homepage: Field required"):
        load_sources(_write(tmp_path, "sources:\n  - id: b\n    name: B\n"))

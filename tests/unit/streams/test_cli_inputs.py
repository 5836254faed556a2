"""Careless input to the command line: one clear line on stderr, exit code 2, bounded memory."""

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.cli import EXIT_BAD_INPUT, main
from streams.settings import get_settings


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("NEWSWATCH_HOST_CONCURRENCY", "0"),
        ("NEWSWATCH_TOTAL_CONCURRENCY", "-3"),
        ("NEWSWATCH_REQUEST_DEADLINE", "0"),
        ("NEWSWATCH_MAX_PAGE_BYTES", "lots"),
        ("NEWSWATCH_RETRIES", "1000"),
        ("NEWSWATCH_PROCESSING_GUARANTEE", "maybe"),
        ("NEWSWATCH_ALLOW_PRIVATE_HOSTS", "127.0.0.1,not-a-host"),
    ],
)
def test_nonsense_settings_are_one_line_and_exit_2(monkeypatch, capsys, tmp_path, variable, value):
    monkeypatch.setenv(variable, value)
    page = tmp_path / "p.html"
    page.write_text("<html></html>", encoding="utf-8")
    assert main(["clean", str(page)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err.strip()
    assert variable in err and "\n" not in err and "Traceback" not in err


def test_a_sources_file_with_a_feeds_string_is_one_line_and_exit_2(monkeypatch, capsys, tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n  - id: a\n    name: A\n    homepage: https://a.example/\n    feeds: https://a.example/f\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("NEWSWATCH_SOURCES_FILE", str(sources))
    monkeypatch.setenv("NEWSWATCH_STORE_PATH", str(tmp_path / "s.sqlite3"))
    assert main(["run", "--once"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err.strip()
    assert f"{sources}: sources[0] (id 'a'): feeds: Input should be a valid list" in err
    assert "\n" not in err


def test_clean_on_dev_zero_stops_at_the_cap(monkeypatch, capsys):
    monkeypatch.setenv("NEWSWATCH_MAX_PAGE_BYTES", "1000000")
    tracemalloc.start()
    try:
        assert main(["clean", "/dev/zero"]) == EXIT_BAD_INPUT
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "too_large: more than 1000000 bytes" in capsys.readouterr().err
    assert peak < 20_000_000


def test_clean_on_a_50_mb_file_is_refused_quickly(capsys, tmp_path: Path):
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)
    assert main(["clean", str(big)]) == EXIT_BAD_INPUT
    assert "too_large" in capsys.readouterr().err


def test_a_page_declaring_a_non_text_codec_is_refused(capsys, tmp_path: Path):
    page = tmp_path / "rot.html"
    page.write_bytes(b'<html><head><meta charset="rot13"></head><body>x</body></html>')
    assert main(["clean", str(page)]) == EXIT_BAD_INPUT
    assert "bad_charset" in capsys.readouterr().err


def test_passwords_in_urls_never_reach_the_log(caplog):
    import logging

    from streams.cli import RedactingFilter

    record = logging.LogRecord("x", logging.INFO, "", 0, "fetch %s failed", ("http://u:hunter2@h/x",), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == "fetch http://u:***@h/x failed"


@pytest.mark.parametrize("command", ["demo", "run", "worker", "indexer", "status", "teams"])
def test_a_commands_help_says_what_it_does_and_where_its_settings_come_from(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    summary = out.split("\n\n")[1]  # the paragraph after the usage line
    assert not summary.startswith(("options", "positional")), out
    assert "NEWSWATCH_" in out


def test_extract_refuses_a_publication_date_it_cannot_read(capsys, tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text("قتل ثلاثة جنود في هجوم على حاجز بمدينة درعا.", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(report), "--published", "9/4/2025"])
    assert exit_info.value.code == EXIT_BAD_INPUT
    assert "write it as YYYY-MM-DD" in capsys.readouterr().err


def test_extract_on_an_empty_file_says_so_and_exits_2(capsys, tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text(" \n\n", encoding="utf-8")
    assert main(["extract", str(report)]) == EXIT_BAD_INPUT
    assert "empty: the file holds no text" in capsys.readouterr().err


def test_extract_says_when_a_report_has_no_incident(capsys, tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text("ارتفعت أسعار الذهب في الأسواق المحلية اليوم.", encoding="utf-8")
    assert main(["extract", str(report), "--published", "2025-04-09"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no violent incident reported" in captured.err


def test_extract_prints_one_json_line_per_incident(capsys, tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text("قتل ثلاثة جنود في هجوم على حاجز بمدينة درعا.", encoding="utf-8")
    assert main(["extract", str(report), "--published", "2025-04-09"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and '"killed": 3' in lines[0]

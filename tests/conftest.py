"""Settings shared by every test: hypothesis draws the same examples on every run, so a
property test or the fuzz run passes or fails the same way on every machine (a failure found
once is reproducible, never a flake). A test that configures the process's logging (a command
run in process) does not leave its handler behind: the handler writes to that test's captured
stderr, which is closed once the test ends."""

import logging
from collections.abc import Iterator

import pytest
from hypothesis import settings

settings.register_profile("newswatch", derandomize=True)
settings.load_profile("newswatch")


@pytest.fixture(autouse=True)
def _logging_handlers_restored() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before and type(handler) is logging.StreamHandler:  # not pytest's own
            root.removeHandler(handler)

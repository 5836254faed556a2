"""Settings shared by every test: hypothesis draws the same examples on every run, so a
property test or the fuzz run passes or fails the same way on every machine (a failure found
once is reproducible, never a flake)."""

from hypothesis import settings

settings.register_profile("newswatch", derandomize=True)
settings.load_profile("newswatch")

"""The newswatch HTTP API: search, alerts, a live alert stream (SSE) and an Arabic web page."""

from streams.api.app import create_app, run_api, serving

__all__ = ["create_app", "run_api", "serving"]

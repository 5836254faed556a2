"""Step metrics count what the steps sent, dead letters by their own stage, and are scraped
over HTTP in the Prometheus text format."""

from __future__ import annotations

import httpx

from streams.ops.metrics import PipelineMetrics, serve_metrics
from streams.pipeline.steps import Out, dead_letter
from streams.settings import Settings


def test_sent_records_and_dead_letters_are_counted_by_stage() -> None:
    metrics = PipelineMetrics()
    letter = dead_letter("crawl:robots", ValueError("disallowed"), b"example.org", b"{}")
    metrics.sent("crawler", [Out("articles", "a1", "{}"), Out("articles", "a2", "{}"), letter])
    metrics.sent("extract", [Out("dead-letters", "k", "not json")])
    value = metrics.registry.get_sample_value
    assert value("newswatch_records_out_total", {"stage": "crawler", "topic": "articles"}) == 2
    assert value("newswatch_dead_letters_total", {"stage": "crawl:robots"}) == 1
    assert value("newswatch_dead_letters_total", {"stage": "extract"}) == 1


def test_metrics_are_served_on_the_port_and_off_without_one() -> None:
    assert serve_metrics(Settings()) is None
    metrics = PipelineMetrics()
    metrics.step_seconds.labels("merge").observe(0.02)
    port = serve_metrics(Settings(metrics_port=0), metrics)
    assert port
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    assert 'newswatch_step_seconds_count{stage="merge"} 1.0' in text

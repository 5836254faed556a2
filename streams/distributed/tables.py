"""Faust tables (state with changelog topics, recovered on restart or rebalance).

band_buckets    band key → [{id, sig, order}]       (near-duplicate check, keyed by band)
pending         article_id → {article, verdicts}     (articles waiting for all band verdicts)
incidents       merge key → [incident dict, ...]     (recent incidents a report may join)
alert_states    incident_id → {subscription_id: AlertState dict}
"""

from __future__ import annotations

from faust.types import TableT

from streams.distributed.app import app, settings

__all__ = ["alert_states", "band_buckets", "incidents", "pending"]


def _table(name: str, help: str) -> TableT:
    return app.Table(
        name,
        default=None,
        partitions=settings.topic_partitions,
        help=help,
    )


band_buckets = _table("band-buckets", "LSH band key -> articles filed under it")
pending = _table("dedup-pending", "article_id -> article and its band verdicts so far")
incidents = _table("incidents-by-merge-key", "merge key -> recent incidents")
alert_states = _table("alert-states", "incident_id -> what each subscription was told")

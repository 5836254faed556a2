"""Embedded runs for people: progress while crawling, alerts as they come, a summary at the end.

``run_demo`` serves the bundled fixture news sites on 127.0.0.1, crawls them, then publishes
a later report that raises one incident's toll and crawls again, so a newcomer sees new
alerts, duplicates suppressed and an update alert in one command.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from crawlers.sources import Source
from indexer.sqlite_store import LIVE_INCIDENTS, SqliteStore
from streams.api.store import LiveSubscriptions, SqliteTeamStore
from streams.delivery.channels import ChannelRoute, channel_output
from streams.delivery.digests import CHECK_SECONDS, DigestBook, DigestHold, DigestSender
from streams.delivery.dispatcher import Dispatcher, RetryPolicy
from streams.delivery.outbox import SqliteDeliveryLog, resubmit_undelivered
from streams.delivery.outputs import AlertOutput, build_outputs
from streams.engines.embedded.processing import ArticleProcessor
from streams.engines.embedded.runner import EmbeddedPipeline, RunStats
from streams.ops.metrics import get_metrics
from streams.ops.shutdown import stop_on_signal
from streams.pipeline.alerts import Matcher
from streams.pipeline.settle import SettleWindow
from streams.pipeline.subscriptions import Subscription, load_subscriptions
from streams.pipeline.topology import StateWindows, Step, pipeline_steps
from streams.settings import PACKAGE_DIR, Settings

__all__ = ["DEMO_QUERY", "delivery", "print_summary", "report_failing_sources", "run_demo", "run_embedded"]

DEMO_SUBSCRIPTIONS = PACKAGE_DIR / "data" / "demo_subscriptions.yaml"
DEMO_QUERY = "إدلب"


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]crawling[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _counts(stats: RunStats) -> str:
    return (
        f"stored {stats.stored} · dup {stats.duplicates} · events {stats.events} · "
        f"incidents {stats.incidents} · alerts {stats.alerts} · skipped {sum(stats.skipped.values())}"
    )


@contextlib.asynccontextmanager
async def delivery(
    settings: Settings,
    store: SqliteStore,
    console: Console | None,
    matcher: Matcher | None = None,
    *,
    wall: Callable[[], float] = time.time,
    digest_check: float = CHECK_SECONDS,
) -> AsyncIterator[Dispatcher]:
    """The delivery stage over the outbox in ``store``: owed alerts are re-sent first, and at
    the end queued deliveries get ``delivery_drain_timeout`` seconds to finish. With a
    ``matcher``, alerts also go to their subscription's own channels, or are held for its
    digest (in ``store``'s file too) when it asks for one; ``wall`` is the clock digest periods
    are read on, checked every ``digest_check`` seconds."""
    async with httpx.AsyncClient(timeout=settings.delivery_attempt_timeout) as client:
        dispatcher = Dispatcher(
            build_outputs(settings, client, console),
            log=SqliteDeliveryLog(store),
            policy=RetryPolicy.from_settings(settings),
            queue_size=settings.delivery_queue_size,
            metrics=get_metrics(),
        )
        with contextlib.closing(DigestBook(store.path)) as book:
            sending = None
            if matcher is not None:
                secret = settings.webhook_secret

                def make(url: str) -> AlertOutput:
                    return channel_output(url, client, secret)

                hold = DigestHold(book, matcher.subscription, now=wall)
                dispatcher.route_by(ChannelRoute(dispatcher, matcher.subscription, make, hold))
            dispatcher.start()
            sender = DigestSender(book, dispatcher, now=wall)
            try:
                await resubmit_undelivered(dispatcher, store)
                if matcher is not None:
                    sending = asyncio.create_task(sender.run(digest_check))
                yield dispatcher
            finally:
                if sending is not None:
                    sending.cancel()
                await dispatcher.aclose(settings.delivery_drain_timeout)
                await sender.close()


def pipeline_steps_for(settings: Settings, matcher: Matcher) -> list[Step]:
    """The pipeline steps as configured (both engines build them here)."""
    window = SettleWindow(quiet=settings.alert_settle, longest=settings.alert_hold_max)
    windows = StateWindows(duplicates=settings.dedup_window, incidents=settings.incident_window)
    return pipeline_steps(
        matcher, window=window, clock=time.time, band_shards=settings.band_shards, windows=windows
    )


def embedded_processor(settings: Settings, store: SqliteStore, matcher: Matcher) -> ArticleProcessor:
    return ArticleProcessor(store, pipeline_steps_for(settings, matcher))


@contextlib.asynccontextmanager
async def embedded_pipeline(
    settings: Settings,
    store: SqliteStore,
    console: Console,
    subscriptions_file: Path | None = None,
) -> AsyncIterator[EmbeddedPipeline]:
    """A pipeline with a progress bar, the configured alert outputs and subscriptions."""
    subscriptions_file = subscriptions_file or settings.subscriptions_file
    subscriptions = load_subscriptions(subscriptions_file) if subscriptions_file else []
    matcher = Matcher(subscriptions)
    processor = embedded_processor(settings, store, matcher)
    with _progress(console) as progress, _team_subscriptions(settings, matcher, subscriptions):
        task = progress.add_task("crawl", total=None, counts="")

        def update(stats: RunStats) -> None:
            done = stats.fetched + sum(stats.skipped.values())
            progress.update(task, total=stats.discovered, completed=done, counts=_counts(stats))

        async with delivery(settings, store, console, matcher) as dispatcher:
            pipeline = EmbeddedPipeline(
                settings, store, processor, on_update=update, alerts=dispatcher
            )
            async with pipeline:
                yield pipeline


@contextlib.contextmanager
def _team_subscriptions(settings: Settings, matcher: Matcher, fixed: list[Subscription]) -> Iterator[None]:
    """Teams' subscriptions from the API's store, when there is one, kept current while the
    pipeline runs (created over HTTP → matched within a second); silenced incidents muted."""
    if not settings.teams_path.exists():
        yield
        return
    teams = SqliteTeamStore(settings.teams_path)
    live = LiveSubscriptions(matcher.replace, teams, fixed)
    live.refresh()
    matcher.muted = teams.is_silenced
    task = asyncio.get_running_loop().create_task(live.follow())
    try:
        yield
    finally:
        task.cancel()
        matcher.muted = None


async def run_embedded(
    settings: Settings, store: SqliteStore, console: Console, sources: list[Source], *, once: bool
) -> RunStats:
    """``newswatch run``: every source once, or each on its own clock until SIGINT/SIGTERM
    (which cancel the requests in flight, so the run ends within seconds even while a server
    trickles)."""
    stop = stop_on_signal()
    async with embedded_pipeline(settings, store, console) as pipeline:
        if once:
            return await pipeline.crawl(sources, stop)
        return await pipeline.run_forever(sources, stop)



def print_summary(console: Console, stats: RunStats, store: SqliteStore) -> None:
    table = Table(title="newswatch summary", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("pages discovered", stats.discovered),
        ("pages fetched", stats.fetched),
        *((f"skipped: {reason}", n) for reason, n in sorted(stats.skipped.items())),
        *((f"discovery problem: {reason}", n) for reason, n in sorted(stats.discovery_errors.items())),
        ("articles stored", stats.stored),
        ("duplicates (linked to their original)", stats.duplicates),
        ("pages already stored (unchanged)", stats.unchanged),
        ("events extracted", stats.events),
        # incidents opened depend on the order pages arrived in (two reports of one incident
        # may open two that a later report merges); what stays after the merges does not
        ("incidents opened (some merged later)", stats.incidents),
        ("incidents after merges", store.count("incidents", LIVE_INCIDENTS)),
        ("alerts raised", stats.alerts),
        ("dead letters", stats.dead_letters),
        ("sources polled", len(stats.health)),
        ("sources failing", len(stats.failing())),
        *(
            (f"alerts {status}: {output}", n)
            for (output, status), n in sorted(store.delivery_counts().items())
        ),
        ("articles in store", store.count("articles", "duplicate_of IS NULL")),
        ("seconds", f"{stats.seconds:.1f}"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    console.print(table)


def report_failing_sources(console: Console, stats: RunStats) -> bool:
    """One line per failing source; True when every source failed (nothing could be read)."""
    failing = stats.failing()
    every = stats.all_failed()
    label = "[bold red]error[/bold red]" if every else "[yellow]warning[/yellow]"
    if every:
        console.print(f"{label}: every source failed ({len(failing)} of {len(stats.health)}):")
    elif failing:
        console.print(f"{label}: {len(failing)} of {len(stats.health)} sources failing:")
    for source_id, health in sorted(failing.items()):
        console.print(f"  {source_id}: {health.describe()}")
    return every


def print_search(console: Console, store: SqliteStore, query: str) -> None:
    hits = store.search(query, limit=3)
    console.print(f"\n[bold]newswatch search {query}[/bold] → {len(hits)} shown")
    for hit in hits:
        console.print(f"  • [bold]{hit.title}[/bold] [dim]({hit.source_id}, {hit.published_at})[/dim]")
        console.print(f"    {hit.snippet}")


async def run_demo(settings: Settings, store_path: Path, console: Console) -> int:
    from crawlers.fixture_sites import FixtureSites

    console.print("[bold]newswatch demo[/bold]: fixture news sites on 127.0.0.1, embedded engine")
    with SqliteStore(store_path) as store:
        async with FixtureSites(slow_delay=1.0) as sites:
            demo_settings = settings.model_copy(
                update={
                    "host_delay": 0.05,
                    "request_timeout": 5.0,
                    "retries": 2,
                    "store_path": store_path,
                    "delivery_drain_timeout": 2.0,
                    "allow_private_hosts": sites.allowed_hosts,  # loopback, refused otherwise
                }
            )
            async with embedded_pipeline(demo_settings, store, console, DEMO_SUBSCRIPTIONS) as pipeline:
                for source in sites.sources:
                    console.print(f"  serving [cyan]{source.name}[/cyan] at {source.homepage}")
                await pipeline.crawl(sites.sources)
                for outlet_id, slug in [(p.outlet_id, p.slug) for p in sites.pages if not p.published]:
                    console.print(f"[bold]a later report appears[/bold] on {outlet_id}: {slug}")
                    await sites.publish(outlet_id, slug)
                stats = await pipeline.crawl(sites.sources)
        print_summary(console, stats, store)
        print_search(console, store, DEMO_QUERY)
        console.print(
            f"\n[dim]store: {store_path} — search it with "
            f"NEWSWATCH_STORE_PATH={store_path} newswatch search QUERY[/dim]"
        )
    return 0

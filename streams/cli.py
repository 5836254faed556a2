"""The ``newswatch`` command line.

demo     the whole pipeline over the bundled fixture news sites, no infrastructure
run      the embedded pipeline over sources.yaml, continuously
search   full-text search (SQLite store, or Elasticsearch when configured)
clean    the cleaning stage on one saved page → one JSON article
extract  the extraction stage on one article → JSON lines, one per event
crawler  the distributed crawler service (Kafka)
worker   the distributed stream worker (Faust)
notifier the distributed alert delivery (a consumer group on the alerts topic)
indexer  the distributed indexer: kept records → Elasticsearch (its own consumer group)
api      the HTTP API: search, alerts, live alert stream (SSE) and web page
status   the deployment's components, consumer lag, dead letters and failing sources
teams    create a monitoring team (prints its API token once), list teams
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.console import Console

from crawlers.clean import clean
from crawlers.exceptions import CrawlError
from crawlers.fetch import decode_body
from crawlers.sources import load_sources
from crawlers.urls import redact_text
from indexer.search import SearchHit
from indexer.sqlite_store import SqliteStore
from streams.ops.logs import configure_logging
from streams.records import Article
from streams.settings import ConfigError, Settings, get_settings

__all__ = ["main"]

LOGGER = logging.getLogger(__name__)

EXIT_SOURCES_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_CONFIGURED = 3
SETTINGS_NOTE = (
    "Settings come from NEWSWATCH_* environment variables (README, Configuration); "
    "-v and --log-json go before the command."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswatch",
        description="Watch Arabic news sites; alert monitoring teams to new attacks and casualty "
        "reports. Start with `newswatch demo` (no infrastructure needed).",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    parser.add_argument("--log-json", action="store_true", help="JSON log lines (NEWSWATCH_LOG_FORMAT=json)")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        """A command whose own ``--help`` says what it does, not only its options."""
        return subparsers.add_parser(
            name, help=help, description=f"{help[0].upper()}{help[1:]}.", epilog=SETTINGS_NOTE
        )

    demo = command("demo", "run the pipeline over the fixture news sites")
    demo.add_argument("--store", type=Path, help="keep the SQLite store here (default: temp)")

    run = command("run", "crawl sources.yaml continuously (embedded mode)")
    run.add_argument(
        "--once", action="store_true", help="poll every source once, fetch what is new, exit"
    )

    search = command("search", "search stored articles")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="print JSON lines")

    clean_cmd = command("clean", "clean one saved HTML page")
    clean_cmd.add_argument("file", type=Path)
    clean_cmd.add_argument("--url", default=None, help="the page's URL (default: file URL)")

    extract_cmd = command("extract", "extract events from one article")
    extract_cmd.add_argument("file", type=Path)
    extract_cmd.add_argument(
        "--published", type=_iso_date, default=None, help="publication date YYYY-MM-DD"
    )
    extract_cmd.add_argument("--url", default=None)

    command("crawler", "distributed crawler service (needs Kafka)")
    command("worker", "distributed stream worker (needs Kafka)")
    command("notifier", "distributed alert delivery: webhook, apprise, JSONL (needs Kafka)")
    command("indexer", "distributed indexer (needs Kafka + Elasticsearch)")

    api = command("api", "HTTP API and live alert page")
    api.add_argument("--host", default=None, help="bind address (default: NEWSWATCH_API_HOST or 127.0.0.1)")
    api.add_argument("--port", type=int, default=None, help="port (default: NEWSWATCH_API_PORT or 8080)")
    status = command("status", "components, consumer lag, dead letters (Kafka mode)")
    status.add_argument("--json", action="store_true", help="print one JSON object")

    teams = command("teams", "monitoring teams and their API tokens")
    teams_commands = teams.add_subparsers(dest="teams_command", required=True, metavar="ACTION")
    create = teams_commands.add_parser("create", help="create a team; prints its token once")
    create.add_argument("name")
    create.add_argument("--subscriptions", type=Path, help="seed its subscriptions from this YAML file")
    teams_commands.add_parser("list", help="list teams")
    return parser


class RedactingFilter(logging.Filter):
    """Keeps URL passwords (sources, Elasticsearch, webhooks) out of every log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = get_settings()
    except ConfigError as exc:  # a user's mistake: one line, no traceback
        print(f"newswatch {args.command}: {redact_text(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    configure_logging(settings, args.verbose, json_logs=args.log_json)
    for log_handler in logging.getLogger().handlers:
        log_handler.addFilter(RedactingFilter())
    handler = COMMANDS[args.command]
    try:
        return handler(args, settings)
    except ConfigError as exc:
        print(f"newswatch {args.command}: {redact_text(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _cmd_clean(args: argparse.Namespace, settings: Settings) -> int:
    text = _read_page(args, settings)
    article = None if text is None else _clean_file(args, text)
    if article is None:
        return EXIT_BAD_INPUT
    record = article.to_dict()
    record["date"] = article.published_at
    print(json.dumps(record, ensure_ascii=False))
    return 0


def _clean_file(args: argparse.Namespace, html: str) -> Article | None:
    """The cleaning stage on a saved page; None (reason on stderr) when it has no article."""
    try:
        return clean(html, args.url or args.file.resolve().as_uri())
    except CrawlError as exc:
        print(f"newswatch {args.command}: {args.file}: {exc.reason}: {exc}", file=sys.stderr)
        return None


def _read_page(args: argparse.Namespace, settings: Settings) -> str | None:
    """The decoded input file, read no further than the page size cap (``/dev/zero`` and
    50 MB files are refused after ``max_page_bytes``); None, reason on stderr, if unusable."""
    path, cap = args.file, settings.max_page_bytes
    try:
        with path.open("rb") as handle:
            body = handle.read(cap + 1)
    except OSError as exc:
        raise SystemExit(f"newswatch: cannot read {path}: {exc.strerror}") from exc
    problem = None
    if len(body) > cap:
        problem = f"too_large: more than {cap} bytes (NEWSWATCH_MAX_PAGE_BYTES)"
    else:
        try:
            return decode_body(body, None)[0]
        except CrawlError as exc:
            problem = f"{exc.reason}: {exc}"
    print(f"newswatch {args.command}: {path}: {problem}", file=sys.stderr)
    return None


def _cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from streams.extraction.extract import article_from_text, extract

    text = _read_page(args, settings)
    if text is None:
        return EXIT_BAD_INPUT
    if text.lstrip().startswith("<"):
        article = _clean_file(args, text)
        if article is None:
            return EXIT_BAD_INPUT
        if args.published:
            article.published_at = args.published
    elif not text.strip():
        print(f"newswatch extract: {args.file}: empty: the file holds no text", file=sys.stderr)
        return EXIT_BAD_INPUT
    else:
        article = article_from_text(text, args.published, args.url)
    events = extract(article)
    for event in events:
        print(event.to_json())
    if not events:
        print(f"newswatch extract: {args.file}: no violent incident reported", file=sys.stderr)
    return 0


def _iso_date(value: str) -> str:
    """``--published``: a calendar date as YYYY-MM-DD (argparse turns the error into exit 2)."""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-04-09"
        ) from None


def _cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    if settings.elasticsearch_url:
        hits = asyncio.run(_search_elasticsearch(settings, args.query, args.limit))
    else:
        if not settings.store_path.exists():
            print(
                f"newswatch search: no store at {settings.store_path}; run `newswatch run` "
                "first or set NEWSWATCH_STORE_PATH",
                file=sys.stderr,
            )
            return EXIT_NOT_CONFIGURED
        with SqliteStore(settings.store_path) as store:
            hits = store.search(args.query, args.limit)
    console = Console()
    for hit in hits:
        if args.json:
            print(json.dumps(hit.__dict__, ensure_ascii=False))
        else:
            console.print(f"[bold]{hit.title}[/bold]  [dim]{hit.published_at or ''} {hit.url}[/dim]")
            console.print(f"  {hit.snippet}")
    if not args.json:
        console.print(f"[dim]{len(hits)} result(s) for «{args.query}»[/dim]")
    return 0


async def _search_elasticsearch(settings: Settings, query: str, limit: int) -> list[SearchHit]:
    from indexer.elastic import connect
    from indexer.elastic_search import search

    es = connect(settings.elasticsearch_url or "", credentials=settings.elasticsearch_credentials())
    try:
        return await search(es, query, limit)
    finally:
        await es.close()


def _cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from streams.wiring import run_demo

    store_path = args.store or Path(tempfile.mkdtemp(prefix="newswatch-demo-")) / "demo.sqlite3"
    return asyncio.run(run_demo(settings, store_path, Console()))


def _cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from streams.wiring import print_summary, report_failing_sources, run_embedded

    if settings.distributed:
        print(
            "NEWSWATCH_KAFKA_BOOTSTRAP is set: run `newswatch crawler` and `newswatch worker` "
            "for the distributed engine, or unset it for embedded mode.",
            file=sys.stderr,
        )
        return EXIT_NOT_CONFIGURED
    sources = load_sources(settings.sources_file)
    console = Console(stderr=True)
    with SqliteStore(settings.store_path) as store:
        stats = asyncio.run(run_embedded(settings, store, console, sources, once=args.once))
        print_summary(console, stats, store)
    return EXIT_SOURCES_FAILED if report_failing_sources(console, stats) else 0


def _cmd_crawler(args: argparse.Namespace, settings: Settings) -> int:
    from streams.engines.kafka.crawler_service import run_crawler_service

    return _needs_kafka(settings) or asyncio.run(run_crawler_service(settings))


def _cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from streams.engines.kafka.worker import run_worker

    if settings.webhook_url or settings.apprise_urls or settings.alerts_jsonl:
        LOGGER.warning(
            "the worker publishes alerts to the alerts topic only; `newswatch notifier` delivers "
            "them to the configured webhook, apprise channels and JSONL file"
        )
    return _needs_kafka(settings) or run_worker(settings)


def _cmd_notifier(args: argparse.Namespace, settings: Settings) -> int:
    from streams.engines.kafka.notifier import run_notifier

    return _needs_kafka(settings) or asyncio.run(run_notifier(settings))


def _cmd_indexer(args: argparse.Namespace, settings: Settings) -> int:
    from streams.engines.kafka.indexing import run_indexer

    return _needs_kafka(settings) or asyncio.run(run_indexer(settings))


def _cmd_api(args: argparse.Namespace, settings: Settings) -> int:
    from streams.api import run_api

    port = settings.api_port if args.port is None else args.port
    run_api(settings, args.host or settings.api_host, port)
    return 0


def _cmd_teams(args: argparse.Namespace, settings: Settings) -> int:
    from streams.api.store import SqliteTeamStore, TeamExists
    from streams.pipeline.subscriptions import SubscriptionError, load_subscriptions

    store = SqliteTeamStore(settings.teams_path)
    try:
        if args.teams_command == "list":
            for team in store.teams():
                print(f"{team.team_id}\t{team.name}\t{team.created_at}")
            return 0
        seeds = load_subscriptions(args.subscriptions) if args.subscriptions else []
        team, token = store.create_team(args.name)
        for seed in seeds:
            store.add_subscription(team.team_id, seed.spec())
    except (TeamExists, SubscriptionError) as exc:
        print(f"newswatch teams: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        store.close()
    print(f"team {team.name} ({team.team_id}) created in {settings.teams_path}", file=sys.stderr)
    if seeds:
        print(f"{len(seeds)} subscription(s) from {args.subscriptions}", file=sys.stderr)
    print("its API token (shown only this once; keep it secret):", file=sys.stderr)
    print(token)
    return 0


def _needs_kafka(settings: Settings) -> int:
    if settings.distributed:
        return 0
    print(
        "newswatch: the distributed engine needs NEWSWATCH_KAFKA_BOOTSTRAP (e.g. 127.0.0.1:9092) "
        "and NEWSWATCH_ELASTICSEARCH_URL; start them with infra/services.sh start",
        file=sys.stderr,
    )
    return EXIT_NOT_CONFIGURED


def _cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from streams.ops.status import collect_status, render_text

    status = asyncio.run(collect_status(settings))
    print(json.dumps(status.to_dict(), ensure_ascii=False) if args.json else render_text(status))
    return 0 if status.ok else 1


COMMANDS = {
    "demo": _cmd_demo,
    "run": _cmd_run,
    "search": _cmd_search,
    "clean": _cmd_clean,
    "extract": _cmd_extract,
    "crawler": _cmd_crawler,
    "worker": _cmd_worker,
    "indexer": _cmd_indexer,
    "status": _cmd_status,
    "notifier": _cmd_notifier,
    "api": _cmd_api,
    "teams": _cmd_teams,
}

if __name__ == "__main__":
    raise SystemExit(main())

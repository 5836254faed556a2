"""The embedded store: articles in SQLite with an FTS5 index, incidents, alerts, dead letters,
and the delivery outbox: one row per alert and output once that output has an outcome, so the
alerts still owed to an output are those without a row (``undelivered``).

Search runs on text normalised by ``streams.extraction.arabic.normalize`` (so diacritics, alef forms and
ta marbuta do not matter) through FTS5's trigram tokenizer, which also matches words behind
attached clitics ("بإدلب" is found by "إدلب") without a stemmer.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from indexer.search import SearchHit
from streams.extraction.arabic import normalize, tokens
from streams.records import Alert, Article, DeadLetter, Delivery, Incident

__all__ = ["LIVE_INCIDENTS", "SqliteStore"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    source_id TEXT NOT NULL,
    title TEXT NOT NULL,
    published_at TEXT,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    record TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    article_id UNINDEXED, title_norm, text_norm, tokenize='trigram'
);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT PRIMARY KEY, version INTEGER NOT NULL, updated_at TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
    alert_id TEXT PRIMARY KEY, subscription_id TEXT NOT NULL, incident_id TEXT NOT NULL,
    created_at TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (
    tbl TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (tbl, key)
);
CREATE TABLE IF NOT EXISTS deliveries (
    alert_id TEXT NOT NULL, output TEXT NOT NULL, status TEXT NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (alert_id, output)
);
CREATE TABLE IF NOT EXISTS dead_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT, stage TEXT, error TEXT, key TEXT, payload TEXT, at TEXT
);
CREATE TABLE IF NOT EXISTS crawl_targets (
    source_id TEXT NOT NULL, url TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (source_id, url)
);
"""
MIN_TRIGRAM = 3
# An incident absorbed into another stays stored (``incident`` still finds it) with the id of
# the one that absorbed it; the live ones are the rest.
LIVE_INCIDENTS = "json_extract(record, '$.superseded_by') IS NULL"
SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+|\n+")


class SqliteStore:
    """One SQLite file; writes are upserts keyed by record id, so replays do not duplicate."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self._in_transaction = False
        if read_only:
            if not self.path.exists():
                raise FileNotFoundError(f"no store at {self.path}")
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 5000")
            return
        self._db = sqlite3.connect(str(self.path))
        # WAL keeps every committed write across a crash of the process; NORMAL skips the
        # fsync per commit that otherwise costs more than cleaning the page did.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside commits together, or none does (writes outside commit alone)."""
        if self._in_transaction:
            yield
            return
        self._in_transaction = True
        try:
            with self._db:
                yield
        finally:
            self._in_transaction = False

    def put_state(self, changes: Iterable[tuple[str, str, str | None]]) -> None:
        """Apply step-table changes ``(table, key, JSON value or None to delete)``."""
        with self.transaction():
            for table, key, value in changes:
                if value is None:
                    self._db.execute("DELETE FROM state WHERE tbl = ? AND key = ?", (table, key))
                else:
                    self._db.execute("INSERT OR REPLACE INTO state VALUES (?,?,?)", (table, key, value))

    def state(self) -> Iterator[tuple[str, str, str]]:
        """Every stored step-table entry as ``(table, key, JSON value)``."""
        yield from self._db.execute("SELECT tbl, key, value FROM state")

    def put_article(self, article: Article) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?)",
                (
                    article.article_id, article.canonical_url, article.source_id, article.title,
                    article.published_at, article.content_hash, article.duplicate_of,
                    article.to_json(),
                ),
            )
            self._db.execute("DELETE FROM articles_fts WHERE article_id = ?", (article.article_id,))
            if article.duplicate_of is None:
                self._db.execute(
                    "INSERT INTO articles_fts VALUES (?,?,?)",
                    (article.article_id, normalize(article.title), normalize(article.text)),
                )

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute(
            "SELECT record FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return Article.from_json(row[0]) if row else None

    def articles(self) -> Iterator[Article]:
        for (record,) in self._db.execute("SELECT record FROM articles ORDER BY rowid"):
            yield Article.from_json(record)

    def count(self, table: str = "articles", where: str = "") -> int:
        if table not in ("articles", "incidents", "alerts", "deliveries", "dead_letters"):
            raise ValueError(f"unknown table {table!r}")
        sql = f"SELECT COUNT(*) FROM {table}" + (f" WHERE {where}" if where else "")
        return int(self._db.execute(sql).fetchone()[0])

    def count_by(self, table: str, column: str) -> list[tuple[str, int]]:
        """Rows per value of ``column`` (e.g. articles per source)."""
        if (table, column) not in (("articles", "source_id"), ("alerts", "subscription_id")):
            raise ValueError(f"no count of {table} by {column}")
        return self._db.execute(f"SELECT {column}, COUNT(*) FROM {table} GROUP BY {column}").fetchall()

    def alert_kinds(self) -> list[tuple[str, int]]:
        """Alerts per kind (new, update)."""
        return self._db.execute(
            "SELECT json_extract(record, '$.kind'), COUNT(*) FROM alerts GROUP BY 1"
        ).fetchall()

    def last_stamp(self, table: str) -> str | None:
        """When the newest article was fetched, or the newest alert raised."""
        column = {"articles": "json_extract(record, '$.fetched_at')", "alerts": "created_at"}[table]
        row = self._db.execute(f"SELECT {column} FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """Full-text search with Arabic normalisation; every query word must appear."""
        words = [word for word in tokens(query) if len(word) >= MIN_TRIGRAM]
        if not words:
            return []
        match = " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
        rows = self._db.execute(
            """SELECT a.record, bm25(articles_fts)
               FROM articles_fts JOIN articles a USING (article_id)
               WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?""",
            (match, limit),
        ).fetchall()
        hits = []
        for record, score in rows:
            article = Article.from_json(record)
            hits.append(_hit(article, snippet(article.text, words), -score))
        return hits

    def put_incident(self, incident: Incident) -> bool:
        """Store an incident's latest version (an older version than the stored one changes
        nothing); True if the incident was not stored before."""
        with self.transaction():
            known = self._db.execute(
                "SELECT 1 FROM incidents WHERE incident_id = ?", (incident.incident_id,)
            ).fetchone()
            self._db.execute(
                """INSERT INTO incidents VALUES (?,?,?,?) ON CONFLICT (incident_id) DO UPDATE
                   SET version = excluded.version, updated_at = excluded.updated_at,
                       record = excluded.record
                   WHERE excluded.version >= incidents.version""",
                (incident.incident_id, incident.version, incident.updated_at, incident.to_json()),
            )
        return known is None

    def incidents(self, *, superseded: bool = False) -> list[Incident]:
        """The live incidents (one absorbed into another stays stored, for ``incident``; with
        ``superseded``, those too)."""
        where = "" if superseded else f" WHERE {LIVE_INCIDENTS}"
        rows = self._db.execute(f"SELECT record FROM incidents{where} ORDER BY rowid").fetchall()
        return [Incident.from_json(record) for (record,) in rows]

    def incident(self, incident_id: str) -> Incident | None:
        """An incident by id; an absorbed one's id leads to the incident it became."""
        seen: set[str] = set()
        while incident_id not in seen:
            seen.add(incident_id)
            row = self._db.execute(
                "SELECT record FROM incidents WHERE incident_id = ?", (incident_id,)
            ).fetchone()
            if row is None:
                return None
            incident = Incident.from_json(row[0])
            if incident.superseded_by is None:
                return incident
            incident_id = incident.superseded_by
        return None

    def put_alert(self, alert: Alert) -> bool:
        """Store an alert; False if an alert with that id was already stored."""
        with self.transaction():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO alerts VALUES (?,?,?,?,?)",
                (alert.alert_id, alert.subscription_id, alert.incident_id, alert.created_at,
                 alert.to_json()),
            )
        return cursor.rowcount == 1

    def alerts(self) -> list[Alert]:
        rows = self._db.execute("SELECT record FROM alerts ORDER BY rowid").fetchall()
        return [Alert.from_json(record) for (record,) in rows]

    def latest_alerts(self, limit: int, subscription_ids: Collection[str] | None = None) -> list[str]:
        """The newest alerts' JSON records, newest first (of these subscriptions only, if given)."""
        if subscription_ids is None:
            rows = self._db.execute("SELECT record FROM alerts ORDER BY rowid DESC LIMIT ?", (limit,))
        else:
            rows = self._db.execute(
                """SELECT record FROM alerts WHERE subscription_id IN (SELECT value FROM json_each(?))
                   ORDER BY rowid DESC LIMIT ?""",
                (json.dumps(sorted(subscription_ids)), limit),
            )
        return [record for (record,) in rows]

    def latest_deliveries(self, limit: int, subscription_ids: Collection[str]) -> list[dict[str, object]]:
        """The delivery log's newest outcomes for these subscriptions' alerts and digests (the
        ``deliveries`` table the delivery stage writes; none before it has written one). An
        outcome names its subscription; older ones are found through their alert."""
        try:
            rows = self._db.execute(
                """SELECT d.record FROM deliveries d LEFT JOIN alerts a USING (alert_id)
                   WHERE COALESCE(NULLIF(json_extract(d.record, '$.subscription_id'), ''),
                                  a.subscription_id) IN (SELECT value FROM json_each(?))
                   ORDER BY d.rowid DESC LIMIT ?""",
                (json.dumps(sorted(subscription_ids)), limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise
        return [json.loads(record) for (record,) in rows]

    def latest_incidents(self, limit: int) -> list[Incident]:
        """The most recently changed incidents, newest first."""
        rows = self._db.execute(
            "SELECT record FROM incidents ORDER BY updated_at DESC, rowid DESC LIMIT ?", (limit,)
        )
        return [Incident.from_json(record) for (record,) in rows]

    def get_incident(self, incident_id: str) -> Incident | None:
        sql = "SELECT record FROM incidents WHERE incident_id = ?"
        row = self._db.execute(sql, (incident_id,)).fetchone()
        return Incident.from_json(row[0]) if row else None

    def alert_position(self, alert_id: str | None = None) -> int:
        """Where an alert stands in storage order (the last one's if ``alert_id`` is None or
        unknown), for following the alerts stored after it."""
        if alert_id:
            row = self._db.execute("SELECT rowid FROM alerts WHERE alert_id = ?", (alert_id,)).fetchone()
            if row:
                return int(row[0])
        return int(self._db.execute("SELECT COALESCE(MAX(rowid), 0) FROM alerts").fetchone()[0])

    def alerts_after(self, position: int, limit: int) -> list[tuple[int, str]]:
        """``(position, JSON record)`` of the alerts stored after ``position``, in order."""
        return self._db.execute(
            "SELECT rowid, record FROM alerts WHERE rowid > ? ORDER BY rowid LIMIT ?", (position, limit)
        ).fetchall()

    def put_delivery(self, delivery: Delivery) -> None:
        """Record an alert's outcome on one output; a delivered one stays delivered."""
        with self.transaction():
            self._db.execute(
                """INSERT INTO deliveries VALUES (?,?,?,?)
                   ON CONFLICT (alert_id, output) DO UPDATE
                   SET status = excluded.status, record = excluded.record
                   WHERE deliveries.status != 'delivered'""",
                (delivery.alert_id, delivery.output, delivery.status, delivery.to_json()),
            )

    def deliveries(self, alert_id: str | None = None) -> list[Delivery]:
        args: tuple[str, ...]
        sql, args = "SELECT record FROM deliveries", ()
        if alert_id is not None:
            sql, args = sql + " WHERE alert_id = ?", (alert_id,)
        return [Delivery.from_json(record) for (record,) in self._db.execute(sql + " ORDER BY rowid", args)]

    def delivery_counts(self) -> Counter[tuple[str, str]]:
        """``(output, status)`` → number of alerts."""
        rows = self._db.execute("SELECT output, status, COUNT(*) FROM deliveries GROUP BY output, status")
        return Counter({(output, status): n for output, status, n in rows})

    def undelivered(self, outputs: Collection[str]) -> list[tuple[Alert, list[str]]]:
        """Each stored alert that some of ``outputs`` have no outcome for, with those outputs,
        oldest first."""
        rows = self._db.execute(
            """SELECT a.record, (SELECT group_concat(d.output, char(31)) FROM deliveries d
                                 WHERE d.alert_id = a.alert_id)
               FROM alerts a ORDER BY a.rowid"""
        )
        owed = []
        for record, done in rows:
            finished = set(done.split("\x1f")) if done else set()
            missing = [output for output in outputs if output not in finished]
            if missing:
                owed.append((Alert.from_json(record), missing))
        return owed

    def put_crawl_target(self, source_id: str, url: str, record: str) -> None:
        """The latest state (JSON) of one of a source's feeds, sitemaps or section pages."""
        with self.transaction():
            self._db.execute("INSERT OR REPLACE INTO crawl_targets VALUES (?,?,?)", (source_id, url, record))

    def crawl_targets(self) -> list[str]:
        """Every target state written (JSON); none in a store written before they were kept."""
        try:
            return [row[0] for row in self._db.execute("SELECT record FROM crawl_targets")]
        except sqlite3.OperationalError as exc:  # read-only, from an older schema: nothing kept
            if "no such table" in str(exc):
                return []
            raise

    def put_dead_letter(self, letter: DeadLetter) -> None:
        at = letter.at or datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction():
            self._db.execute(
                "INSERT INTO dead_letters (stage, error, key, payload, at) VALUES (?,?,?,?,?)",
                (letter.stage, letter.error, letter.key, letter.payload, at),
            )

    def dead_letters(self) -> list[DeadLetter]:
        rows = self._db.execute(
            "SELECT stage, error, key, payload, at FROM dead_letters ORDER BY id"
        ).fetchall()
        return [DeadLetter(*row) for row in rows]


def snippet(text: str, words: list[str], width: int = 220) -> str:
    """The first sentence of the original text that holds a query word, shortened."""
    for sentence in SENTENCE_END.split(text):
        folded = normalize(sentence)
        if any(word in folded for word in words):
            sentence = sentence.strip()
            return sentence if len(sentence) <= width else sentence[: width - 1] + "…"
    return text[:width]


def _hit(article: Article, snippet: str, score: float) -> SearchHit:
    return SearchHit(
        article_id=article.article_id,
        title=article.title,
        url=article.canonical_url,
        source_id=article.source_id,
        published_at=article.published_at,
        snippet=snippet,
        score=score,
    )

"""Teams, their tokens, subscriptions and incident marks (acknowledged, silenced): the API's store.

Embedded mode keeps them in one SQLite file (``NEWSWATCH_TEAMS_PATH``) that the API writes and
the engine reads. The engine needs only ``SubscriptionSource``: a version number that changes
with every subscription write (cheap to poll) and the subscriptions themselves, plus whether a
team silenced an incident. Another implementation (e.g. a compacted Kafka topic read by every
worker) provides the same three calls.

Tokens: ``nwt_<key>_<secret>`` where the secret is 256 random bits. Only SHA-256 of the
secret is stored; the key finds the row and the digests are compared in constant time. A slow
password hash (bcrypt, argon2) protects guessable human passwords; a 256-bit random secret
cannot be guessed even at billions of SHA-256 per second, and a slow hash would cost every
request tens of milliseconds of CPU.

Each thread gets its own SQLite connection (SQLite connections must not be shared by threads
that may use them at once), all closed together by ``close``.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from streams.pipeline.subscriptions import Policy, Subscription, SubscriptionSpec

__all__ = [
    "IncidentMark",
    "LiveSubscriptions",
    "SqliteTeamStore",
    "SubscriptionSource",
    "Team",
    "TeamExists",
    "new_token",
]

LOGGER = logging.getLogger(__name__)

TOKEN_PREFIX = "nwt"
SCHEMA = """
CREATE TABLE IF NOT EXISTS teams (
    team_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, token_key TEXT NOT NULL UNIQUE,
    token_sha256 TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscriptions (
    subscription_id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(team_id),
    spec TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS subscriptions_by_team ON subscriptions(team_id);
CREATE TABLE IF NOT EXISTS incident_marks (
    team_id TEXT NOT NULL, incident_id TEXT NOT NULL, acked_at TEXT, silenced_until TEXT,
    PRIMARY KEY (team_id, incident_id)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO counters VALUES ('subscriptions', 0);
"""


class TeamExists(Exception):
    """A team of that name is already there."""


@dataclass(frozen=True)
class Team:
    team_id: str
    name: str
    created_at: str


@dataclass(frozen=True)
class IncidentMark:
    incident_id: str
    acked_at: str | None
    silenced_until: str | None

    def silenced(self, now: str | None = None) -> bool:
        """Whether the team hears nothing of the incident at ``now`` (ISO, UTC; default: now)."""
        return bool(self.silenced_until and self.silenced_until > (now or _now()))


class SubscriptionSource(Protocol):
    """What the alert stage reads: every team's subscriptions and their silences."""

    def version(self) -> int: ...

    def subscriptions(self) -> list[Subscription]: ...

    def is_silenced(self, team_id: str, incident_id: str) -> bool: ...


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_token() -> tuple[str, str, str]:
    """(token, key, sha256 of its secret): the token is shown once, the rest is stored."""
    key = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    return f"{TOKEN_PREFIX}_{key}_{secret}", key, _sha256(secret)


def _split_token(token: str) -> tuple[str, str] | None:
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def _subscription(row: sqlite3.Row | tuple[str, str, str]) -> Subscription:
    subscription_id, team_id, spec = row
    data = json.loads(spec)
    data["policy"] = Policy(**data.get("policy", {}))
    # Stored specs were validated when written; constructing skips re-checking every gazetteer id.
    return SubscriptionSpec.model_construct(**data).to_subscription(subscription_id, team_id)


class SqliteTeamStore:
    """Teams, subscriptions and incident marks in one SQLite file (created if missing)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        with self._db as db:
            db.executescript(SCHEMA)

    @property
    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(str(self.path), timeout=10.0, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    def close(self) -> None:
        """Close every thread's connection; only once no thread uses the store any more."""
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()
        self._local = threading.local()

    # Teams and tokens

    def create_team(self, name: str) -> tuple[Team, str]:
        """A new team and its token (shown once: only its hash is kept)."""
        token, key, digest = new_token()
        team = Team(team_id=f"team_{secrets.token_hex(6)}", name=name, created_at=_now())
        try:
            with self._db as db:
                db.execute(
                    "INSERT INTO teams VALUES (?,?,?,?,?)",
                    (team.team_id, team.name, key, digest, team.created_at),
                )
        except sqlite3.IntegrityError as exc:
            raise TeamExists(f"a team named {name!r} already exists") from exc
        return team, token

    def teams(self) -> list[Team]:
        rows = self._db.execute("SELECT team_id, name, created_at FROM teams ORDER BY created_at, name")
        return [Team(*row) for row in rows]

    def authenticate(self, token: str) -> Team | None:
        """The team whose token this is, or None."""
        split = _split_token(token)
        if split is None:
            return None
        key, secret = split
        row = self._db.execute(
            "SELECT team_id, name, created_at, token_sha256 FROM teams WHERE token_key = ?", (key,)
        ).fetchone()
        if row is None or not hmac.compare_digest(row[3], _sha256(secret)):
            return None
        return Team(row[0], row[1], row[2])

    # Subscriptions

    def _bump(self, db: sqlite3.Connection) -> None:
        db.execute("UPDATE counters SET value = value + 1 WHERE name = 'subscriptions'")

    def version(self) -> int:
        row = self._db.execute("SELECT value FROM counters WHERE name = 'subscriptions'").fetchone()
        return int(row[0])

    def add_subscription(
        self, team_id: str, spec: SubscriptionSpec, subscription_id: str | None = None
    ) -> Subscription:
        subscription_id = subscription_id or f"sub_{secrets.token_hex(8)}"
        now = _now()
        with self._db as db:
            db.execute(
                "INSERT INTO subscriptions VALUES (?,?,?,?,?)",
                (subscription_id, team_id, spec.model_dump_json(), now, now),
            )
            self._bump(db)
        return spec.to_subscription(subscription_id, team_id)

    def replace_subscription(
        self, team_id: str, subscription_id: str, spec: SubscriptionSpec
    ) -> Subscription | None:
        with self._db as db:
            cursor = db.execute(
                "UPDATE subscriptions SET spec = ?, updated_at = ? WHERE subscription_id = ? AND team_id = ?",
                (spec.model_dump_json(), _now(), subscription_id, team_id),
            )
            if cursor.rowcount == 0:
                return None
            self._bump(db)
        return spec.to_subscription(subscription_id, team_id)

    def delete_subscription(self, team_id: str, subscription_id: str) -> bool:
        with self._db as db:
            cursor = db.execute(
                "DELETE FROM subscriptions WHERE subscription_id = ? AND team_id = ?",
                (subscription_id, team_id),
            )
            if cursor.rowcount:
                self._bump(db)
        return cursor.rowcount == 1

    def subscription(self, team_id: str, subscription_id: str) -> Subscription | None:
        row = self._db.execute(
            "SELECT subscription_id, team_id, spec FROM subscriptions"
            " WHERE subscription_id = ? AND team_id = ?",
            (subscription_id, team_id),
        ).fetchone()
        return _subscription(row) if row else None

    def team_subscriptions(self, team_id: str) -> list[Subscription]:
        rows = self._db.execute(
            "SELECT subscription_id, team_id, spec FROM subscriptions WHERE team_id = ? ORDER BY rowid",
            (team_id,),
        )
        return [_subscription(row) for row in rows]

    def subscription_ids(self, team_id: str) -> set[str]:
        rows = self._db.execute("SELECT subscription_id FROM subscriptions WHERE team_id = ?", (team_id,))
        return {row[0] for row in rows}

    def subscriptions(self) -> list[Subscription]:
        rows = self._db.execute("SELECT subscription_id, team_id, spec FROM subscriptions ORDER BY rowid")
        return [_subscription(row) for row in rows]

    # Incident marks

    def acknowledge(self, team_id: str, incident_id: str) -> IncidentMark:
        with self._db as db:
            db.execute(
                """INSERT INTO incident_marks (team_id, incident_id, acked_at) VALUES (?,?,?)
                   ON CONFLICT (team_id, incident_id) DO UPDATE SET acked_at = excluded.acked_at""",
                (team_id, incident_id, _now()),
            )
        return self.marks(team_id)[incident_id]

    def silence(self, team_id: str, incident_id: str, until: datetime) -> IncidentMark:
        stamp = until.astimezone(UTC).isoformat(timespec="seconds")
        with self._db as db:
            db.execute(
                """INSERT INTO incident_marks (team_id, incident_id, silenced_until) VALUES (?,?,?)
                   ON CONFLICT (team_id, incident_id)
                   DO UPDATE SET silenced_until = excluded.silenced_until""",
                (team_id, incident_id, stamp),
            )
        return self.marks(team_id)[incident_id]

    def marks(self, team_id: str) -> dict[str, IncidentMark]:
        rows = self._db.execute(
            "SELECT incident_id, acked_at, silenced_until FROM incident_marks WHERE team_id = ?", (team_id,)
        )
        return {row[0]: IncidentMark(*row) for row in rows}

    def is_silenced(self, team_id: str, incident_id: str) -> bool:
        row = self._db.execute(
            "SELECT incident_id, acked_at, silenced_until FROM incident_marks"
            " WHERE team_id = ? AND incident_id = ?",
            (team_id, incident_id),
        ).fetchone()
        return row is not None and IncidentMark(*row).silenced()

    def silences(self) -> list[tuple[str, IncidentMark]]:
        """Every team's marks whose silence has not ended yet, as ``(team_id, mark)``."""
        rows = self._db.execute(
            "SELECT team_id, incident_id, acked_at, silenced_until FROM incident_marks"
            " WHERE silenced_until > ? ORDER BY team_id, incident_id",
            (_now(),),
        )
        return [(team_id, IncidentMark(*mark)) for team_id, *mark in rows]


class LiveSubscriptions:
    """Keeps a matcher's subscriptions current: the fixed ones (a YAML seed) plus the source's,
    reloaded whenever the source's version changes. ``refresh`` costs one small query."""

    def __init__(
        self, replace: Callable[[list[Subscription]], None], source: SubscriptionSource,
        fixed: list[Subscription] | None = None,
    ) -> None:
        self._replace = replace
        self.source = source
        self.fixed = list(fixed or [])
        self._version: int | None = None

    def refresh(self) -> bool:
        """Reload if anything changed; True when it did."""
        version = self.source.version()
        if version == self._version:
            return False
        fixed_ids = {s.id for s in self.fixed}
        live = [s for s in self.source.subscriptions() if s.id not in fixed_ids]
        self._replace(self.fixed + live)
        self._version = version
        return True

    async def follow(self, interval: float = 1.0) -> None:
        """Refresh every ``interval`` seconds until cancelled."""
        while True:
            try:
                await asyncio.to_thread(self.refresh)
            except sqlite3.Error as exc:
                LOGGER.warning("subscriptions not reloaded: %s", exc)
            await asyncio.sleep(interval)

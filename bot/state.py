"""The state database: what users did (subscriptions, digest ledger, feedback, seen events).

It is a separate file from the index on purpose: the index is rebuilt from the articles at any
time, this file never is, so no reindex can lose a subscription. Migrations run forward only,
by `PRAGMA user_version`.
"""

import sqlite3
import threading
import time
from pathlib import Path

from knowledge.sqlite import connect

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE subscriptions (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        post_time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        paused_reason TEXT,
        PRIMARY KEY (platform, channel)
    );
    CREATE TABLE digest_ledger (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted')),
        message_ref TEXT,
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        PRIMARY KEY (platform, channel, local_date)
    );
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        user TEXT NOT NULL,
        command TEXT NOT NULL,
        verdict TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE seen_events (
        key TEXT PRIMARY KEY,
        expires_at REAL NOT NULL
    );
    """,
    """
    CREATE TABLE threads (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        thread TEXT NOT NULL,
        created_at REAL NOT NULL,
        PRIMARY KEY (platform, channel, thread)
    );
    """,
)
SEEN_TTL_SECONDS = 24 * 3600
THREAD_TTL_SECONDS = 30 * 24 * 3600


def open_state(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the state database and bring its schema up to date."""
    conn = connect(path)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return conn


class StateStore:
    """The state operations adapters need: first-delivery claims and threads the bot is in.

    One connection guarded by a lock: calls are short and come from the event loop thread and
    worker threads alike.
    """

    def __init__(self, path: Path | str) -> None:
        self.conn = open_state(path)
        self._lock = threading.Lock()

    def claim(self, key: str, *, now: float | None = None) -> bool:
        """True the first time `key` is seen (within a day); False for a redelivery."""
        moment = time.time() if now is None else now
        with self._lock, self.conn:
            self.conn.execute("DELETE FROM seen_events WHERE expires_at < ?", (moment,))
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO seen_events (key, expires_at) VALUES (?, ?)",
                (key, moment + SEEN_TTL_SECONDS),
            )
            return cursor.rowcount == 1

    def remember_thread(self, platform: str, channel: str, thread: str) -> None:
        """The bot answered in this thread: follow-ups there need no mention."""
        with self._lock, self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO threads VALUES (?, ?, ?, ?)",
                (platform, channel, thread, time.time()),
            )

    def in_thread(self, platform: str, channel: str, thread: str) -> bool:
        with self._lock:
            row = self.conn.execute(
                "SELECT 1 FROM threads WHERE platform = ? AND channel = ? AND thread = ? "
                "AND created_at > ?",
                (platform, channel, thread, time.time() - THREAD_TTL_SECONDS),
            ).fetchone()
        return row is not None

    def close(self) -> None:
        self.conn.close()

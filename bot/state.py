"""The state database: what users did (subscriptions, digest ledger, feedback, seen events).

It is a separate file from the index on purpose: the index is rebuilt from the articles at any
time, this file never is, so no reindex can lose a subscription. Migrations run forward only,
by `PRAGMA user_version`.
"""

import sqlite3
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
)


def open_state(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the state database and bring its schema up to date."""
    conn = connect(path)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return conn

"""One place that opens SQLite the way this project needs it: WAL, a busy timeout, row access."""

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def connect(path: Path | str) -> sqlite3.Connection:
    """Open `path` (or ":memory:") with WAL and a busy timeout, usable from any thread.

    Connections are handed to worker threads by the adapters (`asyncio.to_thread`), so
    `check_same_thread` is off; callers keep one connection per thread.
    """
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if target != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn

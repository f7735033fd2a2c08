"""The state database: what users did (subscriptions, digest ledger, feedback, seen events).

It is a separate file from the index on purpose: the index is rebuilt from the articles at any
time, this file never is, so no reindex can lose a subscription. Migrations run forward only,
by `PRAGMA user_version`.
"""

import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.claims import digest_claim, first_delivery
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
    """
    CREATE TABLE digest_archive (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        local_date TEXT NOT NULL,
        PRIMARY KEY (platform, channel, event_id)
    );
    """,
    """
    CREATE TABLE conversations (
        scope TEXT PRIMARY KEY,
        question TEXT NOT NULL,
        expires_at REAL NOT NULL
    );
    """,
    """
    ALTER TABLE conversations ADD COLUMN answer TEXT NOT NULL DEFAULT '';
    """,
    # A claim has an owner and a lease (only the owner posts while it lasts); a day the
    # platform never accepted the post is recorded as missed.
    """
    CREATE TABLE digest_ledger_new (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'missed')),
        message_ref TEXT,
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        owner TEXT NOT NULL DEFAULT '',
        lease_until REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (platform, channel, local_date)
    );
    INSERT INTO digest_ledger_new (platform, channel, local_date, status, message_ref,
        claimed_at, posted_at)
        SELECT platform, channel, local_date, status, message_ref, claimed_at, posted_at
        FROM digest_ledger;
    DROP TABLE digest_ledger;
    ALTER TABLE digest_ledger_new RENAME TO digest_ledger;
    """,
    # Feedback: each answer shown with vote buttons is recorded (what was asked, what it
    # cited); a vote is one row per answer and (salted, hashed) voter. Channel settings.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        verb TEXT NOT NULL,
        question TEXT NOT NULL,
        citations TEXT NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE TABLE votes (
        answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        voter TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
        voted_at REAL NOT NULL,
        PRIMARY KEY (answer_id, voter)
    );
    CREATE INDEX votes_time ON votes (voted_at);
    CREATE TABLE channel_settings (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        answers TEXT NOT NULL DEFAULT 'auto' CHECK (answers IN ('auto', 'private', 'public')),
        followups INTEGER NOT NULL DEFAULT 1,
        mention_only INTEGER NOT NULL DEFAULT 0,
        digest INTEGER NOT NULL DEFAULT 1,
        changed_by TEXT NOT NULL,
        changed_at REAL NOT NULL,
        PRIMARY KEY (platform, channel)
    );
    """,
)
LEASE_SECONDS = 120.0  # how long a claim keeps other processes from posting
THREAD_TTL_SECONDS = 30 * 24 * 3600
CONVERSATION_TTL_SECONDS = 2 * 3600


def open_state(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the state database and bring its schema up to date."""
    conn = connect(path)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return conn


@dataclass(frozen=True, kw_only=True)
class Turn:
    """The last exchange of a conversation: what was asked, and the short answer given."""

    question: str = ""
    answer: str = ""


@dataclass(frozen=True, kw_only=True)
class Subscription:
    """A channel's daily digest: when, where, by whom, and why it is paused (if it is)."""

    platform: str
    channel: str
    post_time: str  # HH:MM, local
    timezone: str  # IANA
    created_by: str
    paused_reason: str = ""

    @property
    def key(self) -> str:
        return f"{self.platform}:{self.channel}"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StateStore:
    """The state operations adapters need: first-delivery claims and threads the bot is in.

    One connection guarded by a lock: calls are short and come from the event loop thread and
    worker threads alike.
    """

    def __init__(self, path: Path | str) -> None:
        self.conn = open_state(path)
        self.lock = threading.Lock()
        self._watchers: list[Callable[[str, str], None]] = []

    def claim(self, key: str, *, now: float | None = None) -> bool:
        """True the first time `key` is seen (within a day); False for a redelivery."""
        with self.lock, self.conn:
            return first_delivery(self.conn, key, time.time() if now is None else now)

    def remember_thread(self, platform: str, channel: str, thread: str) -> None:
        """The bot answered in this thread: follow-ups there need no mention."""
        with self.lock, self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO threads VALUES (?, ?, ?, ?)",
                (platform, channel, thread, time.time()),
            )

    def remember_question(
        self, scope: str, question: str, *, answer: str = "", now: float | None = None
    ) -> None:
        """The last question asked in a conversation and its short answer (a person, a
        date), for the follow-ups after it ("how much is he asking for")."""
        moment = time.time() if now is None else now
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM conversations WHERE expires_at < ?", (moment,))
            self.conn.execute(
                "INSERT OR REPLACE INTO conversations (scope, question, expires_at, answer) "
                "VALUES (?, ?, ?, ?)",
                (scope, question, moment + CONVERSATION_TTL_SECONDS, answer),
            )

    def last_turn(self, scope: str, *, now: float | None = None) -> Turn:
        """The previous question in this conversation and its answer; empty once expired."""
        moment = time.time() if now is None else now
        with self.lock:
            row = self.conn.execute(
                "SELECT question, answer FROM conversations WHERE scope = ? AND expires_at >= ?",
                (scope, moment),
            ).fetchone()
        return Turn(question=str(row[0]), answer=str(row[1])) if row else Turn()

    def in_thread(self, platform: str, channel: str, thread: str) -> bool:
        with self.lock:
            row = self.conn.execute(
                "SELECT 1 FROM threads WHERE platform = ? AND channel = ? AND thread = ? "
                "AND created_at > ?",
                (platform, channel, thread, time.time() - THREAD_TTL_SECONDS),
            ).fetchone()
        return row is not None

    # --- digest subscriptions --------------------------------------------------------------

    def subscribe(
        self, platform: str, channel: str, post_time: str, timezone: str, user: str
    ) -> Subscription:
        """Create or change a subscription (and lift any pause)."""
        with self.lock, self.conn:
            self.conn.execute(
                "INSERT INTO subscriptions VALUES (?, ?, ?, ?, ?, ?, NULL) "
                "ON CONFLICT (platform, channel) DO UPDATE SET post_time = excluded.post_time, "
                "timezone = excluded.timezone, created_by = excluded.created_by, "
                "paused_reason = NULL",
                (platform, channel, post_time, timezone, user, _now_iso()),
            )
        found = self.subscription(platform, channel)
        assert found is not None
        self._changed(platform, channel)
        return found

    def unsubscribe(self, platform: str, channel: str) -> bool:
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "DELETE FROM subscriptions WHERE platform = ? AND channel = ?", (platform, channel)
            )
        self._changed(platform, channel)
        return cursor.rowcount == 1

    def watch(self, callback: Callable[[str, str], None]) -> None:
        """Call `callback(platform, channel)` whenever a subscription is made, changed or
        removed here (the scheduler in this process learns of it at once)."""
        self._watchers.append(callback)

    def _changed(self, platform: str, channel: str) -> None:
        for callback in self._watchers:
            callback(platform, channel)

    def subscription(self, platform: str, channel: str) -> Subscription | None:
        with self.lock:
            row = self.conn.execute(
                "SELECT * FROM subscriptions WHERE platform = ? AND channel = ?",
                (platform, channel),
            ).fetchone()
        return _subscription(row) if row else None

    def subscriptions(self) -> list[Subscription]:
        with self.lock:
            rows = self.conn.execute(
                "SELECT * FROM subscriptions ORDER BY platform, channel"
            ).fetchall()
        return [_subscription(r) for r in rows]

    def pause(self, platform: str, channel: str, reason: str, *, replace: bool = True) -> None:
        """Pause the channel's digest with `reason`; with `replace=False`, only an active one
        (an earlier reason, such as a channel Slack says is gone, is kept)."""
        with self.lock, self.conn:
            self.conn.execute(
                "UPDATE subscriptions SET paused_reason = ? WHERE platform = ? AND channel = ?"
                + ("" if replace else " AND paused_reason IS NULL"),
                (reason, platform, channel),
            )
        self._changed(platform, channel)

    def resume(self, platform: str, channel: str, reason: str) -> bool:
        """Lift a pause made for `reason` (and only that one: a channel Slack says is gone
        stays paused until someone subscribes again)."""
        with self.lock, self.conn:
            cursor = self.conn.execute(
                "UPDATE subscriptions SET paused_reason = NULL WHERE platform = ? AND "
                "channel = ? AND paused_reason = ?",
                (platform, channel, reason),
            )
        self._changed(platform, channel)
        return cursor.rowcount == 1

    # --- the digest ledger: claimed before posting, confirmed after -------------------------

    def claim_digest(
        self,
        platform: str,
        channel: str,
        local_date: str,
        *,
        owner: str = "",
        lease: float = LEASE_SECONDS,
        now: float | None = None,
    ) -> str:
        """Who may post the day's digest: see `bot.claims.digest_claim`."""
        with self.lock, self.conn:
            return digest_claim(
                self.conn,
                (platform, channel, local_date),
                owner=owner,
                lease=lease,
                now=time.time() if now is None else now,
                claimed_at=_now_iso(),
            )

    def lease_left(self, platform: str, channel: str, local_date: str, now: float) -> float:
        """Seconds until another owner's claim may be taken over (0 if it may now)."""
        with self.lock:
            row = self.conn.execute(
                "SELECT lease_until FROM digest_ledger WHERE platform = ? AND channel = ? "
                "AND local_date = ? AND status = 'claimed'",
                (platform, channel, local_date),
            ).fetchone()
        return max(0.0, float(row[0]) - now) if row else 0.0

    def miss_digest(self, platform: str, channel: str, local_date: str) -> None:
        """The day ended with no post the platform accepted: say so in `digest status`."""
        with self.lock, self.conn:
            self.conn.execute(
                "UPDATE digest_ledger SET status = 'missed' WHERE platform = ? AND channel = ? "
                "AND local_date = ? AND status = 'claimed'",
                (platform, channel, local_date),
            )

    def missed_digest(self, platform: str, channel: str) -> str | None:
        """The local date of a missed digest later than the last one posted, if any."""
        with self.lock:
            row = self.conn.execute(
                "SELECT max(local_date) FROM digest_ledger WHERE platform = ? AND channel = ? "
                "AND status = 'missed' AND local_date > coalesce((SELECT max(local_date) FROM "
                "digest_ledger WHERE platform = ? AND channel = ? AND status = 'posted'), '')",
                (platform, channel, platform, channel),
            ).fetchone()
        return str(row[0]) if row and row[0] else None

    def confirm_digest(self, platform: str, channel: str, local_date: str, ref: str) -> None:
        with self.lock, self.conn:
            self.conn.execute(
                "UPDATE digest_ledger SET status = 'posted', message_ref = ?, posted_at = ? "
                "WHERE platform = ? AND channel = ? AND local_date = ?",
                (ref, _now_iso(), platform, channel, local_date),
            )

    def release_digest(self, platform: str, channel: str, local_date: str) -> None:
        """Forget a claim whose post failed, so a later run may try again."""
        with self.lock, self.conn:
            self.conn.execute(
                "DELETE FROM digest_ledger WHERE platform = ? AND channel = ? AND local_date = ? "
                "AND status = 'claimed'",
                (platform, channel, local_date),
            )

    def last_digest(self, platform: str, channel: str) -> tuple[str, str] | None:
        """(local date, posted at) of the last confirmed digest."""
        with self.lock:
            row = self.conn.execute(
                "SELECT local_date, posted_at FROM digest_ledger WHERE platform = ? AND "
                "channel = ? AND status = 'posted' ORDER BY local_date DESC LIMIT 1",
                (platform, channel),
            ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    # --- the archive rotation ---------------------------------------------------------------

    def archive_used(self, platform: str, channel: str) -> set[int]:
        with self.lock:
            rows = self.conn.execute(
                "SELECT event_id FROM digest_archive WHERE platform = ? AND channel = ?",
                (platform, channel),
            ).fetchall()
        return {int(r[0]) for r in rows}

    def archive_use(self, platform: str, channel: str, event_id: int, local_date: str) -> None:
        with self.lock, self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO digest_archive VALUES (?, ?, ?, ?)",
                (platform, channel, event_id, local_date),
            )

    def archive_reset(self, platform: str, channel: str) -> None:
        with self.lock, self.conn:
            self.conn.execute(
                "DELETE FROM digest_archive WHERE platform = ? AND channel = ?",
                (platform, channel),
            )

    def close(self) -> None:
        self.conn.close()


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        platform=row["platform"],
        channel=row["channel"],
        post_time=row["post_time"],
        timezone=row["timezone"],
        created_by=row["created_by"],
        paused_reason=row["paused_reason"] or "",
    )

"""The state database: what users did (subscriptions, digest ledger, feedback, seen events).

It is a separate file from the index on purpose: the index is rebuilt from the articles at any
time, this file never is, so no reindex can lose a subscription. It is a SQLite file by default
and may be PostgreSQL, shared by several instances (`OPENAI_BOT_STATE_URL`); its schema is
kept by Alembic (`bot/migrations/`).
"""

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, text

from bot.claims import digest_claim, first_delivery
from bot.database import LASTING, open_engine
from bot.records import Subscription, Turn

LEASE_SECONDS = 120.0  # how long a claim keeps other processes from posting
THREAD_TTL_SECONDS = 30 * 24 * 3600
CONVERSATION_TTL_SECONDS = 2 * 3600


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StateStore:
    """The state operations the bot needs, on SQLite or PostgreSQL (see `bot.database`).

    Every call is its own short transaction on a connection from the engine's pool, so the
    event loop's thread and the answer workers never share one. The exactly-once decisions
    (`claim`, `claim_digest`) are single atomic statements, safe across processes.
    """

    def __init__(self, target: Path | str) -> None:
        self.engine = open_engine(target)
        self._passing = self.engine.execution_options(**{LASTING: False})
        self._watchers: list[Callable[[str, str], None]] = []

    def write(self) -> AbstractContextManager[Connection]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        return self.engine.begin()

    def passing(self) -> AbstractContextManager[Connection]:
        """A transaction whose commit does not wait for the disk: atomic, kept if the bot
        crashes, lost to a power cut or a database server's crash (see
        bot.database.LASTING). For what matters for minutes and is written on the thread
        that acknowledges."""
        return self._passing.begin()

    def query(self, sql: str, **params: Any) -> list[Any]:
        """Rows of one read (`:name` parameters)."""
        with self.engine.connect() as db:
            return list(db.execute(text(sql), params))

    def run(self, sql: str, **params: Any) -> int:
        """One write (`:name` parameters), committed; the number of rows it touched."""
        with self.write() as db:
            return int(db.execute(text(sql), params).rowcount)

    def claim(self, key: str, *, now: float | None = None) -> bool:
        """True the first time `key` is seen (within a day); False for a redelivery. It runs
        on the thread that acknowledges: its commit does not wait for the disk, which would
        cost about 0.3 ms (a claim lost to a power cut costs one delivery answered twice)."""
        with self.passing() as db:
            return first_delivery(db, key, time.time() if now is None else now)

    def remember_thread(self, platform: str, channel: str, thread: str) -> None:
        """The bot answered in this thread: follow-ups there need no mention."""
        self.run(
            "INSERT INTO threads (platform, channel, thread, created_at) "
            "VALUES (:p, :c, :t, :now) ON CONFLICT DO NOTHING",
            p=platform,
            c=channel,
            t=thread,
            now=time.time(),
        )

    def remember_question(
        self, scope: str, question: str, *, answer: str = "", now: float | None = None
    ) -> None:
        """The last question asked in a conversation and its short answer (a person, a
        date), for the follow-ups after it ("how much is he asking for")."""
        moment = time.time() if now is None else now
        with self.write() as db:
            db.execute(text("DELETE FROM conversations WHERE expires_at < :now"), {"now": moment})
            db.execute(
                text(
                    "INSERT INTO conversations (scope, question, expires_at, answer) "
                    "VALUES (:s, :q, :e, :a) ON CONFLICT (scope) DO UPDATE SET "
                    "question = excluded.question, expires_at = excluded.expires_at, "
                    "answer = excluded.answer"
                ),
                {"s": scope, "q": question, "e": moment + CONVERSATION_TTL_SECONDS, "a": answer},
            )

    def last_turn(self, scope: str, *, now: float | None = None) -> Turn:
        """The previous question in this conversation and its answer; empty once expired."""
        moment = time.time() if now is None else now
        rows = self.query(
            "SELECT question, answer FROM conversations WHERE scope = :s AND expires_at >= :now",
            s=scope,
            now=moment,
        )
        return Turn(question=str(rows[0][0]), answer=str(rows[0][1])) if rows else Turn()

    def in_thread(self, platform: str, channel: str, thread: str) -> bool:
        rows = self.query(
            "SELECT 1 FROM threads WHERE platform = :p AND channel = :c AND thread = :t "
            "AND created_at > :since",
            p=platform,
            c=channel,
            t=thread,
            since=time.time() - THREAD_TTL_SECONDS,
        )
        return bool(rows)

    # --- digest subscriptions --------------------------------------------------------------

    def subscribe(
        self,
        platform: str,
        channel: str,
        post_time: str,
        timezone: str,
        user: str,
        *,
        workspace: str = "",
    ) -> Subscription:
        """Create or change a subscription (and lift any pause)."""
        self.run(
            "INSERT INTO subscriptions (platform, channel, post_time, timezone, created_by, "
            "created_at, paused_reason, workspace) VALUES (:p, :c, :t, :z, :u, :at, NULL, :w) "
            "ON CONFLICT (platform, channel) DO UPDATE SET post_time = excluded.post_time, "
            "timezone = excluded.timezone, created_by = excluded.created_by, "
            "paused_reason = NULL, workspace = excluded.workspace",
            p=platform,
            c=channel,
            t=post_time,
            z=timezone,
            u=user,
            at=_now_iso(),
            w=workspace,
        )
        found = self.subscription(platform, channel)
        assert found is not None
        self._changed(platform, channel)
        return found

    def unsubscribe(self, platform: str, channel: str) -> bool:
        removed = self.run(
            "DELETE FROM subscriptions WHERE platform = :p AND channel = :c",
            p=platform,
            c=channel,
        )
        self._changed(platform, channel)
        return removed == 1

    def watch(self, callback: Callable[[str, str], None]) -> None:
        """Call `callback(platform, channel)` whenever a subscription is made, changed or
        removed here (the scheduler in this process learns of it at once)."""
        self._watchers.append(callback)

    def _changed(self, platform: str, channel: str) -> None:
        for callback in self._watchers:
            callback(platform, channel)

    def subscription(self, platform: str, channel: str) -> Subscription | None:
        rows = self.query(
            f"SELECT {_SUBSCRIPTION} FROM subscriptions WHERE platform = :p AND channel = :c",
            p=platform,
            c=channel,
        )
        return _subscription(rows[0]) if rows else None

    def subscriptions(self) -> list[Subscription]:
        rows = self.query(f"SELECT {_SUBSCRIPTION} FROM subscriptions ORDER BY platform, channel")
        return [_subscription(r) for r in rows]

    def pause(self, platform: str, channel: str, reason: str, *, replace: bool = True) -> None:
        """Pause the channel's digest with `reason`; with `replace=False`, only an active one
        (an earlier reason, such as a channel Slack says is gone, is kept)."""
        self.run(
            "UPDATE subscriptions SET paused_reason = :r WHERE platform = :p AND channel = :c"
            + ("" if replace else " AND paused_reason IS NULL"),
            r=reason,
            p=platform,
            c=channel,
        )
        self._changed(platform, channel)

    def resume(self, platform: str, channel: str, reason: str) -> bool:
        """Lift a pause made for `reason` (and only that one: a channel Slack says is gone
        stays paused until someone subscribes again)."""
        lifted = self.run(
            "UPDATE subscriptions SET paused_reason = NULL WHERE platform = :p AND "
            "channel = :c AND paused_reason = :r",
            p=platform,
            c=channel,
            r=reason,
        )
        self._changed(platform, channel)
        return lifted == 1

    def pause_workspace(self, platform: str, workspaces: Sequence[str], reason: str) -> int:
        """Pause every active digest of a workspace (the app was uninstalled from it); the
        number paused. A digest already paused keeps its own reason."""
        return self._set_workspace_pause(
            "UPDATE subscriptions SET paused_reason = :r WHERE platform = :p AND "
            "workspace IN :w AND paused_reason IS NULL RETURNING channel",
            platform,
            workspaces,
            reason,
        )

    def resume_workspace(self, platform: str, workspaces: Sequence[str], reason: str) -> int:
        """Lift the pauses made for `reason` in a workspace (it installed the app again)."""
        return self._set_workspace_pause(
            "UPDATE subscriptions SET paused_reason = NULL WHERE platform = :p AND "
            "workspace IN :w AND paused_reason = :r RETURNING channel",
            platform,
            workspaces,
            reason,
        )

    def _set_workspace_pause(
        self, sql: str, platform: str, workspaces: Sequence[str], reason: str
    ) -> int:
        statement = text(sql).bindparams(bindparam("w", expanding=True))
        with self.write() as db:
            changed = [
                str(row[0])
                for row in db.execute(
                    statement, {"r": reason, "p": platform, "w": list(workspaces)}
                )
            ]
        for channel in changed:
            self._changed(platform, channel)
        return len(changed)

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
        with self.write() as db:
            return digest_claim(
                db,
                (platform, channel, local_date),
                owner=owner,
                lease=lease,
                now=time.time() if now is None else now,
                claimed_at=_now_iso(),
            )

    def lease_left(self, platform: str, channel: str, local_date: str, now: float) -> float:
        """Seconds until another owner's claim may be taken over (0 if it may now)."""
        rows = self.query(
            "SELECT lease_until FROM digest_ledger WHERE platform = :p AND channel = :c "
            "AND local_date = :d AND status = 'claimed'",
            p=platform,
            c=channel,
            d=local_date,
        )
        return max(0.0, float(rows[0][0]) - now) if rows else 0.0

    def miss_digest(self, platform: str, channel: str, local_date: str) -> None:
        """The day ended with no post the platform accepted: say so in `digest status`."""
        self.run(
            "UPDATE digest_ledger SET status = 'missed' WHERE platform = :p AND channel = :c "
            "AND local_date = :d AND status = 'claimed'",
            p=platform,
            c=channel,
            d=local_date,
        )

    def missed_digest(self, platform: str, channel: str) -> str | None:
        """The local date of a missed digest later than the last one posted, if any."""
        rows = self.query(
            "SELECT max(local_date) FROM digest_ledger WHERE platform = :p AND channel = :c "
            "AND status = 'missed' AND local_date > coalesce((SELECT max(local_date) FROM "
            "digest_ledger WHERE platform = :p AND channel = :c AND status = 'posted'), '')",
            p=platform,
            c=channel,
        )
        return str(rows[0][0]) if rows and rows[0][0] else None

    def confirm_digest(self, platform: str, channel: str, local_date: str, ref: str) -> None:
        self.run(
            "UPDATE digest_ledger SET status = 'posted', message_ref = :r, posted_at = :at "
            "WHERE platform = :p AND channel = :c AND local_date = :d",
            r=ref,
            at=_now_iso(),
            p=platform,
            c=channel,
            d=local_date,
        )

    def release_digest(self, platform: str, channel: str, local_date: str) -> None:
        """Forget a claim whose post failed, so a later run may try again."""
        self.run(
            "DELETE FROM digest_ledger WHERE platform = :p AND channel = :c AND local_date = :d "
            "AND status = 'claimed'",
            p=platform,
            c=channel,
            d=local_date,
        )

    def last_digest(self, platform: str, channel: str) -> tuple[str, str] | None:
        """(local date, posted at) of the last confirmed digest."""
        rows = self.query(
            "SELECT local_date, posted_at FROM digest_ledger WHERE platform = :p AND "
            "channel = :c AND status = 'posted' ORDER BY local_date DESC LIMIT 1",
            p=platform,
            c=channel,
        )
        return (str(rows[0][0]), str(rows[0][1])) if rows else None

    # --- the archive rotation ---------------------------------------------------------------

    def archive_used(self, platform: str, channel: str) -> set[int]:
        rows = self.query(
            "SELECT event_id FROM digest_archive WHERE platform = :p AND channel = :c",
            p=platform,
            c=channel,
        )
        return {int(r[0]) for r in rows}

    def archive_use(self, platform: str, channel: str, event_id: int, local_date: str) -> None:
        self.run(
            "INSERT INTO digest_archive (platform, channel, event_id, local_date) "
            "VALUES (:p, :c, :e, :d) ON CONFLICT DO NOTHING",
            p=platform,
            c=channel,
            e=event_id,
            d=local_date,
        )

    def archive_reset(self, platform: str, channel: str) -> None:
        self.run(
            "DELETE FROM digest_archive WHERE platform = :p AND channel = :c",
            p=platform,
            c=channel,
        )

    def close(self) -> None:
        self.engine.dispose()


_SUBSCRIPTION = "platform, channel, post_time, timezone, created_by, paused_reason, workspace"


def _subscription(row: Any) -> Subscription:
    return Subscription(
        platform=str(row[0]),
        channel=str(row[1]),
        post_time=str(row[2]),
        timezone=str(row[3]),
        created_by=str(row[4]),
        paused_reason=str(row[5] or ""),
        workspace=str(row[6] or ""),
    )

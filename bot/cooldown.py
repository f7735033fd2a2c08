"""Cooldowns: a token bucket per user, and a flood limit per channel for public answers.

A busy channel must not be able to turn the bot into a firehose: each user may ask
`rate` questions a minute (the bucket refills continuously), and each channel gets at most
`flood` public answers a minute. Over either limit, the asker is told once, privately, how
long to wait; more messages in the same wait get no second notice. Button clicks and digest
posts are not questions and are never counted.

The buckets live in the state database, so instances behind a load balancer share them: a
user whose questions land on two instances still gets `rate` a minute, not twice that. Each
take is one atomic upsert (refill, spend, say whether a token was there), safe however many
processes race for the same bucket; a full bucket is the same as no row, so idle rows go.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from bot.state import StateStore

log = logging.getLogger(__name__)

WINDOW_SECONDS = 60.0

# The bucket as it stands now: its tokens plus what has refilled since, at most `size`.
_FILLED = (
    "CASE WHEN cooldowns.tokens + (:now - cooldowns.at) * :refill > :size THEN :size "
    "ELSE cooldowns.tokens + (:now - cooldowns.at) * :refill END"
)
# Refill and spend in one statement (every SET sees the row as it was): `granted` says
# whether a whole token was there to spend.
_TAKE = text(
    "INSERT INTO cooldowns (key, tokens, at, granted, told_until) "
    "VALUES (:key, :size - 1.0, :now, 1, 0) ON CONFLICT (key) DO UPDATE SET "
    f"tokens = CASE WHEN {_FILLED} >= 1.0 THEN {_FILLED} - 1.0 ELSE {_FILLED} END, "
    f"granted = CASE WHEN {_FILLED} >= 1.0 THEN 1 ELSE 0 END, at = :now "
    "RETURNING tokens, granted"
)
_GIVE_BACK = text("UPDATE cooldowns SET tokens = tokens + 1.0 WHERE key = :key")
# The first refusal in a wait is told; the statement succeeds for one of any racing callers.
_TELL = text(
    "INSERT INTO cooldowns (key, tokens, at, granted, told_until) "
    "VALUES (:key, :size, :now, 0, :until) ON CONFLICT (key) DO UPDATE SET "
    "told_until = :until WHERE cooldowns.told_until <= :now"
)
_FORGET = text("DELETE FROM cooldowns WHERE at < :idle AND told_until < :now")


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """May the message be answered; if not, how long to wait and whether to say so."""

    allowed: bool
    wait: float = 0.0
    notify: bool = False  # the first refusal in a wait is explained; the rest are not


class Cooldown:
    """Per-user buckets and per-channel flood windows, kept in the state database."""

    def __init__(
        self,
        state: StateStore,
        *,
        rate: int = 10,
        flood: int = 30,
        clock: Callable[[], float] = time.time,  # wall time: instances share it
    ) -> None:
        self.state = state
        self.rate = rate
        self.flood = flood
        self.clock = clock
        self._forgotten = 0.0  # when this process last cleared idle buckets

    def check(self, user: str, channel: str, *, public: bool) -> Verdict:
        """Spend one question for `user` (and, for a public answer, one of `channel`'s).
        When the database cannot say, the question is answered: a limit is a courtesy to the
        channel, never a reason to go silent."""
        if self.rate <= 0 and (self.flood <= 0 or not public):
            return Verdict(allowed=True)
        now = self.clock()
        try:
            self._forget(now)
            return self._check(user, channel, public=public, now=now)
        except DBAPIError as exc:
            log.warning("cooldowns unavailable, answering anyway: %s", type(exc).__name__)
            return Verdict(allowed=True)

    def _forget(self, now: float) -> None:
        """Idle buckets (full again: the same as none) go, in a transaction of their own and
        at most once a window per process: deleting rows that other questions are updating
        inside a question's own transaction could deadlock with them."""
        if now - self._forgotten < WINDOW_SECONDS:
            return
        self._forgotten = now
        with self.state.write() as db:
            db.execute(_FORGET, {"idle": now - WINDOW_SECONDS, "now": now})

    def _check(self, user: str, channel: str, *, public: bool, now: float) -> Verdict:
        # Rows are always taken user first, then channel: two questions never wait on each
        # other's rows in opposite orders.
        mine = f"user:{user}"
        with self.state.write() as db:
            wait = _take(db, mine, self.rate, now) if self.rate > 0 else 0.0
            if wait <= 0 and public and self.flood > 0:
                wait = _take(db, f"channel:{channel}", self.flood, now)
                if wait > 0 and self.rate > 0:
                    db.execute(_GIVE_BACK, {"key": mine})  # not answered: the question back
            if wait <= 0:
                return Verdict(allowed=True)
            told = db.execute(
                _TELL,
                {"key": mine, "size": float(max(self.rate, 1)), "now": now, "until": now + wait},
            )
            return Verdict(allowed=False, wait=wait, notify=told.rowcount == 1)


def _take(db: Connection, key: str, size: int, now: float) -> float:
    """Take a token from `key`'s bucket; 0 if there was one, else the seconds until there is."""
    refill = size / WINDOW_SECONDS
    row = db.execute(_TAKE, {"key": key, "size": float(size), "now": now, "refill": refill}).one()
    if row[1]:
        return 0.0
    return (1.0 - float(row[0])) / refill

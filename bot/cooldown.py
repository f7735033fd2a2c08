"""Cooldowns: a token bucket per user, and a flood limit per channel for public answers.

A busy channel must not be able to turn the bot into a firehose: each user may ask
`rate` questions a minute (the bucket refills continuously), and each channel gets at most
`flood` public answers a minute. Over either limit, the asker is told once, privately, how
long to wait; more messages in the same wait get no second notice. Button clicks and digest
posts are not questions and are never counted.
"""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_SECONDS = 60.0


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """May the message be answered; if not, how long to wait and whether to say so."""

    allowed: bool
    wait: float = 0.0
    notify: bool = False  # the first refusal in a wait is explained; the rest are not


@dataclass
class _Bucket:
    tokens: float
    at: float
    told_until: float = 0.0


class Cooldown:
    """Per-user buckets and per-channel flood windows, in memory (they reset on restart,
    which only ever errs on the side of answering)."""

    def __init__(
        self,
        *,
        rate: int = 10,
        flood: int = 30,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.flood = flood
        self.clock = clock
        self._users: dict[str, _Bucket] = {}
        self._channels: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def check(self, user: str, channel: str, *, public: bool) -> Verdict:
        """Spend one question for `user` (and, for a public answer, one of `channel`'s)."""
        if self.rate <= 0 and (self.flood <= 0 or not public):
            return Verdict(allowed=True)
        now = self.clock()
        with self._lock:
            wait = self._take(self._users, user, self.rate, now) if self.rate > 0 else 0.0
            if wait <= 0 and public and self.flood > 0:
                wait = self._take(self._channels, channel, self.flood, now)
                if wait > 0 and user in self._users:
                    self._users[user].tokens += 1.0  # not answered: the user's question back
            if wait <= 0:
                return Verdict(allowed=True)
            bucket = self._users.setdefault(user, _Bucket(tokens=float(self.rate), at=now))
            notify = now >= bucket.told_until
            if notify:
                bucket.told_until = now + wait
            return Verdict(allowed=False, wait=wait, notify=notify)

    @staticmethod
    def _take(buckets: dict[str, _Bucket], key: str, size: int, now: float) -> float:
        """Take a token from `key`'s bucket; 0 if there was one, else the seconds until
        there is."""
        refill = size / WINDOW_SECONDS
        bucket = buckets.get(key)
        if bucket is None:
            bucket = buckets[key] = _Bucket(tokens=float(size), at=now)
        bucket.tokens = min(float(size), bucket.tokens + (now - bucket.at) * refill)
        bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / refill

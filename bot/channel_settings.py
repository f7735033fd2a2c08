"""Per-channel settings, chosen by the channel's admins and honoured by every handler.

- `answers`: "auto" (slash commands answer privately, mentions in a thread), "private" (every
  answer is for the asker's eyes only) or "public" (slash commands answer in the channel too).
- `followups`: in a thread the bot answered, questions without a mention are answered.
- `mention_only`: only mentions and slash commands reach the bot (no `!openai`, no
  follow-ups without a mention).
- `digest`: the daily digest may be posted here (off pauses a subscription and refuses new
  ones until it is on again).

A channel nobody configured has the defaults; reading one is a primary-key lookup, made at
most every FRESH_SECONDS per channel and process. Every slash command and mention reads its
channel's settings on the thread that acknowledges; a database call there lets the answer
workers take the interpreter's lock, and under a burst of 50 Discord commands the reads cost
a tenth of the time to the last response. A change is seen at once by the process that made
it, and within FRESH_SECONDS by the others sharing the database.
"""

import threading
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.parse import ANSWER_VERBS, parse

if TYPE_CHECKING:  # (types only: the commands that import this load no database library)
    from collections.abc import Callable

    from sqlalchemy import Connection

    from bot.state import StateStore

ANSWER_MODES = ("auto", "private", "public")
FRESH_SECONDS = 5.0
DIGEST_PAUSE = "turned off in this channel's settings"


@dataclass(frozen=True, kw_only=True)
class ChannelSettings:
    """What a channel's admins chose (the defaults where they chose nothing)."""

    answers: str = "auto"
    followups: bool = True
    mention_only: bool = False
    digest: bool = True

    @property
    def answers_followups(self) -> bool:
        """Whether a question in a followed thread without a mention is answered."""
        return self.followups and not self.mention_only


DEFAULTS = ChannelSettings()
# The settings' columns in the state database (names are never taken from user text).
_COLUMNS = ("answers", "followups", "mention_only", "digest")


def answers_in_channel(settings: ChannelSettings, text: str) -> bool:
    """Whether a slash command's answer to `text` is posted in the channel: the channel
    wants answers public and `text` asks a question (help, settings and digest stay private)."""
    return settings.answers == "public" and parse(text).verb in ANSWER_VERBS


class _Read:
    """What one state database's channel settings were when last read in this process (every
    ChannelSettingsStore of one StateStore shares it, so a change made through one is seen by
    all), and how many changes each channel has had here: a read that started before a
    change finished never replaces what the change stored."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.settings: dict[tuple[str, str], tuple[float, ChannelSettings]] = {}
        self.changes: dict[tuple[str, str], int] = {}


_READ: "weakref.WeakKeyDictionary[StateStore, _Read]" = weakref.WeakKeyDictionary()
_READ_LOCK = threading.Lock()


class ChannelSettingsStore:
    """Reads and changes channel settings in the state database."""

    def __init__(self, state: "StateStore", *, clock: "Callable[[], float]" = time.monotonic):
        self.state = state
        self.clock = clock
        with _READ_LOCK:
            self._read = _READ.setdefault(state, _Read())

    def get(self, platform: str, channel: str) -> ChannelSettings:
        """The channel's settings, as read at most FRESH_SECONDS ago."""
        where, cache = (platform, channel), self._read
        now = self.clock()
        with cache.lock:
            known = cache.settings.get(where)
            changes = cache.changes.get(where, 0)
        if known is not None and now - known[0] < FRESH_SECONDS:
            return known[1]
        with self.state.engine.connect() as db:
            found = _read(db, platform, channel)
        with cache.lock:
            if cache.changes.get(where, 0) == changes:  # no change here since the read began
                cache.settings[where] = (now, found)
        return found

    def change(
        self, platform: str, channel: str, user: str, changes: dict[str, object]
    ) -> ChannelSettings:
        """Store `changes` (only the settings named: two admins changing two settings at once
        both keep theirs); a digest turned off pauses the channel's subscription, turned on
        lifts that pause (and no other)."""
        unknown = set(changes) - set(_COLUMNS)
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        if "answers" in changes and changes["answers"] not in ANSWER_MODES:
            raise ValueError(f"unknown answers mode {changes['answers']!r}")
        names = sorted(changes)
        values = [changes[n] if n == "answers" else int(bool(changes[n])) for n in names]
        from sqlalchemy import text

        with self.state.write() as db:
            before = _read(db, platform, channel)
            db.execute(
                text(
                    f"INSERT INTO channel_settings (platform, channel, changed_by, changed_at, "
                    f"{', '.join(names)}) VALUES (:p, :c, :u, :at, "
                    f"{', '.join(':' + n for n in names)}) ON CONFLICT (platform, channel) "
                    f"DO UPDATE SET changed_by = excluded.changed_by, "
                    f"changed_at = excluded.changed_at, "
                    + ", ".join(f"{n} = excluded.{n}" for n in names)
                ),
                {
                    "p": platform,
                    "c": channel,
                    "u": user,
                    "at": time.time(),
                    **dict(zip(names, values, strict=True)),
                },
            )
            after = _read(db, platform, channel)
        with self._read.lock:
            self._read.changes[(platform, channel)] = (
                self._read.changes.get((platform, channel), 0) + 1
            )
            self._read.settings[(platform, channel)] = (self.clock(), after)
        if before.digest and not after.digest:
            self.state.pause(platform, channel, DIGEST_PAUSE, replace=False)
        elif after.digest and not before.digest:
            self.state.resume(platform, channel, DIGEST_PAUSE)
        return after

    def configured(self) -> int:
        """How many channels have settings of their own."""
        return int(self.state.query("SELECT count(*) FROM channel_settings")[0][0])


def _read(db: "Connection", platform: str, channel: str) -> ChannelSettings:
    """The channel's settings (the defaults where none were chosen)."""
    from sqlalchemy import text

    row = db.execute(
        text(
            "SELECT answers, followups, mention_only, digest FROM channel_settings "
            "WHERE platform = :p AND channel = :c"
        ),
        {"p": platform, "c": channel},
    ).first()
    if row is None:
        return DEFAULTS
    return ChannelSettings(
        answers=str(row[0]),
        followups=bool(row[1]),
        mention_only=bool(row[2]),
        digest=bool(row[3]),
    )

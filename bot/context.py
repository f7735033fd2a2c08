"""What a handler may use: the engine, the message it answers, the time, and user state."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.message import Message
from knowledge.engine import Engine

if TYPE_CHECKING:  # (a type only: a one-off question loads no database library)
    from bot.state import StateStore


@dataclass(frozen=True, kw_only=True)
class DigestDefaults:
    """The digest's default time and zone (from the settings)."""

    post_time: str = "09:00"
    timezone: str = "UTC"


@dataclass(frozen=True, kw_only=True)
class Context:
    """Everything a handler needs, passed in so handlers stay pure functions of their inputs."""

    engine: Engine
    message: Message
    today: date
    now: datetime
    state: "StateStore | None" = None
    digest: DigestDefaults = DigestDefaults()

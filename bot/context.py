"""What a handler may use: the engine, the message it answers, and today's date."""

from dataclasses import dataclass
from datetime import date

from bot.message import Message
from knowledge.engine import Engine


@dataclass(frozen=True, kw_only=True)
class Context:
    """Everything a handler needs, passed in so handlers stay pure functions of their inputs."""

    engine: Engine
    message: Message
    today: date

"""What an adapter hands to the core: one incoming line of text and where it came from."""

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Message:
    """A neutral incoming message; adapters translate platform events into this and nothing else."""

    text: str
    user: str = "console"
    channel: str = "console"
    thread: str | None = None
    platform: str = "console"
    can_manage: bool = True  # may change this channel's settings (the digest subscription)

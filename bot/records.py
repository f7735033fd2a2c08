"""What the state database keeps, as the core passes it around: plain values, so that a
module that only reads them (a follow-up, a digest's schedule) loads no database library."""

from dataclasses import dataclass


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
    workspace: str = ""  # the Slack team whose installation posts it (many-workspace mode)

    @property
    def key(self) -> str:
        return f"{self.platform}:{self.channel}"

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
    can_manage: bool = True  # may change this channel's digest subscription
    can_configure: bool = True  # may change this channel's settings (an admin)
    # False for a message in a thread the bot follows that does not address the bot: it is
    # answered only when it is a question or a command, and thanks get a reaction.
    addressed: bool = True
    id: str | None = None  # the platform's id of this message, to react to it
    # The channel a thread belongs to, where its settings are kept (Discord threads are
    # channels of their own); None: `channel` itself.
    parent: str | None = None
    # A question someone typed (not a button click): it counts against their cooldown.
    counted: bool = True
    public: bool = False  # the answer would be seen by the whole channel
    workspace: str = ""  # the Slack team it came from (its digests post with its token)
    # False: a question with nothing before it and nothing after it (`openai-bot ask TEXT`):
    # no conversation is read or kept for it.
    conversation: bool = True

    @property
    def settings_channel(self) -> str:
        """The channel whose settings apply to this message."""
        return self.parent or self.channel

    @property
    def scope(self) -> str:
        """The conversation this message belongs to: one user in one thread or channel."""
        return f"{self.platform}:{self.channel}:{self.thread or ''}:{self.user}"

"""The verbs. Importing this package registers every handler in `bot.registry.VERBS`."""

from bot.commands import (
    ask,
    help,
    onthisday,
    pending,
    quote,
    search,
    sources,
    timeline,
    when,
    who,
)

__all__ = [
    "ask",
    "help",
    "onthisday",
    "pending",
    "quote",
    "search",
    "sources",
    "timeline",
    "when",
    "who",
]

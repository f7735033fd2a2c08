"""The verbs. Importing this package registers every handler in `bot.registry.VERBS`."""

from bot.commands import (
    ask,
    digest,
    help,
    onthisday,
    quote,
    search,
    settings,
    sources,
    timeline,
    when,
    who,
)

__all__ = [
    "ask",
    "digest",
    "help",
    "onthisday",
    "quote",
    "search",
    "settings",
    "sources",
    "timeline",
    "when",
    "who",
]

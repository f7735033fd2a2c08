"""The verbs. Importing this package registers every handler in `bot.registry.VERBS`."""

from bot.commands import ask, help, pending, search, sources

__all__ = ["ask", "help", "pending", "search", "sources"]

"""Errors the router turns into replies that tell the user what to type instead."""


class BotError(Exception):
    """Base class: a problem with a message fit for the user and a hint of what to try."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(BotError):
    """The command was understood but its arguments were not."""


class NotAvailableError(BotError):
    """The verb exists but this version cannot answer it yet."""

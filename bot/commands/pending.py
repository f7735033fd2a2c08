"""Verbs this version parses but cannot answer yet: they say so plainly, never a made-up answer."""

from bot.context import Context
from bot.errors import NotAvailableError
from bot.registry import verb
from bot.reply import Reply
from bot.sanitize import echo


def _not_yet(name: str, args: str) -> NotAvailableError:
    words = echo(args, 60) if args.strip() else "altman"
    return NotAvailableError(
        f"`{name}` is not available yet in this version.",
        f"Meanwhile, `search {words}` finds every passage that mentions it.",
    )


@verb("digest", "digest subscribe [HH:MM] [TIMEZONE] | unsubscribe | status | preview")
def digest(ctx: Context, args: str) -> Reply:
    """Subscribe this channel to a daily "on this day" post, or manage the subscription."""
    raise _not_yet("digest", "")

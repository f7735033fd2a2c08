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


@verb("who", "who NAME")
def who(ctx: Context, args: str) -> Reply:
    """Who a person is in the articles' own words: roles, ties and dated events, cited."""
    raise _not_yet("who", args)


@verb("when", "when EVENT")
def when(ctx: Context, args: str) -> Reply:
    """When something happened: the matching dated events, cited."""
    raise _not_yet("when", args)


@verb("timeline", "timeline [YEAR | FROM..TO | NAME]")
def timeline(ctx: Context, args: str) -> Reply:
    """Events in date order, for a year, a range of years or a person."""
    raise _not_yet("timeline", args)


@verb("onthisday", "onthisday [MM-DD]")
def onthisday(ctx: Context, args: str) -> Reply:
    """What happened on this calendar day (or MM-DD) in past years."""
    raise _not_yet("onthisday", args)


@verb("quote", "quote NAME")
def quote(ctx: Context, args: str) -> Reply:
    """What a person said or wrote, as the articles quote it, cited."""
    raise _not_yet("quote", args)


@verb("digest", "digest subscribe [HH:MM] [TIMEZONE] | unsubscribe | status | preview")
def digest(ctx: Context, args: str) -> Reply:
    """Subscribe this channel to a daily "on this day" post, or manage the subscription."""
    raise _not_yet("digest", "")

"""`onthisday [MM-DD]`: what happened on this calendar day in past years; never empty."""

import calendar
import re
from dataclasses import replace
from datetime import date

from bot.context import Context
from bot.digest import digest_reply
from bot.errors import UsageError
from bot.numbers import number
from bot.registry import verb
from bot.reply import Reply
from bot.sanitize import echo

_NUMERIC_RE = re.compile(r"^([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})$")
_MONTHS = {
    name.casefold(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}


def parse_day(text: str, today: date) -> tuple[int, int]:
    """(month, day) from "09-27", "9/27", "Sep 27", "27 September" or "" (today)."""
    text = text.strip().rstrip(".")
    if not text or text.casefold() == "today":
        return today.month, today.day
    month = day = 0
    if m := _NUMERIC_RE.match(text):
        month, day = int(m[1]), int(m[2])
    else:
        words = re.findall(r"[A-Za-z]+|[0-9]+", text)
        names = [w for w in words if w.casefold() in _MONTHS]
        numbers = [w for w in words if number(w) is not None]
        if len(names) == 1 and len(numbers) == 1 and len(words) == 2:
            month, day = _MONTHS[names[0].casefold()], int(numbers[0])
    try:
        date(2000, month, day)  # a leap year, so 02-29 is a real calendar day
    except ValueError:
        raise UsageError(
            f"“{echo(text, 20)}” is not a calendar day.",
            "Use MM-DD, e.g. `onthisday 09-27`, or nothing for today.",
        ) from None
    return month, day


@verb("onthisday", "onthisday [MM-DD]")
def onthisday(ctx: Context, args: str) -> Reply:
    """What happened on this calendar day (or MM-DD) in past years, oldest first.

    When nothing is dated to that day: what happened that month; failing that, a pick from
    the archive that is the same for the same day. Examples: `onthisday`, `onthisday 09-27`.
    """
    month, day = parse_day(args, ctx.today)
    year = ctx.today.year if (month, day) != (2, 29) else 2000  # a year where the day exists
    reply = digest_reply(
        ctx.engine,
        None,
        platform="",
        channel="",
        day=date(year, month, day),
        today=ctx.today,
        record=False,
    )
    return replace(reply, command="onthisday", footer="")

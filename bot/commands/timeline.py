"""`timeline [YEAR | FROM..TO | NAME]`: events in date order, a page at a time."""

import re

from bot.cite import CitationList
from bot.commands.common import person_or_reply
from bot.commands.paging import split_page
from bot.context import Context
from bot.errors import UsageError
from bot.items import event_item
from bot.registry import verb
from bot.reply import Button, Reply, Section
from knowledge.model import EntityInfo

PAGE_SIZE = 8
_RANGE_RE = re.compile(r"^([0-9]{4})\s*(?:\.\.|-|–|to)\s*([0-9]{4})$")
_YEAR_RE = re.compile(r"^[0-9]{4}$")


@verb("timeline", "timeline [YEAR | FROM..TO | NAME]")
def timeline(ctx: Context, args: str) -> Reply:
    """Events in date order: all of them, a year, a range of years, or one person's.

    Examples: `timeline`, `timeline 2018`, `timeline 2015..2019`, `timeline sutskever`.
    Eight events per page; add `page:2` (or press Next) for more.
    """
    what, page = split_page(args)
    what = what.strip()
    year_from = year_to = None
    entity: EntityInfo | None = None
    if _YEAR_RE.match(what):
        year_from = year_to = int(what)
        title = f"Timeline {what}"
    elif m := _RANGE_RE.match(what):
        year_from, year_to = sorted((int(m[1]), int(m[2])))
        title = f"Timeline {year_from}–{year_to}"
    elif what:
        found = person_or_reply(ctx, what, "timeline")
        if isinstance(found, Reply):
            return found
        entity, title = found, f"Timeline: {found.name}"
    else:
        title = "Timeline"
    if year_from is not None and not 1900 <= year_from <= 2100:
        raise UsageError(f"{year_from} is not a year I can look up.", "Try `timeline 2018`.")
    events, more = ctx.engine.timeline(
        year_from=year_from,
        year_to=year_to,
        entity=entity,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    if not events:
        return Reply(
            command="timeline",
            title=f"{title}: no events" + (f" on page {page}" if page > 1 else ""),
            intro="The articles date nothing there. `timeline` alone lists every event.",
        )
    citations = CitationList()
    items = tuple(event_item(e, citations) for e in events)
    base = f"timeline {what}".strip()
    buttons = []
    if page > 1:
        buttons.append(Button(label="Prev", command=f"{base} page:{page - 1}"))
    if more:
        buttons.append(Button(label="Next", command=f"{base} page:{page + 1}"))
    first = (page - 1) * PAGE_SIZE + 1
    return Reply(
        command="timeline",
        title=title,
        intro=f"Events {first}–{first + len(items) - 1}, oldest first.",
        sections=(Section(items=items),),
        citations=citations.all(),
        buttons=tuple(buttons),
        footer=f"Next page: `{base} page:{page + 1}`" if more else "",
    )

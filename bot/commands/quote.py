"""`quote NAME`: what a person (or organisation) said, as the articles quote it."""

from bot.cite import CitationList
from bot.commands.common import person_or_reply
from bot.commands.paging import split_page
from bot.context import Context
from bot.errors import UsageError
from bot.items import clip
from bot.registry import verb
from bot.reply import Button, Item, Reply, Section, Span

PAGE_SIZE = 6


@verb("quote", "quote NAME")
def quote(ctx: Context, args: str) -> Reply:
    """What a person said or wrote, as the articles quote it, dated where known, cited;
    what the articles only report them saying is marked "reported speech".

    Examples: `quote altman`, `quote musk page:2`.
    """
    name, page = split_page(args)
    if not name.strip():
        raise UsageError("Whose quotes?", "Try `quote altman`.")
    found = person_or_reply(ctx, name, "quote")
    if isinstance(found, Reply):
        return found
    # a page read, and the rest counted: a busy person is quoted thousands of times
    total = ctx.engine.quote_count(found)
    if not total:
        return Reply(
            command="quote",
            title=f"The articles don't quote {found.name}.",
            intro=f"`who {found.name}` shows what they say about them.",
        )
    start = (page - 1) * PAGE_SIZE
    shown = ctx.engine.quotes(found, limit=PAGE_SIZE, offset=start)
    if not shown:
        raise UsageError(f"There is no page {page}.", f"`quote {found.name}` starts at page 1.")
    citations = CitationList()
    items = tuple(
        Item(
            # reported speech is the article's wording: shown without quotation marks
            spans=clip((Span(q.text if q.reported else f"“{q.text}”"),), 500),
            label=" · ".join(x for x in (q.label, "reported speech" if q.reported else "") if x),
            citation=citations.cite_passage(q.passage),
        )
        for q in shown
    )
    more = start + PAGE_SIZE < total
    buttons = []
    if page > 1:
        buttons.append(Button(label="Prev", command=f"quote {found.name} page:{page - 1}"))
    if more:
        buttons.append(Button(label="Next", command=f"quote {found.name} page:{page + 1}"))
    return Reply(
        command="quote",
        title=f"{found.name}, quoted",
        intro=f"{total} quote(s) in the articles.",
        sections=(Section(items=items),),
        citations=citations.all(),
        buttons=tuple(buttons),
        footer=f"Next page: `quote {found.name} page:{page + 1}`" if more else "",
    )

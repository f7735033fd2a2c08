"""`sources`: the articles every answer comes from, a page at a time (an index may hold
100,000 of them; a reply holds a page)."""

from bot.cite import CitationList
from bot.commands.paging import split_page
from bot.context import Context
from bot.errors import UsageError
from bot.registry import verb
from bot.reply import Button, Item, Reply, Section, Span

PAGE_SIZE = 20


@verb("sources", "sources [page:N]")
def sources(ctx: Context, args: str) -> Reply:
    """List the articles the bot answers from, with outlet, original source and date.

    Add `page:2` for the next page when there are more than fit in one reply.
    """
    _words, page = split_page(args)  # any other words change nothing ("sources please")
    total = ctx.engine.article_count()
    articles = ctx.engine.sources(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    if not articles:
        raise UsageError(
            f"There is no page {page}: the {total} articles fit in "
            f"{max(1, -(-total // PAGE_SIZE))} page(s).",
            "Try `sources`.",
        )
    citations = CitationList()
    items = []
    for article in articles:
        origin = (
            f" (from {article.original_source})"
            if article.original_source and article.original_source not in article.outlet
            else ""
        )
        items.append(
            Item(
                spans=(Span(article.title, strong=True), Span(f" — {article.outlet}{origin}")),
                label=article.published,
                citation=citations.cite(article, article.title),
            )
        )
    first = (page - 1) * PAGE_SIZE + 1
    more = first - 1 + len(articles) < total
    buttons: list[Button] = []
    if page > 1:
        buttons.append(Button(label="Prev", command=f"sources page:{page - 1}"))
    if more:
        buttons.append(Button(label="Next", command=f"sources page:{page + 1}"))
    paged = total > PAGE_SIZE
    return Reply(
        command="sources",
        title=f"Sources: {total} articles",
        intro="Every answer quotes one of these and says which.",
        sections=(
            Section(
                heading=f"Articles {first}–{first + len(articles) - 1}" if paged else "",
                items=tuple(items),
            ),
        ),
        citations=citations.all(),
        buttons=tuple(buttons),
        footer=f"More: `sources page:{page + 1}`" if more else "",
    )

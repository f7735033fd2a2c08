"""`sources`: the articles every answer comes from."""

from bot.cite import CitationList
from bot.context import Context
from bot.registry import verb
from bot.reply import Item, Reply, Section, Span


@verb("sources", "sources")
def sources(ctx: Context, args: str) -> Reply:
    """List the articles the bot answers from, with outlet, original source and date."""
    articles = ctx.engine.sources()
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
    return Reply(
        command="sources",
        title=f"Sources: {len(articles)} articles",
        intro="Every answer quotes one of these and says which.",
        sections=(Section(items=tuple(items)),),
        citations=citations.all(),
    )

"""`search WORDS`: passages that mention the words, best first, highlighted and cited."""

from bot.cite import CitationList, source_label
from bot.commands.paging import split_page
from bot.context import Context
from bot.errors import UsageError
from bot.highlight import spans
from bot.registry import verb
from bot.reply import Button, Item, Reply, Section
from bot.sanitize import echo
from knowledge.query import parse_query

PAGE_SIZE = 5
_MODE_INTRO = {
    "all": "Passages that mention every word, best first.",
    "substring": "Passages that contain the words (also inside longer words), best first.",
    "any": "No passage mentions every word; these mention some of them.",
    "common": "These words are in very many passages; the most recent are shown. "
    "Add words to narrow it down.",
}


@verb("search", "search WORDS")
def search(ctx: Context, args: str) -> Reply:
    """Find the passages that mention WORDS, best match first, with the matches in bold.

    Examples: `search azure batch`, `search "Sun Valley"`, `search 创始团队`.
    Put words in double quotes to search for them as a phrase; add `page:2` for more.
    """
    words, page = split_page(args)
    if not words:
        raise UsageError("What should I search for?", "Try `search azure batch`.")
    query = parse_query(words)
    if not query.terms:
        raise UsageError(
            f"“{echo(words, 40)}” has no words I can search for.",
            "Use letters or digits, e.g. `search speciesist`.",
        )
    shown = echo(" ".join(query.terms), 80)
    result = ctx.engine.search(words, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    if not result.hits:
        return Reply(
            command="search",
            title=f"Nothing found for “{shown}”" + (f" on page {page}" if page > 1 else ""),
            intro="No passage in the articles mentions these words. Try fewer or other words, "
            "or `sources` to see what the articles cover.",
        )
    citations = CitationList()
    items = tuple(
        Item(
            spans=spans(hit.snippet),
            label=source_label(hit.passage.article),
            citation=citations.cite_passage(hit.passage),
        )
        for hit in result.hits
    )
    buttons: list[Button] = []
    if page > 1:
        buttons.append(Button(label="Prev", command=f"search {words} page:{page - 1}"))
    if result.has_more:
        buttons.append(Button(label="Next", command=f"search {words} page:{page + 1}"))
    first = result.offset + 1
    return Reply(
        command="search",
        title=f"Search: “{shown}”",
        intro=_MODE_INTRO.get(result.mode, ""),
        sections=(Section(heading=f"Results {first}–{first + len(items) - 1}", items=items),),
        citations=citations.all(),
        buttons=tuple(buttons),
        footer=f"More: `search {echo(words, 80)} page:{page + 1}`" if result.has_more else "",
    )

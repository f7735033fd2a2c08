"""`when TEXT`: the dated events that best match, with their dates at their precision."""

from bot.cite import CitationList
from bot.context import Context
from bot.errors import UsageError
from bot.items import marked_item
from bot.registry import verb
from bot.reply import Reply, Section
from bot.sanitize import echo
from knowledge.model import Marked


@verb("when", "when EVENT")
def when(ctx: Context, args: str) -> Reply:
    """When something happened: the matching dated events, best first, cited.

    Examples: `when did sutskever resign`, `when did musk leave`, `when did altman meet nadella`.
    Dates come at the precision the article gives: 2018-02-20, September 2024, summer 2018, 2014.
    """
    if not args.strip():
        raise UsageError("When did what happen?", "Try `when did musk leave openai`.")
    found = ctx.engine.when(args)
    question = echo(args, 100)
    if not found.hits:
        return _undated(ctx, args, question)
    citations = CitationList()
    items = []
    for hit in found.hits:
        event = found.events[hit.passage.id]
        label = event.label + (" (section date)" if event.inherited else "")
        items.append(marked_item(hit.snippet, label, citations.cite_passage(hit.passage)))
    return Reply(
        command="when",
        title=f"When {question}",
        intro=f"Best match: {found.events[found.hits[0].passage.id].label}.",
        sections=(Section(items=tuple(items)),),
        citations=citations.all(),
    )


def _undated(ctx: Context, args: str, question: str) -> Reply:
    """No dated sentence matches: the best undated ones, with the date stated just before."""
    found = ctx.engine.ask(args, limit=2)
    if not found.hits:
        return Reply(
            command="when",
            title=f"I found no dated event for “{question}”.",
            intro="The articles may not date it. Try `search` with a few of its words.",
        )
    citations = CitationList()
    items = []
    context = None
    for hit in found.hits:
        items.append(marked_item(hit.snippet, "undated", citations.cite_passage(hit.passage)))
        before = ctx.engine.event_before(hit.passage)
        if before is not None and context is None:
            context = before
            items.append(
                marked_item(
                    (Marked(before.passage.text),),
                    f"{before.label} (the sentence before)",
                    citations.cite_passage(before.passage),
                )
            )
    intro = "The articles don't date this directly."
    if context is not None:
        intro += f" The nearest date stated just before it: {context.label}."
    return Reply(
        command="when",
        title=f"When {question}",
        intro=intro,
        sections=(Section(items=tuple(items)),),
        citations=citations.all(),
    )

"""`when TEXT`: the dated events that best match, with their dates at their precision."""

from bot.cite import CitationList
from bot.commands.answering import answer_reply, unknown_reply
from bot.context import Context
from bot.errors import UsageError
from bot.items import marked_item
from bot.registry import verb
from bot.reply import Reply, Section
from bot.sanitize import echo
from knowledge.model import Marked
from knowledge.search import shared_reads


@verb("when", "when EVENT")
def when(ctx: Context, args: str) -> Reply:
    """When something happened: the matching dated events, best first, cited.

    Examples: `when did sutskever resign`, `when did musk leave`, `when did altman meet nadella`.
    Dates come at the precision the article gives: 2018-02-20, September 2024, summer 2018, 2014.
    """
    if not args.strip():
        raise UsageError("When did what happen?", "Try `when did musk leave openai`.")
    with shared_reads():  # (the undated pass reads what the dated one did)
        return _when(ctx, args)


def _when(ctx: Context, args: str) -> Reply:
    found = ctx.engine.when(args)
    question = echo(args, 100)
    if found.unknown:
        return unknown_reply("when", found, ctx.engine.covered())
    if not found.hits or not found.confident:
        undated = _undated(ctx, args, question)
        if undated is not None or not found.hits:
            return undated or Reply(
                command="when",
                title=f"I found no dated event for “{question}”.",
                intro="The articles may not date it. Try `search` with a few of its words.",
            )
    return answer_reply("when", f"When {question}", found, dated=True)


def _undated(ctx: Context, args: str, question: str) -> Reply | None:
    """No dated sentence answers well: the best undated one, with the date stated before it."""
    found = ctx.engine.ask(f"when {args}", limit=2)
    if not found.hits or not found.confident or found.hits[0].passage.id in found.events:
        return None
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

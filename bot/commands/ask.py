"""`ask QUESTION` (and any text that is not a command): the passages that best answer it."""

from bot.cite import CitationList, source_label, spans
from bot.context import Context
from bot.errors import UsageError
from bot.registry import verb
from bot.reply import Item, Reply, Section
from bot.sanitize import echo


@verb("ask", "ask QUESTION")
def ask(ctx: Context, args: str) -> Reply:
    """Answer a question with the one to three sentences that best match it, cited.

    Any message that is not a command is a question: `how much did sutskever earn in 2016`.
    """
    if not args.strip():
        raise UsageError("What would you like to know?", "Try `ask why did musk leave openai`.")
    result = ctx.engine.ask(args)
    question = echo(args, 120)
    if not result.hits:
        terms = " ".join(result.terms[:4])
        hint = f" Try `search {echo(terms, 60)}` for every mention." if terms else ""
        return Reply(
            command="ask",
            title=f"I couldn't find an answer to “{question}” in the articles.",
            intro="The articles may not cover it, or may word it differently." + hint,
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
    return Reply(
        command="ask",
        title=f"“{question}”",
        intro="From the articles:",
        sections=(Section(items=items),),
        citations=citations.all(),
    )

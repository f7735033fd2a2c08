"""`ask QUESTION` (and any text that is not a command): the passages that best answer it."""

from bot.commands.answering import answer_reply, unknown_reply
from bot.context import Context
from bot.errors import UsageError
from bot.registry import verb
from bot.reply import Reply
from bot.sanitize import echo


@verb("ask", "ask QUESTION")
def ask(ctx: Context, args: str) -> Reply:
    """Answer a question with the one to three sentences that best match it, cited.

    Any message that is not a command is a question: `how much did sutskever earn in 2016`.
    The question's shape counts: "when" prefers dated sentences, "how much/many" amounts,
    "why" reasons, and a name the passages about that person or organisation.
    """
    if not args.strip():
        raise UsageError("What would you like to know?", "Try `ask why did musk leave openai`.")
    result = ctx.engine.ask(args)
    question = echo(args, 120)
    if result.unknown:
        return unknown_reply("ask", result, ctx.engine.covered())
    if not result.hits:
        terms = " ".join(result.terms[:4])
        hint = f" Try `search {echo(terms, 60)}` for every mention." if terms else ""
        return Reply(
            command="ask",
            title=f"I couldn't find an answer to “{question}” in the articles.",
            intro="The articles may not cover it, or may word it differently." + hint,
        )
    return answer_reply("ask", f"“{question}”", result)

"""`help [VERB]`: built from the handlers' own docstrings, so it cannot drift from the code."""

from bot.context import Context
from bot.errors import UsageError
from bot.parse import ALIASES
from bot.parse import VERBS as ORDER
from bot.registry import VERBS, verb
from bot.reply import Item, Reply, Section, Span
from bot.sanitize import echo


@verb("help", "help [COMMAND]")
def help(ctx: Context, args: str) -> Reply:
    """List the commands, or explain one: `help search`."""
    name = args.strip().split(" ")[0].casefold() if args.strip() else ""
    if name:
        name = ALIASES.get(name, name)
        if name not in VERBS:
            raise UsageError(
                f"There is no command “{echo(name, 30)}”.", "Type `help` to see them all."
            )
        entry = VERBS[name]
        return Reply(
            command="help",
            title=f"`{entry.usage}`",
            intro=entry.summary,
            sections=(Section(body=entry.details),) if entry.details else (),
        )
    items = tuple(
        Item(spans=(Span(f"{entry.usage}", strong=True), Span(f" — {entry.summary}")))
        for entry in sorted(VERBS.values(), key=lambda e: ORDER.index(e.name))
    )
    return Reply(
        command="help",
        title="OpenAI history bot: answers from news articles, always cited",
        intro="Ask anything, or use a command:",
        sections=(Section(items=items),),
        footer="`help COMMAND` explains one command. Any other text is a question.",
    )

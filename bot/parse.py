"""Parse a line of user text into a verb and its arguments.

Accepted forms: `search azure batch`, `/openai search azure batch`, `!openai search …`, and any
other text, which is a question for `ask`. "who is X" and "when did X" keep their verbs.
"""

import re
from dataclasses import dataclass

from bot.sanitize import clean_input

VERBS = (
    "who",
    "when",
    "timeline",
    "onthisday",
    "search",
    "quote",
    "ask",
    "sources",
    "help",
    "digest",
    "settings",
)
# The verbs that answer a question from the articles (not help, settings or the digest).
ANSWER_VERBS = frozenset({"who", "when", "timeline", "onthisday", "search", "quote", "ask"})
ALIASES = {
    "find": "search",
    "s": "search",
    "quotes": "quote",
    "source": "sources",
    "articles": "sources",
    "on-this-day": "onthisday",
    "otd": "onthisday",
    "today": "onthisday",
    "?": "help",
    "commands": "help",
}
_PREFIX_RE = re.compile(r"^(?:/openai|!openai|openai:)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Command:
    """A parsed command: `verb` is one of VERBS; `args` is the rest, cleaned."""

    verb: str
    args: str


def parse(text: str) -> Command:
    """The command in `text`; empty text asks for help."""
    cleaned = _PREFIX_RE.sub("", clean_input(text)).strip()
    if not cleaned:
        return Command("help", "")
    head, _, rest = cleaned.partition(" ")
    word = head.casefold().rstrip(":,")
    verb = ALIASES.get(word, word)
    if verb in VERBS:
        return Command(verb, rest.strip())
    return Command("ask", cleaned)

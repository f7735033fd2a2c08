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


class WatchedCondition(threading.Condition):
    """The real condition, counting its notifications and keeping each wait's timeout."""

    def __init__(self) -> None:
        super().__init__()
        self.timeouts: list[float | None] = []
        self.notified = 0

    def wait(self, timeout: float | None = None) -> bool:
        self.timeouts.append(timeout)
        return super().wait(timeout)

    def notify(self, n: int = 1) -> None:
        self.notified += 1
        super().notify(n)


class WatchedTurns(offload._Turns):
    """The real turns, remembering which thread took the turn last, and for each thread the
    last `since` it read (for one that started beside the turn, the holder's start)."""

    def __init__(self) -> None:
        self.read = threading.local()
        self._since: float | None = None
        self.holder: int | None = None
        super().__init__()
        self.changed: WatchedCondition = WatchedCondition()

    @property
    def since(self) -> float | None:
        self.read.since = self._since
        return self._since

    @since.setter
    def since(self, value: float | None) -> None:
        self._since = value
        if value is not None:
            self.holder = threading.get_ident()


class TimedRouter(Router):
    """The real router, each answer taking `seconds[text]` longer (or, for a text in `held`,
    until that event is set), with when each ran (on the turns' clock) and, for one that ran
    beside the turn, the holder's start."""

    def __init__(
        self,
        engine: Engine,
        seconds: dict[str, float],
        turns: WatchedTurns,
        held: dict[str, threading.Event] | None = None,
    ) -> None:
        super().__init__(engine)
        self.seconds = seconds
        self.turns = turns
        self.held = held or {}
        self.spans: dict[str, tuple[float, float]] = {}
        self.beside: dict[str, float | None] = {}
        self._lock = threading.Lock()

    def handle(self, message: Message) -> Reply:
        started = time.monotonic()
        took = self.turns.holder == threading.get_ident() and self.turns._since is not None
        holder_since = None if took else getattr(self.turns.read, "since", None)
        reply = super().handle(message)
        if message.text in self.held:
            assert self.held[message.text].wait(30)
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
    that take the turn never overlap, one starts beside another only once the turn has been
    held a whole turn (a pause of the machine can make that happen; never sooner), no one
    waits longer than what is left of the turn, and each turn given back wakes the next."""
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
    assert turns.since is None  # every turn given back...
    assert turns.changed.notified == len(held)  # ...waking whoever waits for it
    # none waited longer than what was left of the turn
    assert all(t is not None and 0 < t <= offload.TURN_SECONDS for t in turns.changed.timeouts)


async def test_a_slow_answer_holds_the_next_up_for_one_turn_at_most(
    engine: Engine, turns: WatchedTurns
) -> None:
    """A slow answer (held until the test lets it go) has the turn: the next one starts
    beside it once it has held a whole turn, without taking the turn from it."""
    hold = threading.Event()
    router = TimedRouter(engine, {}, turns, held={"who altman": hold})
    slow = asyncio.ensure_future(offload.answer(router, _message("who altman", 1)))
    try:
        while turns.since is None and not slow.done():  # until the slow one has the turn
            await asyncio.sleep(0.001)
        quick = await offload.answer(router, _message("who musk", 2))
        assert quick.command == "who" and not slow.done()  # it did not wait for the slow one
        assert turns.since == router.beside["2"]  # nor did it take the turn from it
    finally:
        hold.set()
        await slow
    assert router.beside["1"] is None and turns.since is None  # the slow one had the turn
    since = router.beside["2"]
    assert since is not None  # the quick one ran beside it, once it had held a whole turn
    assert router.spans["2"][0] - since >= offload.TURN_SECONDS
    assert router.spans["2"][0] < router.spans["1"][1]
    # it waited for what was left of the turn, no longer
    assert all(t is not None and 0 < t <= offload.TURN_SECONDS for t in turns.changed.timeouts)

"""Cooldowns: a user's questions per minute, a channel's public answers per minute; one
private notice with the wait; clicks and the console are not counted."""

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cooldown import Cooldown
from bot.message import Message
from bot.reply import Reply
from bot.router import Router
from bot.state import StateStore
from knowledge.engine import Engine


@pytest.fixture
def state(state_target: Path | str) -> Iterator[StateStore]:
    """The buckets' store, once on SQLite and once on PostgreSQL."""
    store = StateStore(state_target)
    yield store
    store.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_user_gets_rate_questions_a_minute_then_one_notice(state: StateStore) -> None:
    clock = Clock()
    limits = Cooldown(state, rate=3, flood=100, clock=clock)
    assert [limits.check("u", "c", public=True).allowed for _ in range(3)] == [True] * 3
    refused = limits.check("u", "c", public=True)
    assert not refused.allowed and refused.notify and 19 < refused.wait <= 20
    assert not limits.check("u", "c", public=True).notify  # told once per wait
    assert limits.check("someone else", "c", public=True).allowed
    clock.now += 20  # the bucket refills: one question a twentieth of a minute
    assert limits.check("u", "c", public=True).allowed


def test_a_channel_floods_only_with_public_answers(state: StateStore) -> None:
    clock = Clock()
    limits = Cooldown(state, rate=100, flood=2, clock=clock)
    assert limits.check("a", "c", public=True).allowed
    assert limits.check("b", "c", public=True).allowed
    assert not limits.check("d", "c", public=True).allowed
    assert limits.check("d", "c", public=False).allowed  # a private answer floods no one


def test_the_router_says_wait_privately_once_and_never_counts_clicks(
    engine: Engine, state: StateStore
) -> None:
    router = Router(engine, cooldown=Cooldown(state, rate=2, flood=100, clock=Clock()))

    def ask(text: str, **kw: Any) -> Reply:
        return router.handle(Message(text=text, platform="slack", user="U1", channel="C1", **kw))

    assert ask("who altman").citations and ask("sources").citations
    notice = ask("who musk")
    assert notice.private and not notice.silent and "ask again in 30 seconds" in notice.text
    assert ask("who musk").silent
    assert ask("search openai page:2", counted=False).citations
    assert not ask("thanks!").private  # small talk is no question
    console = Router(engine, cooldown=Cooldown(state, rate=1, flood=1, clock=Clock()))
    replies = [console.handle(Message(text="sources")) for _ in range(5)]
    assert all(r.citations for r in replies)  # one's own terminal is never throttled


def test_no_user_limit_leaves_the_channel_limit(state: StateStore) -> None:
    limits = Cooldown(state, rate=0, flood=1, clock=Clock())
    assert limits.check("a", "c", public=True).allowed
    assert not limits.check("b", "c", public=True).allowed
    assert limits.check("b", "c", public=False).allowed


def test_a_channel_limit_refuses_and_gives_the_user_its_question_back(
    state: StateStore,
) -> None:
    clock = Clock()
    limits = Cooldown(state, rate=2, flood=1, clock=clock)
    assert limits.check("a", "c", public=True).allowed  # a: 1 left; c: none
    flooded = limits.check("a", "c", public=True)
    assert not flooded.allowed and flooded.notify and 59 < flooded.wait <= 60
    assert limits.check("a", "elsewhere", public=True).allowed  # the refused one came back


def test_instances_sharing_a_database_share_the_buckets(state_target: Path | str) -> None:
    """Eight instances at once, one user: exactly `rate` questions get through, and the
    user is told once, however the questions were spread."""
    clock = Clock()
    stores = [StateStore(state_target) for _ in range(4)]
    limits = [Cooldown(s, rate=5, flood=1000, clock=clock) for s in stores]
    verdicts: list[Any] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def ask(n: int) -> None:
        start.wait()
        for _ in range(5):
            verdict = limits[n % 4].check("u", "c", public=True)
            with lock:
                verdicts.append(verdict)

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.close()
    assert sum(v.allowed for v in verdicts) == 5
    assert sum(v.notify for v in verdicts) == 1


def test_idle_buckets_are_forgotten(state: StateStore) -> None:
    clock = Clock()
    limits = Cooldown(state, rate=3, flood=3, clock=clock)
    for user in ("a", "b", "c"):
        limits.check(user, "c", public=True)
    assert state.query("SELECT count(*) FROM cooldowns")[0][0] == 4
    clock.now += 61  # every bucket full again: the same as no row
    limits.check("d", "c2", public=True)
    assert sorted(r[0] for r in state.query("SELECT key FROM cooldowns")) == [
        "channel:c2",
        "user:d",
    ]


def test_a_database_that_cannot_say_never_silences_the_bot(state: StateStore) -> None:
    limits = Cooldown(state, rate=1, flood=1, clock=Clock())
    state.run("DROP TABLE cooldowns")  # as good as a lost connection or a lock held too long
    assert all(limits.check("u", "c", public=True).allowed for _ in range(3))

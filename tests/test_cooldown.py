"""Cooldowns: a user's questions per minute, a channel's public answers per minute; one
private notice with the wait; clicks and the console are not counted."""

from typing import Any

from bot.cooldown import Cooldown
from bot.message import Message
from bot.reply import Reply
from bot.router import Router
from knowledge.engine import Engine


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_user_gets_rate_questions_a_minute_then_one_notice() -> None:
    clock = Clock()
    limits = Cooldown(rate=3, flood=100, clock=clock)
    assert [limits.check("u", "c", public=True).allowed for _ in range(3)] == [True] * 3
    refused = limits.check("u", "c", public=True)
    assert not refused.allowed and refused.notify and 19 < refused.wait <= 20
    assert not limits.check("u", "c", public=True).notify  # told once per wait
    assert limits.check("someone else", "c", public=True).allowed
    clock.now += 20  # the bucket refills: one question a twentieth of a minute
    assert limits.check("u", "c", public=True).allowed


def test_a_channel_floods_only_with_public_answers() -> None:
    clock = Clock()
    limits = Cooldown(rate=100, flood=2, clock=clock)
    assert limits.check("a", "c", public=True).allowed
    assert limits.check("b", "c", public=True).allowed
    assert not limits.check("d", "c", public=True).allowed
    assert limits.check("d", "c", public=False).allowed  # a private answer floods no one


def test_the_router_says_wait_privately_once_and_never_counts_clicks(engine: Engine) -> None:
    router = Router(engine, cooldown=Cooldown(rate=2, flood=100, clock=Clock()))

    def ask(text: str, **kw: Any) -> Reply:
        return router.handle(Message(text=text, platform="slack", user="U1", channel="C1", **kw))

    assert ask("who altman").citations and ask("sources").citations
    notice = ask("who musk")
    assert notice.private and not notice.silent and "ask again in 30 seconds" in notice.text
    assert ask("who musk").silent
    assert ask("search openai page:2", counted=False).citations
    assert not ask("thanks!").private  # small talk is no question
    console = Router(engine, cooldown=Cooldown(rate=1, flood=1, clock=Clock()))
    replies = [console.handle(Message(text="sources")) for _ in range(5)]
    assert all(r.citations for r in replies)  # one's own terminal is never throttled


def test_no_user_limit_leaves_the_channel_limit() -> None:
    limits = Cooldown(rate=0, flood=1, clock=Clock())
    assert limits.check("a", "c", public=True).allowed
    assert not limits.check("b", "c", public=True).allowed
    assert limits.check("b", "c", public=False).allowed

"""Hostile input through every verb: a helpful reply, never a traceback, never a ping."""

import pytest

from bot.parse import VERBS
from bot.router import Router

PINGS = ("@everyone", "@here", "<!channel>", "<!here>", "<!everyone>", "<@U123>", "<!subteam^S1>")

HOSTILE = [
    '"',
    'AT&T "x',
    "NEAR(musk",
    "NEAR(musk, altman",
    "C++",
    "AND OR NOT",
    "musk OR",
    "* ^ : -",
    "' OR 1=1; DROP TABLE passages; --",
    "Robert'); DROP TABLE articles;--",
    "\x00\x00musk\x00",
    "x" * 100_000,
    "musk " * 20_000,
    "🚀🔥 openai 🤖",
    "\u202eesrever\u202c altman",
    "\u200f\u200e\u061c",
    "@everyone altman",
    "@here <!channel> <!here> <!everyone> <@U123> <!subteam^S1>",
    "",
    "   ",
    "page:999999",
    "altman page:0",
    # digits that are digits to str.isdigit() or to \d but not to int(), or to all three
    "altman page:²",
    "2018 page:③",
    "٢٠١٨",
    "٣-٤",
    "٩:٠٠ UTC",
    "2018..٢٠٢٠",
]


@pytest.mark.parametrize("verb", [*VERBS, "", "nonsense"])
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gets_a_clean_reply(router: Router, verb: str, text: str) -> None:
    reply = router.handle_text(f"{verb} {text}")
    rendered = reply.text
    assert reply.title
    assert "Traceback" not in rendered and "Error:" not in rendered
    assert "something went wrong" not in rendered.casefold()
    for ping in PINGS:
        assert ping not in rendered, (verb, text, ping)
    assert len(rendered) < 20_000


def test_tables_survive_sql_in_names(router: Router) -> None:
    router.handle_text("search Robert'); DROP TABLE articles;--")
    assert router.handle_text("sources").citations


def test_empty_input_is_help(router: Router) -> None:
    for text in ("", "   ", "\x00", "/openai", "!openai "):
        assert router.handle_text(text).command == "help"


def test_echoed_pings_are_neutralized(router: Router) -> None:
    reply = router.handle_text("search @everyone <!channel> zebra")
    assert "everyone" in reply.text  # echoed...
    assert "@everyone" not in reply.text and "<!channel>" not in reply.text  # ...but inert

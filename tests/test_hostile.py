"""Hostile input through every verb: a helpful reply, never a traceback, never a ping."""

import json
import unicodedata

import pytest

from adapters.discord_render import render as render_discord
from adapters.reply_json import reply_to_json
from adapters.slack_render import render as render_slack
from bot.parse import VERBS
from bot.router import Router
from bot.sanitize import ZERO_WIDTH

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
    # format characters: bidi embeddings, overrides and isolates, zero-width ones, a BOM, a
    # soft hyphen, a word joiner, Mongolian vowel separator, tag characters
    "who \u202aalt\u202bman\u202c \u202dx\u202e",
    "\u2066musk\u2069 \u2067altman\u2068",
    "sut\u200bskever\u200c\u200d",
    "\ufeffaltman\u00ad\u2060\u180e",
    "\U000e0001\U000e0061\U000e007f musk",
    "@\u2060everyone \u202e<!channel>",
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


def _stray_format_characters(text: str) -> list[str]:
    """Format characters (bidi controls, zero-width ones, …) in `text`, except the word joiner
    the bot itself puts after an "@" or "<" (in Slack's escaping, "&lt;") to defuse a ping."""
    stray = []
    for i, ch in enumerate(text):
        if unicodedata.category(ch) != "Cf":
            continue
        if ch == ZERO_WIDTH and (text[:i].endswith(("@", "<", "&lt;"))):
            continue
        stray.append(f"U+{ord(ch):04X}")
    return stray


@pytest.mark.parametrize("verb", [*VERBS, "", "nonsense"])
@pytest.mark.parametrize("text", HOSTILE)
def test_no_reply_carries_invisible_characters(router: Router, verb: str, text: str) -> None:
    """Nothing invisible reaches a reply, in any rendering: no bidi override turns a title
    around, no zero-width character hides in an echoed word."""
    reply = router.handle_text(f"{verb} {text}")
    renderings = {
        "text": reply.text,
        "slack": json.dumps(
            render_slack(reply, share_command=f"{verb} {text}"), ensure_ascii=False
        ),
        "discord": json.dumps(render_discord(reply).embed.to_dict(), ensure_ascii=False),
        "json": json.dumps(reply_to_json(reply), ensure_ascii=False),
    }
    for name, rendered in renderings.items():
        assert not _stray_format_characters(rendered), (verb, text, name)


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

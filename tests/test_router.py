"""The router: parsing, verbs, help from docstrings, honest "not yet", and error conversion."""

import pytest

from bot.context import Context
from bot.errors import UsageError
from bot.parse import ALIASES, VERBS, parse
from bot.registry import VERBS as REGISTERED
from bot.router import Router


@pytest.mark.parametrize(
    ("text", "verb", "args"),
    [
        ("search azure batch", "search", "azure batch"),
        ("/openai search azure", "search", "azure"),
        ("!openai Sources", "sources", ""),
        ("SEARCH: musk", "search", "musk"),
        ("find musk", "search", "musk"),
        ("who is greg brockman", "who", "is greg brockman"),
        ("why did musk leave openai?", "ask", "why did musk leave openai?"),
        ("", "help", ""),
    ],
)
def test_parse(text: str, verb: str, args: str) -> None:
    command = parse(text)
    assert (command.verb, command.args) == (verb, args)


def test_every_verb_is_registered_with_help() -> None:
    assert set(REGISTERED) == set(VERBS)
    assert set(ALIASES.values()) <= set(VERBS)
    for entry in REGISTERED.values():
        assert entry.summary and entry.usage.startswith(entry.name)


@pytest.mark.parametrize("verb", VERBS)
def test_help_for_each_verb(router: Router, verb: str) -> None:
    reply = router.handle_text(f"help {verb}")
    assert reply.ok and reply.command == "help"
    assert REGISTERED[verb].summary in reply.text
    assert REGISTERED[verb].usage in reply.text


def test_help_lists_every_verb(router: Router) -> None:
    text = router.handle_text("help").text
    for entry in REGISTERED.values():
        assert entry.usage in text


def test_help_unknown_command(router: Router) -> None:
    reply = router.handle_text("help frobnicate")
    assert not reply.ok and "frobnicate" in reply.title


def test_search_reply_is_cited(router: Router) -> None:
    reply = router.handle_text("search azure batch")
    assert reply.ok and reply.command == "search"
    assert reply.citations[0].article.startswith("000")
    assert "Azure Batch" in reply.citations[0].quote
    assert "**Azure Batch**" in reply.text and "[1]" in reply.text


def test_search_pages_have_buttons(router: Router) -> None:
    first = router.handle_text("search openai")
    assert [b.label for b in first.buttons] == ["Next"]
    second = router.handle_text(first.buttons[0].command)
    assert [b.label for b in second.buttons] == ["Prev", "Next"]
    assert second.sections[0].heading.startswith("Results 6")


def test_sources_lists_every_article(router: Router) -> None:
    reply = router.handle_text("sources")
    assert len(reply.citations) == 5
    assert "The Wall Street Journal" in reply.text
    assert "2023-03-24" in reply.text


def test_unexpected_errors_become_an_apology(router: Router) -> None:
    def broken(ctx: Context, args: str) -> None:
        raise RuntimeError("boom")

    original = REGISTERED["sources"]
    REGISTERED["sources"] = type(original)(name="sources", usage="sources", handler=broken)  # type: ignore[arg-type]
    try:
        reply = router.handle_text("sources")
    finally:
        REGISTERED["sources"] = original
    assert not reply.ok and "something went wrong" in reply.title.casefold()
    assert "boom" not in reply.text


def test_usage_error_carries_a_hint(router: Router) -> None:
    reply = router.handle_text("search")
    assert not reply.ok and "search azure batch" in reply.intro
    assert issubclass(UsageError, Exception)

"""Embed rendering at Discord's limits, escaped, and never a ping."""

import json
from collections.abc import Mapping
from typing import Any

from discord.utils import escape_markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.discord_render import (
    DESCRIPTION_CHARS,
    EMBED_TOTAL,
    FIELD_CHARS,
    MAX_FIELDS,
    clean,
    render,
)
from bot.reply import Button, Citation, Item, Reply, Section, Span
from bot.router import Router
from bot.sanitize import neutralize_pings


def _total(embed_dict: Mapping[str, Any]) -> int:
    fields = embed_dict.get("fields", [])
    assert isinstance(fields, list)
    footer = embed_dict.get("footer", {})
    assert isinstance(footer, dict)
    return (
        len(str(embed_dict.get("title", "")))
        + len(str(embed_dict.get("description", "")))
        + sum(len(f["name"]) + len(f["value"]) for f in fields)
        + len(str(footer.get("text", "")))
    )


def test_two_hundred_items_and_sources_stay_within_limits() -> None:
    items = tuple(
        Item(spans=(Span(f"item {n} " + "word " * 60),), label="2018", citation=n + 1)
        for n in range(200)
    )
    citations = tuple(
        Citation(article=f"a{n}", title="T" * 300, outlet="O", published="2024", quote="q")
        for n in range(200)
    )
    reply = Reply(
        command="timeline",
        title="T" * 400,
        sections=(Section(heading="Events", items=items),),
        citations=citations,
        buttons=(Button(label="Prev", command="p"), Button(label="Next", command="n")),
        footer="F" * 3000,
    )
    rendered = render(reply, share_command="timeline")
    data = rendered.embed.to_dict()
    assert len(data["title"]) <= 256
    assert len(data["description"]) <= DESCRIPTION_CHARS
    assert "more than fits" in data["description"]
    assert len(data.get("fields", [])) <= MAX_FIELDS
    assert all(len(f["value"]) <= FIELD_CHARS for f in data.get("fields", []))
    assert _total(data) <= EMBED_TOTAL
    assert [b.label for b in rendered.buttons] == ["Prev", "Next", "Share"]


def test_a_ten_kilobyte_quote_is_shortened() -> None:
    reply = Reply(
        command="quote", title="Q", sections=(Section(items=(Item(spans=(Span("a " * 5000),)),)),)
    )
    description = render(reply).embed.to_dict()["description"]
    assert len(description) <= DESCRIPTION_CHARS and "…" in description


def test_markdown_is_escaped_and_pings_defused(router: Router) -> None:
    reply = router.handle_text("search @everyone @here <@123> <@&456> **bold** zebra")
    data = json.dumps(render(reply).embed.to_dict(), ensure_ascii=False)
    for ping in ("@everyone", "@here", "<@123>", "<@&456>"):
        assert ping not in data
    assert "**bold**" not in data


# text made mostly of what escape_markdown looks at, so its every rule comes up
_MARKDOWNISH = st.lists(
    st.sampled_from([*"_\\~|*`>[]()#<-:/ \n\tah.s@!&", "https://", "steam://"]), max_size=40
).map("".join) | st.text(max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_MARKDOWNISH)
def test_clean_escapes_as_escape_markdown_does(text: str) -> None:
    """Text escape_markdown would leave alone skips it; every text comes out the same."""
    assert clean(text) == neutralize_pings(escape_markdown(text))


def test_clean_escapes_what_needs_it() -> None:
    assert clean("*x*") == "\\*x\\*" and clean("a_b") == "a\\_b"
    assert clean("> quoted") == "\\> quoted" and clean("  - item") == "\\  - item"
    assert clean("[a](b)") == "\\[a](b)" and clean("# title") == "\\# title"
    assert clean("see https://x.org/a_b_c") == "see https://x.org/a_b_c"
    assert clean("plain words, no marks.") == "plain words, no marks."


def test_highlights_and_sources(router: Router) -> None:
    data = render(router.handle_text("search azure batch")).embed.to_dict()
    assert "**Azure Batch**" in data["description"]
    assert data["fields"][0]["name"] == "Sources" and "Jinse Finance" in data["fields"][0]["value"]

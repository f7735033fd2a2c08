"""Block Kit rendering at Slack's limits, and never a ping."""

import json

from adapters.slack_render import MAX_BLOCKS, SECTION_CHARS, render
from bot.reply import Button, Citation, Item, Reply, Section, Span
from bot.router import Router


def _texts(message: dict[str, object]) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "text" and isinstance(value, str):
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(message)
    return found


def _citation(n: int) -> Citation:
    return Citation(article=f"a{n % 3}", title=f"T{n % 3}", outlet="O", published="2024", quote="q")


def test_two_hundred_items_stay_within_limits() -> None:
    items = tuple(
        Item(spans=(Span(f"item {n} " + "word " * 40),), label="2018", citation=n + 1)
        for n in range(200)
    )
    reply = Reply(
        command="timeline",
        title="T" * 400,
        sections=(Section(heading="Events", items=items),),
        citations=tuple(_citation(n) for n in range(200)),
        buttons=(Button(label="Next", command="timeline page:2"),),
    )
    message = render(reply, share_command="timeline")
    blocks = message["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    assert len(blocks[0]["text"]["text"]) <= 150
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= SECTION_CHARS
    assert blocks[-1]["type"] == "actions"
    assert [e["action_id"] for e in blocks[-1]["elements"]] == ["openai_run_0", "openai_share"]
    assert len(message["text"]) <= 40_000


def test_past_fifty_blocks_the_rest_is_cut_with_a_marker() -> None:
    items = tuple(Item(spans=(Span("long " * 580),), citation=n + 1) for n in range(200))
    reply = Reply(command="search", title="S", sections=(Section(items=items),))
    blocks = render(reply)["blocks"]
    assert len(blocks) == MAX_BLOCKS
    assert "more than fits one message" in json.dumps(blocks[-1])


def test_a_ten_kilobyte_quote_is_shortened_with_a_marker() -> None:
    quote = "blah " * 2000
    reply = Reply(
        command="quote", title="Q", sections=(Section(items=(Item(spans=(Span(quote),)),)),)
    )
    (section,) = [b for b in render(reply)["blocks"] if b["type"] == "section"]
    assert len(section["text"]["text"]) <= SECTION_CHARS
    assert section["text"]["text"].endswith("…")


def test_user_text_never_pings(router: Router) -> None:
    hostile = "search <!channel> <!here> <!everyone> <@U123> <!subteam^S1|x> @everyone & more"
    message = render(router.handle_text(hostile), share_command=hostile)
    for text in _texts(message):
        for ping in ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<!subteam", "@everyone"):
            assert ping not in text
    assert (
        "&lt;&lt;" in render(Reply(command="x", title="t", intro="<<"))["blocks"][1]["text"]["text"]
    )


def test_highlights_are_bold_and_sources_are_context(router: Router) -> None:
    message = render(router.handle_text("search azure batch"))
    body = json.dumps(message["blocks"])
    assert "*Azure Batch*" in body  # adjacent highlights are one phrase
    context = [b for b in message["blocks"] if b["type"] == "context"]
    assert "Jinse Finance" in json.dumps(context)

"""Reply -> Slack Block Kit: a pure function, within Slack's limits, that can never ping.

Limits that bite: a section's text ≤ 3000 characters, ≤ 50 blocks a message, a header ≤ 150
characters, a button's text ≤ 75 and value ≤ 2000, the fallback `text` ≤ 40,000. Items are
packed into sections without splitting one mid-word; anything past the block budget is cut
with a marker telling the user how to see the rest. All text is escaped (`&`, `<`, `>`), so
`<!channel>`, `<!here>`, `<@U…>` or `<!subteam^…>` from user text stay inert.
"""

from typing import Any

from bot.render_text import source_lines
from bot.reply import Button, Item, Reply
from bot.sanitize import clean_input, neutralize_pings, shorten

SECTION_CHARS = 3000
MAX_BLOCKS = 50
HEADER_CHARS = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
FALLBACK_CHARS = 40_000
CONTEXT_ELEMENTS = 10
SHARE_ACTION = "openai_share"
PAGE_ACTION = "openai_run"
VOTE_ACTION = "openai_vote"  # openai_vote_up / openai_vote_down, value: the answer's number

Block = dict[str, Any]


def escape(text: str) -> str:
    """Slack's three control characters, escaped; pings defused for good measure."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return neutralize_pings(escaped)


def _bold(text: str) -> str:
    inner = escape(text).replace("*", "∗").strip()
    return f"*{inner}*" if inner else ""


def item_line(item: Item) -> str:
    """One item as mrkdwn: "• _label_ — text with *matches* [n]"."""
    body = "".join(_bold(s.text) if s.strong else escape(s.text) for s in item.spans)
    label = f"_{escape(item.label)}_ — " if item.label else ""
    cite = f" [{item.citation}]" if item.citation else ""
    return f"• {label}{body}{cite}"


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _pack(lines: list[str]) -> list[Block]:
    """Lines into as few sections as fit 3000 characters each (a long line is shortened)."""
    blocks: list[Block] = []
    current = ""
    for line in lines:
        line = shorten(line, SECTION_CHARS)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > SECTION_CHARS:
            blocks.append(_section(current))
            candidate = line
        current = candidate
    if current:
        blocks.append(_section(current))
    return blocks


def _button(button: Button, index: int) -> Block:
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": shorten(button.label, BUTTON_TEXT)},
        "action_id": f"{PAGE_ACTION}_{index}",
        "value": shorten(button.command, BUTTON_VALUE),
    }


def vote_block(rating: int) -> Block:
    """👍 / 👎 under an answer; a click is acknowledged to the voter alone."""
    return {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": label, "emoji": True},
                "action_id": f"{VOTE_ACTION}_{verdict}",
                "value": str(rating),
            }
            for verdict, label in (("up", "👍"), ("down", "👎"))
        ],
    }


def render(reply: Reply, *, share_command: str | None = None, note: str = "") -> dict[str, Any]:
    """Block Kit message for `reply`; with `share_command`, a "Share to channel" button; `note`
    is a last context line (already escaped), such as who shared the answer."""
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": shorten(reply.title, HEADER_CHARS)},
        }
    ]
    if reply.intro:
        blocks.extend(_pack([escape(reply.intro)]))
    for section in reply.sections:
        lines = []
        if section.heading:
            lines.append(_bold(section.heading))
        if section.body:
            lines.append(escape(section.body))
        lines.extend(item_line(item) for item in section.items)
        blocks.extend(_pack(lines))
    tail: list[Block] = []
    sources = source_lines(reply)
    for start in range(0, len(sources), CONTEXT_ELEMENTS):
        tail.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": shorten(escape(line), 2000)}
                    for line in sources[start : start + CONTEXT_ELEMENTS]
                ],
            }
        )
    for line in (escape(reply.footer), note):
        if line:
            tail.append({"type": "context", "elements": [{"type": "mrkdwn", "text": line}]})
    elements = [_button(b, i) for i, b in enumerate(reply.buttons[:24])]
    if share_command is not None:
        elements.append(
            {
                "type": "button",
                "text": {"type": "plain_text", "text": "Share to channel"},
                "action_id": SHARE_ACTION,
                # what the user typed, cleaned as the router will clean it again
                "value": shorten(clean_input(share_command), BUTTON_VALUE),
                "style": "primary",
            }
        )
    if elements:
        tail.append({"type": "actions", "elements": elements})
    if reply.rating is not None:
        tail.append(vote_block(reply.rating))
    room = MAX_BLOCKS - len(tail)
    if len(blocks) > room:
        blocks = blocks[: room - 1]
        blocks.append(_section("_…more than fits one message: use the buttons or_ `page:2`."))
    fallback = shorten(reply.text, FALLBACK_CHARS)
    return {"text": escape(fallback), "blocks": blocks + tail}


HOME_ACTION = "openai_home_ask"
HOME_EXAMPLES = ("who is sam altman", "when did musk leave openai", "why was altman fired")


def home_view(digests: list[tuple[str, str, str]], commands: list[str]) -> dict[str, Any]:
    """The App Home tab: what the bot can do, this workspace's daily digests (channel, time,
    zone) and three example questions to try, each a button (the answer comes as a DM)."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": "OpenAI History"}},
        _section(
            "Cited answers about the history of OpenAI, from news articles. Ask with "
            "`/openai …`, by mentioning me, or in a direct message."
        ),
        _section("*Commands*\n" + "\n".join(f"• `{escape(c)}`" for c in commands)),
        _section(
            "*Daily digests*\n"
            + (
                "\n".join(f"• <#{escape(ch)}> at {escape(t)} ({escape(z)})" for ch, t, z in digests)
                if digests
                else "None yet: `/openai digest subscribe 09:00 Europe/Berlin` in a channel."
            )
        ),
        _section("*Try one*"),
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": example[:BUTTON_TEXT]},
                    "action_id": f"{HOME_ACTION}_{n}",
                    "value": example,
                }
                for n, example in enumerate(HOME_EXAMPLES)
            ],
        },
    ]
    return {"type": "home", "blocks": blocks}

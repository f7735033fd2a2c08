"""Reply -> discord.Embed (+ button specs): a pure function within Discord's limits.

Limits: title ≤ 256, description ≤ 4096, ≤ 25 fields of ≤ 1024 characters, footer ≤ 2048, all
embed text ≤ 6000, message content ≤ 2000. Items are packed whole into the description; what
does not fit is cut at an item boundary with a marker, never mid-word. Markdown in article and
user text is escaped, and pings are defused (the client also sends with no allowed mentions).
Buttons are returned as plain specs: a discord.ui.View needs a running event loop, so the
adapter builds it when it sends.
"""

import re
from dataclasses import dataclass

import discord
from discord.utils import escape_markdown

from bot.render_text import source_lines
from bot.reply import Item, Reply
from bot.sanitize import neutralize_pings, shorten

TITLE_CHARS = 256
DESCRIPTION_CHARS = 4096
FIELD_CHARS = 1024
MAX_FIELDS = 25
FOOTER_CHARS = 2048
EMBED_TOTAL = 6000
CONTENT_CHARS = 2000
LABEL_CHARS = 80
MORE_MARKER = "\n*…more than fits: use the buttons or* `page:2`"
COLOUR = 0x10A37F


@dataclass(frozen=True)
class ButtonSpec:
    """A button to attach: its label, what it runs, and whether it shares the answer."""

    label: str
    command: str
    share: bool = False
    vote: str = ""  # "up" / "down": a feedback button; `command` is the answer's number


@dataclass(frozen=True)
class Rendered:
    """What to send: an embed and the buttons under it."""

    embed: discord.Embed
    buttons: tuple[ButtonSpec, ...]


# The characters discord.py's escape_markdown escapes or looks for (its markdown characters;
# a quote, a link, a heading or a list item at a line's start): text with none of them it
# returns unchanged (a URL it matches it leaves as it is).
_MAY_ESCAPE_RE = re.compile(r"[_\\~|*`>\[#-]")


def clean(text: str) -> str:
    """Escaped markdown, defused pings. Most of an answer's text has nothing to escape, and
    a look for what could be costs a fifteenth of escape_markdown's regular expression (0.5
    against 7.7 us for a sentence), which a reply runs over twenty-odd pieces of text."""
    if _MAY_ESCAPE_RE.search(text):
        text = escape_markdown(text)
    return neutralize_pings(text)


def item_line(item: Item) -> str:
    body = "".join(f"**{clean(s.text)}**" if s.strong else clean(s.text) for s in item.spans)
    label = f"**{clean(item.label)}** — " if item.label else ""
    cite = f" [{item.citation}]" if item.citation else ""
    return f"• {label}{body}{cite}"


def _description(reply: Reply, budget: int) -> str:
    lines: list[str] = []
    if reply.intro:
        lines.append(clean(reply.intro))
    for section in reply.sections:
        if section.heading:
            lines.append(f"\n__{clean(section.heading)}__")
        if section.body:
            lines.append(clean(section.body))
        lines.extend(item_line(item) for item in section.items)
    text = ""
    for line in lines:
        line = shorten(line, budget // 2)
        candidate = f"{text}\n{line}" if text else line
        if len(candidate) > budget - len(MORE_MARKER):
            return text + MORE_MARKER
        text = candidate
    return text


def _source_fields(reply: Reply) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    value = ""
    for line in source_lines(reply):
        line = shorten(clean(line), FIELD_CHARS)
        if value and len(value) + 1 + len(line) > FIELD_CHARS:
            fields.append(("Sources" if not fields else "More sources", value))
            value = line
        else:
            value = f"{value}\n{line}" if value else line
    if value:
        fields.append(("Sources" if not fields else "More sources", value))
    return fields[:MAX_FIELDS]


def render(reply: Reply, *, share_command: str | None = None) -> Rendered:
    """The embed for `reply`; with `share_command`, a Share button after the page buttons."""
    title = shorten(reply.title, TITLE_CHARS)
    footer = shorten(neutralize_pings(reply.footer), FOOTER_CHARS) if reply.footer else ""
    fields = _source_fields(reply)
    used = len(title) + len(footer) + sum(len(n) + len(v) for n, v in fields)
    while fields and used > EMBED_TOTAL - 500:  # keep room for a useful description
        name, value = fields.pop()
        used -= len(name) + len(value)
    budget = min(DESCRIPTION_CHARS, EMBED_TOTAL - used)
    embed = discord.Embed(
        title=neutralize_pings(title), description=_description(reply, budget), colour=COLOUR
    )
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=False)
    if footer:
        embed.set_footer(text=footer)
    buttons = [ButtonSpec(shorten(b.label, LABEL_CHARS), b.command) for b in reply.buttons[:4]]
    if share_command is not None:
        buttons.append(ButtonSpec("Share", share_command, share=True))
    if reply.rating is not None:
        buttons.extend(
            ButtonSpec(label, str(reply.rating), vote=verdict)
            for verdict, label in (("up", "👍"), ("down", "👎"))
        )
    return Rendered(embed=embed, buttons=tuple(buttons))


def content_line(text: str) -> str:
    """Plain message content (≤ 2000), defused, for the rare message without an embed."""
    return shorten(neutralize_pings(text), CONTENT_CHARS)

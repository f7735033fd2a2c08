"""Reply -> plain text: the console, `ask` on the command line and the JSON `text` field."""

from typing import TYPE_CHECKING

from bot.sanitize import neutralize_pings

if TYPE_CHECKING:
    from bot.reply import Item, Reply


def _item_line(item: "Item") -> str:
    body = "".join(f"**{s.text}**" if s.strong else s.text for s in item.spans)
    label = f"{item.label} — " if item.label else ""
    cite = f" [{item.citation}]" if item.citation else ""
    return f"• {label}{body}{cite}"


def render_text(reply: "Reply") -> str:
    """The whole reply as plain text, citations listed at the end as [n] lines."""
    lines = [reply.title]
    if reply.intro:
        lines.append(reply.intro)
    for section in reply.sections:
        lines.append("")
        if section.heading:
            lines.append(section.heading)
        if section.body:
            lines.append(section.body)
        lines.extend(_item_line(item) for item in section.items)
    if reply.citations:
        lines.append("")
        lines.append("Sources:")
        for n, c in enumerate(reply.citations, start=1):
            lines.append(f"[{n}] {c.title} — {c.outlet}, {c.published}")
    if reply.footer:
        lines.append("")
        lines.append(reply.footer)
    return neutralize_pings("\n".join(lines))

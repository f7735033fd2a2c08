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


def source_lines(reply: "Reply") -> list[str]:
    """One line per article, listing the citation numbers that point into it: "[1, 3] Title — …"."""
    numbers: dict[str, list[int]] = {}
    first: dict[str, tuple[str, str, str]] = {}
    for n, c in enumerate(reply.citations, start=1):
        numbers.setdefault(c.article, []).append(n)
        first.setdefault(c.article, (c.title, c.outlet, c.published))
    return [f"[{', '.join(map(str, numbers[a]))}] {t} — {o}, {p}" for a, (t, o, p) in first.items()]


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
        lines.extend(source_lines(reply))
    if reply.footer:
        lines.append("")
        lines.append(reply.footer)
    return neutralize_pings("\n".join(lines))

"""Reply -> plain text: the console, `ask` on the command line and the JSON `text` field."""

from typing import TYPE_CHECKING

from bot.sanitize import neutralize_pings

if TYPE_CHECKING:
    from bot.reply import Item, Reply


import re

# How emphasis is written: markdown markers (the JSON `text` field, chat fallbacks), ANSI bold
# (a terminal) or nothing (a pipe or a file).
STYLES = {"markdown": ("**", "**"), "ansi": ("\x1b[1m", "\x1b[0m"), "plain": ("", "")}
_CODE_RE = re.compile(r"`([^`\n]+)`")


def _item_line(item: "Item", style: str = "markdown") -> str:
    on, off = STYLES[style]
    body = "".join(f"{on}{s.text}{off}" if s.strong else s.text for s in item.spans)
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


def render_text(reply: "Reply", style: str = "markdown") -> str:
    """The whole reply as plain text, citations listed at the end as [n] lines; `style` says
    how emphasis and `commands` are written (markdown, ANSI bold, or not at all)."""
    lines = [reply.title]
    if reply.intro:
        lines.append(reply.intro)
    for section in reply.sections:
        lines.append("")
        if section.heading:
            lines.append(section.heading)
        if section.body:
            lines.append(section.body)
        lines.extend(_item_line(item, style) for item in section.items)
    if reply.citations:
        lines.append("")
        lines.append("Sources:")
        lines.extend(source_lines(reply))
    if reply.footer:
        lines.append("")
        lines.append(reply.footer)
    text = "\n".join(lines)
    if style != "markdown":
        on, off = STYLES[style]
        text = _CODE_RE.sub(lambda m: f"{on}{m.group(1)}{off}", text)
    return neutralize_pings(text)

"""Reply -> JSON object: the machine-readable contract of `openai-bot ask --json`."""

from typing import Any

from bot.reply import Reply


def reply_to_json(reply: Reply) -> dict[str, Any]:
    """One reply as a JSON-ready dict: command, ok, title, text, citations, sections, buttons."""
    return {
        "command": reply.command,
        "ok": reply.ok,
        "title": reply.title,
        "text": reply.text,
        "citations": [
            {
                "article": c.article,
                "title": c.title,
                "outlet": c.outlet,
                "published": c.published,
                "quote": c.quote,
            }
            for c in reply.citations
        ],
        "sections": [
            {
                "heading": section.heading,
                "body": section.body,
                "items": [
                    {
                        "label": item.label,
                        "text": item.text,
                        "highlights": [s.text for s in item.spans if s.strong],
                        "citation": item.citation,
                    }
                    for item in section.items
                ],
            }
            for section in reply.sections
        ],
        "buttons": [{"label": b.label, "command": b.command} for b in reply.buttons],
    }

"""Pieces several verbs share: event lines, clipped text, and resolving a person's name."""

from bot.cite import CitationList, spans
from bot.context import Context
from bot.reply import Button, Item, Reply, Span
from bot.sanitize import echo, shorten
from knowledge.model import EntityInfo, Event, Marked

ITEM_CHARS = 280


def clip(pieces: tuple[Span, ...], limit: int = ITEM_CHARS) -> tuple[Span, ...]:
    """Spans cut to `limit` characters at a word boundary, with an ellipsis marker."""
    out: list[Span] = []
    used = 0
    for piece in pieces:
        if used + len(piece.text) <= limit:
            out.append(piece)
            used += len(piece.text)
            continue
        out.append(Span(shorten(piece.text, max(1, limit - used)), piece.strong))
        break
    return tuple(out)


def text_item(text: str, *, label: str, citation: int) -> Item:
    return Item(spans=clip((Span(text),)), label=label, citation=citation)


def event_item(event: Event, citations: CitationList, *, label: str = "") -> Item:
    """One dated line: the date at its precision (marked when taken from a heading), cited."""
    shown = label or event.label
    if event.inherited and not label:
        shown += " (section date)"
    return text_item(
        event.passage.text, label=shown, citation=citations.cite_passage(event.passage)
    )


def marked_item(marked: tuple[Marked, ...], label: str, citation: int) -> Item:
    return Item(spans=clip(spans(marked)), label=label, citation=citation)


def person_or_reply(ctx: Context, name: str, verb: str, *, orgs: bool = True) -> EntityInfo | Reply:
    """The person (or, with `orgs`, organisation) `name` means, or a reply offering names."""
    found = ctx.engine.lookup(name)
    if found.status != "match" and orgs:
        anyone = ctx.engine.lookup(name, people_only=False)
        if anyone.status == "match" and anyone.match is not None:
            return anyone.match
    if found.status == "match" and found.match is not None:
        return found.match
    shown = echo(found.query or name, 60)
    buttons = tuple(
        Button(label=c.name, command=f"{verb} {c.name}", kind="choice") for c in found.candidates
    )
    names = ", ".join(c.name for c in found.candidates)
    if found.status == "ambiguous":
        return Reply(
            command=verb,
            title=f"Did you mean {names}?",
            intro=f"Several people match “{shown}”. Type `{verb}` with one of these names.",
            buttons=buttons,
        )
    return Reply(
        command=verb,
        title=f"No one by that name in the articles: “{shown}”.",
        intro=f"Closest names: {names}." if names else "Try `sources` to see what they cover.",
        buttons=buttons,
    )

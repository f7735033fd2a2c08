"""Reply items several verbs and the digest share: clipped text, dated event lines."""

from datetime import date

from bot.cite import CitationList
from bot.highlight import spans
from bot.reply import Item, Span
from bot.sanitize import shorten
from knowledge.model import Event, Marked

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


# Marks a date the sentence does not state itself: the one before it, or its heading, did.
CONTEXT_MARK = " (from context)"


def event_item(event: Event, citations: CitationList, *, label: str = "") -> Item:
    """One dated line: the date at its precision (marked when taken from context), what
    another article says where it differs, cited."""
    shown = label or event.label
    if event.inherited and not label:
        shown += CONTEXT_MARK
    shown += differing(event)
    return text_item(
        event.passage.text, label=shown, citation=citations.cite_passage(event.passage)
    )


def differing(event: Event) -> str:
    """ " · Pacific Circuit says 2020": another article's date or sum for the same
    happening."""
    return "".join(f" · {outlet} says {said}" for said, outlet in event.others[:2])


def marked_item(marked: tuple[Marked, ...], label: str, citation: int) -> Item:
    return Item(spans=clip(spans(marked)), label=label, citation=citation)


def years_ago(year: int, month: int, day: int, today: date) -> str:
    """ "N years ago" counted from `today` for an anniversary on month/day of `year`."""
    n = today.year - year - (1 if (today.month, today.day) < (month, day) else 0)
    if n <= 0:
        return "this year"
    return "1 year ago" if n == 1 else f"{n} years ago"

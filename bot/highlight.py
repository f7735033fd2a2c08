"""Engine highlights as reply spans, on word boundaries, joined into phrases."""

import re

from bot.reply import Span
from knowledge.model import Marked

# Letters of a word that runs on past a highlight; not CJK, where a "word" is a whole clause.
_LETTER = r"(?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])\w)"
_WORD_END_RE = re.compile(rf"{_LETTER}+$")
_WORD_START_RE = re.compile(rf"{_LETTER}+")
_JOINER_RE = re.compile(r"[\s\-–/]{1,2}")
_SUFFIXES = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})
_TAIL = 64  # characters a word running on before a highlight is looked for in first


def _word_end(text: str) -> re.Match[str] | None:
    """The letters `text` ends on (a word a highlight runs into), as `_WORD_END_RE` finds
    them. Looked for in its last characters first: searched whole, a pattern anchored at
    the end is tried at every letter of the text, and a passage's text before a highlight
    may be long."""
    start = max(0, len(text) - _TAIL)
    found = _WORD_END_RE.search(text, start)
    if found is not None and found.start() == start and start:
        found = _WORD_END_RE.search(text)  # (the word may run on further back)
    return found


def spans(marked: tuple[Marked, ...]) -> tuple[Span, ...]:
    """Engine highlights as reply spans, on word boundaries: a highlight inside a word
    takes the whole word ("Open**AI**" → "**OpenAI**"), an "'s" alone is not one, and
    highlights only a space or hyphen apart are one phrase ("**GPT-4o**", "**Lex Fridman**")."""
    pieces = [[m.text, m.hit] for m in marked if m.text]
    for i, piece in enumerate(pieces):
        if not piece[1]:
            continue
        before = pieces[i - 1] if i and not pieces[i - 1][1] else None
        if (
            before is not None
            and str(piece[0]).casefold() in _SUFFIXES
            and str(before[0]).endswith(("'", "’"))
        ):
            piece[1] = False  # "OpenAI'**s**": a possessive ending is not a word of its own
            continue
        if before is not None:
            head = _word_end(str(before[0]))
            if head:
                before[0] = str(before[0])[: head.start()]
                piece[0] = head.group() + str(piece[0])
        after = pieces[i + 1] if i + 1 < len(pieces) and not pieces[i + 1][1] else None
        if after is not None:
            tail = _WORD_START_RE.match(str(after[0]))
            if tail:
                after[0] = str(after[0])[tail.end() :]
                piece[0] = str(piece[0]) + tail.group()
    out: list[Span] = []
    for i, (text, strong) in enumerate(pieces):
        if not text:
            continue
        joins = (
            not strong
            and _JOINER_RE.fullmatch(str(text))
            and out
            and out[-1].strong
            and i + 1 < len(pieces)
            and pieces[i + 1][1]
        )
        if joins or (out and out[-1].strong and strong and out[-1].text):
            out[-1] = Span(out[-1].text + str(text), strong=True)
        else:
            out.append(Span(str(text), strong=bool(strong)))
    return tuple(out)

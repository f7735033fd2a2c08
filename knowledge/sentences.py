"""Split cleaned paragraphs into sentences that keep their offsets in the original text.

Rules, not a model: a boundary is terminal punctuation (closing quotes/brackets included)
followed by space and a capital, digit, quote or CJK character, or CJK terminal punctuation.
Abbreviations ("Feb.", "Co.", "U.S."), initials and list numbers ("1.") are not boundaries,
and neither is punctuation inside a quotation that closes within the same paragraph, so a
quoted email stays one passage.
"""

import itertools
import re
from dataclasses import dataclass

from knowledge.clean import Paragraph

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr co inc ltd corp vs etc e.g i.e u.s u.k u.n no approx dept est "
    "jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep prof gen col lt".split()
)
_BOUNDARY_RE = re.compile(
    r"([.!?…]+[\"”’')\]]*)(\s+)(?=[\"“‘'(\[$A-Z0-9\u3000-\u9fff])|([。！？]+[”’」』]*)"
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
_SPACE_RE = re.compile(r"\s+")
_MIN_SENTENCE = 3


@dataclass(frozen=True)
class Sentence:
    """A sentence's normalized text and its [start, end) offsets in the original text."""

    text: str
    start: int
    end: int
    heading: bool = False


def _paragraph_text(text: str, paragraph: Paragraph) -> tuple[str, list[int]]:
    """The paragraph with whitespace collapsed, and each character's original offset."""
    chars: list[str] = []
    origin: list[int] = []
    for span in paragraph.spans:
        if chars and chars[-1] != " ":
            chars.append(" ")
            origin.append(span.start)
        for i in range(span.start, span.end):
            ch = text[i]
            if ch.isspace():
                if chars and chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            origin.append(i)
    return "".join(chars), origin


def _quoted_ranges(body: str) -> list[tuple[int, int]]:
    """Ranges inside quotation marks that open and close within the paragraph."""
    ranges: list[tuple[int, int]] = []
    straight = [i for i, ch in enumerate(body) if ch == '"']
    ranges.extend((straight[k], straight[k + 1]) for k in range(0, len(straight) - 1, 2))
    opened: int | None = None
    for i, ch in enumerate(body):
        if ch == "“":
            opened = i
        elif ch == "”" and opened is not None:
            ranges.append((opened, i))
            opened = None
    return ranges


def _is_abbreviation(before: str) -> bool:
    m = _WORD_BEFORE_RE.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".").casefold()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS


def split_paragraph(text: str, paragraph: Paragraph) -> list[Sentence]:
    """Sentences of one paragraph, with offsets into `text`."""
    body, origin = _paragraph_text(text, paragraph)
    if not body.strip():
        return []
    quoted = _quoted_ranges(body)
    cuts: list[int] = []
    for m in _BOUNDARY_RE.finditer(body):
        end = m.end(1) if m.group(1) else m.end(3)
        punct_at = m.start(1) if m.group(1) else m.start(3)
        if any(a < punct_at and end <= b for a, b in quoted):
            continue
        if m.group(1) and m.group(1).startswith(".") and _is_abbreviation(body[:punct_at]):
            continue
        start = cuts[-1] if cuts else 0
        if len(body[start:end].strip()) < _MIN_SENTENCE:
            continue
        cuts.append(end)
    bounds = [0, *cuts, len(body)]
    sentences = []
    for a, b in itertools.pairwise(bounds):
        while a < b and body[a] == " ":
            a += 1
        while b > a and body[b - 1] == " ":
            b -= 1
        if a < b:
            sentences.append(
                Sentence(
                    text=body[a:b],
                    start=origin[a],
                    end=origin[b - 1] + 1,
                    heading=paragraph.heading,
                )
            )
    return sentences


def split(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Sentence]:
    """All sentences of an article, in order."""
    return [s for p in paragraphs for s in split_paragraph(text, p)]

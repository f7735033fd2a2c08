"""Strip web-page clutter from an article without editing it: keep spans of the original text.

Collected pages carry bylines, "Like / Add to Favorites / Comments", disclaimers, ads and app
prompts around the story. Cleaning works line by line and returns paragraphs as spans of the
original text, so every passage can still point at its exact characters in the file.
"""

import re
from dataclasses import dataclass

from knowledge.sift import siftable

# Whole lines that are page furniture, compared case-insensitively after trimming.
_UI_LINES = frozenset(
    s.casefold()
    for s in (
        "avatar",
        "like",
        "add to favorites",
        "comments",
        "comment",
        "no comments yet",
        "write a comment",
        "edit",
        "collection",
        "share",
        "share_log",
        "follow",
        "focus",
        "helpful",
        "not helpful",
        "play",
        "headphones",
        "authicon",
        "show original",
        "newsletter",
        "source",
        "read more",
        "advertisement",
        "sponsored",
    )
)

# (pattern, a word every match of it contains, lower case, or "" when it is anchored at the
# line's start): a pattern that may match anywhere in a line is tried only on a line with its
# word (see knowledge.sift; one lowered line serves them all).
_CLUTTER_PATTERNS = tuple(
    (re.compile(p, re.IGNORECASE), needs)
    for p, needs in (
        (r"^\d+\s*(s|m|h|d|w|min|mins|minutes?|hours?|days?|weeks?|months?)\s+ago$", ""),
        (r"^comments?\s*\(\d+\)$", ""),
        (r"^this article is machine[- ]translated\.?$", ""),
        (r"^the translation is provided by third[- ]party software\.?$", ""),
        (r"^disclaimer", ""),
        (
            r"\binvestment advice\b.*\b(disclaimer|informational|does not|not intended)\b",
            "investment advice",
        ),
        (
            r"\b(disclaimer|informational|does not|not intended)\b.*\binvestment advice\b",
            "investment advice",
        ),
        (r"^open the app\b", ""),
        (r"\bregister now\.?$", "register now"),
        (r"\bsign up now\.?$", "sign up now"),
        (r"^be the first to get news\b", ""),
        (r"^editor\s*/\s*\S+$", ""),
        (r"^source:\s*\S.{0,60}$", ""),
        # A dateline alone on its line: "Sep 09, 2024", "Sep 28 14:59".
        (
            r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
            r"(,?\s+\d{4})?(\s+\d{1,2}:\d{2})?$",
            "",
        ),
    )
)

# Pieces removed from inside a kept line.
_INLINE_CLUTTER = (
    re.compile(r"\$[^$\n]{1,40}\([A-Z0-9.]{1,12}\)\$"),  # Futu cashtags: $Microsoft (MSFT.US)$
    re.compile(r"(?<=[.!?])\s*Source:\s*[^.\n]{1,60}$"),  # trailing photo credit
)

_TERMINAL = ".!?。！？:：\"”’')…"
# A heading may end in ")", as in "Google acquires DeepMind (2014)".
_SENTENCE_END = ".!?。！？:：\"”’'…"


@dataclass(frozen=True)
class Span:
    """A kept piece of the original text: [start, end) character offsets."""

    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """Kept spans that read as one paragraph; `heading` when it is a title-like line."""

    spans: tuple[Span, ...]
    heading: bool


def _normal(line: str) -> str:
    """Whitespace runs as one space, none at the ends (str.split's whitespace is re's \\s)."""
    return " ".join(line.split())


def is_clutter(line: str, extra: frozenset[str] = frozenset()) -> bool:
    """True when a whole (trimmed) line is page furniture rather than article text."""
    text = _normal(line)
    if not text:
        return False
    if text.casefold() in _UI_LINES or text in extra:
        return True
    sifted, lowered = siftable(text), text.lower()  # see knowledge.sift
    return any(
        p.search(text)
        for p, needs in _CLUTTER_PATTERNS
        if not (sifted and needs and needs not in lowered)
    )


def _kept_spans(text: str, start: int, end: int) -> list[Span]:
    """Trim a line and cut inline clutter out of it."""
    pieces = [(start, end)]
    for pattern in _INLINE_CLUTTER:
        next_pieces: list[tuple[int, int]] = []
        for a, b in pieces:
            cursor = a
            for m in pattern.finditer(text, a, b):
                next_pieces.append((cursor, m.start()))
                cursor = m.end()
            next_pieces.append((cursor, b))
        pieces = next_pieces
    spans = []
    for a, b in pieces:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append(Span(a, b))
    return spans


_OPENING_QUOTES = ('"', "“", "'", "‘", "«", "「")


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line continues the previous one (`to great` / `fanfare with ...`), and
    what a line ending in a colon introduces belongs with it ("Leike posted on X:" / "“…”")."""
    if previous.endswith((":", "：")):
        return line.startswith(_OPENING_QUOTES)  # the quotation it introduces
    if not previous or previous[-1] in _TERMINAL:
        return False
    first = line[0]
    return first.islower() or first in "$€£(,;" or previous[-1] in ",;-–—"


def _quotation_follows(text: str, offset: int) -> bool:
    """The next non-blank line, from `offset`, opens with a quotation mark."""
    return text[offset:].lstrip().startswith(_OPENING_QUOTES)


def clean(text: str, strip: tuple[str, ...] = ()) -> tuple[Paragraph, ...]:
    """Paragraphs of article text, clutter removed, as spans of `text`."""
    extra = frozenset(_normal(s) for s in strip)
    paragraphs: list[Paragraph] = []
    current: list[Span] = []
    previous = ""

    def close() -> None:
        nonlocal current, previous
        if current:
            body = _normal(" ".join(text[s.start : s.end] for s in current))
            heading = body[-1] not in _SENTENCE_END and len(body) <= 160
            paragraphs.append(Paragraph(tuple(current), heading))
        current, previous = [], ""

    offset = 0
    for raw_line in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(raw_line)
        line = raw_line.strip()
        if not line and previous.endswith((":", "：")) and _quotation_follows(text, offset):
            continue  # a blank line between an introduction and the quotation it introduces
        if not line or is_clutter(line, extra):
            close()
            continue
        spans = _kept_spans(text, line_start, line_start + len(raw_line))
        if not spans:
            close()
            continue
        line = _normal(" ".join(text[s.start : s.end] for s in spans))
        if not _continues(previous, line):
            close()
        current.extend(spans)
        previous = line
    close()
    return tuple(paragraphs)

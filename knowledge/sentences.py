"""Split cleaned paragraphs into sentences that keep their offsets in the original text.

Rules, not a model: a boundary is terminal punctuation (closing quotes/brackets included)
followed by space and a capital, digit, quote or CJK character (or, after a closing quote,
a capital with no space), or CJK terminal punctuation.
Abbreviations ("Feb.", "Co.", "U.S."), initials and list numbers ("1.") are not boundaries,
and neither is punctuation inside a quotation that closes within the same paragraph, so a
quoted email stays one passage; nor is anything in a scripted dialogue line ("Name: …").
"""

import bisect
import itertools
import re
from dataclasses import dataclass

from knowledge.clean import Paragraph
from knowledge.dialogue import is_dialogue

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr co inc ltd corp vs etc e.g i.e u.s u.k u.n no approx dept est "
    "jan feb mar apr jun jul aug sep sept oct nov dec gov sen rep prof gen col lt".split()
)
# The last alternative: a quotation closed and the next sentence begun with no space
# ('… Discussion over."Altman, on the other hand, …').
_BOUNDARY_RE = re.compile(
    r"([.!?…]+[\"”’')\]]*)(?:(\s+)(?=[\"“‘'(\[$A-Z0-9\u3000-\u9fff])|(?<=[.!?][\"”])(?=[A-Z][a-z]))"
    r"|([。！？]+[”’」』]*)"
)
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
# words one plain space apart: their offsets shift together
_RUN_RE = re.compile(r"\S+(?: \S+)*")
_STRAIGHT_QUOTE_RE = re.compile('"')
_CURLY_QUOTE_RE = re.compile("“[^“”]*”")
_MIN_SENTENCE = 3


@dataclass(frozen=True)
class Sentence:
    """A sentence's normalized text and its [start, end) offsets in the original text."""

    text: str
    start: int
    end: int
    heading: bool = False
    caption: bool = False  # a photo caption standing alone: "X and Y at an event in 2023."


# "Dara Kovalenko and Tobias Renn at an event in Berlin in 2022.": names, then where they
# were, and no verb; a caption under a photo, not something that happened.
_CAPTION_RE = re.compile(
    r"^(?P<names>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:(?:,\s+|,?\s+and\s+)[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)*)*)\s+(?:\(\w+\)\s+)?(?:at|during|in|on|outside|inside|with|"
    r"speaking at|speaks at|pictured|photographed|seen)\s+[^.!?]{3,120}\.?$"
)
# The lower-case words a caption's "where and when" may use: no verb among them.
_CAPTION_WORDS = frozenset(
    """at during in on outside inside with of the a an and near after before for
    speaking speaks pictured photographed seen event events conference summit party meeting
    meetings hearing ceremony launch dinner interview panel stage headquarters office offices
    forum festival gala reception campus gathering session podcast show keynote talk
    annual developer developers company's""".split()
)


def is_caption(text: str) -> bool:
    """A sentence that only says who is where and when (a photo caption): names, then only
    places, years and the words of an occasion; any other lower-case word may be a verb."""
    m = _CAPTION_RE.match(text)
    if m is None:
        return False
    rest = re.findall(r"[^\W\d_][\w'’-]*", text[m.end("names") :])
    return all(w[0].isupper() or w.casefold() in _CAPTION_WORDS for w in rest)


class _Body:
    """A paragraph with whitespace collapsed, mapping its offsets back to the original text.

    Kept by runs of words one plain space apart (most of a paragraph is one run), which map
    back by a single shift each, rather than word by word."""

    def __init__(self, text: str, paragraph: Paragraph) -> None:
        runs: list[str] = []
        self._body_starts: list[int] = []
        self._orig_starts: list[int] = []
        length = 0
        for span in paragraph.spans:
            for m in _RUN_RE.finditer(text, span.start, span.end):
                if runs:
                    length += 1  # the single space before this run
                run = m.group()
                runs.append(run)
                self._body_starts.append(length)
                self._orig_starts.append(m.start())
                length += len(run)
        self.text = " ".join(runs)

    def origin(self, index: int) -> int:
        """The original offset of body character `index` (a non-space character)."""
        k = bisect.bisect_right(self._body_starts, index) - 1
        return self._orig_starts[k] + index - self._body_starts[k]


def _quoted_ranges(body: str) -> list[tuple[int, int]]:
    """Ranges inside quotation marks that open and close within the paragraph."""
    straight = [m.start() for m in _STRAIGHT_QUOTE_RE.finditer(body)]
    ranges = [(straight[k], straight[k + 1]) for k in range(0, len(straight) - 1, 2)]
    ranges.extend((m.start(), m.end() - 1) for m in _CURLY_QUOTE_RE.finditer(body))
    return ranges


_NUMBER_AFTER_RE = re.compile(r"\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")


def _is_abbreviation(before: str, after: str = "") -> bool:
    m = _WORD_BEFORE_RE.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".").casefold()
    if word == "no" and not _NUMBER_AFTER_RE.match(after.lstrip()):
        return False  # "No. 5" is a number; "… and was told no." ends a sentence
    if len(word) == 1 and before[: m.start(1)].endswith(("'", "’")):
        return False  # a possessive's "s": "One of the names on it was Lindqvist's."
    if len(word) == 1 and word.isalpha():
        # an initial: "J. Smith"; not the letter of a label: "a $40 million Series A."
        return _LABELLED_RE.search(before) is None
    return word in _ABBREVIATIONS


# A letter that names a thing in a series ("Series A", "Class B", "Plan C") ends a sentence
# as any word does (a name's initial after a lowercase word still does not: "the team J. R.
# Smith had assembled").
_LABELLED_RE = re.compile(r"\b(?:Series|Class|Round|Phase|Plan|Type|Tier|Grade)\s+[A-Z]\.?$")


_LIST_MARK_RE = re.compile(r"[-–—•*]\s+(?=\S)")


def split_paragraph(text: str, paragraph: Paragraph) -> list[Sentence]:
    """Sentences of one paragraph, with offsets into `text`."""
    mapped = _Body(text, paragraph)
    body = mapped.text
    if not body:
        return []
    quoted = _quoted_ranges(body)
    cuts: list[int] = []
    # A scripted line ("Helga Marsh: … This is effective immediately.") is one passage: its
    # later sentences are the same speaker's lines, not narration.
    boundaries = () if is_dialogue(body) else _BOUNDARY_RE.finditer(body)
    for m in boundaries:
        end = m.end(1) if m.group(1) else m.end(3)
        punct_at = m.start(1) if m.group(1) else m.start(3)
        if any(a < punct_at and end <= b for a, b in quoted):
            continue
        if (
            m.group(1)
            and m.group(1).startswith(".")
            and _is_abbreviation(body[max(0, punct_at - 24) : punct_at], body[end : end + 8])
        ):
            continue
        start = cuts[-1] if cuts else 0
        if len(body[start:end].strip()) < _MIN_SENTENCE:
            continue
        cuts.append(end)
    bounds = [0, *cuts, len(body)]
    alone = len(bounds) == 2  # a one-sentence paragraph may be a caption
    sentences = []
    for a, b in itertools.pairwise(bounds):
        while a < b and body[a] == " ":
            a += 1
        marker = _LIST_MARK_RE.match(body, a, b)
        if marker:  # "- Sam Altman, who …": a list dash from the page is not the sentence's
            a = marker.end()
        while b > a and body[b - 1] == " ":
            b -= 1
        if a < b:
            sentences.append(
                Sentence(
                    text=body[a:b],
                    start=mapped.origin(a),
                    end=mapped.origin(b - 1) + 1,
                    heading=paragraph.heading,
                    caption=alone and not paragraph.heading and is_caption(body[a:b]),
                )
            )
    return sentences


def split(text: str, paragraphs: tuple[Paragraph, ...]) -> list[Sentence]:
    """All sentences of an article, in order."""
    return [s for p in paragraphs for s in split_paragraph(text, p)]

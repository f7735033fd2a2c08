"""Patterns tried only on text that has one of the words every match of them contains.

Python's re cannot skip ahead to where a case-insensitive pattern (or one that opens with a
word boundary or a class) may match: it tries the pattern at every position of the text,
which over a build's million sentences is a good part of the build. A substring test on the
lowered text is far cheaper, and as exact, but for the few characters beyond ASCII that re
matches as ASCII letters when ignoring case ("ſ" for "s", "K" for "k") and the digits beyond
ASCII that `\\d` matches: a text with one of them is always tried.
"""

import re
from dataclasses import dataclass

# Every character beyond ASCII that re matches as an ASCII letter when ignoring case (found
# by trying them all: see the tests), and digits beyond ASCII.
_UNSIFTABLE_RE = re.compile(r"[\u0130\u0131\u017f\u212a]|(?![0-9])\d")


# What re takes each of them for, lower case.
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def as_ascii(word: str) -> str:
    """`word` lower case, with those letters as the ASCII ones a case-insensitive pattern
    matched them as ("ſpring" → "spring"), so a word it found can be looked up."""
    return word.translate(_AS_ASCII).lower()


def siftable(text: str) -> bool:
    """Whether a lowered substring test is exact for `text` (curly quotes and dashes are)."""
    return text.isascii() or not _UNSIFTABLE_RE.search(text)


# The last text lowered, and what it gave: the extractor sifts one sentence through several
# patterns in turn, and the same string (the same object) need not be read again for each.
_last: tuple[str | None, str | None] = (None, None)


def lowered(text: str) -> str | None:
    """`text` lowered, to test several patterns' words in; None when no test is exact."""
    global _last
    last = _last  # one read: another thread may replace it (it is never half written)
    if last[0] is text:
        return last[1]
    low = text.lower() if siftable(text) else None
    _last = (text, low)
    return low


@dataclass(frozen=True)
class Sifted:
    """`pattern`, tried only on text whose lowered form has one of `words` (lower case; every
    match of the pattern must contain one of them)."""

    pattern: re.Pattern[str]
    words: tuple[str, ...]

    def may_match(self, low: str | None) -> bool:
        """Whether the text lowered to `low` (see `lowered`) may match."""
        if low is None:
            return True
        for word in self.words:  # noqa: SIM110 (a loop, not any() over a generator: half the time)
            if word in low:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(lowered(text)) else None

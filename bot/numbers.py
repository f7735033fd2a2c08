"""Numbers in what people type: ASCII digits only, one rule everywhere.

`\\d` in a pattern, `str.isdigit()` and `int()` each accept a different set of Unicode
characters ("²" is a digit to `isdigit()` but not to `int()`; "٣" is one to all three), so a
check with one and a conversion with another ends in a traceback. Everything here reads
`[0-9]` and nothing else.
"""

import re

DIGITS = "[0-9]"
_NUMBER_RE = re.compile(r"[0-9]{1,9}")


def number(text: str) -> int | None:
    """`text` as a non-negative integer if it is written in ASCII digits, else None."""
    return int(text) if _NUMBER_RE.fullmatch(text) else None

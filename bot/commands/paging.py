"""`page:N` at the end of a command's arguments selects a page of a long answer."""

import re

from bot.errors import UsageError
from bot.numbers import number

MAX_PAGE = 50
_PAGE_RE = re.compile(r"(?:^|\s)(?:page|p):\s*(\S+)\s*$", re.IGNORECASE)


def split_page(args: str) -> tuple[str, int]:
    """The arguments without their page suffix, and the 1-based page (default 1)."""
    m = _PAGE_RE.search(args)
    if not m:
        return args, 1
    raw = m.group(1)
    page = number(raw)
    if page is None or not 1 <= page <= MAX_PAGE:
        raise UsageError(
            f"“page:{raw[:10]}” is not a page number.", f"Pages go from page:1 to page:{MAX_PAGE}."
        )
    return args[: m.start()].strip(), page

"""Keep hostile text harmless: clean what comes in, defuse pings in what goes out.

Slack pings on `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`, `<@U…>`; Discord on
`@everyone`, `@here`, `<@id>`, `<@&id>`. The bot never means to ping anyone, so any of these in
text it sends are broken with a zero-width joiner that renders invisibly and pings nobody.
"""

import re
import unicodedata

MAX_INPUT_CHARS = 4000
ZERO_WIDTH = "\u2060"  # WORD JOINER: invisible, and breaks the mention syntax.

_AT_MENTION_RE = re.compile(r"@(?=(everyone|here|channel)\b)", re.IGNORECASE)
_ANGLE_MENTION_RE = re.compile(r"<(?=[!@#])")


def clean_input(text: str) -> str:
    """Drop NUL, control and bidi-override characters, normalize Unicode, cap the length."""
    text = text[: MAX_INPUT_CHARS * 2]
    kept = []
    for ch in unicodedata.normalize("NFC", text):
        category = unicodedata.category(ch)
        if ch in "\n\t":
            kept.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())[:MAX_INPUT_CHARS]


def neutralize_pings(text: str) -> str:
    """Make @everyone/@here and <!channel>/<@U…>-style mentions inert."""
    text = _AT_MENTION_RE.sub("@" + ZERO_WIDTH, text)
    return _ANGLE_MENTION_RE.sub("<" + ZERO_WIDTH, text)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis marker when longer than `limit`."""
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def echo(text: str, limit: int = 80) -> str:
    """User text fit to be quoted back: shortened and with pings defused."""
    return neutralize_pings(shorten(clean_input(text), limit))

"""Follow-ups in a conversation: "why?", "when was that?", "and schulman?", "what about him".

A follow-up is rewritten into a whole question from the previous one in the same place (a
thread, a DM, a console session; never across channels or users), which the state database
keeps for a while. "why?" after "when did musk leave openai" is "why did musk leave openai";
"and schulman?" after "when did sutskever resign" is "when did schulman resign".
"""

import re

from knowledge.answering.frame import alias_spans
from knowledge.model import EntityInfo

_WH = r"why|when|where|how much|how many|how come|how long ago|how|who|what year|which year"
_BARE_WH = r"why|when|where|how much|how many|how come|how long ago|what year|which year"
_BARE_RE = re.compile(
    rf"^(?:and|but|so|ok|okay|hmm|um)?[\s,]*(?P<wh>{_BARE_WH})\b"
    r"(?:\s+(?:was|is|did|does|were|do|would)\s+(?:that|it|this|he|she|they|him|her|them|so))?"
    r"(?:\s+(?:then|exactly|though|again|so|happen|happened))*[\s?!.]*$",
    re.IGNORECASE,
)
_ABOUT_RE = re.compile(
    r"^(?:and|but)?\s*(?:what|how)\s+about\s+(?P<x>.+?)[\s?!.]*$|^and\s+(?P<y>.+?)[\s?!.]*$",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(rf"^\s*(?:{_WH})\b\s*", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her|they|them)\b", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"\b(?:his|hers|their)\b", re.IGNORECASE)


def _body(previous: str) -> str:
    """The previous question without its question word: "did musk leave openai"."""
    return _LEAD_RE.sub("", previous, count=1).strip()


def _subject_span(text: str, entities: tuple[EntityInfo, ...]) -> tuple[int, int] | None:
    """Where the first name in `text` stands."""
    spans = alias_spans(text, entities)
    return (spans[0][0], spans[0][1]) if spans else None


def _subject_name(text: str, entities: tuple[EntityInfo, ...]) -> str:
    span = _subject_span(text, entities)
    return text[span[0] : span[1]] if span else ""


def resolve(text: str, previous: str, entities: tuple[EntityInfo, ...]) -> str:
    """`text` as a whole question, given the `previous` one; unchanged if it stands alone."""
    stripped = text.strip()
    if not previous or not stripped:
        return text
    bare = _BARE_RE.match(stripped)
    if bare:
        return f"{bare.group('wh').casefold()} {_body(previous)}"
    about = _ABOUT_RE.match(stripped)
    named_here = _subject_span(stripped, entities)
    if about:
        other = next(g for g in about.groups() if g)
        span = _subject_span(previous, entities)
        named = _subject_span(other, entities) is not None
        if span is not None and named and len(other.split()) <= 3:
            return previous[: span[0]] + other.strip() + previous[span[1] :]
    if named_here is None:
        name = _subject_name(previous, entities)
        if name and _PRONOUN_RE.search(stripped):
            return _PRONOUN_RE.sub(name, stripped, count=1)
        if name and _POSSESSIVE_RE.search(stripped):
            return _POSSESSIVE_RE.sub(f"{name}'s", stripped, count=1)
    return text

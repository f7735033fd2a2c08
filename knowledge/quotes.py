"""Quotations attributed to their speaker.

Forms: `X said/wrote/tweeted/responded…: "…"`, and stance verbs (`X called Y a “…”`, `X
dismissed the suit as "…"`) — the speaker is the last entity named before the verb, or the
person a "he"/"she" points at; `"…", X said`; a passage that is only a quotation after one
ending in "X posted on X platform:"; and a quotation followed by an attribution line "-X".
A scripted dialogue line `X: …` dramatises: it is never a quote.
"""

import re
from dataclasses import dataclass

from knowledge.entities import Mention, acting

_SPEECH = (
    r"said|says|wrote|writes|tweeted|tweets|posted|posts|responded|replied|added|stated|"
    r"warned|continued|asked|argued|told [^\"“:]{1,40}|expressed (?:his|her) concerns?|"
    r"saying|called|calls|announced|insisted|explained|dismissed|described|labell?ed|branded|"
    r"dubbed"
)
# Quoted text; a short inner quotation followed by a word ("I named it "Open" AI") stays inside.
_QUOTED = r"(?P<q>(?:[^\"“”]|[\"“][^\"“”]{1,20}[\"”](?=\s?\w))+?)"
_SPEAKER_FIRST_RE = re.compile(
    rf"\b(?P<verb>{_SPEECH})\b(?P<gap>[^\"“”]{{0,40}}?)[:,]?\s*[\"“]{_QUOTED}[\"”](?!\w)"
)
_QUOTE_FIRST_RE = re.compile(
    rf"^[\"“](?P<q>[^\"“”]{{6,}}?)[,.]?[\"”],? (?P<who>[^,.]{{2,40}}?) (?:{_SPEECH})\b"
)
_STANCE_RE = re.compile(r"called|calls|dismissed|described|labell?ed|branded|dubbed")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+$")
_WHOLE_QUOTE_RE = re.compile(r"^[\"“](?P<q>.{6,})[\"”]?,?$")
_DIALOGUE_RE = re.compile(r"^(?P<who>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}): (?P<q>.{6,})$")
_ATTRIBUTION_RE = re.compile(r"^[-–—]\s*(?P<who>[A-Z][\w .'’-]{1,40})$")
_INTRO_RE = re.compile(rf"\b(?:{_SPEECH})\b[^\"“”]{{0,60}}:$")


@dataclass(frozen=True)
class Quote:
    """What an entity said, verbatim."""

    key: str
    text: str


def _speaker_before(text: str, position: int, mentions: list[Mention]) -> str | None:
    speaker = acting(text, mentions, position)
    return speaker.key if speaker else None


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",;")


def quotes_in(text: str, mentions: list[Mention]) -> list[Quote]:
    """Quotations in one passage whose speaker is among `mentions` (explicit or implicit)."""
    found: list[Quote] = []
    if is_dialogue(text):
        return []  # a scripted line ("Larry Page: …") dramatises; it is not a real quote
    first = _QUOTE_FIRST_RE.match(text)
    if first:
        who = [m for m in mentions if first.start("who") <= m.start < first.end("who")]
        if who:
            found.append(Quote(who[0].key, _clean(first["q"])))
    for m in _SPEAKER_FIRST_RE.finditer(text):
        if _STANCE_RE.fullmatch(m["verb"]) and (
            not m["gap"].strip() or _PASSIVE_BEFORE_RE.search(text[: m.start("verb")])
        ):
            continue  # "a model called “Phi-3”", "Altman was called a “liar”": no speaker's words
        speaker = _speaker_before(text, m.start("verb"), mentions)
        if speaker and len(m["q"].strip()) >= 3:
            found.append(Quote(speaker, _clean(m["q"])))
    return found


def introduced_quote(text: str, previous: str, previous_mentions: list[Mention]) -> Quote | None:
    """A passage that is only a quotation, introduced by the previous one ("X posted:")."""
    whole = _WHOLE_QUOTE_RE.match(text)
    if not whole or not _INTRO_RE.search(previous):
        return None
    speaker = _speaker_before(previous, len(previous), previous_mentions)
    return Quote(speaker, whole["q"].strip(' "”')) if speaker else None


def attribution(text: str, mentions: list[Mention]) -> str | None:
    """The speaker named by an attribution line such as "-Elon Musk"."""
    if _ATTRIBUTION_RE.match(text) and mentions:
        return mentions[0].key
    return None


def is_quotation(text: str) -> bool:
    return bool(_WHOLE_QUOTE_RE.match(text))


def is_dialogue(text: str) -> bool:
    """A scripted exchange line ("Elon Musk: …") rather than a narrated sentence."""
    return bool(_DIALOGUE_RE.match(text)) and ":" in text[:42]

"""Quotations attributed to their speaker.

Forms: `X said/wrote/tweeted/responded…: "…"`, and stance verbs (`X called Y a “…”`, `X
dismissed the suit as "…"`) — the speaker is the last entity named before the verb, or the
person a "he"/"she" points at; `"…", X said`; a passage that is only a quotation after one
ending in "X posted on X platform:"; and a quotation followed by an attribution line "-X".
A scripted dialogue line `X: …` dramatises: it is never a quote. Reported speech ("Hassabis
warned Musk that …") is kept too, marked as the article's words, not the speaker's.
"""

import re
from dataclasses import dataclass

from knowledge.dialogue import is_dialogue
from knowledge.entities import Mention, acting, is_object

_SPEECH = (
    r"said|says|wrote|writes|tweeted|tweets|posted|posts|responded|replied|added|stated|"
    r"warned|continued|asked|argued|told [^\"“:]{1,40}|expressed (?:his|her) concerns?|"
    r"saying|called|calls|announced|insisted|explained|dismissed|described|labell?ed|branded|"
    r"dubbed|referred to [^\"“:]{1,30} as"
)
# Quoted text; a short inner quotation followed by a word ("I named it "Open" AI") stays inside.
_QUOTED = r"(?P<q>(?:[^\"“”]|[\"“][^\"“”]{1,20}[\"”](?=\s?\w))+?)"
_SPEAKER_FIRST_RE = re.compile(
    rf"\b(?P<verb>{_SPEECH})\b(?P<gap>[^\"“”]{{0,60}}?)[:,]?\s*[\"“]{_QUOTED}[\"”](?!\w)"
)
_QUOTE_FIRST_RE = re.compile(
    rf"^[\"“](?P<q>[^\"“”]{{6,}}?)[,.]?[\"”],? (?P<who>[^,.]{{2,40}}?) (?:{_SPEECH})\b"
)
# the verb before the speaker: '"This lawsuit is revisionist history," said Anaïs Mbeki-Roux'
_QUOTE_SAID_WHO_RE = re.compile(
    r"^[\"“](?P<q>[^\"“”]{6,}?)[,.]?[\"”],? (?:said|says|added|wrote|writes|replied|"
    r"responded|insisted|explained|recalled|countered) (?P<who>[^,.;]{2,60}?)(?:[,.;]|$)"
)
_STANCE_RE = re.compile(r"called|calls|dismissed|described|labell?ed|branded|dubbed|referred to .*")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+$")
_WHOLE_QUOTE_RE = re.compile(r"^[\"“](?P<q>.{6,})[\"”]?,?$")
_ATTRIBUTION_RE = re.compile(r"^[-–—]\s*(?P<who>[A-Z][\w .'’-]{1,40})$")
_INTRO_RE = re.compile(rf"\b(?:{_SPEECH})\b[^\"“”]{{0,60}}:$")


@dataclass(frozen=True)
class Quote:
    """What an entity said: verbatim, or (`reported`) in the article's words."""

    key: str
    text: str
    reported: bool = False


# Reported speech: "Hassabis warned Musk that advances in AI could pose a threat", "Marsh
# … told her she was fired", "Altman said he was going to raise money". The speaker is the one
# acting just before the verb; what follows is what they said, in the article's words.
_REPORTED_RE = re.compile(
    r"\b(?P<verb>said|says|told|tells|warned|warns|wrote|argued|claimed|insisted|announced|"
    r"explained|stated|responded|replied|complained|admitted|acknowledged|recalled|"
    r"confirmed|denied|promised|suggested|proposed|pointed out|added)\b"
    r"(?P<to>\s+(?:to\s+)?(?>him|her|them|us|me|employees|staff|colleagues|reporters|"
    r"investors|the board|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:,\s+[^,\"“”]{1,40},)?)?"
    r"(?:\s+(?:in|on|at|during|over)\s+(?:an?|the|his|her)\s+[\w\s-]{1,30}?)?"
    r",?\s+(?:(?P<that>that\s+)(?P<clause>[^\"“”]{8,})|(?P<said>(?:he|she|they|it|the|his|her|"
    r"their|its|we|i|[A-Z][\w'’-]+)\b[^\"“”]{8,}))$"
)
# Verbs that take what was said without "that": "said he would", "told her she was fired".
_BARE_RE = re.compile(r"said|says|told|tells|added|replied|responded|insisted|warned|warns")
# "Asked whether Renn might return, a company spokesperson said": someone unnamed speaks.
_OTHER_SPEAKER_RE = re.compile(
    r",\s+(?:(?:and|but|while)\s+)?(?:a|an|the|one|two|three|several|people|sources)\b[^,]*$"
)
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:he|she|they|it|we|I)\b")
_TELLING_RE = re.compile(r"told|tells|warned|warns")


def _speaker_before(text: str, position: int, mentions: list[Mention]) -> str | None:
    speaker = acting(text, mentions, position)
    return speaker.key if speaker else None


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",;")


def _together(speaker: Mention, mentions: list[Mention], text: str = "") -> list[str]:
    """ "They continued, …", "Sutskever and Brockman stated …": every one speaking."""
    if not speaker.implicit:
        # "Sutskever and Brockman stated", "Page, Brin and Schmidt said": a list that ends
        # in "and"; "Asked about Musk, Altman said" names one speaker
        joined: list[str] = []
        current, saw_and = speaker, False
        for m in sorted((m for m in mentions if m.end <= speaker.start), key=lambda m: -m.end):
            if m.end > current.start:
                continue
            gap = text[m.end : current.start]
            if not (re.fullmatch(r",? and ", gap) or (saw_and and gap == ", ")):
                break
            saw_and = True
            joined.insert(0, m.key)
            current = m
        return [*joined, speaker.key]
    same = [
        m.key for m in mentions if m.implicit and (m.start, m.end) == (speaker.start, speaker.end)
    ]
    return list(dict.fromkeys(same)) or [speaker.key]


def reported_in(text: str, mentions: list[Mention]) -> list[Quote]:
    """What a sentence without quotation marks says someone said ("Hassabis warned Musk
    that …"): one clause, its speaker named (or pointed at) just before the verb."""
    if is_dialogue(text) or re.search(r"[\"“”]", text):
        return []
    for m in _REPORTED_RE.finditer(text):
        clause = m["clause"] or m["said"]
        if not m["that"] and not _BARE_RE.fullmatch(m["verb"]):
            continue  # "announced her resignation": a thing announced, not words
        if _TELLING_RE.fullmatch(m["verb"]) and not m["to"] and not m["that"]:
            continue  # "told the story", "warned of": no one told, no clause
        if m["verb"] in ("said", "says") and m["to"]:
            continue  # "said Altman": an attribution after the words, not before them
        speaker = acting(text, mentions, m.start("verb"))
        if speaker is None or m.start("verb") - speaker.end > 60:
            continue  # the one speaking is named shortly before the verb, or no one is
        if not speaker.implicit and is_object(text, speaker):
            continue  # "People close to Renn said", "Critics of Altman said": not them
        gap = text[speaker.end : m.start("verb")]
        if _OTHER_SPEAKER_RE.search(gap) or (
            not speaker.implicit and _SUBJECT_PRONOUN_RE.search(gap)
        ):
            continue  # "investing in OpenAI, especially when he has insisted": he speaks
        said = re.split(r"[;]|, (?:but|according to|people familiar|sources said)\b", clause)[0]
        said = said.strip().rstrip(".,")
        if len(said.split()) >= 3:
            return [Quote(key, said, reported=True) for key in _together(speaker, mentions, text)]
    return []


def quotes_in(text: str, mentions: list[Mention]) -> list[Quote]:
    """Quotations in one passage whose speaker is among `mentions` (explicit or implicit)."""
    found: list[Quote] = []
    if is_dialogue(text):
        return []  # a scripted line ("Larry Page: …") dramatises; it is not a real quote
    first = _QUOTE_FIRST_RE.match(text) or _QUOTE_SAID_WHO_RE.match(text)
    if first:
        who = [m for m in mentions if first.start("who") <= m.start < first.end("who")]
        if who:
            found.append(Quote(who[0].key, _clean(first["q"])))
    for m in _SPEAKER_FIRST_RE.finditer(text):
        if _STANCE_RE.fullmatch(m["verb"]) and (
            not m["gap"].strip() or _PASSIVE_BEFORE_RE.search(text[: m.start("verb")])
        ):
            continue  # "a model called “Phi-3”", "Altman was called a “liar”": no speaker's words
        speaker = acting(text, mentions, m.start("verb"))
        if speaker is not None and (
            _OTHER_SPEAKER_RE.search(text[speaker.end : m.start("verb")])
            or (not speaker.implicit and is_object(text, speaker))
        ):
            continue  # a spokesperson, "people close to X": someone unnamed speaks
        if speaker and len(m["q"].strip()) >= 3:
            found.extend(Quote(key, _clean(m["q"])) for key in _together(speaker, mentions, text))
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

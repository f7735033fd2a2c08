"""Sources that disagree: one happening told by two articles with different dates or sums.

Found once, when the index is built, so `timeline`, `who` and the digest can show both side
by side without searching. Two stated events are the same happening when their sentences
name the same action (founded, invested, left, fired, sued …), share two named entities (or
one, with the same sum of money), come from different articles, and are dated at most a year
apart. They disagree when neither date contains the other ("2019-09-09" and "2020"; not
"autumn 2022" and "October 2022") or when their sums differ ("$450 million", "$400 million").
Events are bucketed by action and entity, so the work grows with the events, not their pairs.
"""

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

from knowledge.dates import SEASONS

# The action a sentence tells, by the words that tell it.
_ACTIONS = (
    ("found", r"co-?found\w*|founded|founding|established|launched|started|set up"),
    ("invest", r"invest\w*|poured|threw|put \$|backed|funded|took \$[\d.,]+ \w+ from"),
    ("leave", r"resign\w*|left|quit|depart\w*|stepped down|walked out|exit\w*"),
    ("fire", r"fired|ousted|removed|dismissed|pushed out"),
    ("return", r"returned|reinstated|came back"),
    ("join", r"joined|hired|poached|recruited"),
    ("sue", r"sued|suing|lawsuit|filed suit"),
    ("acquire", r"acquired|bought|takeover"),
)
_ACTION_RES = tuple(
    (name, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for name, words in _ACTIONS
)
_SUM_RE = re.compile(r"\$\s?\d[\d,.]*(?:\s*-\s*\d[\d,.]*)?\s*(?:million|billion|trillion|[MBK]\b)?")
_ANOTHER_RE = re.compile(
    r"\b(?:another|additional|again|further|second|third|new (?:round|funding))\b", re.IGNORECASE
)


@dataclass(frozen=True, kw_only=True)
class Told:
    """One stated event as the disagreement finder needs it."""

    event_id: int
    article_id: str
    text: str
    entities: frozenset[str]
    year: int
    month: int
    precision: str
    label: str
    season: str = ""
    subject: str = ""  # the entity the sentence names first: who (or what) it is about


def actions(text: str) -> frozenset[str]:
    """The actions a sentence tells."""
    return frozenset(name for name, pattern in _ACTION_RES if pattern.search(text))


def dated_action(told: Told) -> frozenset[str]:
    """The action the sentence's date belongs to: the one told nearest the date ("who left
    Lumaris in 2021 and later co-founded Quillon" dates the leaving); every action when the
    date is not written out where it can be found."""
    at = _date_at(told)
    if at is None:
        return actions(told.text)
    best: tuple[int, str] | None = None
    for name, pattern in _ACTION_RES:
        for m in pattern.finditer(told.text):
            distance = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or distance < best[0]:
                best = (distance, name)
    return frozenset({best[1]}) if best else frozenset()


def _date_at(told: Told) -> int | None:
    """Where the sentence writes its date: the year, else the month or season's name."""
    words = [str(told.year), *told.label.split()[:1]]
    for word in words:
        m = re.search(rf"\b{re.escape(word)}", told.text, re.IGNORECASE)
        if m:
            return m.start()
    return None


def sums(text: str) -> frozenset[str]:
    """The sums of money a sentence gives ("$1 billion", "$50-100 million")."""
    return frozenset(re.sub(r"\s+", " ", m.group()).strip() for m in _SUM_RE.finditer(text))


def _inside(a: Told, b: Told) -> bool:
    """`a` dates within `b` ("October 2022" within "autumn 2022", "2019-09-09" within 2019)."""
    if a.year != b.year and not (b.season == "winter" and a.year == b.year + 1):
        return False
    if b.precision == "year":
        return True
    if b.precision == "season" and a.month:
        first, last = SEASONS.get(b.season, (0, 0))
        return first <= a.month <= last if first <= last else a.month >= first or a.month <= last
    if b.precision == "month":
        return a.month == b.month and a.precision in ("day", "month")
    return a.label == b.label


def _dates_differ(a: Told, b: Told) -> bool:
    return abs(a.year - b.year) <= 1 and not _inside(a, b) and not _inside(b, a)


def disagreements(told: list[Told]) -> list[tuple[int, int, str]]:
    """(event, other event, what the other says) for each event another article tells
    differently: its date, or its sum when the dates agree."""
    buckets: dict[tuple[str, str], list[Told]] = defaultdict(list)
    for t in told:
        for action in dated_action(t):
            for entity in t.entities:
                buckets[(action, entity)].append(t)
    found: dict[tuple[int, int], str] = {}
    for members in buckets.values():
        if len({m.article_id for m in members}) < 2:
            continue
        for a, b in itertools.combinations(members, 2):
            if a.article_id == b.article_id or (a.event_id, b.event_id) in found:
                continue
            if _ANOTHER_RE.search(a.text) or _ANOTHER_RE.search(b.text):
                continue  # "dropped another $10 billion": a further happening, not this one
            shared = a.entities & b.entities
            sums_a, sums_b = sums(a.text), sums(b.text)
            if len(shared) < 2 and not (sums_a & sums_b):
                continue
            if a.subject != b.subject and not (sums_a & sums_b):
                continue  # "Murati left … after Sutskever" and "Sutskever left": two people
            if _dates_differ(a, b):
                found[(a.event_id, b.event_id)] = b.label
                found[(b.event_id, a.event_id)] = a.label
            elif abs(a.year - b.year) <= 1 and sums_a and sums_b and not sums_a & sums_b:
                found[(a.event_id, b.event_id)] = ", ".join(sorted(sums_b))
                found[(b.event_id, a.event_id)] = ", ".join(sorted(sums_a))
    return [(a, b, said) for (a, b), said in sorted(found.items())]

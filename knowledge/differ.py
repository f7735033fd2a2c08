"""Sources that disagree: one happening told by two articles with different dates or sums.

Found once, when the index is built, so `timeline`, `who` and the digest can show both side
by side without searching. Two stated events are the same happening when their sentences
name the same action (founded, invested, left, fired, sued …), share two named entities (or
one, with the same sum of money), come from different articles, and are dated at most a year
apart. They disagree when neither date contains the other ("2019-09-09" and "2020"; not
"autumn 2022" and "October 2022") or when their sums differ ("$450 million", "$400 million").
Events are bucketed by action and entities, and compared group by group, so the work grows
with the events, not their pairs.
"""

import dataclasses
import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.dates import SEASONS
from knowledge.sift import Sifted, lowered

# The action a sentence tells, by the words that tell it, and the lower-case words one of
# which each of its matches contains (see knowledge.sift: most sentences are not tried).
_ACTIONS = (
    (
        "found",
        r"co-?found\w*|founded|founding|established|launched|started|set up",
        ("found", "established", "launched", "started", "set up"),
    ),
    (
        "invest",
        r"invest\w*|poured|threw|put \$|backed|funded|took \$[\d.,]+ \w+ from",
        ("invest", "poured", "threw", "put $", "backed", "funded", "took $"),
    ),
    (
        "leave",
        r"resign\w*|left|quit|depart\w*|stepped down|walked out|exit\w*",
        ("resign", "left", "quit", "depart", "stepped down", "walked out", "exit"),
    ),
    (
        "fire",
        r"fired|ousted|removed|dismissed|pushed out",
        ("fired", "ousted", "removed", "dismissed", "pushed out"),
    ),
    ("return", r"returned|reinstated|came back", ("returned", "reinstated", "came back")),
    ("join", r"joined|hired|poached|recruited", ("joined", "hired", "poached", "recruited")),
    ("sue", r"sued|suing|lawsuit|filed suit", ("sued", "suing", "lawsuit", "filed suit")),
    ("acquire", r"acquired|bought|takeover", ("acquired", "bought", "takeover")),
)
_ACTION_RES = tuple(
    (name, Sifted(re.compile(rf"\b(?:{words})", re.IGNORECASE), sifting))
    for name, words, sifting in _ACTIONS
)
_SUM_RE = re.compile(r"\$\s?\d[\d,.]*(?:\s*-\s*\d[\d,.]*)?\s*(?:million|billion|trillion|[MBK]\b)?")
_ANOTHER_RE = Sifted(
    re.compile(
        r"\b(?:another|additional|again|further|second|third|new (?:round|funding))\b",
        re.IGNORECASE,
    ),
    ("another", "additional", "again", "further", "second", "third", "new round", "new funding"),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Told:
    """One stated event as the disagreement finder needs it."""

    event_id: int
    article: int  # its number in the build
    text: str
    entities: frozenset[str]
    year: int
    month: int
    precision: str
    label: str
    season: str = ""
    subject: str = ""  # the entity the sentence names first: who (or what) it is about


def _possible(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The actions whose words the sentence has, with their patterns."""
    low = lowered(text)
    return [(name, s.pattern) for name, s in _ACTION_RES if s.may_match(low)]


def actions(text: str) -> frozenset[str]:
    """The actions a sentence tells."""
    return frozenset(name for name, pattern in _possible(text) if pattern.search(text))


def dated_action(told: Told) -> frozenset[str]:
    """The action the sentence's date belongs to: the one told nearest the date ("who left
    Lumaris in 2021 and later co-founded Quillon" dates the leaving); every action when the
    date is not written out where it can be found."""
    at = _date_at(told)
    if at is None:
        return actions(told.text)
    best: tuple[int, str] | None = None
    for name, pattern in _possible(told.text):
        for m in pattern.finditer(told.text):
            distance = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or distance < best[0]:
                best = (distance, name)
    return frozenset({best[1]}) if best else frozenset()


def _date_at(told: Told) -> int | None:
    """Where the sentence writes its date: the year, else the month or season's name."""
    words = [str(told.year), *told.label.split()[:1]]
    for word in words:
        m = _opening(word).search(told.text)
        if m:
            return m.start()
    return None


@functools.lru_cache(maxsize=1024)
def _opening(word: str) -> re.Pattern[str]:
    """A word's start, case ignored (the years and month names dates are labelled with)."""
    return re.compile(rf"\b{re.escape(word)}", re.IGNORECASE)


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


# At most this many other tellings are kept per event (the ones with the lowest ids): a
# reader is shown a few, and a happening every article tells must not make the work (or
# the table) grow with the square of the articles.
MAX_OTHERS = 5


@dataclass(frozen=True, kw_only=True, slots=True)
class _Read:
    """What the finder needs of a stated event, worked out once."""

    told: Told
    actions: frozenset[str]
    sums: frozenset[str]
    further: bool  # "another $10 billion": a further happening, never the same one

    @property
    def when(self) -> tuple[object, ...]:
        """What decides whether two events' dates or sums can differ: equal for two events
        means they cannot."""
        t = self.told
        return (t.year, t.month, t.precision, t.label, t.season, self.sums)


def _read(told: Told) -> _Read:
    """The event as the finder compares it: its sentence is read here and not kept (a build
    reads every stated event of the corpus at once)."""
    return _Read(
        told=dataclasses.replace(told, text=""),
        actions=dated_action(told),
        sums=sums(told.text),
        further=bool(_ANOTHER_RE.search(told.text)),
    )


def _verdict(a: _Read, b: _Read) -> str:
    """How `b` tells it differently from `a`: "date", "sum", or "" (it does not)."""
    if _dates_differ(a.told, b.told):
        return "date"
    if abs(a.told.year - b.told.year) <= 1 and a.sums and b.sums and not a.sums & b.sums:
        return "sum"
    return ""


def _read_comparable(told: Told) -> _Read | None:
    """`_read(told)` when it is `_comparable`, else None, deciding on the cheap tests first
    (how many entities it names, a sum, "another", any action word at all): at 100,000
    articles most of the 350,000 stated events fail one, and finding the action nearest the
    date took more than half of the time the build spent comparing sources."""
    named = len(told.entities)
    if named == 0 or (named == 1 and not _SUM_RE.search(told.text)):
        return None
    if _ANOTHER_RE.search(told.text) or not any(
        pattern.search(told.text) for _name, pattern in _possible(told.text)
    ):
        return None
    read = _read(told)
    return read if _comparable(read) else None


def _comparable(r: _Read) -> bool:
    """Whether the event can share a bucket with another (the rest are not kept: a build
    reads every stated event of the corpus)."""
    entities = len(r.told.entities)
    return not r.further and bool(r.actions) and (entities >= 2 or (entities == 1 and bool(r.sums)))


def _buckets(read: list[_Read], action: str) -> list[list[_Read]]:
    """Events that may tell the same happening of `action`: two named entities in common, or
    an entity and a sum of money."""
    buckets: dict[tuple[str, str], list[_Read]] = defaultdict(list)
    for r in read:
        if r.further or action not in r.actions:
            continue
        entities = sorted(r.told.entities)
        for first, second in itertools.combinations(entities, 2):
            buckets[(first, second)].append(r)
        for entity in entities:
            for amount in r.sums:
                buckets[(entity, "$" + amount)].append(r)
    return [m for m in buckets.values() if len({x.told.article for x in m}) >= 2]


def disagreements(told: Iterable[Told]) -> list[tuple[int, int, str]]:
    """(event, other event, what the other says) for each event another article tells
    differently: its date, or its sum when the dates agree; at most MAX_OTHERS per event.

    Within a bucket, events whose dates and sums are the same (`_Read.when`) cannot differ
    from each other, so the bucket is split into such groups and only groups are compared;
    each event then takes the first others of a differing group. The work grows with the
    events and their groups, not with their pairs."""
    others: dict[int, dict[int, str]] = defaultdict(dict)
    read = [r for r in map(_read_comparable, told) if r is not None]
    # One action's buckets at a time: every action's at once held millions of keys at
    # 100,000 articles. The verdict for two events does not depend on the bucket that
    # brought them together, so the order of the buckets changes nothing.
    for members in (m for action, _sifted in _ACTION_RES for m in _buckets(read, action)):
        groups: dict[tuple[object, ...], _Group] = defaultdict(_Group)
        for r in sorted(members, key=lambda x: x.told.event_id):
            groups[r.when].members.append(r)
        # Only events dated at most a year apart can differ (in date or in sum): each group
        # is compared with the groups of its year and the years either side, not with all.
        by_year: dict[int, list[_Group]] = defaultdict(list)
        for group in groups.values():
            by_year[group.members[0].told.year].append(group)
        for mine in groups.values():
            year = mine.members[0].told.year
            for near in (year - 1, year, year + 1):
                for theirs in by_year.get(near, ()):
                    kind = "" if theirs is mine else _verdict(mine.members[0], theirs.members[0])
                    if kind:
                        _take(mine, theirs, kind, others)
    return [
        (event, other, said)
        for event, found in sorted(others.items())
        for other, said in sorted(found.items())[:MAX_OTHERS]
    ]


@dataclass
class _Group:
    """A bucket's events with the same dates and sums, in event order; and the same events
    by the entity each names first, made when first asked for."""

    members: list[_Read] = dataclasses.field(default_factory=list)
    _by_subject: dict[str, list[_Read]] | None = None
    # Every member has its MAX_OTHERS others, none after this id (as last seen: an event's
    # others only fill up, then lose their last ids, so it may only be lower now). A group
    # whose events all come after it has nothing for any member.
    settled: float = math.inf

    def about(self, subject: str) -> list[_Read]:
        """The members whose sentence names `subject` first, in event order."""
        if self._by_subject is None:
            self._by_subject = {}
            for r in self.members:
                self._by_subject.setdefault(r.told.subject, []).append(r)
        return self._by_subject.get(subject, [])


def _take(mine: _Group, theirs: _Group, kind: str, others: dict[int, dict[int, str]]) -> None:
    """For each event of `mine`, the first MAX_OTHERS of `theirs` that tell its happening.
    An event with no sum in common with them can only be told by one about the same
    subject: those are looked up, not found by reading every other (a happening every
    article tells made the build's comparison of sources grow with the square of its
    tellings). Only an event's first MAX_OTHERS others (by id) are kept, so a group whose
    events all come after them is not read for it at all, nor, when that holds for every
    event of `mine`, is `mine`."""
    first = theirs.members[0].told.event_id  # members are in event order
    if first > mine.settled:
        return
    settled = 0.0
    for a in mine.members:
        found = others[a.told.event_id]
        if len(found) < MAX_OTHERS or first <= max(found):
            taken = 0
            # An event tells a's happening when it names the same subject first, or gives
            # one of its sums ("Murati left … after Sutskever" and "Sutskever left": two
            # people). The members of a group all give the same sums.
            shared = bool(a.sums & theirs.members[0].sums)
            for b in theirs.members if shared else theirs.about(a.told.subject):
                if taken >= MAX_OTHERS:
                    break
                if b.told.article == a.told.article:
                    continue
                found[b.told.event_id] = (
                    b.told.label if kind == "date" else ", ".join(sorted(b.sums))
                )
                taken += 1
            while len(found) > MAX_OTHERS:
                del found[max(found)]
        if settled != math.inf:
            settled = max(settled, max(found)) if len(found) >= MAX_OTHERS else math.inf
    mine.settled = settled

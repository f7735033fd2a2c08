"""Organisations found by code, so an article about a company the curated list has never heard
of ("Halcyra Labs", "Northgate Ventures") still has it as an entity: named in questions with
typos, counted when a passage names it, told apart from the people in it.

A capitalized run is an organisation when the text treats it as one: a company word ends it
("Labs", "Capital", "Ventures"), or it owns what companies own ("Halcyra's board", "Tessary's
chief executive"), is described as one ("Tessary, a Boston rival", "the start-up Quillon"), or
does what companies do often enough ("Halcyra sued", "Redfern Capital led a round"). People's
names, places written as "in Pittsburgh", months and words at the start of a sentence only are
not. A name ending in a company word is also known by its first part ("Halcyra").
"""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge import english
from knowledge.entities import COMPANY_DESCRIPTIONS, SUFFIXES, Entity, slug

_STOP = frozenset(
    "The A An In On At By For From With After Before When While Since But And Or If As So Then "
    "This That These Those It He She They We I His Her Their Our Its However Although Despite "
    "During Meanwhile Today Yesterday Last Next Two Three Four Five Six One Many Some Most "
    "Former Chief Its Asked According Several Both Each Every Other Such Like Once Now Here "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr".split()
)
_RUN_RE = re.compile(r"(?<![\w'’-])([A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|&)){0,4})")
_OWNS = re.compile(
    r"['’]s\s+(?:board|chief executive|chief \w+ officer|CEO|CTO|CFO|founders?|co-founders?|"
    r"employees|staff|investors|models?|stake|shares|valuation|software|lawyers|spokesperson|"
    r"directors|headquarters|engineers|researchers|training code|contracts?|offices|"
    r"spokes(?:woman|man|person)|tax filings|subsidiary)\b"
)
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:company|firm|start-?up|lab|rival|developer|"
    r"investor|bank|fund|maker|provider|group|carrier|chain|retailer|operator|manufacturer|"
    r"supplier|airline|distributor|insurer|lender|publisher|producer|conglomerate|utility)\b"
    # ("Corvant, the Seattle cloud-computing giant, invested …")
    rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?(?:{COMPANY_DESCRIPTIONS})\b(?!['’])"
)
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|start-?up|lab|rival|"
    r"developer|investor|bank|fund)\s+$|\b(?:backed by|invested in|sued|acquired|"
    r"co-founded|founded|joined|left)\s+$"
)
# The words _DESCRIBED_BEFORE and _PLACED can match last (each ends in them, then spaces, at
# the end of the text before a name): a cheap test of the text's end before the patterns.
_BEFORE_LAST = (
    *("company", "firm", "startup", "start-up", "lab", "rival", "developer", "investor"),
    *("bank", "fund", "by", "in", "near", "sued", "acquired", "founded", "joined", "left"),
)
_PLACED = re.compile(r"\b(?:in|near)\s+$")
# What is done only to a company or a body, right after its name: "Lanternway was founded in
# December 2016 by three people" (a city is founded too, but by no one the story names)
_FOUNDED_BY_RE = re.compile(r"\s+was (?:co-)?founded (?:in [^.;,]{1,30} )?by\b")
_ACTS = re.compile(
    r"\s+(?:was founded|raised|sued|is suing|led an?|invested|employs|hired|announced|named|"
    r"denies|denied|released|launched|signed|filed|acquired|would lead|responded|called the|"
    r"makes|bought|paid|agreed)\b"
)


# A name of two or more capitalized words, with "and", "of", "for" or "on" between them
# ("Occupational Safety and Health Administration", "Department of Justice").
_LONG_NAME_RE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|In|On|At|By|For|From|With|And)\b)[A-Z][a-z]+"
    r"(?: (?:(?:and|of|for|on) )?[A-Z][a-z]+){1,6}"
)


# Words that make a spelled-out name a body's ("Administration", "Department", "Commission").
_BODY_WORDS = frozenset(
    "Administration Agency Authority Board Bureau Commission Committee Council Court "
    "Department Federation Institute Ministry Office Organization Organisation Reserve "
    "Service Union University Association Alliance Exchange District Consortium Cooperative".split()
)


_ENDINGS = SUFFIXES | (_BODY_WORDS - {"Board"})  # "the Sablewick Board": its board
# Endings after words that are often a place's or an everyday one ("Texas Instruments",
# "European Commission", "New York Stock Exchange"): the start alone is the name only when
# it is no such word (see _short_name)
_LOOSE = _BODY_WORDS | frozenset(
    "Works Equity Instruments Laboratory Laboratories Associates Advisors Management "
    "Investments Studios Energy Partnership Trust".split()
)
# A name said to be a part of another company: "Gripworks Robotics Inc., a capped-profit
# subsidiary", "a capped-profit subsidiary, Casewell Research Inc."
_PARTS = r"(?:subsidiary|arm|unit|affiliate|division|spin-?off|offshoot)"
_PART_AFTER_RE = re.compile(rf"^,? (?:a|an|its|the|their) (?:[\w-]+ ){{0,3}}?{_PARTS}\b")
_PART_BEFORE_RE = re.compile(rf"\b{_PARTS},? $")
# Initials written with full stops ("F.T.C."), as a paper's style has them
_DOTTED_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,6}(?![\w])")


def _initials(long: str) -> set[str]:
    """The acronyms a long name may be known by: its capitalized words' first letters, with
    or without those of the small words between ("OSHA"; "DOJ" for "Department of
    Justice")."""
    words = long.split()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0].upper() for w in words)
    return {a for a in (capitals, every) if 3 <= len(a) <= 6}


# Of those, the ones a name may open with, written so in the middle of a sentence before
# another word of it: "the board created Next Shelf Labs Inc." (not "Next, …", nor "Comes
# Next For OpenAI")
_NAME_OPENERS = frozenset("Next Last".split())


def _names(text: str) -> Iterable[tuple[str, int, int]]:
    for m in _RUN_RE.finditer(text):
        words = m.group(1).split(" ")
        while words and words[0] in _STOP:
            if (
                words[0] in _NAME_OPENERS
                and len(words) > 1
                and words[1] not in _STOP
                and not _sentence_start(text, m.start(1))
            ):
                break
            words = words[1:]
        if not words:
            continue
        name = " ".join(words).rstrip("'’")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        end = m.start(1) + len(m.group(1))
        start = end - len(" ".join(words))
        yield name, start, start + len(name)  # the end before a possessive: "Tessary|'s board'


def _word_character(c: str) -> bool:
    return c.isalnum() or c == "_"


_BEFORE_INSIDE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,")


def _written_inside(corpus: str, name: str) -> bool:
    """Whether `corpus` writes `name` whole after a lower-case word, a figure or a comma
    ("in 2024 Hollow Pear Cider sued"). Found with a substring search, not a pattern made
    of the name: one compiled per name would push the patterns used everywhere else out
    of re's cache of compiled patterns."""
    said = " " + name
    at = corpus.find(said, 1)
    while at != -1:
        after = corpus[at + len(said) : at + len(said) + 1]
        before = corpus[at - 1]
        if (before in _BEFORE_INSIDE) and _word_character(name[-1]) != (
            after != "" and _word_character(after)
        ):
            return True
        at = corpus.find(said, at + 1)
    return False


def _sentence_start(text: str, start: int) -> bool:
    """The name opens a sentence (a short look back: the corpus is long)."""
    before = text[max(0, start - 4) : start].rstrip(' “"')
    return not before or before[-1] in ".!?\n:"


# What ends the name of a body of its own beside the company it is named after
_SEPARATE_BODIES = frozenset("Foundation Trust Institute Fund Charity Society Academy".split())


def _english(word: str) -> bool:
    return english.is_known(word)


def _short_name(start: str, placed: Counter[str], strong: Counter[str]) -> bool:
    """Whether a name's first word, written alone, may be the organisation ("Halloran" for
    "Halloran Meter Works"): one word, no English one ("European", "Texas" are the
    Commission's and the Instruments' own words), not a place ("in Austin, Texas"; a
    company's "a stake in Tessavo" is outweighed by what it owns and does)."""
    return (
        " " not in start
        and start not in _STOP
        # an everyday word ("European", "Texas") is the name's own; a rarer one ("Halcyon"
        # of "Halcyon Motor Group") may be the name, written alone
        and start.casefold() not in english.common_words()
        and placed[start] <= strong[start]
    )


def _opening(words: list[str]) -> bool:
    """Whether the first of a capitalized run opening a sentence is a word of the sentence,
    not of the name: an English word, and an everyday one before a company word ("Okapi
    Growth Equity led …" is a name; "Inside Halcyra Labs" is not)."""
    if words[-1] in _ENDINGS:
        return words[0].casefold() in english.common_words()
    return _english(words[0])


@dataclass
class OrgCounts:
    """What the texts say of each capitalized run, counted article by article and added up:
    a build holds the counts, never the whole corpus as one string."""

    seen: Counter[str] = field(default_factory=Counter)
    inside: Counter[str] = field(default_factory=Counter)  # not at a sentence start
    strong: Counter[str] = field(default_factory=Counter)
    weak: Counter[str] = field(default_factory=Counter)
    placed: Counter[str] = field(default_factory=Counter)
    # "OSHA" and "Occupational Safety and Health Administration": long names by initials
    spelled_out: Counter[tuple[str, str]] = field(default_factory=Counter)
    dotted: Counter[str] = field(default_factory=Counter)  # "F.T.C.": initials with stops
    # said to be a part of another ("a capped-profit subsidiary, Casewell Research Inc.")
    part: Counter[str] = field(default_factory=Counter)

    def count(self, texts: Iterable[str]) -> "OrgCounts":
        """Count the runs of one article's passages (or of any texts read as one)."""
        corpus = "\n".join(texts)
        for name, start, end in _names(corpus):
            words = name.split(" ")
            if (
                len(words) > 1
                and _sentence_start(corpus, start)
                and _opening(words)
                # (unless the article writes the whole run mid-sentence too: "Hollow Pear
                # Cider grew …" beside "in 2024 Hollow Pear Cider sued …")
                and not _written_inside(corpus, name)
            ):
                # "Inside Halcyra Labs: …", "Meanwhile Tessary …": an opening word, not the name
                start += len(words[0]) + 1
                name = " ".join(words[1:])
            self.seen[name] += 1
            if not _sentence_start(corpus, start):
                self.inside[name] += 1
            after, before = corpus[end : end + 60], corpus[max(0, start - 40) : start]
            if _OWNS.match(after) or _DESCRIBED_AFTER.match(after) or _FOUNDED_BY_RE.match(after):
                self.strong[name] += 1
            ending = before.rstrip()
            if ending != before and ending.endswith(_BEFORE_LAST):
                if _DESCRIBED_BEFORE.search(before):
                    self.strong[name] += 1
                if _PLACED.search(before):
                    self.placed[name] += 1
            if _ACTS.match(after):
                self.weak[name] += 1
            if _PART_AFTER_RE.match(after) or _PART_BEFORE_RE.search(before):
                self.part[name] += 1
        self.dotted.update(m.group() for m in _DOTTED_RE.finditer(corpus))
        for m in _LONG_NAME_RE.finditer(corpus):
            long = m.group()
            for initials in _initials(long):
                self.spelled_out[initials, long] += 1
        return self

    def add(self, other: "OrgCounts") -> None:
        for mine, theirs in (
            (self.seen, other.seen),
            (self.inside, other.inside),
            (self.strong, other.strong),
            (self.weak, other.weak),
            (self.placed, other.placed),
            (self.part, other.part),
        ):
            mine.update(theirs)
        self.spelled_out.update(other.spelled_out)
        self.dotted.update(other.dotted)

    def orgs(self, people: Iterable[Entity]) -> dict[str, Entity]:
        """The organisations the counts show, keyed like every entity (slug of the name)."""
        seen, inside, strong, weak, placed = (
            self.seen,
            self.inside,
            self.strong,
            self.weak,
            self.placed,
        )
        people = list(people)
        personal = {t for p in people for alias in p.aliases for t in alias.split()}
        names = {p.name for p in people}  # ("Sam Altman Fund" is still his)
        found: dict[str, Entity] = {}
        parents: dict[str, str] = {}  # a part's key -> the company it is named after
        for name, count in seen.items():
            words = name.split(" ")
            # a company word or a public body's ends it ("Halloran Meter Works", "Paloma
            # Valley Water District", "Federal Trade Commission")
            suffixed = len(words) > 1 and words[-1] in _ENDINGS
            # (a person's name in it makes it theirs, but for a body named after them: "the
            # Halvorsen Family Foundation", beside Ingrid Halvorsen)
            named_after = len(words) > 1 and words[-1] in _SEPARATE_BODIES
            # (nor a company named after a family: "Marlowe Markets", beside Edith Marlowe)
            family_firm = suffixed and words[-1] in SUFFIXES and " ".join(words[:-1]) not in names
            if (any(w in personal for w in words) and not named_after and not family_firm) or len(
                name
            ) < 3:
                continue
            evidence = strong[name] + (2 if suffixed else 0) + weak[name] / 2
            if evidence < 1 or (not suffixed and inside[name] == 0):
                continue  # never named mid-sentence: only capitalized because a sentence starts
            if placed[name] > strong[name] + weak[name]:
                continue  # "in Pittsburgh": a place
            if len(words) == 1 and _english(name) and not strong[name]:
                continue  # an English word that happens to be capitalized
            aliases = [name]
            # what it is called for short: the name before its company word, or a shorter
            # start of it written alone ("Halloran" for "Halloran Meter Works")
            # (or of a name the text describes as a company: "Tolland Freightways, a Tacoma
            # trucking carrier", later "Tolland")
            described = len(words) > 1 and strong[name] > 0
            starts = [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)]
            starts = starts if suffixed or described else []
            short = starts[0] if starts else ""
            loose = words[-1] in _LOOSE or not suffixed
            aliases += [
                s
                for s in starts
                if seen[s]
                and not any(w in personal for w in s.split())
                and ((s == short and not loose) or _short_name(s, placed, strong))
                # (not the company a part of it is named after, written alone more often:
                # "Casewell" of "a capped-profit subsidiary, Casewell Research Inc.")
                and not (self.part[name] and " " not in s and seen[s] > count)
            ]
            parent = words[0] if self.part[name] and seen[words[0]] > count else ""
            key = slug(name)
            known = count + (seen[short] if short else 0) + (len(aliases) - 1 if described else 0)
            # a company word suffices, and so does a name of two words or more described as
            # a company ("Solvane Diagnostics, a maker of at-home test kits")
            if suffixed or known >= 2 or described:
                found[key] = Entity(key=key, name=name, kind="org", aliases=tuple(aliases))
                if parent and parent not in aliases and _short_name(parent, placed, strong):
                    parents[key] = parent
        # (a part's parent the counts do not make an organisation of its own: its name,
        # rather than no one's)
        for key, parent in parents.items():
            if slug(parent) not in found:
                part = found[key]
                found[key] = Entity(
                    key=key, name=part.name, kind="org", aliases=(*part.aliases, parent)
                )
        # "Halcyra" found alone and as "Halcyra Labs": one organisation. But a short name
        # two of them open on ("Kitewell" of "Kitewell Foundation" and "Kitewell Drop"),
        # found as one of its own, is that one: the company the others belong to.
        claims = Counter(a for e in found.values() for a in e.aliases[1:])
        shared = {a for a, n in claims.items() if n > 1 and slug(a) in found}
        # … and so is one a body of its own opens on ("Kitewell, the Oslo parcel-drone
        # company" beside "the Kitewell Foundation", its charity), the short name described
        # as a company itself
        shared |= {
            a
            for e in found.values()
            if e.name.split(" ")[-1] in _SEPARATE_BODIES
            for a in e.aliases[1:]
            if slug(a) in found and strong[a] > 0
        }
        found = {
            k: e
            if not shared.intersection(e.aliases[1:])
            else Entity(
                key=e.key,
                name=e.name,
                kind="org",
                aliases=tuple(a for a in e.aliases if a not in shared),
            )
            for k, e in found.items()
        }
        shorts = {a: e.key for e in found.values() for a in e.aliases[1:]}
        found = {k: e for k, e in found.items() if e.name not in shorts}
        return _known_by_initials(self._acronyms(found, personal))

    def _acronyms(self, found: dict[str, Entity], personal: set[str]) -> dict[str, Entity]:
        """An all-capital name ("OSHA", or "F.T.C." with full stops) the texts also spell
        out ("the Occupational Safety and Health Administration"): one organisation, known
        by both (the long name, most often written, as its name)."""
        longest: dict[str, tuple[int, str]] = {}
        stops: dict[str, list[str]] = {}  # initials -> their spellings with full stops
        for spelled in self.dotted:
            stops.setdefault(spelled.replace(".", ""), []).append(spelled)
        for (initials, long), count in self.spelled_out.items():
            words = long.split()
            if not (_BODY_WORDS | SUFFIXES) & set(words):
                continue  # "Chief Technology Officer" (CTO), "Artificial General Intelligence"
            if _english(initials.casefold()):
                continue  # "WHO", "NOW": an alias every question would match as a word
            written = self.inside[initials] or initials in stops
            if written and not any(w in personal for w in words):
                longest[initials] = max(longest.get(initials, (0, "")), (count, long))
        for initials, (_count, long) in sorted(longest.items()):
            short = found.pop(slug(initials), None)
            whole = found.pop(slug(long), None)
            aliases = dict.fromkeys(
                [
                    long,
                    initials,
                    *stops.get(initials, ()),
                    *(whole.aliases if whole else ()),
                    *(short.aliases if short else ()),
                ]
            )
            found[slug(long)] = Entity(
                key=slug(long), name=long, kind="org", aliases=tuple(aliases)
            )
        return found


# Initials people type for something else: a title, a listing ("CEO" is no "Colorado
# Energy Office", "IPO" no "Intellectual Property Office")
_TITLE_INITIALS = frozenset("CEO CFO COO CTO CPO CIO CMO CRO CSO IPO HR AI VP SVP EVP".split())


def _known_by_initials(found: dict[str, Entity]) -> dict[str, Entity]:
    """A body of three capitalized words or more is also known by its initials, as people
    type it ("ftc" for the "Federal Trade Commission"), when those spell no English word and
    no other organisation's name."""
    taken = {a.casefold() for e in found.values() for a in (e.name, *e.aliases)}
    counts: Counter[str] = Counter()
    initials: dict[str, str] = {}
    for key, entity in found.items():
        words = [w for w in re.split(r"[\s-]+", entity.name) if w]
        if len(words) >= 3 and all(w[:1].isupper() for w in words) and words[-1] in _BODY_WORDS:
            short = "".join(w[0] for w in words)
            initials[key] = short
            counts[short] += 1
    for key, short in initials.items():
        if (
            counts[short] == 1
            and short.casefold() not in taken
            and not _english(short)
            and short not in _TITLE_INITIALS
        ):
            entity = found[key]
            found[key] = Entity(
                key=entity.key, name=entity.name, kind="org", aliases=(*entity.aliases, short)
            )
    return found


def find_orgs(texts: Iterable[str], people: Iterable[Entity]) -> dict[str, Entity]:
    """Organisations the texts (read as one) name, keyed like every entity."""
    return OrgCounts().count(texts).orgs(people)

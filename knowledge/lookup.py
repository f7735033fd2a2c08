"""Typo-tolerant name lookup with rapidfuzz: "altmann", "sutskevar", "nadela" find their person.

Every alias (full name, surname, unambiguous first name, curated spellings) is a choice; the
best score per entity decides. A clear winner is a match; two entities within a few points of
each other are offered as "did you mean"; a poor best score is "no one by that name".
"""

import re
import unicodedata
from array import array
from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

from knowledge.model import EntityInfo, Lookup

CANDIDATE_SCORE = 70.0
CLOSE_MARGIN = 6.0
# With more spellings than POOL_FROM (a corpus of tens of thousands of articles names tens of
# thousands of people), a typo is scored against the POOL spellings that share the most
# letter trigrams with it, not against all of them: WRatio over 60,000 names costs 30-40 ms,
# the pool a few. A name that shares no trigram with what was typed is not a typo of it.
POOL_FROM = 5000
POOL = 500
DENSE = 512  # a trigram shared by this many choices or more is kept as a bit set
_FILLER_RE = re.compile(
    r"^(?:(?:who|what|is|was|were|are|the|about|tell me about|me|mr|mrs|ms|dr)\b[\s.?]*)+",
    re.IGNORECASE,
)


def clean_name(text: str) -> str:
    """ "is greg brockman?" -> "greg brockman"; possessives dropped."""
    text = _FILLER_RE.sub("", text.strip())
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"[^\w\s.-]", " ", text).strip()


def plain(name: str) -> str:
    """A name as it is compared: lower case, without punctuation nor accents ("Vähi" is
    typed "vahi" on most keyboards)."""
    return _unaccented(utils.default_process(name))


# Letters no decomposition takes apart, as they are typed without them ("Østergaard" is
# "ostergaard", "Łukasz" "lukasz")
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "þ": "th",
    }
)


def _unaccented(text: str) -> str:
    if text.isascii():
        return text
    bare = unicodedata.normalize("NFKD", text).translate(_LETTERS)
    return "".join(c for c in bare if not unicodedata.combining(c))


class NameIndex:
    """Every alias of some entities, normalised once: built when the index is opened (or
    rebuilt), then shared by every lookup, instead of being gathered and normalised again for
    each question."""

    def __init__(self, entities: tuple[EntityInfo, ...]) -> None:
        self.source = entities  # what it was built from (a rebuilt index has new ones)
        # a normalised alias -> whose it is; each alias is scored once, however many share it
        self.exact: dict[str, list[EntityInfo]] = {}
        self.words: set[str] = set()  # every word of every alias, case folded
        for entity in entities:
            for alias in (entity.name, *entity.aliases):
                self.exact.setdefault(plain(alias), []).append(entity)
                for part in alias.split():
                    # (as written, and as typed without its accents: "vähi", "vahi")
                    self.words.update((part.casefold(), _unaccented(part.casefold())))
        self.choices = list(self.exact)
        self.owners = list(self.exact.values())
        # a typo's pool on a large index: each letter trigram -> the choices that have it
        # (made here, with the rest, so that a warmed engine has it before the first typo)
        self._grams: dict[str, array[int]] = {}
        self._dense: dict[str, int] = {}  # the common trigrams' choices, as bit sets
        if len(self.choices) > POOL_FROM:
            for number, choice in enumerate(self.choices):
                for gram in _trigrams(choice):
                    self._grams.setdefault(gram, array("I")).append(number)
            self._dense = {
                gram: _bits(numbers, len(self.choices))
                for gram, numbers in self._grams.items()
                if len(numbers) >= DENSE
            }

    def pool(self, wanted: str) -> list[int]:
        """The choices to score for `wanted`: all of them, or on a large index the POOL
        sharing the most trigrams with it (best first, ties in the choices' order)."""
        if len(self.choices) <= POOL_FROM:
            return list(range(len(self.choices)))
        size = len(self.choices)
        sets = [
            self._dense.get(gram) or _bits(self._grams[gram], size)
            for gram in _trigrams(wanted)
            if gram in self._grams
        ]
        return most_shared(sets, size)

    def spells(self, name: str) -> bool:
        """`name` (as typed, or without fillers such as "is" or "the") is exactly one of the
        names' spellings, case and punctuation aside: no fuzzy scoring needed to know."""
        return any(plain(form) in self.exact for form in (name, clean_name(name)))


def _bits(numbers: Iterable[int], size: int) -> int:
    """The set of `numbers` (each below `size`) as an integer's bits."""
    packed = bytearray((size + 7) // 8)
    for n in numbers:
        packed[n >> 3] |= 1 << (n & 7)
    return int.from_bytes(packed, "little")


def most_shared(sets: list[int], size: int) -> list[int]:
    """The POOL numbers found in the most of `sets` (bit sets of numbers below `size`), most
    first, ties in number order; numbers in none are left out.

    A common trigram ("an ") is shared by thousands of names: counting every name of every
    trigram one by one took 1-2 ms at 100,000 articles, and ordering them as much again.
    Here the counts are added as bit sets (each count's bits in one integer, one whole-set
    operation per trigram and bit), and each count's members are read off in number order,
    the largest counts first, until there are POOL."""
    counts: list[int] = []  # bit set i: the numbers whose count has bit i set
    for members in sets:
        carry = members
        for i, digit in enumerate(counts):
            counts[i], carry = digit ^ carry, digit & carry
            if not carry:
                break
        if carry:
            counts.append(carry)
    everyone = (1 << size) - 1
    chosen: list[int] = []
    for count in range(len(sets), 0, -1):
        exactly = everyone
        for i, digit in enumerate(counts):
            exactly &= digit if count >> i & 1 else everyone ^ digit
        if count >> len(counts):  # more than the digits can hold: no number has it
            exactly = 0
        chosen.extend(_members(exactly, POOL - len(chosen)))
        if len(chosen) == POOL:
            break
    return chosen


def _members(bits: int, limit: int) -> list[int]:
    """The first `limit` numbers of a bit set, in order."""
    if not bits or limit <= 0:
        return []
    written = bin(bits)  # "0b" then the highest bit first
    last = len(written) - 1
    found: list[int] = []
    at = written.rfind("1", 2)
    while at >= 2 and len(found) < limit:
        found.append(last - at)
        at = written.rfind("1", 2, at)
    return found


def _trigrams(text: str) -> set[str]:
    """The letter trigrams of each word, padded with a space at either end."""
    return {
        padded[i : i + 3]
        for word in text.split()
        for padded in (f" {word} ",)
        for i in range(len(padded) - 2)
    }


def lookup(query: str, names: NameIndex) -> Lookup:
    """The entity `query` names, or the candidates it could name."""
    name = clean_name(query)
    if not name:
        return Lookup(query=query, status="none")
    wanted = plain(name)
    spelled = names.exact.get(wanted)
    if spelled:  # a name as the articles spell it: only an equal string scores 100, and
        # among those the first by name wins, as the fuzzy ranking below would have it
        return Lookup(query=name, status="match", match=min(spelled, key=lambda e: e.name))
    # Whether it is a match, and which names are close to it, depends on the names scoring
    # CANDIDATE_SCORE or more alone: asked with that cutoff first, rapidfuzz skips the rest
    # early. Only a name nothing comes close to is scored in full, for the nearest few.
    numbers = names.pool(wanted)
    choices = [names.choices[n] for n in numbers]
    scored = process.extract(
        wanted,
        choices,
        scorer=fuzz.WRatio,
        processor=None,
        limit=40,
        score_cutoff=CANDIDATE_SCORE,
    ) or process.extract(wanted, choices, scorer=fuzz.WRatio, processor=None, limit=40)
    best: dict[str, tuple[float, EntityInfo]] = {}
    for _alias, score, index in scored:
        for entity in names.owners[numbers[int(index)]]:
            if score > best.get(entity.key, (0.0, entity))[0]:
                best[entity.key] = (float(score), entity)
    ranked = sorted(best.values(), key=lambda pair: (-pair[0], pair[1].name))
    if not ranked:
        return Lookup(query=name, status="none")
    top_score, top = ranked[0]
    close = [e for s, e in ranked[1:] if s >= top_score - CLOSE_MARGIN and s >= CANDIDATE_SCORE]
    exact = any(plain(a) == wanted for a in (top.name, *top.aliases))
    if exact or (top_score >= CANDIDATE_SCORE and not close):
        return Lookup(query=name, status="match", match=top)
    if top_score >= CANDIDATE_SCORE:
        return Lookup(query=name, status="ambiguous", candidates=(top, *close[:4]))
    return Lookup(query=name, status="none", candidates=tuple(e for _s, e in ranked[:3]))

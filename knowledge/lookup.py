"""Typo-tolerant name lookup with rapidfuzz: "altmann", "sutskevar", "nadela" find their person.

Every alias (full name, surname, unambiguous first name, curated spellings) is a choice; the
best score per entity decides. A clear winner is a match; two entities within a few points of
each other are offered as "did you mean"; a poor best score is "no one by that name".
"""

import heapq
import re
from array import array
from collections import Counter

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
_FILLER_RE = re.compile(
    r"^(?:(?:who|what|is|was|were|are|the|about|tell me about|me|mr|mrs|ms|dr)\b[\s.?]*)+",
    re.IGNORECASE,
)


def clean_name(text: str) -> str:
    """ "is greg brockman?" -> "greg brockman"; possessives dropped."""
    text = _FILLER_RE.sub("", text.strip())
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"[^\w\s.-]", " ", text).strip()


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
                self.exact.setdefault(utils.default_process(alias), []).append(entity)
                self.words.update(p.casefold() for p in alias.split())
        self.choices = list(self.exact)
        self.owners = list(self.exact.values())
        # a typo's pool on a large index: each letter trigram -> the choices that have it
        # (made here, with the rest, so that a warmed engine has it before the first typo)
        self._grams: dict[str, array[int]] = {}
        if len(self.choices) > POOL_FROM:
            for number, choice in enumerate(self.choices):
                for gram in _trigrams(choice):
                    self._grams.setdefault(gram, array("I")).append(number)

    def pool(self, wanted: str) -> list[int]:
        """The choices to score for `wanted`: all of them, or on a large index the POOL
        sharing the most trigrams with it (best first, ties in the choices' order)."""
        if len(self.choices) <= POOL_FROM:
            return list(range(len(self.choices)))
        shared: Counter[int] = Counter()
        for gram in _trigrams(wanted):
            shared.update(self._grams.get(gram, ()))
        return _most_shared(shared)

    def spells(self, name: str) -> bool:
        """`name` (as typed, or without fillers such as "is" or "the") is exactly one of the
        names' spellings, case and punctuation aside: no fuzzy scoring needed to know."""
        return any(utils.default_process(form) in self.exact for form in (name, clean_name(name)))


def _most_shared(shared: Counter[int]) -> list[int]:
    """The POOL choices sharing the most trigrams, most first, ties in the choices' order.

    A common trigram ("an ") is shared by thousands of names, and one key per name to sort
    them all by cost 5 ms at 100,000 articles: the counts alone are sorted (in C) to find
    the POOL-th, and only the choices above it and the first of those at it are ordered."""
    if len(shared) <= POOL:
        return sorted(shared, key=lambda n: (-shared[n], n))
    cut = sorted(shared.values(), reverse=True)[POOL - 1]
    above = sorted((n for n, c in shared.items() if c > cut), key=lambda n: (-shared[n], n))
    return above + heapq.nsmallest(POOL - len(above), (n for n, c in shared.items() if c == cut))


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
    wanted = utils.default_process(name)
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
    exact = any(utils.default_process(a) == wanted for a in (top.name, *top.aliases))
    if exact or (top_score >= CANDIDATE_SCORE and not close):
        return Lookup(query=name, status="match", match=top)
    if top_score >= CANDIDATE_SCORE:
        return Lookup(query=name, status="ambiguous", candidates=(top, *close[:4]))
    return Lookup(query=name, status="none", candidates=tuple(e for _s, e in ranked[:3]))

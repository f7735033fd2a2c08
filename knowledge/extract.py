"""Extraction at index time: entities, mentions, roles, dated events and quotes, as table rows.

Two passes. First, people are found article by article (their evidence is local) and given
aliases across the corpus. Then each article's passages are read in order, with the state a
reader keeps: the last person named (for "he"), the last date (for "the following month",
"two days later", "on Tuesday" in a story told day by day), the date of the paragraph so far
(a sentence that states none happened when the one before it did) and the date of the
current section heading (a paragraph under "Google acquires DeepMind (2014)" that states no
date happened in 2014).
"""

import contextlib
import dataclasses
import functools
import gc
import itertools
import json
import multiprocessing
import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from knowledge.articles import Article
from knowledge.dates import (
    ASIDE_RE,
    NUMBERS,
    PRECISION_RANK,
    Found,
    When,
    best_of,
    find_dates,
    story_month,
    story_season,
)
from knowledge.dialogue import is_dialogue
from knowledge.entities import (
    COMPANY_DESCRIPTIONS,
    GROUP_OPENS,
    ROLE_WORDS,
    Entity,
    Gazetteer,
    Mention,
    acting,
    curated,
    find_people,
    outside_asides,
    people_entities,
    pronoun_of,
    quoted_at,
    resolve_pronoun,
)
from knowledge.orgs import OrgCounts
from knowledge.pronouns import Told, told_pronouns
from knowledge.quotes import (
    Quote,
    attribution,
    introduced_quote,
    is_quotation,
    quotes_in,
    reported_in,
)
from knowledge.roles import roles_in, successions
from knowledge.sift import Sifted

Row = dict[str, object]
_WORD_RE = re.compile(r"[A-Za-z][\w&-]*")
_SURNAME_RE = re.compile(r"(?<![\w-])[^\W\d_][\w-]*(?=['’]s\b|(?![\w-]))")


@dataclass
class Extraction:
    """Rows for the extraction tables."""

    entities: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    roles: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    # (an article's first passage id, the organisation it is about) for the articles whose
    # title names none: the one their sentences name most (see _most_named_org)
    about: list[tuple[int, str]] = field(default_factory=list)
    # (surname, person) for each surname two people share that stood alone for one of them
    # (see _ArticleGazetteer.mentions): the one it stands for most is found by it
    surnames: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Outline:
    """What extracting an article needs besides its passages: the build keeps this from its
    reading of the article to its pass over the stored passages, instead of the article's
    text, so that pass reads no file and sends the extracting processes no text but the
    passages'. `opens` has one entry per passage, so its length is their count."""

    reference_date: date
    title: str
    kind: str  # news, opinion, dramatised (knowledge.articles)
    opens: tuple[bool, ...]  # per passage: a line ends between it and the one before


def outline_of(article: Article, rows: Sequence[Row]) -> Outline:
    """The outline of `article`, whose passages (in order) are `rows`."""
    opens: list[bool] = []
    previous_end = 0
    for row in rows:
        opens.append("\n" in article.text[previous_end : int(str(row["start"]))])
        previous_end = int(str(row["end"]))
    meta = article.meta
    return Outline(meta.reference_date, meta.title, meta.kind, tuple(opens))


# Token-sort similarity above which a sentence retells one before it in the same article (a
# translated article says the same thing twice in nearly the same words).
RETOLD = 85


def _event_row(passage_id: int, when: When, inherited: bool) -> Row:
    return {
        "passage_id": passage_id,
        "sort_key": when.sort_key,
        "label": when.label,
        "precision": when.precision,
        "year": when.year,
        "month": when.month,
        "day": when.day,
        "inherited": int(inherited),
    }


class _Corpus:
    """The entities of the whole corpus, and its gazetteer as each article reads it."""

    def __init__(self, people: dict[str, Entity], found: dict[str, Entity]) -> None:
        self.orgs, _ = curated()
        known = {a.casefold() for e in (*people.values(), *self.orgs) for a in e.aliases}
        # Organisations found by code, unless the curated list or a person already has the
        # name; one a person shares a shorter name with keeps its own ("Marlowe Markets",
        # whose founder Edith Marlowe is "Marlowe"), without that one.
        orgs = [
            dataclasses.replace(e, aliases=tuple(a for a in e.aliases if a.casefold() not in known))
            for e in found.values()
            if e.name.casefold() not in known
        ]
        self.all = {e.key: e for e in (*people.values(), *orgs, *self.orgs)}
        # The number each entity is stored under (mentions name it by number: see
        # knowledge.indexer), in key order, fixed before any article is extracted.
        self.ids = {key: number for number, key in enumerate(sorted(self.all), 1)}
        # One gazetteer for the whole corpus (made where it is first read: see `everyone`),
        # read an article at a time: an entity may be named in an article when the last
        # word of one of its aliases is among the article's words ("Altman" for "Sam
        # Altman", "Journal" for "The Wall Street Journal"), or a non-ASCII alias of it is in
        # the article's text. (A gazetteer made per article, of those entities, cost more
        # than reading the article with it: a surname many people share brought in all of
        # them, a hundred-odd entities an article at 10,000 articles.)
        self.lasts: dict[str, frozenset[str]] = {}
        self.unspaced: dict[str, tuple[str, ...]] = {}
        # Surnames two people or more share (none of them has it as an alias): a bare one is
        # the last of them the article named in full (see _ArticleGazetteer.mentions)
        surnames: dict[str, list[str]] = {}
        for key, entity in self.all.items():
            if entity.kind == "person" and " " in entity.name:
                surnames.setdefault(entity.name.rsplit(" ", 1)[1], []).append(key)
        self.shared = {
            last: frozenset(keys)
            for last, keys in surnames.items()
            if len(keys) > 1 and not any(last in self.all[k].aliases for k in keys)
        }
        for key, entity in self.all.items():
            self.lasts[key] = frozenset(a.split(" ")[-1] for a in entity.aliases if a.isascii())
            if others := tuple(a for a in entity.aliases if not a.isascii()):
                self.unspaced[key] = others

    @functools.cached_property
    def everyone(self) -> Gazetteer:
        """The gazetteer of every entity, in key order (an alias two share is the first's
        among those the article reading it may name)."""
        return Gazetteer(self.all[key] for key in sorted(self.all))

    def gazetteer(self, texts: Sequence[str]) -> "_ArticleGazetteer":
        """The corpus's gazetteer as an article of these texts reads it."""
        return _ArticleGazetteer(self, texts)


class _ArticleGazetteer:
    """Mentions in one article: of the entities it may name (see _Corpus)."""

    def __init__(self, corpus: _Corpus, texts: Sequence[str]) -> None:
        self.entities = corpus.all
        self._corpus = corpus
        self._words: set[str] = set()
        for text in texts:
            self._words.update(_WORD_RE.findall(text))
        self._joined = "\n".join(texts)
        self._named: dict[str, bool] = {}
        # the shared surnames the article uses, and whom each last stood for, named in full
        self._shared = {
            w: corpus.shared[w] for w in _SURNAME_RE.findall(self._joined) if w in corpus.shared
        }
        self._last_full: dict[str, str] = {}
        self._named_in_full: dict[str, set[str]] = {}  # each shared surname's, so far
        self._just_named: dict[str, str] = {}  # whom the sentence before named in full, alone
        # (surname, person) for each one said alone ("" where it may be either)
        self.bare: list[tuple[str, str]] = []

    def named(self, key: str) -> bool:
        """Whether the article may name the entity (see _Corpus), worked out once each."""
        known = self._named.get(key)
        if known is None:
            corpus = self._corpus
            known = not corpus.lasts[key].isdisjoint(self._words) or any(
                alias in self._joined for alias in corpus.unspaced.get(key, ())
            )
            self._named[key] = known
        return known

    def _usual(self, last: str) -> str | None:
        """The one person a shared surname alone has stood for in this article so far."""
        meant = {key for said, key in self.bare if said == last}
        return next(iter(meant)) if len(meant) == 1 and "" not in meant else None

    def mentions(self, text: str) -> list[Mention]:
        found = self._corpus.everyone.mentions(text, self.named)
        if not self._shared or not any(last in text for last in self._shared):
            self._just_named = {}
            return found  # (a substring test each: most sentences name none of them)
        # "Tomás Ferreira … Ferreira had argued for months …": where two people share a
        # surname, it alone is the one of them the article last named in full (journalists
        # name the second in full where it is met: "Rafael Ferreira told staff")
        full = sorted(
            (m.start, m.key, last)
            for m in found
            if not m.implicit
            and (last := self.entities[m.key].name.rsplit(" ", 1)[-1]) in self._shared
            and m.key in self._shared[last]
        )
        bare: list[Mention] = []
        words = list(_SURNAME_RE.finditer(text))
        for word in words:
            last = word.group()
            if last not in self._shared or any(m.start <= word.start() < m.end for m in found):
                continue
            before = [key for at, key, said in full if at < word.start() and said == last]
            named = self._named_in_full.get(last, set()) | set(before)
            meant = before[-1] if before else self._last_full.get(last)
            # (only while one of them has been named in full: once both have, the surname
            # alone may be either, "Okafor hired her brother, Emeka Okafor … Okafor, the
            # chief executive, said …")
            if meant is not None and len(named) == 1:
                bare.append(Mention(meant, word.start(), word.end()))
            elif not before and last in self._just_named:
                # (or the one the sentence before named in full, alone: "Two months later
                # Lotte Brandt and Rees resigned. '…,' Brandt wrote")
                bare.append(Mention(self._just_named[last], word.start(), word.end()))
            elif (usual := self._usual(last)) is not None:
                # (or the one it has stood for alone so far, and never the other: "Brandt,
                # who trained …", "'…,' Brandt wrote" for Lotte Brandt, then "Brandt and Rees
                # founded Blightwatch" after Marcus Brandt was named too)
                bare.append(Mention(usual, word.start(), word.end()))
            else:
                self.bare.append((last, ""))  # either of them: no one's
        for _at, key, last in full:
            self._last_full[last] = key
            self._named_in_full.setdefault(last, set()).add(key)
        keys_of: dict[str, list[str]] = {}
        for _at, key, last in full:
            keys_of.setdefault(last, []).append(key)
        # (only where the surname is said of no one else there: not "Okafor hired her brother,
        # Emeka Okafor", whose bare "Okafor" is his sister)
        said = Counter(w.group() for w in words)
        self._just_named = {
            last: keys[0]
            for last, keys in keys_of.items()
            if len(set(keys)) == 1 and said[last] == len(keys)
        }
        self.bare.extend((text[m.start : m.end], m.key) for m in bare)
        return sorted([*found, *bare], key=lambda m: m.start) if bare else found


T = TypeVar("T")
R = TypeVar("R")
# From this many articles on, extraction runs in a process per core: the work per article is
# independent once the corpus's entities are known, and results are merged in article order,
# so the index is the same however many processes made it. Below it, starting the processes
# (and sending each the corpus's names) costs more than it saves on two cores: 300 articles
# took 2.2 s either way, 600 took 4.3 s in one process and 3.6 s in two, 1,000 took 7.0 s
# and 5.4 s.
PARALLEL_FROM = 500
MAX_WORKERS = 8
_CHUNK = 64
BATCH = 2048  # items handed to the processes at a time
_worker_corpus: "_Corpus | None" = None  # set in each extraction process


def workers_for(articles: int) -> int:
    """Processes to extract `articles` with: one per core this process may use (its CPU
    affinity, as a container limits it), on a large corpus; else one."""
    if articles < PARALLEL_FROM:
        return 1
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return max(1, min(MAX_WORKERS, len(usable) if usable else (os.cpu_count() or 1)))


def in_order(
    work: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    *,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """`work` over `items`, results in the items' order: in this process, or in `workers`
    fresh ("spawn") processes, which inherit no thread or open connection of this one. A
    spawned process imports the caller's main module again, so only a program whose main
    module is guarded (`if __name__ == "__main__"`, as `openai-bot` and `python -m` are)
    may ask for more than one: the library's own default is one."""
    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        try:
            yield from map(work, items)
        finally:
            _use_corpus(None)  # nothing of the corpus outlives the build
        return
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_start,
        initargs=(initializer, *initargs),
    ) as pool:
        # A pool takes everything it is given at once: items go in BATCH at a time, so only
        # two batches of them (and of their results) are ever held, however large the
        # corpus. The next batch is handed over before this one's results are read: given
        # only once a batch was done, the processes waited, at each batch's end, for the
        # last of its chunks, and for the caller to store its results.
        pending = iter(items)
        ahead: deque[Iterator[R]] = deque()
        while True:
            while len(ahead) < 2 and (batch := list(itertools.islice(pending, BATCH))):
                ahead.append(pool.map(work, batch, chunksize=_CHUNK))
            if not ahead:
                return
            yield from ahead.popleft()


@contextlib.contextmanager
def uncollected() -> Iterator[None]:
    """No cyclic garbage collection while in it (as it was after). A build makes no
    reference cycles worth collecting (a 10,000-article build peaks at the same memory,
    ~300 MB in its main process and ~175 MB in each extracting one, without), while the
    collector, run every few hundred new objects, walks every object the build keeps
    again and again: in the main process, the articles' outlines and the vocabulary's
    words; in an extracting one, the corpus's gazetteer. Without it, a build of 10,000
    articles took ~0.9 s less of the main process's ~11 s of CPU and ~0.5 s less of the
    extracting processes' ~27 s: ~5 % less time. It is off for every thread of the
    process: a build runs before the bot serves (`openai-bot index`, or `run` as it
    starts), never beside it. (The tests check that a build leaves no cycles behind.)"""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _worker_start(initializer: Callable[..., None] | None, *initargs: Any) -> None:
    """An extracting process's start: it lives only for its build (see `uncollected`)."""
    gc.disable()
    if initializer is not None:
        initializer(*initargs)


def people_named(texts: list[str]) -> list[str]:
    """The full names of the people one article's passages name (found with their evidence:
    a role, a verb, a known given name)."""
    return [entity.name for entity in find_people(texts).values()]


def _use_corpus(corpus: "_Corpus | None") -> None:
    global _worker_corpus
    _worker_corpus = corpus


def _article_extraction(item: tuple[Outline, list[Row]]) -> tuple[Extraction, set[str]]:
    assert _worker_corpus is not None
    out, used = Extraction(), set[str]()
    _extract_article(item[0], item[1], _worker_corpus, out, used)
    return out, used


def corpus_of(names: Iterable[str], orgs: OrgCounts) -> _Corpus:
    """The entities of a whole corpus: the people its articles name (full names, as the
    articles were read one by one) with their aliases, and the organisations the counts
    show."""
    people = people_entities(names)
    return _Corpus(people, orgs.orgs(people.values()))


def extract_articles(
    items: Iterable[tuple[Outline, list[Row]]], corpus: _Corpus, *, workers: int = 1
) -> Iterator[tuple[Extraction, set[str]]]:
    """Each article's rows for the extraction tables (its outline and its passage rows,
    with ids, in `items`), in the articles' order, with the entity keys it used (in
    `workers` processes; see PARALLEL_FROM). Lazy: a caller that stores each as it comes
    holds one batch."""
    yield from in_order(
        _article_extraction, items, workers, initializer=_use_corpus, initargs=(corpus,)
    )


def entity_rows(
    corpus: _Corpus, used: set[str], surnames: Counter[tuple[str, str]] | None = None
) -> list[Row]:
    """The entities some article used, by key. A surname two people share is an alias of
    the one it stood alone for more often than for all the others together and the times it
    might have been either ("Calder", said alone of Ines Calder and never of her son Tomas):
    a question asking "why did calder vote against" asks of her, as the articles' readers
    took it."""
    taken: dict[str, list[str]] = {}
    by_surname: dict[str, Counter[str]] = {}
    for (surname, key), count in (surnames or Counter()).items():
        by_surname.setdefault(surname, Counter())[key] += count
    for surname, keys in sorted(by_surname.items()):
        (first, most), *_rest = keys.most_common()
        if first and most * 2 > sum(keys.values()):
            taken.setdefault(first, []).append(surname)
    return [
        {
            "id": corpus.ids[key],
            "key": entity.key,
            "name": entity.name,
            "kind": entity.kind,
            "aliases": json.dumps(
                list(dict.fromkeys((*entity.aliases, *taken.get(key, ())))), ensure_ascii=False
            ),
        }
        for key, entity in sorted(corpus.all.items())
        if key in used
    ]


def extract(
    articles: Sequence[Article], passages: dict[str, list[Row]], *, workers: int = 1
) -> Extraction:
    """Everything extracted from `articles`, whose passage rows (with ids) are in
    `passages`, in one Extraction (for a corpus that fits in memory; the index build
    stores each article's rows as they come instead)."""
    texts_of = [[str(row["text"]) for row in passages[a.id]] for a in articles]
    names: dict[str, None] = {}
    orgs = OrgCounts()
    for texts, found in zip(texts_of, in_order(people_named, texts_of, workers), strict=True):
        names.update(dict.fromkeys(found))
        orgs.count(texts)
    corpus = corpus_of(names, orgs)
    out = Extraction()
    used: set[str] = set()
    items = [(outline_of(a, passages[a.id]), passages[a.id]) for a in articles]
    for part, part_used in extract_articles(items, corpus, workers=workers):
        out.mentions.extend(part.mentions)
        out.roles.extend(part.roles)
        out.events.extend(part.events)
        out.quotes.extend(part.quotes)
        out.about.extend(part.about)
        out.surnames.extend(part.surnames)
        used |= part_used
    out.entities = entity_rows(corpus, used, Counter(out.surnames))
    return out


# A sentence that places itself in time vaguely ("in its early days", "at the time"), or in
# the present ("now teaches"), is not dated by the sentence before it.
_OWN_TIME_RE = Sifted(
    re.compile(
        r"\b(?:in (?:its|their|his|her|the) early days|early on|at the time|back then|"
        r"originally|initially|at first|once|in the beginning|from the start|"
        # the present, said of the subject ("now teaches"; not "until now", "that now makes")
        r"(?<!until )(?<!that )(?<!which )(?<!who )(?:now|currently) (?:is|are|has|have|"
        r"[a-z]{3,}s)|"
        r"(?:earlier|later) (?:that|this|the same) (?:year|month)|years? (?:earlier|before)|"
        # "that February", "the following March": a month of its own, not the story's
        r"(?:that|the following|the next|by the) (?:January|February|March|April|May|June|"
        r"July|August|September|October|November|December)(?!,? \d))\b",
        re.IGNORECASE,
    ),
    (
        *("earl", "time", "then", "originally", "initially", "first", "once", "beginning"),
        *("now", "currently"),
        *("start", "later", "year", "that ", "following ", "next ", "by the "),
    ),
)
# Time gone by from something undated ("Two years after the Series A, …"): the story's clock
# moves by an amount from a moment no date fixed, so what "that September" or "the following
# month" counts from is no longer known.
_ELAPSED_RE = Sifted(
    re.compile(
        r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|"
        r"many) (?:years?|months?|decades?) (?:after|into|before)\b"
        r"(?! (?:that|this|then|it|which)\b)",
        re.IGNORECASE,
    ),
    ("year", "month", "decade"),
)
# An article's own word that what follows is not a record ("a reconstruction … not a
# transcript", "a dramatised account", "as imagined by").
_RECONSTRUCTED_RE = Sifted(
    re.compile(
        r"\b(?:(?:is|are|as) (?:a |an )?(?:reconstruct\w*|dramati[sz]\w*|imagined|"
        r"fictionali[sz]\w*)|not a transcript|"
        r"dramati[sz]ed (?:account|version|scene|exchange|dialogue))\b",
        re.IGNORECASE,
    ),
    ("reconstruct", "dramati", "imagined", "fictionali", "transcript"),
)
_FIGURES_RE = re.compile(r"\d[\d,.]*")
# Counted from the date last stated, not the story's day: "that year", "two years later"
# after "In June 2020, …" (not after the day the article's news happened)
_PERIOD_RE = Sifted(
    re.compile(r"\b(?:(?:that|the same) (?:year|month)|(?:year|month)s? later)\b", re.IGNORECASE),
    ("year", "month"),
)
# Counted from the date last stated of a sentence's own act when that is a month or a day:
# "the following month", "that week" after "Achterberg stepped down as chair in February
# 2019" are of 2019, however late the day the article's news happened (which the story's day
# still is after a look back to the founding); not after a date in an aside or a look back
# ("The unit had been bought in May 2021")
_PLUPERFECT_RE = re.compile(r"\bhad\s+(?!to\b)")
# A date inside an aside of what someone had done before ("…, who had joined the board in
# 2018, …"), and the aside closing after it
_HAD_ASIDE_RE = re.compile(r",\s+(?:(?:a|an|the)\s[^,;]*?\s)?who had\s[^,;]*$")
_ASIDE_CLOSES_RE = re.compile(r"[^,;]*,\s+[a-z]")
# An aside that ends its sentence: "The lone vote against came from Hyun-woo Baek, a Korean
# seismologist who had joined the board in 2019." The sentence tells when he joined, an
# event of its own, but the story's clock stays where it was (the vote, last October).
_ASIDE_ENDS_RE = re.compile(r"[^,;]*")
_WHO_ASIDE_RE = re.compile(r",\s+(?:(?:a|an|the)\s[^,;]*?\s)?who (?:had\s)?[^,;]*$")
_ASIDES_RE = re.compile(r",\s+(?:which|who)\b[^,]*,")  # ("the board, which had grown …, fired")
_STATED_PERIOD_RE = Sifted(
    re.compile(r"\b(?:(?:that|the same) week|the (?:following|next) month)\b", re.IGNORECASE),
    ("week", "month"),
)

# A month and a day without a year: "on November 16" (not "November 16, 2023")
_BARE_DAY_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}(?:st|nd|rd|th)?\b(?!,? (?:19|20)\d\d)"
)
_BOUND_YEAR_RE = re.compile(r"\b(?:until|till|through|up to|since) (?:19|20)\d\d\b")
# A description opening a sentence as someone, "who" after it: "The financier, who built one
# of the country's largest hedge funds, pledged $100 million"
_DESCRIPTION_OPENS_RE = re.compile(
    r"^The (?P<noun>[a-z]{3,}(?:ier|er|or|ist|ian|ant)|billionaire|millionaire|magnate|tycoon|"
    # (with its comma: "The lawyer who filed it" is someone else, told apart by the clause)
    r"mogul|heiress), who(?:se)?\b"
    # (one of wealth stands for the one named before whatever follows: "The billionaire
    # pledged $250 million")
    r"|^The (?P<rich>billionaire|millionaire|magnate|tycoon|mogul|heiress)\b(?![-'’])"
)
# Offices someone unnamed holds ("The mayor, who had long backed the project, …"): no
# description of the one named before
_OFFICES = frozenset(
    "mayor governor senator minister commissioner chancellor sheriff director officer "
    "chairman chairwoman executive founder president spokesman spokeswoman spokesperson "
    "secretary ambassador premier speaker leader manager regulator prosecutor".split()
)
_HE_SHE_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_HEAD_NOUN_RE = re.compile(r"^(?:a|an|the) (?:[\w-]+ ){0,3}?(?P<noun>[a-z]{4,})$")
_DESCRIBED_RE = re.compile(r"\b[Tt]he (?P<noun>[a-z]{4,})\b")
_NEXT_YEAR_RE = re.compile(r"\bthe following year\b", re.IGNORECASE)  # ("over the next year")
_NEXT_SEASON_RE = re.compile(r"\b(?:following|next) (?:spring|summer|autumn|fall|winter)\b", re.I)
# (after a short opening that names no one: "Within weeks they had founded Cinderline")
_GROUP_RE = re.compile("^" + GROUP_OPENS)
_GROUP_SIZES = {"the pair": 2, "the two": 2, "the three": 3, "both": 2}
# A name that says it is an investor's, which a story never calls "the company"
_INVESTOR_NAME_RE = re.compile(
    r"\b(?:Ventures|Capital|Partners|Fund|Funds|Investments|Investors|Equity|Advisors)$"
)
# A spouse named beside the other: "Nadia Okafor-Brandt and her husband, Tomas Brandt"
_SPOUSE_RE = re.compile(r",?\s+and (?:her|his) (?:husband|wife|spouse),?\s+")
_COUPLE_RE = re.compile(r"\b[Tt]he (?:couple|husband-and-wife|married) ?(?:pair|team|duo)?\b")
# Two people a sentence joined, acting together: ", and the two incorporated …"
# (not two things: "and the two companies merged")
_AND_THE_TWO_RE = re.compile(
    r",? and (?:the two|the pair|both)(?= [a-z])(?! (?:companies|firms|groups|businesses|"
    r"startups|labs|banks|funds|deals|offers|bids|products|boards|sides|countries|cities)\b)"
)
# A preposition putting someone under, over or beside those who act ("worked under Whitcombe")
_PUT_UNDER_RE = re.compile(r"\b(?:under|for|to|from|against)\s+$")
# ("the new nonprofit", "the institute": what an organisation of the kind these articles
# tell of is called, as "the company" is)
_COMPANY_RE = Sifted(
    re.compile(
        r"\b[Tt]he (?:company|firm|start-?up|lab|(?:new |young |fledgling )?(?:nonprofit|"
        r"non-profit|charity|institute|outfit)\b(?!['’]))\b(?!['’]s? (?:own )?rivals?)(?! [A-Z])"
    ),
    ("company", "firm", "start", "lab", "profit", "charity", "institute", "outfit"),
)


_ROLE_OWNER_RE = re.compile(
    r"\bthe (?:[A-Z][\w-]+ )?(?P<kind>company|firm|fund|start-?up|lab)\b"
    # "the foundation's executive director": the one whose name says it is one
    r"|\bthe (?P<named>foundation|institute|consortium|collaborative|trust|society|"
    r"association|alliance|co-?operative|co-op|council|university|district|authority|agency|"
    r"commission)\b"
    # "named X … as its CEO": the company's that named them
    r"|^(?P<its>its) (?!.*\b(?:of|at) [A-Z])"
    # "The board's chair, Franklin Adeyemi, …": the chair of the board last named as a
    # company's ("Lakeshore's board of directors found out …")
    r"|^(?P<board>the board['’]s) (?!.*\b(?:of|at) [A-Z])"
)


# What may open a sentence before its subject: time and place told first, then the
# subject's description ("Three months after the restructuring, in September 2020, the South
# Korean appliance maker …")
_BEFORE_SUBJECT_RE = re.compile(
    r"(?:[^,.;:\"“”]{0,60},\s+){0,3}(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4})?"
)


def _subject_org(text: str, orgs: list[Mention], people: list[Mention]) -> str | None:
    """The company a sentence is about: the first it names, opening it (after no more than
    what tells when or where, and its description), with no person named before it."""
    if not orgs:
        return None
    first = min(orgs, key=lambda m: m.start)
    if first.start < 25:
        return first.key
    if any(p.start < first.start for p in people) or first.start > 160:
        return None
    return first.key if _BEFORE_SUBJECT_RE.fullmatch(text, 0, first.start) else None


def _owned_role(
    text: str,
    main_org: str | None,
    last_org: str | None,
    name_of: Callable[[str], str],
    named_before: str | None = None,
    board_of: str | None = None,
    last_lab: str | None = None,
    last_body: Callable[[str], str | None] = lambda _word: None,
) -> str:
    """A role naming its organisation by a noun, with the organisation meant in parentheses,
    as the article's title or its sentences make clear: "a partner at the Boston firm
    (Northgate Ventures)" after "Northgate Ventures led the round". "The company" is the
    one the article is about (else the last named); "the firm" or "the fund" only one named
    just before that is not it (the subject may be "the firm" too: then it says nothing).
    "Its CEO" is the company's named last before the holder (`named_before`: "…, said that
    Carebridge … named Ruth Ambler as its chief operating officer"), and no one's when none
    is. "The board's chair" is the chair of the board last named as a company's
    (`board_of`), else of the company the article is about. "The lab" is one named a lab
    (the last the article named, `last_lab`), when there is one; "the district" the last
    named with that word in its name (`last_body`), when neither of the others has it."""
    found = _ROLE_OWNER_RE.search(text)
    if found is None:
        return text
    if found["named"]:
        # ("the co-operative's general manager", "the co-op's": the Prairie Grain Cooperative)
        word = _BODY_SPELLINGS.get(found["named"].casefold(), found["named"].casefold())
        meant = next(
            (
                key
                for key in (main_org, last_org, named_before, last_body(word))
                if key is not None and word in name_of(key).casefold().split()
            ),
            None,
        )
    elif found["its"]:
        meant = named_before
    elif found["board"]:
        meant = board_of or main_org
    elif found["kind"] in ("firm", "fund"):
        meant = last_org if last_org is not None and last_org != main_org else None
    elif found["kind"] == "lab":
        # "the lab": one named a lab ("who joined the lab in 2015" of the Reef Imaging Lab
        # the sentence before named, not the company the article is about)
        meant = next(
            (
                key
                for key in (named_before, last_lab, last_org, main_org)
                if key is not None and _LAB_NAME_RE.search(name_of(key))
            ),
            main_org or last_org,
        )
    else:
        meant = main_org or last_org
    return f"{text} ({name_of(meant)})" if meant is not None else text


_BODY_SPELLINGS = {"co-operative": "cooperative", "co-op": "cooperative"}
_POST_RE = re.compile(rf"\b(?:{ROLE_WORDS})\b", re.IGNORECASE)
_LAB_NAME_RE = re.compile(r"\b(?:Lab|Labs|Laboratory|Laboratories)\b")
_BOARD_AFTER_RE = re.compile(r"(?:['’]s)? board\b")
# What ends the company meant by "its" before the post: a board named after it ("joined the
# board and soon became its chair", the board's)
_BOARD_BETWEEN_RE = re.compile(r"\bboard\b")


def _named_between(text: str, role: str, holder_end: int, orgs: Sequence[Mention]) -> str | None:
    """The company named outright between a post's holder and "its <post>" ("she
    incorporated Waypath Labs and became its chief executive"), but for one in an aside
    about the holder ("Anil Desai, the Bluestem partner …, joined the board and soon
    became its chair") or followed by a board before the post."""
    role_at = text.find(role, holder_end)
    if role_at < 0:
        return None
    aside_end = holder_end
    if text.startswith(", ", holder_end):
        closes = text.find(",", holder_end + 2)
        aside_end = closes if closes > 0 else len(text)
    between = [m for m in orgs if not m.implicit and aside_end < m.start and m.end <= role_at]
    if not between:
        return None
    last = max(between, key=lambda m: m.start)
    return None if _BOARD_BETWEEN_RE.search(text, last.end, role_at) else last.key


# A post left, as knowledge.roles writes it: "resigned as chief technology officer"
# A post left, filled by someone: "The role was filled on an interim basis by Jun-seo Park"
_FILLED_BY_RE = re.compile(
    r"^(?:The|That) (?:role|post|job|position|seat) was (?:then |later )?filled"
    r"(?P<interim> (?:on an interim basis|temporarily|in the interim|for now))? by "
)
# The same post held by its subject: "Kofi Mensah-Doyle, a senior research scientist, held
# the post on an interim basis until …"
_HELD_POST_RE = re.compile(
    r"(?:, [^,;]{2,80},)? (?:then |later )?held (?:the|that) (?:role|post|job|position)"
    r"(?P<interim> on an interim basis| temporarily| in the interim| in the meantime)?"
    r"(?=[,.;]| until| for| while| after| before| as)"  # (not "held the post office …")
)
_SPAN_TOLD_RE = re.compile(r"\b(?:years?|months|a while|long)\b")
_SINCE_TAIL_RE = re.compile(r"\s+since\s+\d{4}$")
# Someone put back in a post, the post unsaid: "reinstated Solvang-Reyes", "Okafor was
# reinstated" (not "reinstated as CEO": knowledge.roles reads that one)
_REINSTATED_BEFORE_RE = re.compile(r"\b(?:reinstated|rehired)\s+$")
_REINSTATED_AFTER_RE = re.compile(
    r"\s+(?:was|had been|has been)\s+(?:reinstated|rehired)\b(?!\s+as\b)"
)
# What a sentence says something is, right before a name: "The conglomerate he had in mind
# is Brannock Foods"
_IS_BEFORE_RE = re.compile(r"\b(?:is|was|are|were)\s+$")
# A board undoing its last removal: "the board reversed itself", "the directors reversed
# themselves", "reversed its decision"
_REVERSED_RE = re.compile(r"\breversed (?:itself|themselves)\b")
_REVERSED_REACH = 6  # sentences after the removal a reversal may undo it
# A reinstatement only demanded or supposed: "threatening to resign unless Quintero was
# reinstated", "demanded that the board reinstate him"
_UNLESS_RE = re.compile(r"\b(?:unless|if|whether|until|demand\w*|calling for|call for)\b")
_LEFT_POST_RE = re.compile(
    r"^(?:resigned|stepped down|removed|ousted|fired|left|quit) \(?as (?P<t>[^)]+)\)?$"
)


# "It" opening a sentence on what a company does
_IT_ACTS_RE = re.compile(
    # ("Two years later, it committed a further $1.2 billion": after a time told first; not
    # "Unlike its former parent, it hired …")
    r"(?:(?:[A-Z][\w'’-]*|[Ii]n|[Bb]y)(?: [\w'’-]+){0,5}? (?:later|earlier|afterwards?|"
    r"year|years|months?|weeks?|days?|spring|summer|autumn|fall|winter|(?:19|20)\d\d|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    # ("In return it received a 38 percent stake": what it got for what it did)
    r"December|return|exchange),? )?(?P<it>[Ii]t) "
    r"(?:also |later |then |has |had )?(?:added|raised|invested|committed|agreed|bought|made|"
    r"acquired|hired|sold|paid|announced|pledged|cut|laid off|employs|sued|settled|received|"
    r"got|gained|secured|obtained|won)\b"
)
# A company a sentence opens on by what it is, doing what companies do: "On October 19,
# 2022, the packaged-food giant invested $150 million in …" (not "the company": the
# article's own)
_DESCRIBED_ORG_RE = re.compile(
    r"(?:(?:On|In|By|Later|That|The following) [^,]{3,30}(?:, \d{4})?, "
    # (and an aside of when: "In January 2023, two years after Vance walked out, the …")
    r"(?:(?:\w+ ){1,3}(?:after|before|since) [^,]{3,50}, )?)?"
    r"(?P<the>[Tt]he) (?:(?P<mod>[\w-]+) ){0,2}?"
    # ("The mining company, which operates two copper mines …, wanted better data": a
    # company or firm told by what it does, the one named before; not "The company …")
    rf"(?P<noun>{COMPANY_DESCRIPTIONS}|(?(mod)(?:company|firm|group|miner)|(?!)))"
    r"(?:, (?:which|that) [^,;.]{1,120},)? "
    r"(?:also |later |then )?(?:invested|added|agreed|bought|paid|pledged|acquired|put|sued|"
    r"announced|committed|raised|took|offered|signed|wanted|needed|sought|approached|"
    r"planned|said|had|was)\b"
)
# "Its" opening a sentence on what makes a company what it is ("Its founding charter set out
# a mission …"; not what it sells: "Its next device will sell for $699")
_ITS_OWN_RE = re.compile(
    r"Its (?:founding |original |stated |own |first |new |current |whole )?(?:charter|mission|"
    r"goal|aim|purpose|vision|founders?|co-founders?|board|directors|chief executive|"
    r"headquarters|name|strategy)\b"
)
# A paragraph opening on the company's first years
_EARLY_YEARS_RE = re.compile(
    r"In (?:its|the company's|the lab's|the firm's|the startup's) (?:early|first) "
    r"(?:years|days|months)\b"
)
# A founding told, and a time counted from it ("Two years after the founding, …")
_FOUNDS_RE = re.compile(r"\b(?:was|were) (?:co-)?founded\b|\b(?:co-)?(?:founded|started) (?=[A-Z])")
_SINCE_FOUNDING_RE = re.compile(
    r"\b(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|"
    r"[Tt]en) years? after (?:the|its|their) founding\b"
)
# A day counted from an act the story told before, named by its noun: "Five days after the
# firing, the board reversed itself", "Five days after her removal, …", "three days after
# she was fired" (the firing's own day, not the last day told: "By Monday, 212 staff …")
_AFTER_ACT_RE = Sifted(
    re.compile(
        r"\b(?P<n>[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
        r"[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|"
        r"[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|\d{1,2}) "
        r"(?P<unit>day|week|month)s? after (?:(?:the|his|her|their|its|"
        # (or a name's: "Three months after Pryce's removal")
        r"(?P<whose>[A-Z][\w-]+)['’]s?) (?P<noun>firing|removal|ouster|dismissal|vote|resignation|"
        r"departure|exit)|(?:he|she|they) (?:was|were|had been) "
        r"(?P<done>fired|removed|ousted|dismissed)|(?P<doing>firing|removing|ousting|"
        r"dismissing|sacking) (?:him|her|them))\b"
    ),
    ("after",),
)
# The acts those nouns name, as a sentence telling one says it
_FIRED = r"fired|fire (?:him|her|them|the|its|his)"  # (not "a fire broke out")
_ACT_VERBS = {
    "firing": rf"{_FIRED}|remov(?:e|ed|al)|oust(?:ed)?|dismiss(?:ed)?|sack(?:ed)?",
    "removal": rf"{_FIRED}|remov(?:e|ed)|oust(?:ed)?|dismiss(?:ed)?",
    "ouster": rf"{_FIRED}|remov(?:e|ed)|oust(?:ed)?",
    "dismissal": rf"{_FIRED}|remov(?:e|ed)|dismiss(?:ed)?",
    # (a board's vote told by what it decided: "the board approved the trading plan")
    "vote": r"vot(?:e|ed)|approved|rejected",
    "resignation": r"resign(?:s|ed)?",
    "departure": r"left|depart(?:s|ed)|resign(?:s|ed)?|quit",
    "exit": rf"left|depart(?:s|ed)|resign(?:s|ed)?|quit|(?:pushed|forced) out|{_FIRED}|"
    r"oust(?:ed)?|remov(?:e|ed)",
}


_NOUN_OF = {
    "fired": "firing",
    "removed": "removal",
    "dismissed": "dismissal",
    "firing": "firing",
    "sacking": "firing",
    "removing": "removal",
    "dismissing": "dismissal",
}


# A sentence that only dates the one before: "That was in March 2023." "This was in 2019."
_THAT_WAS_RE = re.compile(
    r"(?:That|This|It) (?:was|happened|came) (?:in|on|during|at the end of|at the start of) "
    r"[^,;.]{3,40}\.?$"
)


def _retold(text: str, told: Sequence[str]) -> bool:
    """Whether `text` tells again what one of the sentences that gave an event told: alike
    in words, and with the same figures ("$1 billion … 2019" and "$10 billion … 2023" are
    two happenings however alike the words). Asked only of a sentence that would give an
    event: the comparison with every sentence before is a few per cent of a build."""
    similar = process.extractOne(text, told, scorer=fuzz.token_sort_ratio, score_cutoff=RETOLD)
    return similar is not None and _FIGURES_RE.findall(text) == _FIGURES_RE.findall(similar[0])


def _date_before(events: list[Row], passage_id: int, when: When) -> None:
    """The sentence before is dated `when` (its own date, not one carried into it), as the
    one after it says: "… when the board approved a pilot, he resigned. That was in March
    2023." (a date of its own it keeps)."""
    for i, row in enumerate(events):
        if row["passage_id"] == passage_id:
            if row["inherited"]:
                events[i] = _event_row(passage_id, when, inherited=False)
            return
    events.append(_event_row(passage_id, when, inherited=False))


_COUNTED_FROM_RE = re.compile(r"\b(?:after|before|since)\s+(?:the|his|her|their|its)\s+$")


def _after_act(found: re.Match[str], told: Sequence[tuple[str, When]]) -> When | None:
    """The day `found` ("Five days after the firing") counts to from the last sentence
    before it that tells the act its noun names, when that one gives a day; None else (a
    month only, "In June the board voted …", is no day to count from). Months after it
    ("Two months after the vote") count to a month, from a day or a month."""
    # ("Five days after removing her": the removal)
    noun = found["noun"] or _NOUN_OF.get(found["done"] or found["doing"], "ouster")
    act = re.compile(rf"\b(?:{_ACT_VERBS[noun]})\b", re.IGNORECASE)
    for text, when in reversed(told):
        # (the act told, not counted from: "in a video posted the day after the vote"; of
        # the one named, when one is: "after Pryce's removal")
        if not any(not _COUNTED_FROM_RE.search(text, 0, m.start()) for m in act.finditer(text)):
            continue
        if found["whose"] and found["whose"] not in text:
            continue
        raw = found["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
        if found["unit"] == "month" and when.precision in ("day", "month"):
            # "Two months after the vote": that month, at a month's precision
            months = when.year * 12 + when.month - 1 + n
            return When(months // 12, "month", months % 12 + 1)
        if when.precision != "day":
            return None
        day = date(when.year, when.month, when.day)
        if found["unit"] == "week":
            later = day + timedelta(weeks=n)
            if n == 1:  # "a week after the vote": seven days on
                return When(later.year, "day", later.month, later.day)
            return When(later.year, "month", later.month)  # "three weeks after": about then
        later = day + timedelta(days=n)
        return When(later.year, "day", later.month, later.day)
    return None


# A pronoun's leaving, the whole of it: "He left the company that May", "She resigned in
# 2021" (not "resigned from the board", nor "left for lunch")
_LEFT_TAIL = (
    r" (?:later |then |soon |eventually |abruptly |quietly )?"
    r"(?P<v>left the (?:company|firm|startup|business)|resigned|quit|stepped down)"
    r"(?=[,.;]|$| (?:in|on|that|this|last|the following|after|amid|over|and|abruptly|"
    r"suddenly|together|jointly|weeks|months|days|a (?:year|month|week))\b)"
)
_PRONOUN_LEFT_RE = re.compile(r"(?P<p>He|She)" + _LEFT_TAIL)
_NAMED_LEFT_RE = re.compile(_LEFT_TAIL)
# A time a sentence opens on before its subject: "In January, ", "Last June "
_TIME_OPENING_RE = re.compile(
    r"(?:In|On|By|Last|That|This|Early|Late|Then|Later|Soon after)(?: [\w,]+){0,3}?,? "
)


# A pronoun's own verb right after it ("he wrote", "she told"): it is who acts
_PRONOUN_ACTS_RE = re.compile(r" (?:[a-z]+ed|wrote|told|said|says|went|took|gave|met|sent|ran)\b")
_OTHER_PRONOUN_RE = re.compile(r"(?:;|,? (?:and|while|but|whereas)) (?P<p>he|she)\b")


def _other_pronoun(
    text: str,
    first: Mention,
    people: list[Mention],
    told_as: dict[str, str],
    recent: Iterable[list[str]],
) -> Mention | None:
    """The other pronoun of a sentence that gives two people a clause each ("She became
    chief executive; he ran engineering"): the one named last before it whom the article
    calls by it, when the first pronoun stood for someone else."""
    said = pronoun_of(text[first.start : first.end])
    for m in _OTHER_PRONOUN_RE.finditer(text, first.end):
        if pronoun_of(m["p"]) == said:
            continue
        named = [k for keys in recent for k in keys] + [p.key for p in people if not p.implicit]
        fits = [k for k in named if k != first.key and told_as.get(k) == pronoun_of(m["p"])]
        if fits:
            return Mention(fits[-1], m.start("p"), m.end("p"), implicit=True)
    return None


# A sentence looking back from the story's time: "Bose had founded Quorra in January 2017"
_LOOK_BACK_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+ly\s+)?had\s+(?!to\b)")
# A sentence of how things stand now, its subject's verb in the present: "Echeverría runs its
# research, while Harada stepped back … last year but remains a shareholder" says where the
# founders are today; the story told before it ("In June 2021 they founded Grieta. …
# That November it launched Keystone") goes on from where it was.
_NOW_STANDS_RE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:now\s+|still\s+)?(?:runs|remains|leads|heads|works|lives|"
    r"teaches|owns|chairs|serves|is|are)\b"
)
# A post at another company ("the chief executive of Orrin Labs"), not the one left
_ELSEWHERE_RE = re.compile(r"\b(?:of|at) (?:the )?[A-Z]")
_LEFT_AS_RE = re.compile(
    rf"[^.;]{{0,40}}?\bas (?P<t>(?:its |the )?(?:[\w-]+ ){{0,3}}?(?i:{ROLE_WORDS}))\b"
)


def _last_post(rows: Sequence[Row], key: str, *, left_only: bool = False) -> str:
    """The last post the article gave `key` (not "a former …", nor what they are, "a naval
    architect"), or the one they left ("resigned as CTO"), for the one who took it over;
    with `left_only`, only one they left."""
    for row in reversed(rows):
        text = str(row["text"])
        if row["entity_key"] != key:
            continue
        left = _LEFT_POST_RE.match(text) if row["kind"] == "change" else None
        if left and _POST_RE.search(left["t"]):
            return _OWNER_WORD_RE.sub("", left["t"])
        had = _HAD_BEEN_RE.match(text) if row["kind"] == "clause" else None
        if had and _POST_RE.search(had["t"]):
            # "Lena Marsh, who had been chief financial officer since 2011, left": the post
            # she held until then
            return _OWNER_WORD_RE.sub("", had["t"])
        if not left_only and (
            row["kind"] in ("title", "appositive")
            and row["status"] != "former"
            and not text.startswith(("who ", "(", "a ", "an "))  # (not a post read, "(took
            and _POST_RE.search(text)  # over as …)", nor what someone is)
        ):
            # "its chair": the post, "chair" ("board chair until May 2023": the post)
            return _UNTIL_ENDS_RE.sub("", _OWNER_WORD_RE.sub("", text))
    return ""


_UNTIL_ENDS_RE = re.compile(r",? (?:until|till|through) .*$")
_HAD_BEEN_RE = re.compile(
    r"^who had been (?P<t>(?:its |the |their )?[a-z][\w -]{1,60}?)"
    r"(?: (?:since|from|for|until|at|of) .*)?$"
)


_OWNER_WORD_RE = re.compile(r"^(?:its|their|the) ")


def _with_year(role: str, sentence: str) -> str:
    """A role cut at the comma before its date's year ("named chief executive on September
    1" of "… on September 1, 2020."), with the year."""
    at = sentence.find(role)
    year = (
        _YEAR_AFTER_RE.match(sentence, at + len(role)) if at >= 0 and role[-1:].isdigit() else None
    )
    return f"{role}, {year['y']}" if year is not None else role


_YEAR_AFTER_RE = re.compile(r",\s*(?P<y>(?:19|20)\d\d)\b")


def _dated_role(text: str, ref: date, previous: When | None) -> str:
    """A role with its relative dates resolved: "founded xAI last year (2023)"."""
    for found in sorted(find_dates(text, ref, previous), key=lambda f: -f.start):
        if str(found.when.year) not in found.text:
            text = f"{text[: found.end]} ({found.when.label}){text[found.end :]}"
    return text


# Where a date is when something was said, not when what is told happened: "she recalled
# in an interview last month", "he told reporters on Tuesday"
_FROM_PUBLICATION = frozenset({"rel_month", "rel_week", "ago", "weekday", "rel_year", "m"})
# … or counted from the story's day: "she said in a video posted the day after the vote"
_TELLING_KINDS = _FROM_PUBLICATION | {"next_day"}
_SAID_WHEN_RE = re.compile(
    r"\b(?:said|says|told [\w ]{1,30}|recalled|added|wrote|in an? (?:interview|statement|"
    r"podcast|post|memo|email|letter))\s+(?:[\w ]{0,20}\s+)?$"
)


def _telling_time(text: str, dated: list[Found], when: When) -> bool:
    """Whether the sentence's date (`when`, of the dates it states, `dated`) is only when
    someone said it (after a speech verb or "in an interview"), so the story's clock stays
    where the story was."""
    found = [f for f in dated if f.when == when]
    # (a date counted from publication, "last month", "on Tuesday": not "said in a
    # statement on March 3, 2023, that Whitlock would step down", the story's own)
    return bool(found) and all(
        f.kind in _TELLING_KINDS and _SAID_WHEN_RE.search(text, max(0, f.start - 60), f.start)
        for f in found
    )


# An aside about someone, closed: "Lena Marsh, who had been chief financial officer since
# 2011, left in 2021 …"
_WHO_CLOSED_RE = re.compile(r",\s+(?:who|whom|whose)\b[^,;]*,")


def _outside_who_asides(text: str, dated: list[Found]) -> list[Found]:
    """The dates `text` states outside its asides about someone, when it states one there
    too ("who had been chief financial officer since 2011, left in 2021": 2021, the act's);
    all of them when every one is inside (a look back is told so: see below)."""
    if len(dated) < 2 or ", wh" not in text:
        return dated
    asides = [(m.start(), m.end()) for m in _WHO_CLOSED_RE.finditer(text)]
    outside = [f for f in dated if not any(a < f.start < b for a, b in asides)]
    return outside or dated


def _before_closing_aside(text: str, dated: list[Found]) -> str:
    """`text` up to an aside about someone that ends it, after every date it states ("Marr
    founded Kestrel in 2017 with her brother, an engineer who had spent five years …"):
    what the one described had done is no look back of the sentence's own act."""
    aside = _WHO_ASIDE_RE.search(text)
    if aside is None or any(f.end > aside.start() for f in dated):
        return text
    return text[: aside.start()]


def _told(text: str, ref: date, previous: When | None) -> When | None:
    """The sentence's date as the story tells it, not in an aside (knowledge.dates.ASIDE_RE)."""
    return _told_of(text, find_dates(text, ref, previous))


def _told_of(text: str, dated: list[Found]) -> When | None:
    """Of the dates a sentence states (`dated`), the one the story tells, not an aside's."""
    told = [f for f in dated if not ASIDE_RE.search(text, 0, f.start)]
    if not told:
        return None
    return max(told, key=lambda f: (PRECISION_RANK[f.when.precision], -f.start)).when


def _finer(before: When | None, when: When) -> When:
    """The date the story is at after a sentence stating `when`: that date, unless it only
    restates, coarser, the one before ("earlier that year" after "the following month")."""
    if (
        before is not None
        and PRECISION_RANK[when.precision] < PRECISION_RANK[before.precision]
        and when.precision == "year"
        and before.year == when.year
    ):
        return before
    return when


def _advance(story: When | None, when: When) -> When | None:
    """The story's day after a sentence stating `when`: a day moves it there; a coarser date
    after it ("in April") leaves no day to count from; one before it is a look back ("who
    joined in 2022") and changes nothing."""
    if when.precision == "day":
        return when
    if (
        story is not None
        and when.sort_key[:7] > story.sort_key[:7]
        and (when.year > story.year or when.precision == "month")
    ):
        return None
    return story


# A removal done to the one named next, and no post said with it (a removal tried or
# refused is none: "tried to remove", "refused to fire")
_REMOVED_NAMED_RE = re.compile(
    r"(?<!tried )(?<!trying )(?<!refused )(?<!declined )(?<!failed )\b(?:to )?"
    r"(?:remove|removed|oust|ousted|fire|fired|dismiss|dismissed|sack|sacked) $"
)
_AS_AFTER_RE = re.compile(r"['’]?s? (?:as|from)\b")
_RELATIVE_RE = re.compile(r"\b(?:who|whom|that|which)\b")
_REMOVED_ROW_RE = re.compile(r"(?:removed|ousted|fired|stepped down|resigned|left|quit)\b")


# A sentence opening on someone's fellow founders, naming no company
_THEIR_FOUNDERS_RE = re.compile(r"(?:Her|His|Their|Its|The) (?:fellow )?co-?founders?\b")
# Money given with no one named to receive it ("The money came mostly from Halvard
# Strømsnes", "The billionaire pledged $250 million over eight years", "Brightwater Ventures
# led a $9 million funding round"): it went to the company the story is about.
_FUNDS_UNNAMED_RE = Sifted(
    re.compile(
        r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir) (?:first |early |initial |seed |start-?up )?"
        r"(?:money|funding|capital|cash|backing) came (?:\w+ly )?from|"
        r"(?:pledged|invested|donated|contributed|committed|put up|put in|gave|chipped in)"
        r"(?: a further| another| an initial| roughly| about| some| nearly| almost| over)?"
        r" [$€£]\d[\d.,]*(?: (?:million|billion|thousand|[mbk]n?)\b)?|"
        r"led (?:a|an|the|its) (?:[$€£]\d[\d.,]*(?: (?:million|billion))? )?"
        r"(?:(?:seed|funding|investment|venture|[Ss]eries [A-F]|first|initial) )*round)"
    ),
    (
        "came",
        "pledged",
        "invested",
        "donated",
        "contributed",
        "committed",
        "put ",
        "gave",
        "chipped",
        "round",
    ),
)
# …unless it says who got it: "to Halvorsen", "in a bakery" (not "in 2019", "in June")
_FUNDS_RECIPIENT_RE = re.compile(
    r"\s*(?:,\s*)?(?:in|into|to|towards?|for)\s+(?!(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|early|late|mid|(?:19|20)\d\d|"
    r"(?:the|that|this|its|a) (?:spring|summer|autumn|fall|winter|end|start|beginning|"
    r"first|second|third|fourth|year|month|week|same|following|next|previous|round|stake|"
    r"exchange|return|total)|exchange|return|total|all)\b)"
)
# Leaving a board: "left the board", "resigned from the board", "quit its board"
_LEFT_BOARD_RE = re.compile(
    r"\b(?:left|resigned from|stepped down from|quit|stepped off|walked off|was removed from|"
    r"was voted off) (?:the|its|[A-Z][\w&-]*['’]s) board\b"
)
_CHAIR_RE = re.compile(r"\bchair(?:man|woman|person)?\b", re.IGNORECASE)
# (a chair of something else: "chair of the ethics committee", "a former chair of …")
_CHAIR_OF_ANOTHER_RE = re.compile(r"\b(?:former|vice|co-?)[\s-]*chair|chair\w* of (?!the board)")


def _board_leaver(text: str, left: re.Match[str], sure: list[Mention]) -> str | None:
    """Who leaves the board in `text`: the one person the sentence names (or points at),
    before the verb (not "Lund … left the board, and Kroon became chair": who took the chair
    then is told with it, and the post passes by that)."""
    keys = {m.key for m in sure}
    return sure[0].key if len(keys) == 1 and sure[0].start < left.start() else None


# What a sentence says is yet to come
_PLANNED_RE = re.compile(
    r"\b(?:will|(?:is|are|was|were) (?:set|scheduled|slated|due|expected) (?:to|for|in)|"
    r"plans? to|planning to)\b"
)


# A paragraph that answers the one before ("Musk responded: …", "Altman then proposed …") or
# opens by carrying the story on ("They continued", "However, …") keeps its date.
_CONTINUES_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:then\s+\w+|responded|replied|answered|wrote back|countered)\b"
    # a paragraph that opens by carrying the story on ("They continued", "However, Musk …")
    r"|^(?:They|He|She|However|But|Then|Later|Soon after|Afterwards|In response|After that|"
    r"During (?:this|that) (?:period|time)|At (?:this|that) (?:point|time)|"
    r"Around (?:this|that) time)\b"
    # or by pointing back at what the paragraph before told ("Although the email did not …")
    r"|^(?:(?:Although|Though|While|As|When|In)\s+)?(?:[Tt]he|[Tt]hat|[Tt]his) "
    r"(?:email|letter|message|"
    r"memo|meeting|call|exchange|conversation|talks?|reply|response)\b"
)


MOST_NAMED = 3  # times an organisation is named for an article to be about it, untitled


# Made what the article names right after: "Okafor spun the project out as Listenwell
# Systems", "she incorporated Waypath Labs"
_MADE_AS_RE = re.compile(
    r"\b(?:founded|co-founded|incorporated|set up|spun (?:[\w-]+ ){0,3}?(?:out|off) as|"
    r"spun out|spun off|launched|created)\s+(?:it |them )?(?:as )?$"
)
FOUNDED_WEIGHT = 3  # a founding told counts as this many times named


def _most_named_org(
    row_mentions: Sequence[list[Mention]], corpus: _Corpus, texts: Sequence[str] = ()
) -> str | None:
    """The organisation an article is about when its title names none ("The Fire Readers:
    How a Scroll Lab in Naples Became a $9 Billion Business"): the one its sentences name
    outright most often, at least MOST_NAMED times and more than any other; else None. Its
    founding told counts FOUNDED_WEIGHT times more: the mine that bought the startup's data
    may be named as often as the startup."""
    named = Counter(
        m.key
        for mentions in row_mentions
        for m in mentions
        if not m.implicit and corpus.all[m.key].kind == "org"
    )
    for text, mentions in zip(texts, row_mentions, strict=False):
        for m in mentions:
            if (
                not m.implicit
                and corpus.all[m.key].kind == "org"
                and _MADE_AS_RE.search(text, max(0, m.start - 40), m.start)
            ):
                named[m.key] += FOUNDED_WEIGHT
    # (a company and the arm named after it are one story: "Furrowlight" and "Furrowlight
    # Analytics" together against "Verdane Seeds", which bought them, counted as the
    # family's shortest name)
    first_words = Counter(corpus.all[key].name.split(" ")[0] for key in named)
    family: dict[str, str] = {}
    for key in named:
        first = corpus.all[key].name.split(" ")[0]
        members = [k for k in named if corpus.all[k].name.split(" ")[0] == first]
        shortest = min(members, key=lambda k: (len(corpus.all[k].name), k))
        family[key] = shortest if first_words[first] > 1 else key
    counts: Counter[str] = Counter()
    for key, n in named.items():
        counts[family[key]] += n
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MOST_NAMED:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _extract_article(
    outline: Outline, rows: list[Row], corpus: _Corpus, out: Extraction, used: set[str]
) -> None:
    gazetteer = corpus.gazetteer([str(r["text"]) for r in rows])
    ref = outline.reference_date
    row_mentions = [gazetteer.mentions(str(r["text"])) for r in rows]
    row_people = [
        [m for m in ms if gazetteer.entities[m.key].kind == "person"] for ms in row_mentions
    ]
    last_person: str | None = None
    last_alone = False  # the sentence that set last_person named no one else
    # "he" or "she": what the article calls a person
    told_as = told_pronouns(
        (
            Told(str(r["text"]), opens, people)
            for r, opens, people in zip(rows, outline.opens, row_people, strict=True)
            if r["kind"] == "sentence"
        ),
        {m.key: gazetteer.entities[m.key].name for people in row_people for m in people},
    )
    recent: deque[list[str]] = deque(maxlen=3)  # who the last sentences named, by name
    last_date: When | None = None
    story: When | None = None  # the last day the story reached ("On Tuesday, October 8")
    last_org: str | None = None  # what "the company" means
    in_title = gazetteer.mentions(outline.title)
    titled = [m.key for m in in_title if corpus.all[m.key].kind == "org"]
    # (a title naming anyone is left alone: "Lumen Trust" read as a person's name may be the
    # company, and the one named most the investor)
    main_org = (
        titled[0]
        if titled
        else None
        if in_title
        else _most_named_org(row_mentions, corpus, [str(r["text"]) for r in rows])
    )
    if not titled and main_org is not None and rows:
        out.about.append((int(str(rows[0]["id"])), main_org))
    section_date: When | None = None
    previous_text, previous_mentions, previous_id = "", list[Mention](), 0
    told_mentions: list[Mention] = []
    previous_when: When | None = None
    paragraph_date: When | None = None
    # the paragraph's dated sentences (each with the date before it): the last date told as
    # the story goes among them is what "the following spring" follows
    dated_here: list[tuple[str, When | None]] = []
    paragraph_people: set[str] = set()  # who the current paragraph names
    paragraph_orgs: set[str] = set()  # the organisations its sentences before name outright
    board_of: str | None = None  # the company whose board was last named ("Lakeshore's board")
    last_lab: str | None = None  # the last organisation named a lab ("the Reef Imaging Lab")
    # the last organisation named with each word of its name ("the district": the Calder
    # Basin Water District)
    last_named: dict[str, str] = {}
    told: list[str] = []  # the sentences that gave an event: a retelling gives none
    staged = False  # inside a passage the article says it reconstructs
    article_roles = len(out.roles)  # where this article's roles start
    founding: When | None = None  # when the article says its company was founded
    previous_subject_org: str | None = None  # the company the sentence before opened on
    told_last: When | None = None  # the last date told as the story goes (not a look back)
    # the last date a sentence states of its own act, outside an aside and not looking back
    # with "had" ("Okafor, who had joined in April 2019, had pushed …"): what "that week"
    # and "the following month" count from
    stated: When | None = None
    told_here: When | None = None  # the last date a sentence of this paragraph told
    described: dict[str, set[str]] = {}  # a description standing for people: "the financier"
    couple: list[str] = []  # the two people named as married ("and her husband, …")
    couple_here: list[str] = []
    day_told: list[tuple[str, When]] = []  # each sentence with the date it was told at
    for row, opens, mentions, people in zip(
        rows, outline.opens, row_mentions, row_people, strict=True
    ):
        text, passage_id = str(row["text"]), int(str(row["id"]))
        if opens and row["kind"] == "sentence":
            told_here = None
            # A new paragraph carries the story on when it says so ("They continued",
            # "However, …") or when, stating no time of its own, it opens on someone the
            # paragraph before was about ("Musk approved the raise proposal."); else the
            # sentence before no longer dates it.
            opener = min(people, key=lambda m: m.start) if people else None
            carries = _CONTINUES_RE.match(text) or (
                opener is not None
                and opener.start < 12
                and opener.key in paragraph_people
                and paragraph_date is not None
                and not _OWN_TIME_RE.search(text)
            )
            if not carries:
                paragraph_date = None
                dated_here = []
                if founding is not None and _EARLY_YEARS_RE.match(text):
                    # "In its early years the lab had no chief executive. Achterberg served as
                    # chief technology officer …": the years after the founding
                    paragraph_date = founding
            elif paragraph_date is None and last_date is not None and last_date is not section_date:
                paragraph_date = last_date  # the story's last date
            paragraph_people = set()
            paragraph_orgs = set()
        implicit = resolve_pronoun(
            text, people, last_person, told_as, [k for keys in recent for k in keys]
        )
        if (
            implicit is not None
            and last_alone
            and last_person is not None
            and implicit.key == last_person
        ):
            told_as.setdefault(last_person, pronoun_of(text[implicit.start : implicit.end]))
        if implicit is not None:
            mentions.append(implicit)
            people.append(implicit)
            second = _other_pronoun(text, implicit, people, told_as, recent)
            if second is not None:  # "She became chief executive; he ran engineering …"
                mentions.append(second)
                people.append(second)
            mentions.sort(key=lambda m: m.start)  # text order: who acts is read from it
            people.sort(key=lambda m: m.start)
        # "The money came from Harlan Voss. The financier, who built …": a description
        # opening a sentence, with a "who", stands for the one person the sentence before
        # named, and stands for them again later ("That April, the financier stepped down")
        opening = _DESCRIPTION_OPENS_RE.match(text)
        noun = (opening["noun"] or opening["rich"]) if opening is not None else ""
        if (
            noun
            and noun not in _OFFICES
            # (no one else: "The billionaire, whose family controls … Vantongeren Maritiem,"
            # names him again)
            and all(m.key == last_person for m in people)
            and last_person is not None
            and last_alone
            # (one of wealth with no "who": only right after a sentence naming them, not
            # one the story left a while ago)
            and opening is not None
            and (
                opening["noun"] is not None
                or any(m.key == last_person and not m.implicit for m in previous_mentions)
            )
        ):
            described.setdefault(noun.casefold(), set()).add(last_person)
            # what they are, as the article calls them: a profile's first line
            out.roles.append(
                {
                    "entity_key": last_person,
                    "text": f"a {noun}" if noun[0] not in "aeiou" else f"an {noun}",
                    "status": "",
                    "kind": "appositive",
                    "passage_id": passage_id,
                }
            )
        # (not someone the sentence's own pronouns say is another: "the financier …, a seat
        # she had held" is no man's)
        pronouns = {pronoun_of(w) for w in _HE_SHE_RE.findall(text)} if described else set()
        for said in _DESCRIBED_RE.finditer(text) if described else ():
            keys = described.get(said["noun"].casefold(), set())
            if (
                len(keys) == 1
                and not any(m.key in keys for m in people)
                and not (
                    len(pronouns) == 1 and told_as.get(next(iter(keys)), "") not in ("", *pronouns)
                )
            ):
                found = Mention(next(iter(keys)), said.start(), said.end(), implicit=True)
                mentions.append(found)
                people.append(found)
                mentions.sort(key=lambda m: m.start)
                people.sort(key=lambda m: m.start)
        named_here = [m for m in people if not m.implicit]
        if (
            len({m.key for m in named_here}) == 2
            and _SPOUSE_RE.fullmatch(text, named_here[0].end, named_here[-1].start) is not None
        ):
            # "Nadia Okafor-Brandt and her husband, Tomas Brandt": who "the couple" is
            couple = [named_here[0].key, named_here[-1].key]
        pair_at = _COUPLE_RE.search(text) if couple else None
        if pair_at is None and (joint := _AND_THE_TWO_RE.search(text)) is not None:
            # "Marchetti … joined him the following year, and the two incorporated the
            # foundation": she and the one the sentence before named
            two = list(
                dict.fromkeys(
                    [m.key for m in named_here if m.start < joint.start()]
                    + [m.key for m in told_mentions if corpus.all[m.key].kind == "person"]
                )
            )
            if len(two) == 2:
                pair_at = joint
                couple_here = two
        else:
            couple_here = couple
        if pair_at is not None:
            for key in [k for k in couple_here if k not in {m.key for m in people}]:
                found = Mention(key, pair_at.start(), pair_at.end(), implicit=True)
                mentions.append(found)
                people.append(found)
            mentions.sort(key=lambda m: m.start)
            people.sort(key=lambda m: m.start)
        group = _GROUP_RE.match(text)
        if group:
            # "The pair met at …", "They worked out of …": the people the sentence before named
            before = [m for m in told_mentions if corpus.all[m.key].kind == "person"]
            named = {m.key for m in people}
            group_keys = list(
                dict.fromkeys(
                    m.key
                    for m in before
                    # (not one the sentence before put under them: "Both worked under Alan
                    # Whitcombe")
                    if not _PUT_UNDER_RE.search(previous_text, max(0, m.start - 12), m.start)
                )
            )
            wanted = _GROUP_SIZES.get(group["g"].casefold(), 0)
            if wanted and len(group_keys) > wanted:
                # "… started by Strand, Wielgosz and Feldhaar. The two later split": which
                # two, it does not say
                group_keys = []
            elif len(group_keys) < wanted:
                # "… he resigned, taking with him Katarzyna Wróbel. "I left because …,"
                # Núñez said. The two founded Tessellate": the sentences before, back to two
                for named_then in reversed(recent):
                    group_keys += [k for k in named_then if k not in group_keys]
                group_keys = group_keys[:wanted] if len(group_keys) >= wanted else []
            if group.start("g") > 0 and len(group_keys) < 2:
                # (past an opening, "they" is two people or more the sentence before named:
                # "In 2020 they agreed a supply deal", after one person, is companies)
                group_keys = []
            for key in [k for k in group_keys if k not in named][:3]:
                found = Mention(key, group.start("g"), group.end("g"), implicit=True)
                mentions.append(found)
                people.append(found)
        orgs = [m for m in mentions if corpus.all[m.key].kind == "org"]
        described_subject: str | None = None  # the company a description opening it is
        if (
            (described_org := _DESCRIBED_ORG_RE.match(text))
            and all(m.start > described_org.end() for m in orgs)
            and len(
                before_orgs := {
                    m.key
                    for m in told_mentions
                    if corpus.all[m.key].kind == "org"
                    # (what the sentence before is about: its subject, or what it says
                    # something is; not "heard about Lumora through Halvard Bank")
                    and (m.start < 25 or _IS_BEFORE_RE.search(previous_text, 0, m.start))
                }
                - {main_org}
            )
            == 1
        ):
            # "The conglomerate he had in mind is Brannock Foods. On October 19, 2022, the
            # packaged-food giant invested $150 million …": the one company named before
            found = Mention(
                next(iter(before_orgs)),
                described_org.start("the"),
                described_org.end("noun"),
                implicit=True,
            )
            mentions.append(found)
            orgs.insert(0, found)
            last_org = described_subject = found.key
        company = _COMPANY_RE.search(text)
        # "Redfern said … the firm did not support": the firm just named. "Aster Cloud
        # invested in the company": after a preposition it is the one the story is about.
        governed = company is not None and re.search(
            r"\b(?:in|into|of|at|for|with|from|to|against|by)\s+$", text[: company.start()]
        )
        meant = main_org or last_org
        just_named = {
            m.key for m in told_mentions if not m.implicit and corpus.all[m.key].kind == "org"
        }
        if (
            company
            and not governed
            and not opens
            and len(just_named) == 1
            # (not a fund: "Tallgrass Ventures led a $14 million round. The company said it
            # would hire …" is the company the story is about)
            and not _INVESTOR_NAME_RE.search(corpus.all[next(iter(just_named))].name)
        ):
            # "Not everyone at Harrowgate agreed. When the company's board met …": the one
            # company the sentence before, in the same paragraph, named
            meant = next(iter(just_named))
        if (
            company
            and meant is not None
            and all(m.key != meant for m in orgs)
            and (governed or all(m.start > company.start() for m in orgs))
        ):
            # "the company": the one the article's title names, else the last named as a subject
            mentions.append(Mention(meant, company.start(), company.end(), implicit=True))
        elif (
            (it_acts := _IT_ACTS_RE.match(text))
            and (it_acts.start("it") == 0 or it_acts["it"] == "it")
            and last_org is not None
            and previous_subject_org == last_org
        ):
            # "… Marrowgate … invested $1 billion. It added $2 billion in 2021": the company
            # the sentence before was about, doing what companies do
            mentions.append(
                Mention(last_org, it_acts.start("it"), it_acts.end("it"), implicit=True)
            )
        elif (
            _ITS_OWN_RE.match(text)
            and not orgs
            and last_org is not None
            and previous_subject_org == last_org
        ):
            # "Nimbrel was founded … Its founding charter set out a mission …": that company's
            mentions.append(Mention(last_org, 0, 3, implicit=True))
        elif (
            not orgs
            and (meant_org := main_org or last_org) is not None
            and (founders := _THEIR_FOUNDERS_RE.match(text)) is not None
        ):
            # "Tonguecraft was incorporated … Her co-founders were Tomás Ibáñez-Roe …": the
            # founders of the company the story is about
            mentions.append(Mention(meant_org, founders.start(), founders.end(), implicit=True))
        elif orgs and min(m.start for m in orgs) < 25:
            last_org = min(orgs, key=lambda m: m.start).key
        meant = main_org or last_org
        if (
            meant is not None
            and all(m.key != meant for m in mentions)
            and (funds := _FUNDS_UNNAMED_RE.search(text)) is not None
            and not _FUNDS_RECIPIENT_RE.match(text, funds.end())
        ):
            mentions.append(Mention(meant, funds.start(), funds.end(), implicit=True))
        previous_subject_org = described_subject or _subject_org(text, orgs, people)
        if previous_subject_org is not None and last_org != previous_subject_org:
            # ("Three months after the restructuring, in September 2020, the South Korean
            # appliance maker Hollin Electronics invested $250 million …": its subject)
            last_org = previous_subject_org
        # numbered in text order (the implicit ones above were appended): what a role's
        # reading takes as named before its holder is read from it
        in_order = sorted(mentions, key=lambda m: m.start)
        for order, key in enumerate(dict.fromkeys(m.key for m in in_order)):
            used.add(key)
            out.mentions.append(
                {
                    "passage_id": passage_id,
                    "ord": order,
                    "entity": corpus.ids[key],
                    "implicit": int(all(m.implicit for m in mentions if m.key == key)),
                }
            )
        # a pronoun's own roles only when the one it stands for was the only person named
        # where they were last the subject ("… hired Omar Castel. In 2024 he was named
        # chief executive": "he" may be Castel, and a pronoun's resolution knows no gender)
        for passed in successions(text, people, last_person, told_as):
            if any(m.key != main_org and not m.implicit and m.start < passed.at for m in orgs):
                continue  # "At Tenbrook, he was replaced by …": a post at another company
            # "He was replaced by Renske Obuya": the post the old holder last had here
            title = passed.title or _last_post(
                out.roles[article_roles:], passed.old, left_only=passed.left
            )
            if title and main_org is not None and not re.search(r"\b(?:of|at)\b|\(", title):
                # a post the article names no company for is at the one it is about
                title = f"{title} of {corpus.all[main_org].name}"
            if title:
                # in parentheses: read from the sentence ("He was replaced by …"), not in it
                title = f"(took over as {title})"
                out.roles.append(
                    {
                        "entity_key": passed.new,
                        "text": title,
                        "status": "",
                        "kind": "title",
                        "passage_id": passage_id,
                    }
                )
        left = _PRONOUN_LEFT_RE.match(text) if text[:1] in "HS" else None
        leaver = (
            implicit
            if left is not None
            and implicit is not None
            and implicit.start == 0
            and (last_alone or told_as.get(implicit.key) == pronoun_of(left["p"]))
            else None
        )
        opener = min(people, key=lambda p: p.start) if people else None
        leavers = [leaver] if leaver is not None else []
        if (
            leaver is None
            and opener is not None
            and not opener.implicit
            and (opener.start == 0 or _TIME_OPENING_RE.fullmatch(text, 0, opener.start))
        ):
            # "Brandt stepped down last June after …": the one named, as "He" would be ("In
            # January, Solberg and Marchetti resigned together": each of the two)
            partner = next(
                (p for p in people if not p.implicit and text[opener.end : p.start] == " and "),
                None,
            )
            left = _NAMED_LEFT_RE.match(text, (partner or opener).end)
            leavers = [opener, *([partner] if partner else [])] if left is not None else []
        for leaver in leavers:
            if left is None:
                break
            # "He left the company that May": the post the article last gave him, left (a
            # stint it said was brief too: "stayed on as president only briefly")
            here = corpus.all[main_org].name if main_org is not None else None
            own = [
                r
                for r in out.roles[article_roles:]
                if r["entity_key"] == leaver.key
                and (
                    not _ELSEWHERE_RE.search(str(r["text"]))
                    or (here is not None and here in str(r["text"]))
                )
            ]
            brief = str(own[-1]["text"]) if own else ""
            post = brief.removeprefix("formerly ") if brief.startswith("formerly ") else ""
            said_as = _LEFT_AS_RE.match(text, left.end())  # "She quit in 2022 as chairman"
            post = said_as["t"] if said_as else post or _last_post(own, leaver.key)
            verb = "left" if left["v"].startswith("left") else left["v"]
            if post.startswith("(") and post.endswith(")"):
                post = post[1:-1]  # (a post written read from a sentence)
            if post:
                out.roles.append(
                    {
                        "entity_key": leaver.key,
                        "text": f"{verb} (as {post})",
                        "status": "",
                        "kind": "change",
                        "passage_id": passage_id,
                    }
                )
        for m in people:
            # "Last November, Resonant's board voted three to one to remove Kallenbach-Oduya":
            # removed from the post the article last gave them, as no "as …" says
            if (
                m.implicit
                or not _REMOVED_NAMED_RE.search(text, max(0, m.start - 60), m.start)
                or _AS_AFTER_RE.match(text, m.end)
                # (the removal told again, in a clause of its own: "The board that fired
                # Kovalenko may have been clumsy", "among those who voted to remove her")
                or _RELATIVE_RE.search(text, 0, m.start)
            ):
                continue
            post = _last_post(out.roles[article_roles:], m.key)
            if post.startswith("(") and post.endswith(")"):
                post = post[1:-1]
            if post and not _REMOVED_ROW_RE.match(post):
                out.roles.append(
                    {
                        "entity_key": m.key,
                        "text": f"removed (as {post})",
                        "status": "",
                        "kind": "change",
                        "passage_id": passage_id,
                    }
                )
        filled = _FILLED_BY_RE.search(text) if "filled" in text else None
        stand_in = (
            next((m for m in people if not m.implicit and m.start >= filled.end()), None)
            if filled is not None
            else None
        )
        held: re.Match[str] | None = None
        if stand_in is None and " held " in text:
            # "Kofi Mensah-Doyle, a senior research scientist, held the post on an interim
            # basis until …": the same, its subject the one who held it
            stand_in, held = next(
                (
                    (m, h)
                    for m in people
                    if not m.implicit and (h := _HELD_POST_RE.match(text, m.end)) is not None
                ),
                (None, None),
            )
        if stand_in is not None and (
            held is not None or (filled is not None and stand_in.start - filled.end() < 4)
        ):
            # "The role was filled on an interim basis by Jun-seo Park": the post the
            # article last had someone leave
            filling = held if held is not None else filled
            assert filling is not None
            post = next(
                (
                    _SINCE_TAIL_RE.sub("", left["t"])
                    for r in reversed(out.roles[article_roles:])
                    if r["kind"] == "change" and (left := _LEFT_POST_RE.match(str(r["text"])))
                ),
                "",
            )
            if post:
                out.roles.append(
                    {
                        "entity_key": stand_in.key,
                        "text": f"interim {post}" if filling["interim"] else post,
                        "status": "",
                        "kind": "title",
                        "passage_id": passage_id,
                    }
                )
        for back in people if "reinstat" in text or "rehired" in text else ():
            # "the board reversed itself and reinstated Solvang-Reyes": back in the post
            # the article last had them removed from
            if (
                (
                    _REINSTATED_BEFORE_RE.search(text, max(0, back.start - 24), back.start)
                    and text[back.end : back.end + 2] not in ("'s", "’s")  # (not "Marsh's claim")
                )
                or _REINSTATED_AFTER_RE.match(text, back.end)
            ) and not _UNLESS_RE.search(text, max(0, back.start - 30), back.start):
                post = _last_post(out.roles[article_roles:], back.key, left_only=True)
                if post:
                    out.roles.append(
                        {
                            "entity_key": back.key,
                            "text": f"reinstated as {post}",
                            "status": "",
                            "kind": "change",
                            "passage_id": passage_id,
                        }
                    )
        if "revers" in text and _REVERSED_RE.search(text):
            # "The directors reversed themselves four days later": whoever the article last
            # had removed is back in the post (unless this sentence said so by name)
            removed = next(
                (
                    (str(r["entity_key"]), left["t"])
                    for r in reversed(out.roles[article_roles:])
                    if r["kind"] == "change"
                    and int(str(r["passage_id"])) >= passage_id - _REVERSED_REACH
                    and (left := _LEFT_POST_RE.match(str(r["text"])))
                    and str(r["text"]).startswith(("removed", "ousted", "fired"))
                ),
                None,
            )
            if removed is not None and not any(
                r["passage_id"] == passage_id and r["entity_key"] == removed[0]
                for r in out.roles[article_roles:]
            ):
                out.roles.append(
                    {
                        "entity_key": removed[0],
                        "text": f"reinstated as {removed[1]}",
                        "status": "",
                        "kind": "change",
                        "passage_id": passage_id,
                    }
                )
        sentence_orgs = [m for m in mentions if corpus.all[m.key].kind == "org"]
        board_of = next(
            (m.key for m in reversed(sentence_orgs) if _BOARD_AFTER_RE.match(text, m.end)),
            board_of,
        )
        last_lab = next(
            (
                m.key
                for m in reversed(sentence_orgs)
                if not m.implicit and _LAB_NAME_RE.search(corpus.all[m.key].name)
            ),
            last_lab,
        )
        for m in sentence_orgs:
            if not m.implicit:
                for word in corpus.all[m.key].name.casefold().split():
                    last_named[word] = m.key
        # (a pronoun's own roles when it stood for the only one named where it was last the
        # subject, or when the article calls that person by it)
        sure = [
            m
            for m in people
            if not m.implicit
            or last_alone
            or told_as.get(m.key) == pronoun_of(text[m.start : m.end])
        ]
        for role in roles_in(text, sure):
            if role.text.startswith(("Its ", "The board")):  # ("Its president, Ingrid …")
                role = replace(role, text=role.text[0].lower() + role.text[1:])
            head = _HEAD_NOUN_RE.match(role.text) if role.kind == "appositive" else None
            if head is not None and head["noun"] not in _OFFICES:
                # "Greta Lindqvist, a financier": another "the financier" may stand for
                described.setdefault(head["noun"], set()).add(role.key)
            # "its CEO": the company named last before the holder, or "the company" ("…, said
            # that Carebridge … named Ruth Ambler as its chief operating officer")
            holder_at = min((m.start for m in people if m.key == role.key), default=0)
            before = [m for m in sentence_orgs if m.start < holder_at]
            # (one named outright before one a noun stands for; in a clause after a
            # semicolon, the one the clause before was about: "Brenhaven bought 31 per cent
            # of Halvard in 2022; its head of research, Ana Ruiz, …", "Meridian now owns 31
            # per cent of the company …; its head of developer platforms, Sunniva Rask")
            before = [m for m in before if not m.implicit] or before
            turned = text.rfind(";", 0, holder_at)
            in_first = [m for m in before if m.start < turned]
            if turned > 0 and in_first and role.text.startswith("its "):
                before = [min(in_first, key=lambda m: m.start)]
            named_before = max(before, key=lambda m: m.start).key if before else None
            opened = next((m for m in previous_mentions if m.start == 0), None)
            if (
                named_before is None
                and role.text.startswith("its ")
                and holder_at == 0
                and opened is not None
                and corpus.all[opened.key].kind == "org"
                # (the article's own: not "Hollin Electronics … put in the first $5 million"
                # before "Feld was its first chief executive", Kestrel's)
                and opened.key == main_org
            ):
                # "Larkspur Voice Lab was incorporated … Echeverría was its first chief
                # executive": the company the sentence before was about
                named_before = opened.key
            elif (
                named_before is None
                and role.text.startswith("its ")
                and not sentence_orgs
                and len(paragraph_orgs) == 1
            ):
                # "the board created Next Shelf Labs Inc. … The cooperative kept a stake …
                # Calloway became its chief executive": the one company its paragraph names
                named_before = next(iter(paragraph_orgs))
            elif named_before is None and role.text.startswith("its "):
                # "she incorporated Waypath Labs and became its chief executive": the company
                # named between the holder and the post
                holder_end = min((m.end for m in people if m.key == role.key), default=0)
                named_before = _named_between(text, role.text, holder_end, sentence_orgs)
            role_text = _owned_role(
                _dated_role(_with_year(role.text, text), ref, last_date),
                main_org,
                last_org,
                lambda key: corpus.all[key].name,
                named_before,
                board_of,
                last_lab,
                last_named.get,
            )
            out.roles.append(
                {
                    "entity_key": role.key,
                    "text": role_text,
                    "status": role.status,
                    "kind": role.kind,
                    "passage_id": passage_id,
                }
            )
        left_board = _LEFT_BOARD_RE.search(text) if "board" in text else None
        if left_board is not None and (off_board := _board_leaver(text, left_board, sure)):
            # "He withheld the rest of his pledge and left the board in August 2018": a
            # chair this article gave him is left with it
            chaired = any(
                r["entity_key"] == off_board
                and r["kind"] != "change"
                and _CHAIR_RE.search(str(r["text"]))
                and not _CHAIR_OF_ANOTHER_RE.search(str(r["text"]))
                for r in out.roles[article_roles:]
            )
            if chaired:
                out.roles.append(
                    {
                        "entity_key": off_board,
                        "text": "left (as chair)",
                        "status": "",
                        "kind": "change",
                        "passage_id": passage_id,
                    }
                )
        # "that year" is the year last stated; "two days later" counts from the story's day
        # ("the following spring": the story's season after the paragraph's last date told
        # as the story goes, not after a look back, "which bought her in 2011")
        after = None
        if dated_here and _NEXT_SEASON_RE.search(text):  # (read again only then: seldom)
            after = next(filter(None, (_told(t, ref, p) for t, p in reversed(dated_here))), None)
        counted = after or (last_date if _PERIOD_RE.search(text) else story or last_date)
        if (
            not after
            and story is not None
            and told_here is not None
            and told_here.first_day() < story.first_day()
            and _BARE_DAY_RE.search(text)
        ):
            # "The trouble began in November 2023, … In the five days after the board fired
            # her on November 16": a day without a year, after its paragraph went back in
            # time, is near where it went (knowledge.dates keeps it to a few weeks after)
            counted = told_here
        if (
            not after
            and stated is not None
            and stated.precision in ("day", "month")
            and _STATED_PERIOD_RE.search(text)
        ):
            counted = stated
        elif not after and stated is not None and _NEXT_YEAR_RE.search(text):
            counted = stated  # "Mokoena joined him the following year": after that autumn's
        stated_dates = _outside_who_asides(text, find_dates(text, ref, counted))
        when = best_of(stated_dates)
        if (
            when is not None
            and (earlier := paragraph_date or section_date) is not None
            and row["kind"] == "sentence"
            and stated_dates
            and all(_HAD_ASIDE_RE.search(text, 0, f.start) for f in stated_dates)
            and _ASIDE_CLOSES_RE.match(text, stated_dates[-1].end)
            and earlier.sort_key > when.sort_key
        ):
            # "Maren Lund, a … expert who had joined the board in 2018, succeeded him as
            # chair": a year told of the one described, not of the act (the story's time)
            when = None
        looked_back = (
            when is not None
            and row["kind"] == "sentence"
            and stated_dates
            and all(_WHO_ASIDE_RE.search(text, 0, f.start) for f in stated_dates)
            and _ASIDE_ENDS_RE.fullmatch(text, stated_dates[-1].end)
            and (earlier := paragraph_date or section_date or story) is not None
            and earlier.sort_key > when.sort_key
        )
        after_act = _AFTER_ACT_RE.search(text)
        if after_act is not None and (
            when is None
            # ("walked out the day after the vote": counted from the vote, not from the last
            # date told, as "the day after" alone is; "Three months after Pryce's removal, the
            # board named Lina Sorensen, a Danish engineer who had contributed … since 2017":
            # the year is the one described's)
            or (
                stated_dates
                and all(
                    (after_act.start() <= f.start and f.end <= after_act.end())
                    or ASIDE_RE.search(text, 0, f.start)
                    for f in stated_dates
                )
            )
        ):
            when = _after_act(after_act, day_told) or when
        since = _SINCE_FOUNDING_RE.search(text) if founding is not None else None
        if since is not None and founding is not None and when is None:
            # "Two years after the founding, the company shipped …": counted from it
            when = When(founding.year + NUMBERS[since["n"].lower()], "year")
        elif when is not None and founding is None and _FOUNDS_RE.search(text):
            founding = when  # "Kettering-Bose started Ferrowick in April 2017"
        if row["kind"] == "caption":
            when = None  # a photo caption's year is the photo's, not a happening's
        if row["kind"] == "heading":
            section_date = when
        context = paragraph_date or section_date  # the sentence before, else the heading
        # "that August": the paragraph's year, else the story's (a paragraph of its own
        # after the story's last date: "He left the company that May"; not a look back's,
        # "Bose had founded Quorra in January 2017")
        month_of = context or told_last
        bound = when is not None and (
            (when.precision == "year" and _BOUND_YEAR_RE.search(text))
            # (or told only in an aside: "That May it was sold, and its manager, whose
            # contract ran until the following year, resigned")
            or all(ASIDE_RE.search(text, 0, f.start) for f in stated_dates)
        )
        if (when is None or bound) and month_of is not None and row["kind"] == "sentence":
            # ("That April, the financier stepped down as chair …, a seat he kept until
            # 2020": April of the paragraph's year; 2020 is where the seat ended)
            when = story_month(text, month_of, ref) or story_season(text, month_of, ref) or when
        elif (
            when is not None
            and paragraph_date is not None
            and row["kind"] == "sentence"
            and when.precision == "month"
            and stated_dates
            and all(f.kind == "m" for f in stated_dates)
            # (not after a span told: "The search dragged on for more than a year, and the
            # board finally named … in April")
            and not _SPAN_TOLD_RE.search(text)
            # (nor what is yet to come: "A first hearing is scheduled for September")
            and not _PLANNED_RE.search(text)
            and when.year > paragraph_date.year
            and when.month >= paragraph_date.month
        ):
            # "That April, she stepped down … until Mateusz Wróblewski … took over in July":
            # a month named bare, later in the paragraph's year, is that year's (not the
            # latest July before the article)
            when = When(paragraph_date.year, "month", when.month)
        elif (
            when is not None
            and row["kind"] == "sentence"
            and when.precision == "month"
            and stated_dates
            and all(f.kind == "m" for f in stated_dates)
            and (clock := story or last_date) is not None
            and when.sort_key > clock.sort_key
            and _PLUPERFECT_RE.search(text, 0, stated_dates[0].start)
        ):
            # "On October 9 [2024] the board voted … Baek argued that the terms had been set
            # out in a board paper in June": a month the story looks back to is the last one
            # before where it is, not the last before the article
            when = When(clock.year - (when.month > clock.month), "month", when.month)
            looked_back = True
        if when is not None and not _retold(text, told):
            told.append(text)
            out.events.append(_event_row(passage_id, when, inherited=False))
            if previous_id and _THAT_WAS_RE.match(text):
                _date_before(out.events, previous_id, when)
        if (
            when is not None
            and (story is not None or stated is not None)  # (a lede's saying is the news)
            and _telling_time(text, stated_dates, when)
        ):
            # "she recalled in an interview last month": when it was said, which dates what
            # she says next, not the story's clock
            if row["kind"] == "sentence":
                paragraph_date = when
        elif when is not None and not looked_back:
            last_date = _finer(last_date, when)
            story = _advance(story, when)
            if (
                not _LOOK_BACK_RE.match(text)
                and not _NOW_STANDS_RE.match(text)
                and when.first_day() <= ref
            ):
                told_last = _finer(told_last, when)
            if not _PLUPERFECT_RE.search(
                _ASIDES_RE.sub(" ", _before_closing_aside(text, stated_dates))
            ):
                # (a month or season the paragraph's year gives, "signed that December", is
                # the sentence's own too)
                its_own = _told_of(text, stated_dates)
                if its_own is not None and its_own.precision == when.precision == "month":
                    # (a month the paragraph's year placed: "By mid-2023 … In June the lab
                    # restructured", which "the following month" counts from)
                    its_own = when if its_own.month == when.month else its_own
                stated = its_own or (None if stated_dates else when) or stated
            # ("A first hearing is scheduled for October": yet to come, it dates nothing told
            # after it)
            planned = when.first_day() > ref and _PLANNED_RE.search(text) is not None
            if row["kind"] == "sentence" and not planned:
                paragraph_date = _finer(paragraph_date, when)
            if row["kind"] == "sentence":
                dated_here.append((text, counted))
                told_here = when  # (told by this paragraph, not carried into it)
        elif looked_back:
            pass  # its date is its event's own; the clock stays where the story is
        elif _ELAPSED_RE.search(text):
            last_date = story = paragraph_date = section_date = stated = None  # the clock is lost
            dated_here = []
        elif (
            context is not None
            and row["kind"] == "sentence"
            and not is_dialogue(text)
            and not _OWN_TIME_RE.search(text)
            and not _retold(text, told)
        ):
            told.append(text)
            out.events.append(_event_row(passage_id, context, inherited=True))
        # (a look back's date is not when its sentence's act was told: "The lone vote against
        # came from Baek, …who had joined the board in 2019" is a vote of the story's day)
        dated = context if looked_back else when or context
        if dated is not None and row["kind"] == "sentence":
            day_told.append((text, dated))
        quotes = [(passage_id, q) for q in quotes_in(text, mentions) or reported_in(text, mentions)]
        introduced = introduced_quote(text, previous_text, previous_mentions)
        if introduced is not None:
            quotes.append((passage_id, introduced))
            dated = dated or previous_when  # "On May 17, Leike posted:" dates the quote
        speaker = attribution(text, mentions)
        if speaker is not None and is_quotation(previous_text):
            quotes.append((previous_id, Quote(speaker, previous_text.strip(' "“”,'))))
        if _RECONSTRUCTED_RE.search(text):
            staged = True  # "The following account … is a reconstruction"
        elif row["kind"] == "heading" or when is not None:
            staged = False  # the narration takes up its own time again ("On Tuesday, …")
        if staged or outline.kind == "dramatised":
            quotes = []  # words an article puts in someone's mouth are not a quote of them
        for quote_passage, quote in quotes:
            out.quotes.append(
                {
                    "entity_key": quote.key,
                    "text": quote.text,
                    "reported": int(quote.reported),
                    "passage_id": quote_passage,
                    "sort_key": dated.sort_key if dated else "",
                    "label": dated.label if dated else "",
                }
            )
        subject = acting(text, [m for m in people if not m.implicit])
        if (
            subject is not None
            and implicit is not None
            and implicit.start < min(m.start for m in people if not m.implicit)
            and text[implicit.start : implicit.end].casefold() in ("he", "she")
            and _PRONOUN_ACTS_RE.match(text, implicit.end)
        ):
            # '"…," he wrote in an email to Okafor and Solberg': "he" is still who acts
            subject = implicit
        if subject is not None and quoted_at(text, subject.start):
            subject = None  # '"When the board pushed Ruth out …': a name in her words
        if subject is not None:
            last_person = subject.key
            # (someone named only in a relative clause about another is not a second one
            # "he" may be: "Halvorsen-Mbah, who had voted to remove Achterberg-Quay, did not
            # stay long. She told …")
            actors = outside_asides(text, [m for m in people if not m.implicit])
            last_alone = len({m.key for m in actors}) == 1
        paragraph_people.update(m.key for m in people)
        paragraph_orgs.update(
            m.key for m in mentions if not m.implicit and corpus.all[m.key].kind == "org"
        )
        if row["kind"] == "sentence":
            recent.append([m.key for m in people if not m.implicit])
        previous_text, previous_mentions, previous_id = text, mentions, passage_id
        if row["kind"] == "sentence":
            told_mentions = mentions  # a caption or heading between does not change who "they" are
        previous_when = when
    out.surnames.extend(gazetteer.bare)

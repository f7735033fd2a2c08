"""Candidate passages for a question frame: FTS5 over every term and its paraphrases.

One query ORs every term group and ranks by bm25 over a bounded window (CANDIDATES rows, far
more than are shown, so ranking by what the question is about decides, not bm25 alone). When
the question has a subject and an action, passages naming both are fetched as well, so the
subject's own event is never crowded out. Chinese runs no curated term covers go to the
trigram index.

bm25 walks every match of every phrase before the LIMIT, so on a large index a term found
in thousands of passages (DF_CAP or more: `frequent`) would make the cost grow with the
index. Then the OR is of the rarer terms alone (their matches are few, and they say what
the question is about; the frequent ones still weigh in the ranking that follows); a query
with a frequent term left in it is ranked over its last WINDOW matches in index order only
(an arbitrary but bounded sample: the order of the files, not of their dates), scored by
knowledge.window rather than FTS5. On an index where no term is that frequent, nothing
changes.
"""

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from knowledge.answering.frame import Frame, Term
from knowledge.answering.lexicon import GAP, GAP_WORDS, VAGUE
from knowledge.entities import COMPANY_DESCRIPTIONS
from knowledge.model import Hit
from knowledge.search import pointed_at, run_match, since

CANDIDATES = 80
BOTH = 60
DF_CAP = 2000
COMMON_SHARE = 0.25  # a term in more than this share of passages is left out of the OR
FEW_PASSAGES = 40  # an index of fewer passages leaves no term out of the OR
WINDOW = 400  # matches ranked of a query with a frequent term (knowledge.window)
SPAN = 1000  # a frequent subject's newest matches, searched for a frequent action
FEW_NAMED = 5  # fewer subject-and-action passages than this: the pointed-at ones are read
POINTED = 200  # the subject's last passages pointing at it, read then


@dataclass(frozen=True)
class _Query:
    """One FTS5 query for candidates, as knowledge.search.run_match takes it; `whole_or`:
    the OR of every term (when it finds every match, the rest are among them)."""

    expression: str
    limit: int
    trigram: bool = False
    window: int = 0
    since: int = 0
    every: bool = False
    whole_or: bool = False
    both: bool = False  # the subject-and-action query
    weighed: str = ""  # the expression of every form, when a window's rows are weighed


def _fetched(
    conn: sqlite3.Connection, query: _Query, *, events_only: bool
) -> tuple[tuple[Hit, ...], bool]:
    return run_match(
        conn,
        query.expression,
        trigram=query.trigram,
        limit=query.limit,
        offset=0,
        whole=True,
        marked=False,
        events_only=events_only,
        window=query.window,
        since=query.since,
        every=query.every,
        weighed=query.weighed,
    )


def quote(term: str) -> str:
    """A form as an FTS5 phrase; a paraphrase with a gap ("cut * jobs": a word or two
    between, "cut 44 jobs") as words near each other."""
    if GAP in term:
        parts = " ".join(quote(part) for part in term.split(GAP))
        return f"NEAR({parts}, {GAP_WORDS})"
    return '"' + term.replace('"', '""') + '"'


def group_of(term: Term, live: Callable[[str], bool] | None = None) -> str:
    """The FTS5 expression that finds a term in any of its forms (with `live`, those of
    its forms it says some passage has, unless none is)."""
    forms = (*term.entity.aliases, term.entity.name) if term.entity else term.forms
    phrases = [quote(f) for f in dict.fromkeys(forms) if f.strip()]
    if live is not None:
        phrases = [p for p in phrases if live(p)] or phrases
    return "(" + " OR ".join(phrases) + ")" if phrases else ""


_LIVE = "\x00live "  # the cache's key for whether a phrase matches (no expression's)


def liveness(conn: sqlite3.Connection, cache: dict[str, int]) -> Callable[[str], bool]:
    """Whether any passage matches an FTS5 phrase, found once per index build (`cache`).

    A question's words come with their paraphrases ("leave": "quit", "walked out", "handed
    in * notice" and twenty more), and most of them match nothing in a given index. FTS5
    still looks each one up in every query, ranked or walked, and bm25 gives a phrase that
    matches nothing no weight: leaving them out finds the same rows with the same scores,
    sooner (a `when` on the seed index 0.6 -> 0.3 ms a query; "when did Tim Shi leave" at
    100,000 articles, 12.6 -> 9.6 ms of its queries). A window's rows are still weighed by
    every form (`_Query.weighed`): knowledge.window credits a highlighted word to each
    phrase it resembles, one that matches nothing too ("back" to "backer" beside
    "backing"), so its scores are the ones the whole expression gave."""

    def live(phrase: str) -> bool:
        key = _LIVE + phrase
        known = cache.get(key)
        if known is None:
            known = cache[key] = int(
                conn.execute(
                    "SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1", (phrase,)
                ).fetchone()
                is not None
            )
        return bool(known)

    return live


def document_frequency(
    conn: sqlite3.Connection, term: Term, cache: dict[str, int] | None = None
) -> int:
    """How many passages contain the term (counted up to DF_CAP, without ranking). `cache`
    keeps the counts for one index build: most questions share their words."""
    expression = group_of(term)
    if not expression:
        return 0
    if cache is not None and expression in cache:
        return cache[expression]
    row = conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)",
        (expression, DF_CAP),
    ).fetchone()
    if cache is not None:
        cache[expression] = int(row[0])
    return int(row[0])


def candidates(
    conn: sqlite3.Connection,
    frame: Frame,
    terms: tuple[Term, ...],
    *,
    events_only: bool,
    common: frozenset[str] = frozenset(),
    frequent: frozenset[str] = frozenset(),
    cache: dict[str, int] | None = None,
) -> tuple[Hit, ...]:
    """Passages that contain any of `terms`, plus those naming the subject and the action.
    Terms in `common` (named in a large share of all passages, not the subject) are left
    out of the OR: they would match most of the index, and bm25 would rank all of it, to
    add passages that say little else of the question. Terms in `frequent` (found in DF_CAP
    passages or more) are ranked over a window (see the module's docstring). With `cache`
    (kept for the index build), the forms no passage has are left out (see `liveness`)."""
    live = liveness(conn, cache) if cache is not None else None

    def group(term: Term) -> str:
        return group_of(term, live)

    found: dict[int, Hit] = {}
    subject = frame.subject.key if frame.subject is not None else ""
    both = frame.subject is not None and frame.action is not None
    # A common subject stays in the OR only when no subject-and-action query finds it.
    rare = [t for t in terms if t.key not in common or (t.key == subject and not both)]
    if all(t.entity is None and t.text.casefold() in VAGUE for t in rare):
        rare = []  # "when was the company started": "company" says nothing the act does not
    rare = rare or list(terms)
    groups = [g for g in (group(t) for t in rare) if g]
    many = any(t.key in frequent for t in rare)
    queries: list[_Query] = []
    if groups:
        # With a subject and an action, their own query finds the passages that matter
        # most: the OR around them keeps fewer, from a window as much smaller (FTS5
        # highlights every row of a window for it to be scored: a few ms for 400 rows of
        # a question's twenty-odd phrases at 100,000 articles).
        size = CANDIDATES // 2 if both else CANDIDATES
        few = [g for t in rare if t.key not in frequent and (g := group(t))] if many else []
        if few:  # the rarer terms say what the question is about: ranked whole
            queries.append(_Query(" OR ".join(few), size))
        else:
            window = WINDOW * size // CANDIDATES if many else 0
            queries.append(
                _Query(
                    " OR ".join(groups),
                    size,
                    window=window,
                    whole_or=True,
                    weighed=" OR ".join(g for t in rare if (g := group_of(t))),
                )
            )
    if frame.subject is not None and frame.action is not None:
        named = next((t for t in terms if t.entity and t.entity.key == subject), None)
        if named is not None:
            # Either side frequent: ranked by knowledge.window, since bm25 would walk all of
            # the frequent side's matches. With the other side rare (fewer than DF_CAP
            # passages), so are the matches of both: every one is ranked; with both
            # frequent, the last WINDOW among the subject's last SPAN matches (see
            # knowledge.search.since: a busy person's matches grow with the index), or
            # among all of them when none of those SPAN says the action.
            sides = (named.key in frequent) + (frame.action.key in frequent)
            window = (0, DF_CAP, WINDOW)[sides]
            queries.append(
                _Query(
                    f"{group(named)} AND {group(frame.action)}",
                    BOTH,
                    window=window,
                    since=since(conn, group(named), SPAN) if sides == 2 else 0,
                    every=sides == 1,
                    both=True,
                    weighed=f"{group_of(named)} AND {group_of(frame.action)}",
                )
            )
    for run in frame.cjk:
        if len(run) >= 3:
            queries.append(_Query(quote(run), BOTH, trigram=True))
    complete = False
    both_found = 0
    for query in queries:
        if complete and not query.trigram and not query.whole_or:
            both_found = FEW_NAMED  # (and so are the pointed-at ones saying the action)
            continue  # the OR found every match: the subject-and-action ones are among them
        hits, more = _fetched(conn, query, events_only=events_only)
        if query.since and not hits:  # none among the subject's last SPAN: all of them
            hits, more = _fetched(conn, replace(query, since=0), events_only=events_only)
        if query.whole_or:
            complete = not more and not query.window and len(groups) == len(terms)
        if query.both:
            both_found = len(hits)
        for hit in hits:
            found.setdefault(hit.passage.id, hit)
    if both and both_found < FEW_NAMED:
        # the subject pointed at, not named ("the packaged-food giant invested …"): the
        # words cannot find it when the action is too common to be ORed. Read only for a
        # subject named with the action in few passages: its last POINTED such passages,
        # searched for the action's words here.
        assert frame.action is not None
        said = _said_re(frame.action)
        for hit in pointed_at(conn, subject, span=POINTED):
            # (the one pointed at opening the sentence, as its subject: not "… his proposal,
            # Hilhil left")
            if _POINTER_OPENS_RE.match(hit.passage.text) and said.search(hit.passage.text):
                found.setdefault(hit.passage.id, hit)
    return tuple(found.values())


# A sentence opening on a pronoun or a description as its subject, past a time ("On October
# 19, 2022, the packaged-food giant invested …", "She stepped down in 2020")
_POINTER_OPENS_RE = re.compile(
    r"(?:(?:On|In|By|Later|That|Then|The following|A|Two|Three) [^,]{2,30}(?:, \d{4})?, )?"
    rf"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he (?:[\w-]+ ){{0,2}}?(?:{COMPANY_DESCRIPTIONS}|company|"
    r"firm|lab|start-?up))\b"
)


def _said_re(term: Term) -> re.Pattern[str]:
    """A term's forms as whole words in a passage's text, as FTS5 would find them (a gap,
    "paid * for a * stake", a word or two)."""
    forms = sorted({f for f in term.forms if f.strip()}, key=len, reverse=True)
    spelled = [
        r"\s+(?:\S+\s+){0,2}?".join(re.escape(part.strip()) for part in f.split(GAP)) for f in forms
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(spelled) + r")(?!\w)", re.IGNORECASE)

"""Answering questions: `when` over dated events, `ask` over all passages, shaped by the question.

Candidates come from FTS5 (bm25); the question's shape then reranks them: "when" favours dated
sentences, "how much/many" sentences with amounts, "why" causal sentences, and a person or
organisation named in the question favours the passages that name them. Event verbs match
their synonyms ("leave" finds "left" and "departure").
"""

import re
import sqlite3
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from knowledge import facts
from knowledge.model import EntityInfo, Event, Hit
from knowledge.query import QUESTION_WORDS, STOPWORDS, expand, parse_query
from knowledge.search import run_match

CANDIDATES = 40
_PRECISION_WEIGHT = {"day": 1.3, "month": 1.25, "season": 1.15, "year": 1.0}
_COUNT_RE = re.compile(r"(?<![$€£\d.,])\b\d[\d,]*\b(?!\s?(?:million|billion|%|percent))")
_AMOUNT_RE = re.compile(
    r"[$€£]\s?\d|\b\d[\d,.]*\s?(?:million|billion|trillion|thousand|percent|%|k\b)|\b\d{2,}[\d,]*\b",
    re.IGNORECASE,
)
_CAUSAL_RE = re.compile(
    r"\b(?:because|due to|so that|as a result|reason|in order to|to prevent|concerned|worried|"
    r"led to|caused|since|why|angered|fear|fears|prompted|therefore)\b",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)


@dataclass(frozen=True, kw_only=True)
class Answer:
    """The passages that answer a question, with the events they state (by passage id)."""

    question: str
    terms: tuple[str, ...]
    hits: tuple[Hit, ...]
    events: dict[int, Event]
    entities: tuple[EntityInfo, ...]
    shape: str


def shape_of(question: str) -> str:
    q = question.casefold().strip()
    if re.match(r"(?:when|what (?:year|date|day|month)|how long ago)\b", q):
        return "when"
    if re.match(r"how much\b", q):
        return "amount"
    if re.match(r"how many\b", q):
        return "count"
    if re.match(r"why\b", q) or " why " in f" {q} ":
        return "why"
    return "any"


def named_entities(text: str, entities: tuple[EntityInfo, ...]) -> tuple[EntityInfo, ...]:
    """Entities a question names, spelled right or nearly so ("sutskevar")."""
    found: dict[str, EntityInfo] = {}
    lowered = f" {utils.default_process(text)} "
    choices: dict[int, str] = {}
    owners: list[EntityInfo] = []
    for entity in entities:
        for alias in (entity.name, *entity.aliases):
            if f" {utils.default_process(alias)} " in lowered:
                found.setdefault(entity.key, entity)
            choices[len(owners)] = alias
            owners.append(entity)
    for word in re.findall(r"[^\W\d_]{4,}", text):
        if word.casefold() in STOPWORDS or word.casefold() in QUESTION_WORDS:
            continue
        best = process.extractOne(
            word, choices, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=85
        )
        if best is not None:
            entity = owners[int(best[2])]
            found.setdefault(entity.key, entity)
    return tuple(found.values())


def _content(question: str) -> tuple[str, ...]:
    terms = parse_query(question).terms
    kept = tuple(
        t for t in terms if t.casefold() not in STOPWORDS and t.casefold() not in QUESTION_WORDS
    )
    return kept or terms


def _names(alias: str, matched: frozenset[str]) -> bool:
    return any(word.casefold() in matched for word in alias.split())


def _respell(terms: tuple[str, ...], named: tuple[EntityInfo, ...]) -> tuple[str, ...]:
    """Replace a misspelled name ("sutskevar") by the spelling the articles use."""
    aliases = [a for e in named for a in e.aliases]
    out = []
    for term in terms:
        if aliases and not any(term.casefold() == a.casefold() for a in aliases):
            best = process.extractOne(
                term, aliases, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=85
            )
            out.append(best[0] if best else term)
        else:
            out.append(term)
    return tuple(dict.fromkeys(out))


def _candidates(
    conn: sqlite3.Connection, terms: tuple[str, ...], *, events_only: bool
) -> tuple[Hit, ...]:
    """Passages with all terms (with synonyms), then those with any of them."""
    groups = [expand(t) for t in terms]
    found: dict[int, Hit] = {}
    for expression in (" AND ".join(groups), " OR ".join(groups)):
        hits, _ = run_match(
            conn,
            expression,
            trigram=False,
            limit=CANDIDATES,
            offset=0,
            whole=True,
            events_only=events_only,
        )
        for hit in hits:
            found.setdefault(hit.passage.id, hit)
    return tuple(found.values())


def answer(
    conn: sqlite3.Connection,
    question: str,
    entities: tuple[EntityInfo, ...],
    *,
    limit: int = 3,
    events_only: bool = False,
) -> Answer:
    """Rank candidate passages for `question` and keep those that match enough of it."""
    shape = "when" if events_only else shape_of(question)
    terms = _content(question)
    named = named_entities(question, entities)
    search_terms = _respell(terms, named)
    hits = _candidates(conn, search_terms, events_only=events_only) if search_terms else ()
    ids = [h.passage.id for h in hits]
    dated = facts.events_for_passages(conn, ids)
    present = facts.mentioned(conn, ids)
    needed = max(1, (len(terms) + 1) // 2)
    named_keys = {e.key for e in named}
    scored: list[tuple[float, Hit]] = []
    worst = max((abs(h.score) for h in hits), default=1.0) or 1.0
    for hit in hits:
        text = hit.passage.text
        score = abs(hit.score) / worst
        here = present.get(hit.passage.id, set())
        # A term counts as matched when it is in the passage (or a synonym is), or when it
        # names an entity the passage is about ("He had promised to donate…" is about Musk).
        matched = len(hit.matched_terms) + sum(
            1
            for e in named
            if e.key in here and not any(_names(a, hit.matched_terms) for a in e.aliases)
        )
        if matched < needed:
            continue
        if events_only and named and not named_keys & here:
            continue  # "when did musk leave" is about Musk
        score *= (min(matched, len(terms)) / len(terms)) ** 1.5
        # The question's own words count more than their synonyms.
        literal = sum(
            1
            for t in search_terms
            if any(m.startswith(t.casefold()[:5]) for m in hit.matched_terms)
        )
        score *= 1.0 + 0.25 * literal
        if named:
            share = sum(1 for e in named if e.key in present.get(hit.passage.id, set()))
            score *= 1.0 + share / len(named)
        if shape == "when":
            event = dated.get(hit.passage.id)
            score *= 1.2 if event is None else (1.8 if not event.inherited else 1.4)
            if event is not None:
                score *= _PRECISION_WEIGHT[event.precision]
        elif shape == "amount":
            score *= 1.6 if _AMOUNT_RE.search(text) else 0.6
        elif shape == "count":
            score *= 1.6 if _COUNT_RE.search(_DATE_RE.sub("", text)) else 0.5
        elif shape == "why":
            score *= 1.5 if _CAUSAL_RE.search(text) else 0.8
        if hit.passage.kind == "heading":
            score *= 0.5
        scored.append((score, hit))
    scored.sort(key=lambda pair: (-pair[0], pair[1].passage.id))
    kept = tuple(hit for _score, hit in scored[:limit])
    return Answer(
        question=question,
        terms=terms,
        hits=kept,
        events={h.passage.id: dated[h.passage.id] for h in kept if h.passage.id in dated},
        entities=named,
        shape=shape,
    )

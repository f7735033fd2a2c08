"""Ranking the last matches of a frequent expression here, with bm25's own formula.

FTS5's bm25 works out each phrase's inverse document frequency by walking every row the
phrase matches, whatever the LIMIT or the rowid range: for "OpenAI" in 100,000 articles that
is a million rows before one is ranked. So a query whose terms are that frequent is ranked
over a bounded window of its matches (the last `size` in index order, which FTS5 walks
without scoring), and the window's rows are scored here:

- the same formula as FTS5's bm25 (k1 = 1.2, b = 0.75, one term per phrase, negative: lower
  is better), so these scores mix with FTS5-ranked hits of the same question (on the seed
  index the best come within 3-40 % of FTS5's own: higher for a group of inflections, whose
  forms the vocabulary counts one by one; a phrase is weighed as its rarest word, so one
  made of common words, "OpenAI's", scores far lower than FTS5 would);
- a phrase's document frequency from the vocabulary's per-word passage counts (its rarest
  word, for a phrase of several), the row count from the passages' ids;
- a phrase's count in a row from FTS5's own highlighting (so porter stems match as they do
  in the index: "leaving" counts for "leave"), each highlighted span credited to every
  phrase found in it, as bm25 credits every phrase that matched; a row's length in words
  (its spaces), and the average length over the window itself.
"""

import functools
import math
import os
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

K1, B = 1.2, 0.75  # bm25's constants, as FTS5 sets them
HIT_START, HIT_END = "\x02", "\x03"

_PHRASE_RE = re.compile(r'"((?:[^"]|"")*)"')
_MARK_RE = re.compile(f"{HIT_START}(.*?){HIT_END}", re.DOTALL)


def phrases(expression: str) -> tuple[str, ...]:
    """The quoted phrases of an FTS5 expression, case folded, each once."""
    found = (
        " ".join(m.replace('""', '"').casefold().split()) for m in _PHRASE_RE.findall(expression)
    )
    return tuple(dict.fromkeys(p for p in found if p))


WORD_RE = re.compile(r"[^\W\d_]{2,}")  # the words the vocabulary counts (see the indexer)
_TOKEN_RE = re.compile(r"\w+")
CAPPED = 10_000  # matches counted of a phrase the vocabulary cannot weigh


def weights(conn: sqlite3.Connection, said: Sequence[str]) -> dict[str, float]:
    """Each phrase's inverse document frequency, as bm25 computes it (never below 1e-6): its
    rarest word's passage count, or, for a phrase with no word the vocabulary counts
    ("o1"), its matches counted up to CAPPED."""
    rows = int(conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0])
    words = sorted({w for p in said for w in WORD_RE.findall(p)})
    marks = ",".join("?" for _ in words)
    known = dict(
        conn.execute(f"SELECT word, passages FROM vocabulary WHERE word IN ({marks})", words)
    )
    found: dict[str, float] = {}
    for phrase in said:
        counts = [int(known[w]) for w in WORD_RE.findall(phrase) if w in known]
        hits = min(counts) if counts else _matches(conn, phrase)
        idf = math.log((rows - hits + 0.5) / (hits + 0.5)) if rows else 0.0
        found[phrase] = idf if idf > 0 else 1e-6
    return found


def _matches(conn: sqlite3.Connection, phrase: str) -> int:
    """The phrase's matches, counted up to CAPPED once per state of the index: a stem
    no passage uses as a word ("resign", "depart") is in most questions about leaving, and
    each count walks up to CAPPED rows. (`data_version` changes when another connection
    writes the file, as a rebuild does.)"""
    version = int(conn.execute("PRAGMA data_version").fetchone()[0])
    return _counted(conn, version, phrase)


@functools.lru_cache(maxsize=4096)
def _counted(conn: sqlite3.Connection, version: int, phrase: str) -> int:
    quoted = '"' + phrase.replace('"', '""') + '"'
    return int(
        conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? "
            "LIMIT ?)",
            (quoted, CAPPED),
        ).fetchone()[0]
    )


def _stem_alike(a: str, b: str) -> bool:
    """Two words porter would likely stem alike ("invest", "invested", "investment"; not
    "leave" and "left"): equal, or sharing all but a short ending."""
    if a == b:
        return True
    shared = len(os.path.commonprefix((a, b)))  # noqa: RUF071  (characters, not paths)
    return shared >= 4 and shared >= min(len(a), len(b)) - 3


def _within(words: Sequence[str], tokens: Sequence[str]) -> bool:
    """`words` appear in `tokens`, in a row, each as a form of itself."""
    size = len(words)
    return any(
        all(_stem_alike(w, t) for w, t in zip(words, tokens[i : i + size], strict=True))
        for i in range(len(tokens) - size + 1)
    )


class _Phrases:
    """Which of the expression's phrases a highlighted span matched (remembered per span:
    the same few words are highlighted in most rows). FTS5 highlights overlapping matches
    as one span ("Sam Altman" for both "Sam Altman" and "Altman"), and every phrase whose
    stem it matched counts in bm25 ("invested" for "invest" and "investment" too), so a span
    is credited to each phrase found within it."""

    def __init__(self, said: Sequence[str]) -> None:
        self.said = said
        self.words = {p: _TOKEN_RE.findall(p) for p in said}
        self.known: dict[str, tuple[str, ...]] = {}

    def of(self, span: str) -> tuple[str, ...]:
        found = self.known.get(span)
        if found is None:
            tokens = _TOKEN_RE.findall(span.casefold())
            found = tuple(p for p, words in self.words.items() if words and _within(words, tokens))
            if not found:  # a form nothing here resembles: the phrase sharing most with it
                text = " ".join(tokens)
                found = (max(self.said, key=lambda p: len(os.path.commonprefix((p, text)))),)  # noqa: RUF071
            self.known[span] = found
        return found


@functools.lru_cache(maxsize=256)
def _phrases(said: tuple[str, ...]) -> _Phrases:
    """The phrases of one expression, with the spans already matched to them: the same
    question's words are highlighted the same way in every window it is ranked over."""
    return _Phrases(said)


def scores(
    conn: sqlite3.Connection, expression: str, rows: Sequence[tuple[str, str]]
) -> list[float]:
    """bm25 scores for rows given as (text, the text as FTS5 highlights `expression` in it)."""
    said = phrases(expression)
    if not rows or not said:
        return [0.0] * len(rows)
    idf = weights(conn, said)
    which = _phrases(said)
    lengths = [text.count(" ") + 1 for text, _ in rows]  # words, near enough
    average = sum(lengths) / len(lengths)
    found: list[float] = []
    for (_, marked), length in zip(rows, lengths, strict=True):
        counts: dict[str, int] = {}
        for span in _MARK_RE.findall(marked):
            for phrase in which.of(span):
                counts[phrase] = counts.get(phrase, 0) + 1
        norm = K1 * (1 - B + B * length / average)
        value = 0.0
        for phrase, n in counts.items():
            value -= idf[phrase] * n * (K1 + 1) / (n + norm)
        found.append(value)
    return found


def ranked(
    conn: sqlite3.Connection, expression: str, rows: list[tuple[Any, ...]], text: int, marked: int
) -> list[tuple[Any, ...]]:
    """`rows` best first, each with its score in place of its `marked` column (the row's
    text as highlighted for `expression`); `text` is the text's column. Ties keep the
    later row first."""
    values = scores(conn, expression, [(row[text], row[marked]) for row in rows])
    scored = [
        (*row[:marked], value, *row[marked + 1 :]) for row, value in zip(rows, values, strict=True)
    ]
    return sorted(scored, key=lambda row: row[marked])

"""Ranking the last matches of a frequent expression here, with bm25's own formula.

FTS5's bm25 works out each phrase's inverse document frequency by walking every row the
phrase matches, whatever the LIMIT or the rowid range: for "OpenAI" in 100,000 articles that
is a million rows before one is ranked. So a query whose terms are that frequent is ranked
over a bounded window of its matches (the last `size` in index order, which FTS5 walks
without scoring), and the window's rows are scored here:

- the same formula as FTS5's bm25 (k1 = 1.2, b = 0.75, one term per phrase, negative: lower
  is better), so these scores mix with FTS5-ranked hits of the same question;
- a phrase's document frequency from the vocabulary's per-word passage counts (its rarest
  word, for a phrase of several), the row count from the passages' ids;
- a phrase's count in a row from FTS5's own highlighting of it (so porter stems match as
  they do in the index: "leaving" counts for "leave"), a row's length in words (its spaces), and
  the average length over the window itself.
"""

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


def weights(conn: sqlite3.Connection, said: Sequence[str]) -> dict[str, float]:
    """Each phrase's inverse document frequency, as bm25 computes it (never below 1e-6)."""
    rows = int(conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0])
    words = sorted({w for p in said for w in p.split()})
    marks = ",".join("?" for _ in words)
    known = dict(
        conn.execute(f"SELECT word, passages FROM vocabulary WHERE word IN ({marks})", words)
    )
    found: dict[str, float] = {}
    for phrase in said:
        counts = [int(known[w]) for w in phrase.split() if w in known]
        hits = min(counts) if counts else 1
        idf = math.log((rows - hits + 0.5) / (hits + 0.5)) if rows else 0.0
        found[phrase] = idf if idf > 0 else 1e-6
    return found


def _shared(a: str, b: str) -> int:
    """How many leading characters two strings share (commonprefix compares characters)."""
    return len(os.path.commonprefix((a, b)))  # noqa: RUF071


class _Phrases:
    """Which of the expression's phrases a highlighted span is (remembered per span: the
    same few words are highlighted in most rows)."""

    def __init__(self, said: Sequence[str]) -> None:
        self.said = said
        self.known: dict[str, str] = {p: p for p in said}

    def of(self, span: str) -> str:
        found = self.known.get(span)
        if found is None:
            text = " ".join(span.casefold().split())
            found = self.known.get(text)
            if found is None:  # another form of the same stem: the phrase it shares most with
                words = len(text.split())
                found = max(self.said, key=lambda p: (len(p.split()) == words, _shared(p, text)))
            self.known[span] = found
        return found


def scores(
    conn: sqlite3.Connection, expression: str, rows: Sequence[tuple[str, str]]
) -> list[float]:
    """bm25 scores for rows given as (text, the text as FTS5 highlights `expression` in it)."""
    said = phrases(expression)
    if not rows or not said:
        return [0.0] * len(rows)
    idf = weights(conn, said)
    which = _Phrases(said)
    lengths = [text.count(" ") + 1 for text, _ in rows]  # words, near enough
    average = sum(lengths) / len(lengths)
    found: list[float] = []
    for (_, marked), length in zip(rows, lengths, strict=True):
        counts: dict[str, int] = {}
        for span in _MARK_RE.findall(marked):
            phrase = which.of(span)
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

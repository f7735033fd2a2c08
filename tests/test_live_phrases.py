"""A question's words come with their paraphrases, most of which no article uses: the
full-text queries leave those out (they would be looked up in every query for no match),
and find the same passages with the same scores."""

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from knowledge import search
from knowledge.answering import candidates
from knowledge.answering.frame import Term
from knowledge.engine import Engine

QUESTIONS = [
    "when did musk leave",
    "why did musk leave openai",
    "when did sutskever resign",
    "how much did microsoft invest",
    "who fired altman",
]
# A quoted phrase (quotes doubled inside) or a NEAR group of them
_PHRASE_RE = re.compile(r'NEAR\((?:[^()"]|"(?:[^"]|"")*")*\)|"(?:[^"]|"")*"')


def _matches(conn: sqlite3.Connection, phrase: str) -> bool:
    sql = "SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1"
    return conn.execute(sql, (phrase,)).fetchone() is not None


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_phrase_without_a_match_is_searched(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    searched: list[str] = []
    rows = search._rows

    def spy(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
        if "MATCH" in sql and "passages_fts" in sql:
            searched.append(str(params[0]))
        return rows(conn, sql, params)

    monkeypatch.setattr(search, "_rows", spy)
    engine.ask(question)
    engine.when(question.removeprefix("when "))
    assert searched
    conn = engine._conn()
    phrases = {p for expression in searched for p in _PHRASE_RE.findall(expression)}
    assert [p for p in phrases if not _matches(conn, p)] == []


def _answers(engine: Engine, question: str) -> list[object]:
    """What `ask` and `when` find for the question: hits, scores, snippets, events."""
    asked, dated = engine.ask(question), engine.when(question.removeprefix("when "))
    return [
        (a.confident, [(h.passage.id, h.score, h.snippet) for h in a.hits], a.events)
        for a in (asked, dated)
    ]


def _every_phrase_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(candidates, "liveness", lambda _conn, _cache: lambda _phrase: True)


@pytest.mark.parametrize("question", QUESTIONS)
def test_leaving_them_out_finds_the_same(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    pruned = _answers(engine, question)
    _every_phrase_searched(monkeypatch)
    assert _answers(engine, question) == pruned


@pytest.mark.parametrize(
    "question",
    [*QUESTIONS, "when did altman get fired", "how many staff does openai have"],
)
def test_a_window_ranked_by_its_phrases_finds_the_same(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """On a large index a frequent term's query is ranked over a window, by bm25's formula
    worked out here (knowledge.window), which credits a highlighted word to each phrase it
    resembles ("back" to "backer" as well as "backing"): it is weighed by every phrase of
    the question, those left out of the query too. (Here every term is made frequent.)"""
    monkeypatch.setattr(candidates, "DF_CAP", 3)

    def answers() -> list[object]:
        engine = Engine(seed_index)  # (counts of its own, made with the cap)
        try:
            return _answers(engine, question)
        finally:
            engine.close()

    pruned = answers()
    _every_phrase_searched(monkeypatch)
    assert answers() == pruned


def test_a_term_none_of_whose_forms_match_keeps_them_all() -> None:
    term = Term(text="leave", forms=("leave", "quit"))
    assert candidates.group_of(term, lambda _p: False) == '("leave" OR "quit")'
    assert candidates.group_of(term, lambda p: p == '"quit"') == '("quit")'


def test_the_counts_kept_do_not_grow_with_what_people_type(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every word typed is counted, even one no article uses: the counts kept for an index
    build are let go past FREQUENCIES_KEPT, and what is asked next is answered the same."""
    from knowledge import engine as engine_module

    monkeypatch.setattr(engine_module, "FREQUENCIES_KEPT", 10)
    engine = Engine(seed_index)
    sizes = []
    for n in range(60):
        made_up = "".join(chr(ord("a") + (n * 7 + i * 3) % 26) for i in range(4 + n % 5))
        engine.ask(f"what is {made_up} {made_up[::-1]}")
        sizes.append(len(engine._frequencies))
    assert max(sizes) <= 10 + 8  # the cap, and what one question adds
    asked = engine.ask("when did musk leave")
    fresh = Engine(seed_index).ask("when did musk leave")
    assert [h.passage.id for h in asked.hits] == [h.passage.id for h in fresh.hits]
    engine.close()

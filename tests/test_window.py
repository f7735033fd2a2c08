"""A window of frequent matches is ranked here with bm25's formula, on bm25's own scale."""

import functools
import itertools
import math
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from knowledge import window
from knowledge.answering import candidates
from knowledge.engine import Engine
from knowledge.search import run_match, since
from knowledge.sqlite import connect


def test_phrases_are_the_quoted_ones_unescaped_and_folded() -> None:
    expression = '("Sam Altman" OR "Altman") AND ("said ""no""" OR "LEFT" OR "left")'
    assert window.phrases(expression) == ("sam altman", "altman", 'said "no"', "left")


def test_a_highlighted_form_counts_for_its_own_phrase_or_its_stem() -> None:
    which = window._Phrases(("leave", "left", "step down"))
    assert which.of("Left") == ("left",)
    assert which.of("leaving") == ("leave",)  # porter matched it; it shares "leav"
    assert which.of("stepped  down") == ("step down",)


def test_a_span_counts_for_every_phrase_found_in_it() -> None:
    """FTS5 highlights overlapping matches as one span, and bm25 counts every phrase that
    matched, a stem's other forms included."""
    names = window._Phrases(("sam altman", "altman"))
    assert names.of("Sam Altman") == ("sam altman", "altman")
    assert names.of("Altman") == ("altman",)
    forms = window._Phrases(("invest", "invested", "investment", "leave", "left"))
    assert forms.of("invested") == ("invest", "invested", "investment")
    assert forms.of("left") == ("left",)
    assert forms.of("leaving") == ("leave",)


def test_a_phrase_without_a_counted_word_is_weighed_by_its_matches(seed_index: Path) -> None:
    conn = connect(seed_index)
    try:
        rows = conn.execute("SELECT max(id) FROM passages").fetchone()[0]
        found = window.weights(conn, ("o1", "musk"))
        matches = window._matches(conn, "o1")
        expected = max(1e-6, math.log((rows - matches + 0.5) / (matches + 0.5)))
        assert found["o1"] == expected
    finally:
        conn.close()


def test_a_window_ranks_as_fts5_does_on_the_same_scale(seed_index: Path) -> None:
    conn = connect(seed_index)
    try:
        for expression in (
            '"board"',
            '"Musk" AND ("leave" OR "left" OR "quit")',
            '"Microsoft" AND ("invest" OR "invested" OR "investment")',
            '("Sam Altman" OR "Altman")',
        ):
            ranked, _ = run_match(
                conn, expression, trigram=False, limit=3, offset=0, whole=True, marked=False
            )
            windowed, _ = run_match(
                conn,
                expression,
                trigram=False,
                limit=3,
                offset=0,
                whole=True,
                marked=False,
                window=1000,
            )
            assert windowed[0].passage.id == ranked[0].passage.id
            assert [h.score for h in windowed] == sorted(h.score for h in windowed)
            # bm25's scale: the same sign and within a third of FTS5's own score
            assert 0.75 < windowed[0].score / ranked[0].score < 1.33, expression
    finally:
        conn.close()


def test_a_window_holds_only_the_last_matches_in_index_order(seed_index: Path) -> None:
    conn = connect(seed_index)
    try:
        every = [
            int(r[0])
            for r in conn.execute(
                "SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'OpenAI' ORDER BY rowid"
            )
        ]
        hits, more = run_match(
            conn, '"OpenAI"', trigram=False, limit=50, offset=0, marked=False, window=5
        )
        assert sorted(h.passage.id for h in hits) == every[-5:]
        assert not more
    finally:
        conn.close()


def test_a_phrase_is_counted_once_per_state_of_the_index(tmp_path: Path) -> None:
    """A stem no passage uses as a word is counted for many questions: once, until
    another connection (a rebuild) changes the file."""
    path = tmp_path / "fts.db"
    writer = sqlite3.connect(path)
    writer.execute("CREATE VIRTUAL TABLE passages_fts USING fts5(text, tokenize='porter')")
    writer.executemany(
        "INSERT INTO passages_fts (text) VALUES (?)", [("She resigned.",), ("He resigns.",)]
    )
    writer.commit()
    reader = sqlite3.connect(path)
    counts: list[str] = []
    reader.set_trace_callback(lambda s: counts.append(s) if "count(*)" in s else None)
    assert window._matches(reader, "resign") == 2
    assert window._matches(reader, "resign") == 2 and len(counts) == 1
    writer.execute("INSERT INTO passages_fts (text) VALUES ('They resign.')")
    writer.commit()
    assert window._matches(reader, "resign") == 3 and len(counts) == 2
    reader.close()
    writer.close()


def test_a_window_reads_only_its_page_whole_and_ranks_as_when_it_read_every_row(
    seed_index: Path,
) -> None:
    """The page of a window is the one read by ranking every row with its passage, article
    and snippet: the same rows, in the same order, with the same scores and snippets."""
    from knowledge.search import _SQL, _hits, _rows

    conn = connect(seed_index)
    expressions = ['"OpenAI"', '("Musk" OR "Elon Musk") AND ("left" OR "leave")', '"board"']
    checked = 0
    for expression in expressions:
        for whole in (False, True):
            for events_only in (False, True):
                for marked in (False, True):
                    every = _rows(
                        conn,
                        _SQL[False, whole, events_only, marked, True, True],
                        (expression, 60, 0),
                    )
                    by_score = window.ranked(conn, expression, every, text=3, marked=7)
                    for offset, limit in ((0, 5), (5, 5), (0, 80)):
                        page = by_score[offset : offset + limit + 1]
                        hits, more = run_match(
                            conn,
                            expression,
                            trigram=False,
                            limit=limit,
                            offset=offset,
                            whole=whole,
                            events_only=events_only,
                            marked=marked,
                            window=60,
                        )
                        assert hits == _hits(page[:limit])
                        assert more == (len(page) > limit)
                        checked += bool(hits)
    conn.close()
    assert checked >= 30


def test_a_window_holding_every_match_reads_them_forwards_to_the_same_hits(
    seed_index: Path,
) -> None:
    """`every` (the caller knows fewer match than the window holds) walks the matches in
    index order, and ranks them as read newest first: the same hits, in the same order,
    ties included."""
    conn = connect(seed_index)
    try:
        for expression in ('"OpenAI"', '"Musk" AND ("leave" OR "left" OR "quit")', '"board"'):
            for events_only in (False, True):
                read = functools.partial(
                    run_match,
                    conn,
                    expression,
                    trigram=False,
                    limit=40,
                    offset=0,
                    marked=False,
                    window=1000,
                    events_only=events_only,
                )
                backwards, _ = read()
                forwards, _ = read(every=True)
                assert backwards, expression
                assert forwards == backwards, (expression, events_only)
        # a caller wrong about it still gets the newest matches, not the oldest
        newest, _ = run_match(conn, '"OpenAI"', trigram=False, limit=5, offset=0, window=5)
        told, _ = run_match(
            conn, '"OpenAI"', trigram=False, limit=5, offset=0, window=5, every=True
        )
        assert told == newest
    finally:
        conn.close()


def test_since_bounds_a_walk_to_one_sides_last_matches(seed_index: Path) -> None:
    """`since` is the id of the span-th newest match (0 when there are fewer), and a window
    from it holds only the matches of the AND within that range."""
    conn = connect(seed_index)
    try:
        musk = [
            int(r[0])
            for r in conn.execute(
                "SELECT rowid FROM passages_fts WHERE passages_fts MATCH '\"Musk\"' "
                "ORDER BY rowid DESC"
            )
        ]
        assert len(musk) > 20
        assert since(conn, '"Musk"', 20) == musk[19]
        assert since(conn, '"Musk"', len(musk) + 1) == 0
        expression = '"Musk" AND ("OpenAI" OR "board" OR "left")'
        hits, _ = run_match(
            conn,
            expression,
            trigram=False,
            limit=50,
            offset=0,
            marked=False,
            window=400,
            since=musk[19],
        )
        every, _ = run_match(
            conn, expression, trigram=False, limit=50, offset=0, marked=False, window=400
        )
        assert len(every) < 50  # every match is in both pages, whatever their scores
        assert {h.passage.id for h in hits} == {
            h.passage.id for h in every if h.passage.id >= musk[19]
        }
        assert len(hits) < len(every)
    finally:
        conn.close()


def test_a_frequent_subject_and_action_are_walked_over_the_subjects_last_matches(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With both sides frequent (DF_CAP lowered so the seeds have such questions), the
    subject-and-action query is walked from the subject's SPAN-th newest match on, and
    again over all of them when that range holds none."""
    monkeypatch.setattr(candidates, "DF_CAP", 5)
    calls: list[tuple[str, int, int]] = []
    real = run_match

    def spy(conn: sqlite3.Connection, expression: str, **kwargs: Any) -> Any:
        hits, more = real(conn, expression, **kwargs)
        calls.append((expression, int(kwargs.get("since", 0)), len(hits)))
        return hits, more

    monkeypatch.setattr(candidates, "run_match", spy)
    engine = Engine(seed_index)
    conn = connect(seed_index)
    try:
        bounded: list[tuple[str, int, int]] = []
        for span in (2, 30):
            monkeypatch.setattr(candidates, "SPAN", span)
            calls.clear()
            for question in ("when did musk leave", "why did altman leave", "did musk sue"):
                engine.ask(question)
                engine.when(question)
            for expression, first, found in (c for c in calls if c[1]):
                assert first == since(conn, expression.split(" AND ")[0], span)
                bounded.append((expression, first, found))
            for (expression, first, found), after in itertools.pairwise(calls):
                if first and not found:
                    assert after[:2] == (expression, 0)  # walked again, over every match
        assert any(found for _e, _s, found in bounded)  # the range held some
        assert any(not found for _e, _s, found in bounded)  # and some held none
    finally:
        conn.close()
        engine.close()

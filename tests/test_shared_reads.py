"""`when` asks its question twice (dated, then, when unsure, undated): the second pass reads
no window the first one read, and answers as it would have alone."""

import contextlib
import threading
from collections import Counter
from pathlib import Path

import pytest

from adapters.reply_json import reply_to_json
from bot.commands import when as when_command
from bot.router import Router
from knowledge import search
from knowledge.answering import candidates
from knowledge.engine import Engine
from knowledge.model import Hit
from knowledge.search import run_match, shared_reads, since
from knowledge.sqlite import connect

QUESTION = "when did altman leave"


def _walks(statements: list[str]) -> Counter[str]:
    """The statements that walk a term's matches: windows, and a side's SPAN-th newest."""
    return Counter(
        s for s in statements if "highlight(passages_fts" in s or "ORDER BY rowid DESC LIMIT 1" in s
    )


def test_a_when_asked_twice_walks_each_window_once_and_answers_the_same(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (DF_CAP and SPAN lowered, so that the seeds have a busy person and a frequent action)
    monkeypatch.setattr(candidates, "DF_CAP", 5)
    monkeypatch.setattr(candidates, "SPAN", 30)
    engine = Engine(seed_index)
    try:
        router = Router(engine)
        assert not engine.when(QUESTION.removeprefix("when ")).confident  # asked twice
        statements: list[str] = []
        engine._conn().set_trace_callback(statements.append)
        shared = reply_to_json(router.handle_text(QUESTION))
        walked = _walks(statements)
        assert walked, "no window was walked: the question no longer tests this"
        assert max(walked.values()) == 1, walked.most_common(1)
        statements.clear()
        monkeypatch.setattr(when_command, "shared_reads", contextlib.nullcontext)
        alone = reply_to_json(router.handle_text(QUESTION))
        assert max(_walks(statements).values()) > 1  # (read twice without it)
        assert shared == alone
    finally:
        engine.close()


@pytest.mark.parametrize("window", [400, 3])
def test_a_dated_window_taken_from_every_match_is_the_one_read_alone(
    seed_index: Path, window: int
) -> None:
    """Within `shared_reads`, a dated window over a bounded range is the undated one's
    dated rows when that one holds every match, and read from the index when it does not
    (a window of 3)."""
    conn = connect(seed_index)

    def hits(expression: str, first: int, every: bool, dated: bool) -> tuple[Hit, ...]:
        found, _more = run_match(
            conn,
            expression,
            trigram=False,
            limit=5,
            offset=0,
            window=window,
            since=first,
            every=every,
            events_only=dated,
        )
        return found

    compared = derived = 0
    try:
        for expression in (
            '("Sam Altman" OR "Altman") AND ("leave" OR "left" OR "fired")',
            '"Musk" AND ("leave" OR "left" OR "quit")',
            '"Microsoft" AND ("invest" OR "invested" OR "investment")',
        ):
            first = since(conn, expression.split(" AND ")[0], 30)
            assert first > 0
            for bounds in ((first, False), (0, True)):
                alone = hits(expression, *bounds, dated=True)
                full = len(
                    search._window_rows(conn, expression, False, bounds[1], bounds[0], window)
                )
                executed: list[str] = []
                with shared_reads():
                    hits(expression, *bounds, dated=False)
                    conn.set_trace_callback(executed.append)
                    dated = hits(expression, *bounds, dated=True)
                    conn.set_trace_callback(None)
                assert dated == alone, (expression, bounds)
                # (taken from the undated window's rows when that one was not full)
                walked = [s for s in executed if "JOIN events" in s and "highlight(" in s]
                assert bool(walked) == (full >= window), (expression, bounds, walked)
                derived += not walked
                compared += len(dated)
        assert compared  # (some dated passage was compared)
        assert derived or window == 3  # (some window held every match of its range)
    finally:
        conn.close()


def test_rows_read_again_are_a_copy_and_kept_for_the_request_alone(seed_index: Path) -> None:
    conn = connect(seed_index)
    sql = "SELECT id FROM passages ORDER BY id LIMIT 3"
    try:
        executed: list[str] = []
        conn.set_trace_callback(executed.append)
        with shared_reads():
            first = search._read_once(conn, sql, ())
            first.reverse()  # (as a window read forwards is)
            again = search._read_once(conn, sql, ())
        assert again == sorted(again) and len(again) == 3
        assert executed == [sql]
        search._read_once(conn, sql, ())  # outside it: read again
        assert executed == [sql, sql]
        other = connect(seed_index)  # another connection (another index) reads its own
        try:
            other.set_trace_callback(executed.append)
            with shared_reads():
                search._read_once(conn, sql, ())
                search._read_once(other, sql, ())
            assert executed == [sql] * 4
        finally:
            other.close()
    finally:
        conn.close()


def test_threads_do_not_share_reads() -> None:
    """A worker thread starts with its own context: a request's reads stay its own."""
    seen: list[object] = []
    with shared_reads():
        worker = threading.Thread(target=lambda: seen.append(search._SHARED.get()))
        worker.start()
        worker.join()
    assert seen == [None]
    assert search._SHARED.get() is None

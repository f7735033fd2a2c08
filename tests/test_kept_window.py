"""A `when` the dated sentences cannot answer asks again of every sentence: the bounded
window of a subject and its act is walked once for both, and gives each what its own
query would have."""

import threading
from pathlib import Path

from knowledge.search import _WINDOW_SQL, _window, run_match
from knowledge.sqlite import connect
from tests.one_article import index_over

STORY = (
    "Tova Lind left quietly, colleagues said. Tova Lind never left her old friends behind."
    "\n\nTova Lind joined Brightwater in 2015. Tova Lind left the board in March 2019, and"
    " she left the company a year later. That was in May 2020.\n\nTova Lind left the"
    " board of Harrow Mills on June 3, 2021. Later, Tova Lind left the city for good."
)
EXPRESSION = '("Tova Lind" OR "Lind") AND ("left" OR "leave")'


def _walks(
    tmp_path: Path, since: int, every: bool
) -> tuple[list[tuple[int, float]], list[tuple[int, float]], int]:
    conn = connect(index_over(tmp_path, STORY, title="Brightwater"))
    walked: list[str] = []
    conn.set_trace_callback(lambda sql: walked.append(sql) if "passages_fts MATCH" in sql else None)
    found = []
    for events_only in (True, False):
        hits, _more = run_match(
            conn,
            EXPRESSION,
            trigram=False,
            limit=10,
            offset=0,
            whole=True,
            marked=False,
            events_only=events_only,
            window=400,
            since=since,
            every=every,
        )
        found.append([(h.passage.id, h.score) for h in hits])
    conn.set_trace_callback(None)
    # what each query alone gives (the events-only one a row per event, as its JOIN does)
    alone = [
        [r[0] for r in conn.execute(_WINDOW_SQL[events, every], (EXPRESSION, since, 400))]
        for events in (True, False)
    ]
    conn.close()
    assert sorted({i for i, _s in found[0]}) == sorted(set(alone[0]))
    assert sorted(i for i, _s in found[1]) == sorted(alone[1])
    return found[0], found[1], sum("highlight(" in sql for sql in walked)


def test_the_window_of_every_match_is_walked_once_for_both(tmp_path: Path) -> None:
    dated, every, walks = _walks(tmp_path, since=1, every=False)
    assert walks == 1
    assert len(dated) < len(every)  # the undated ones are the second ask's too


def test_a_window_known_whole_is_walked_once_in_index_order(tmp_path: Path) -> None:
    dated, every, walks = _walks(tmp_path, since=0, every=True)
    assert walks == 1
    assert len(dated) < len(every)


def test_the_dated_window_is_the_one_its_own_query_gives(tmp_path: Path) -> None:
    conn = connect(index_over(tmp_path, STORY, title="Brightwater"))
    for since, every in ((1, False), (0, True)):
        rows = _window(conn, EXPRESSION, since, 400, events_only=True, every=every)
        joined = [
            tuple(r) for r in conn.execute(_WINDOW_SQL[True, every], (EXPRESSION, since, 400))
        ]
        assert rows == joined
        assert len(rows) >= 3
    # a window the matches fill may leave some out: the dated one is then its own query's
    rows = _window(conn, EXPRESSION, 1, 2, events_only=True, every=False)
    assert rows == [tuple(r) for r in conn.execute(_WINDOW_SQL[True, False], (EXPRESSION, 1, 2))]
    conn.close()


def test_a_kept_window_is_its_threads_own(tmp_path: Path) -> None:
    """Windows are kept per thread, as connections are: another thread's ask walks its own
    (and never drops one while this thread reads it)."""
    conn = connect(index_over(tmp_path, STORY, title="Brightwater"))
    walked: list[str] = []
    conn.set_trace_callback(lambda sql: walked.append(sql) if "highlight(" in sql else None)

    def ask(events_only: bool) -> None:
        _window(conn, EXPRESSION, 1, 400, events_only=events_only, every=False)

    for events_only in (True, False):
        thread = threading.Thread(target=ask, args=(events_only,))
        thread.start()
        thread.join()
    assert len(walked) == 2
    ask(True)
    ask(False)
    conn.set_trace_callback(None)
    conn.close()
    assert len(walked) == 3

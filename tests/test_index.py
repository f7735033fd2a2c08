"""The index: deterministic, idempotent, stale-aware, WAL, and blind to the state database."""

import gc
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.database import head, revision
from bot.state import StateStore
from knowledge.articles import Article
from knowledge.dates import day_number
from knowledge.engine import Engine
from knowledge.extract import in_order, uncollected
from knowledge.indexer import build_index, fingerprint, is_current, stored_fingerprint
from knowledge.query import has_cjk

TABLES = ("meta", "articles", "passages")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        conn.close()


def test_rebuild_is_deterministic(tmp_path: Path, seed_articles: tuple[Article, ...]) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    stats_a = build_index(seed_articles, a)
    stats_b = build_index(seed_articles, b)
    assert stats_a == stats_b
    assert stats_a.articles == 5 and stats_a.passages > 250
    assert dump(a) == dump(b)


def test_rebuild_in_place_is_idempotent(tmp_path: Path, seed_articles: tuple[Article, ...]) -> None:
    path = tmp_path / "index.db"
    build_index(seed_articles, path)
    first = dump(path)
    build_index(seed_articles, path)
    assert dump(path) == first
    conn = sqlite3.connect(path)
    fts_rows = conn.execute("SELECT count(*) FROM passages_fts").fetchone()[0]
    assert fts_rows == len(first["passages"])
    # the trigram index holds the passages with CJK text, and only them
    tri = "SELECT count(*) FROM passages_tri WHERE passages_tri MATCH ?"
    assert conn.execute(tri, ('"创始团队"',)).fetchone()[0] > 0
    assert conn.execute(tri, ('"Musk"',)).fetchone()[0] == len(
        [r for r in first["passages"] if "Musk" in str(r) and has_cjk(str(r))]
    )


def test_stale_detection(tmp_path: Path, seed_articles: tuple[Article, ...]) -> None:
    path = tmp_path / "index.db"
    assert not is_current(path, seed_articles)
    build_index(seed_articles, path)
    assert is_current(path, seed_articles)
    assert stored_fingerprint(path) == fingerprint(seed_articles)
    edited = (replace(seed_articles[0], text=seed_articles[0].text + "\nA new line."),)
    assert not is_current(path, edited + seed_articles[1:])
    retitled = replace(seed_articles[1], meta=replace(seed_articles[1].meta, title="Other"))
    assert not is_current(path, (seed_articles[0], retitled, *seed_articles[2:]))


def test_wal_and_busy_timeout(seed_index: Path, tmp_path: Path, engine: Engine) -> None:
    conn = sqlite3.connect(seed_index)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    state = StateStore(tmp_path / "state.db")
    assert state.query("PRAGMA journal_mode")[0][0] == "wal"
    assert state.query("PRAGMA busy_timeout")[0][0] >= 1000
    assert engine._conn().execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_reindex_never_touches_state(tmp_path: Path, seed_articles: tuple[Article, ...]) -> None:
    index_path, state_path = tmp_path / "index.db", tmp_path / "state.db"
    state = StateStore(state_path)
    state.subscribe("slack", "C1", "09:00", "Europe/Berlin", "U1")
    state.close()
    before = state_path.read_bytes()
    build_index(seed_articles, index_path)
    build_index(seed_articles[:2], index_path)
    assert state_path.read_bytes() == before
    state = StateStore(state_path)
    assert [r.channel for r in state.subscriptions()] == ["C1"]


def test_live_reader_sees_the_rebuilt_index(
    tmp_path: Path, seed_articles: tuple[Article, ...]
) -> None:
    path = tmp_path / "index.db"
    build_index(seed_articles[:1], path)
    engine = Engine(path)
    assert len(engine.sources()) == 1
    build_index(seed_articles, path)
    assert len(engine.sources()) == 5
    assert engine.search("speciesist").hits


def test_state_migrations_are_repeatable(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    StateStore(path).close()
    again = StateStore(path)
    assert revision(again.engine) == head()


def test_extraction_in_processes_builds_the_same_index(tmp_path: Path) -> None:
    """A large corpus is extracted in a process per core; the index is the same as the
    one a single process builds, row for row, in every table."""
    from bench.corpus import CorpusGenerator

    articles = tuple(CorpusGenerator(11).articles(80))

    def built(workers: int) -> dict[str, list[Any]]:
        path = tmp_path / f"index-{workers}.db"
        build_index(articles, path, workers=workers)
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        keyed = {  # a WITHOUT ROWID table is in its key's order
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%WITHOUT ROWID'")
        }
        dump = {
            t: conn.execute(
                f"SELECT * FROM [{t}]{'' if t in keyed else ' ORDER BY rowid'}"
            ).fetchall()
            for t in tables
            if not t.startswith("passages_")
        }
        conn.close()
        return dump

    one, two = built(1), built(2)
    assert one["events"] and one["mentions"] and one["roles"] and one["entity_events"]
    assert one["related"] and one["entity_roles"]
    assert two == one


def test_sources_come_a_page_at_a_time(tmp_path: Path) -> None:
    """An index of many articles lists them a page per reply, in corpus order, with the
    buttons and the command for the pages around it."""
    from bench.corpus import CorpusGenerator
    from bot.commands.sources import PAGE_SIZE
    from bot.router import Router

    articles = tuple(CorpusGenerator(12).articles(2 * PAGE_SIZE + 3))
    path = tmp_path / "index.db"
    build_index(articles, path)
    router = Router(Engine(path))
    first = router.handle_text("sources")
    assert first.title == f"Sources: {len(articles)} articles"
    assert [c.article for c in first.citations] == [a.id for a in articles[:PAGE_SIZE]]
    assert [b.command for b in first.buttons] == ["sources page:2"]
    assert "sources page:2" in first.footer
    second = router.handle_text("sources page:2")
    assert [b.command for b in second.buttons] == ["sources page:1", "sources page:3"]
    last = router.handle_text("sources page:3")
    assert [c.article for c in last.citations] == [a.id for a in articles[-3:]]
    assert [b.command for b in last.buttons] == ["sources page:2"] and not last.footer
    beyond = router.handle_text("sources page:4")
    assert not beyond.ok and "3 page(s)" in beyond.title and not beyond.citations


def test_an_articles_passages_are_an_id_range_in_order(seed_index: Path, engine: Engine) -> None:
    """The sentences around a passage are read as an id range (no index on article and
    place): each article's passages have consecutive ids in their order, and the count
    `sources` shows is the number stored."""
    conn = sqlite3.connect(seed_index)
    try:
        rows = conn.execute("SELECT id, article, seq FROM passages ORDER BY id").fetchall()
        counts = dict(conn.execute("SELECT id, passages FROM articles").fetchall())
    finally:
        conn.close()
    first: dict[int, int] = {}
    for passage_id, article, seq in rows:
        assert passage_id - seq == first.setdefault(article, passage_id)
    assert len(first) == len(counts) > 1
    shown = {a.id: a.passages for a in engine.sources()}
    assert shown == counts and sum(shown.values()) == len(rows)


def test_the_full_text_index_is_one_b_tree(seed_index: Path) -> None:
    conn = sqlite3.connect(seed_index)
    try:
        segments = conn.execute("SELECT count(DISTINCT segid) FROM passages_fts_idx").fetchone()
        assert segments[0] == 1  # merged by optimize after the bulk load
    finally:
        conn.close()


def test_a_built_index_has_no_free_pages_and_full_b_trees(tmp_path: Path) -> None:
    """Optimize frees the pages of the levels it merged, and appending to a table without
    rowids leaves its pages part empty; the copy into place would carry both along."""
    from bench.corpus import CorpusGenerator

    path = tmp_path / "index.db"
    build_index(tuple(CorpusGenerator(3).articles(400)), path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        for table in ("mentions", "entity_events"):
            used, size = conn.execute(
                "SELECT sum(pgsize - unused), sum(pgsize) FROM dbstat WHERE name = ?", (table,)
            ).fetchone()
            assert used > 0.95 * size, table
    finally:
        conn.close()


def test_a_build_reads_each_article_once(
    tmp_path: Path, seed_articles: tuple[Article, ...]
) -> None:
    """A folder is read from disk once: the extraction's second pass reads the passages
    back from the database, and the fingerprint is of what that one pass read."""
    passes: list[int] = []

    class Counted(tuple[Article, ...]):
        def __iter__(self) -> Iterator[Article]:
            passes.append(1)
            return super().__iter__()

    stats = build_index(Counted(seed_articles), tmp_path / "index.db")
    assert len(passes) == 1
    assert stats.fingerprint == fingerprint(seed_articles)
    assert stored_fingerprint(tmp_path / "index.db") == fingerprint(seed_articles)
    # so a stream of articles is built as it comes, never held whole
    streamed = build_index((a for a in seed_articles), tmp_path / "streamed.db")
    assert streamed == stats


def _collecting(_item: int) -> bool:
    return gc.isenabled()


def _negated(item: int) -> int:
    return -item


def test_the_processes_are_handed_the_next_batch_before_this_one_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Results come in the items' order, and the processes always have a batch waiting
    (no pause at each batch's end), while no more than two batches are ever taken."""
    from knowledge import extract

    monkeypatch.setattr(extract, "BATCH", 3)
    taken: list[int] = []

    def items() -> Iterator[int]:
        for item in range(20):
            taken.append(item)
            yield item

    got: list[int] = []
    for result in in_order(_negated, items(), 2):
        got.append(result)
        batch = (len(got) - 1) // 3
        assert len(taken) == min(20, (batch + 2) * 3)
    assert got == [-item for item in range(20)]


def test_a_build_runs_without_the_cycle_collector_and_restores_it(tmp_path: Path) -> None:
    """A build (its main process and every extracting one) runs without cyclic garbage
    collection, and leaves the collector as it found it."""
    from bench.corpus import CorpusGenerator

    articles = tuple(CorpusGenerator(5).articles(40))

    def left(count: int) -> int:
        """Objects in cycles a build of `count` articles leaves (the collector off until
        they are counted)."""
        gc.collect()
        gc.disable()
        try:
            build_index(articles[:count], tmp_path / f"left-{count}.db")
            return gc.collect()
        finally:
            gc.enable()

    left(4)  # (the first build imports what it needs)
    assert left(40) <= left(4)  # no cycle per article: the memory held follows the batch
    seen: list[bool] = []
    build_index(articles, tmp_path / "index.db", progress=lambda _a: seen.append(gc.isenabled()))
    assert seen == [False] * 40 and gc.isenabled()

    def failing(_article: Article) -> None:
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        build_index(articles, tmp_path / "again.db", progress=failing)
    assert gc.isenabled()
    assert list(in_order(_collecting, range(4), 2)) == [False] * 4
    gc.disable()
    try:
        with uncollected():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()


def test_each_role_row_keeps_its_passages_date(seed_index: Path) -> None:
    conn = sqlite3.connect(f"file:{seed_index}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT r.at, e.sort_key FROM roles r LEFT JOIN events e ON e.passage_id = r.passage_id"
        ).fetchall()
    finally:
        conn.close()
    assert rows and any(at for at, _key in rows)
    assert all(at == day_number(key or "") for at, key in rows)

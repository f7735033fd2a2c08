"""Search: ranking, highlighting, CJK and substrings, phrases, fallbacks and pages."""

import sqlite3

import pytest

from knowledge import search
from knowledge.engine import Engine
from knowledge.query import Query, parse_query
from knowledge.window import HIT_END, HIT_START


def test_azure_batch_finds_the_email(engine: Engine) -> None:
    result = engine.search("azure batch")
    assert result.mode == "all"
    top = result.hits[0]
    assert top.passage.article.id.startswith("000")
    assert {"azure", "batch"} <= top.matched_terms
    assert "Azure Batch" in top.passage.text


def test_ranking_prefers_denser_matches(engine: Engine) -> None:
    result = engine.search("sutskever resigned")
    assert result.hits[0].passage.article.id.startswith("003")
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores)


def test_stemming(engine: Engine) -> None:
    assert engine.search("resign").hits  # finds "resigned" / "resignation"


def test_highlight_marks_the_match(engine: Engine) -> None:
    (hit,) = engine.search("speciesist").hits
    marked = [m.text for m in hit.snippet if m.hit]
    assert marked == ["speciesist"]
    assert hit.passage.article.id.startswith("002")


def test_cjk_search(engine: Engine) -> None:
    result = engine.search("创始团队")
    assert result.mode == "substring"
    assert result.hits[0].passage.article.id.startswith("003")
    assert any(m.hit and m.text == "创始团队" for m in result.hits[0].snippet)


def test_substring_fallback(engine: Engine) -> None:
    result = engine.search("speciesis")
    assert result.mode == "substring"
    assert "speciesist" in result.hits[0].passage.text


def test_inside_a_word_anywhere(engine: Engine) -> None:
    """A term found only inside longer words finds them, wherever in the word it is."""
    for part in ("peciesis", "SPECIESI"):
        result = engine.search(part)
        assert result.mode == "substring"
        assert [m.text for m in result.hits[0].snippet if m.hit] == ["speciesist"]


def test_a_phrase_may_end_inside_a_word(engine: Engine) -> None:
    result = engine.search('"Sun Vall"')
    assert result.mode == "substring"
    assert all("Sun Valley" in h.passage.text for h in result.hits)


def test_a_term_in_no_word_finds_nothing_inside_words(engine: Engine) -> None:
    assert engine.search("speciesist qqqzz").mode == "any"


def test_phrase(engine: Engine) -> None:
    phrase = engine.search('"Sun Valley"')
    assert phrase.hits and all("Sun Valley" in h.passage.text for h in phrase.hits)


def test_any_fallback(engine: Engine) -> None:
    result = engine.search("speciesist zebra")
    assert result.mode == "any"
    assert "speciesist" in result.hits[0].passage.text


def test_pages_do_not_overlap(engine: Engine) -> None:
    first = engine.search("openai", limit=5)
    second = engine.search("openai", limit=5, offset=5)
    assert first.has_more and len(second.hits) == 5
    assert {h.passage.id for h in first.hits}.isdisjoint(h.passage.id for h in second.hits)


def test_nothing_found(engine: Engine) -> None:
    result = engine.search("zebra giraffe")
    assert result.mode == "none" and not result.hits


def test_ask_picks_the_answering_sentence(engine: Engine) -> None:
    result = engine.ask("how much did sutskever earn in 2016")
    assert "$1.9 million" in result.hits[0].passage.text
    assert not engine.ask("banana smoothie recipe").hits


def test_very_common_words_skip_ranking(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "COMMON_MATCHES", 20)
    result = engine.search("openai", limit=5)
    assert result.mode == "common"
    ids = [h.passage.id for h in result.hits]
    assert ids == sorted(ids, reverse=True) and result.has_more
    assert all("openai" in h.matched_terms for h in result.hits)
    assert engine.search("speciesist").mode == "all"


def test_query_length_and_term_caps(engine: Engine) -> None:
    """A 100 KB message costs no more than a short one: the text is cut at
    MAX_QUERY_CHARS and at most MAX_TERMS words are looked up, the first ones, in order."""
    from knowledge.query import MAX_QUERY_CHARS, MAX_TERMS, parse_query

    words = [f"zq{chr(97 + i // 26)}{chr(97 + i % 26)}x" for i in range(40)]
    parsed = parse_query(" ".join(words))
    assert parsed.terms == tuple(words[:MAX_TERMS])
    long = parse_query("musk " + "x" * 100_000 + " altman")
    assert len(long.text) == MAX_QUERY_CHARS and "altman" not in long.terms
    assert engine.ask(" ".join(words)).unknown == tuple(words[:MAX_TERMS])


def test_scores_only_when_asked_in_the_same_order(engine: Engine) -> None:
    """Selecting bm25 beside FTS5's own ranking costs a second evaluation per match, so a
    caller that only shows the hits asks for none; the order is bm25's either way."""
    conn = engine._conn()
    expression = '"board" OR "nonprofit" OR "investor"'
    scored, _ = search.run_match(conn, expression, trigram=False, limit=12, offset=0)
    plain, _ = search.run_match(conn, expression, trigram=False, limit=12, offset=0, scored=False)
    assert len(scored) == 12
    assert [h.passage.id for h in plain] == [h.passage.id for h in scored]
    assert all(h.score < 0 for h in scored) and {h.score for h in plain} == {0.0}
    assert [h.score for h in scored] == sorted(h.score for h in scored)
    ranked = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT 12",
            (expression,),
        )
    ]
    assert [h.passage.id for h in scored] == ranked


def test_a_search_ranks_nothing_it_counted_empty(engine: Engine) -> None:
    """A search that finds nothing says so after counting: no ranking of an expression
    already counted empty, one term's "any" attempt is not its "all" again, and where no
    passage has any term, "any" is not ranked either."""
    conn = engine._conn()
    ranked: list[str] = []

    def seen(statement: str) -> None:
        if statement.lstrip().startswith("SELECT p.id"):
            ranked.append(statement)

    conn.set_trace_callback(seen)
    try:
        assert engine.search("zqxwvk").mode == "none"
        assert ranked == []
        assert engine.search("zqxwvk qlvbnm").mode == "none"
        assert ranked == []
        assert engine.search("speciesist qlvbnm").mode == "any"  # one term has matches
        assert '"speciesist" OR "qlvbnm"' in ranked[-1]
        ranked.clear()
        assert engine.search("board").mode == "all" and len(ranked) == 1
    finally:
        conn.set_trace_callback(None)


@pytest.mark.parametrize("setting", ["RANKED", "WALKED"])
def test_many_matches_of_several_words_are_ranked_over_a_window(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    """Several words with more matches than FTS5 should rank (or matches that take a long
    walk to find) are ranked over the last WINDOW matches in index order, never counted
    whole; with few, FTS5 ranks them all."""
    conn = engine._conn()
    expression = '"openai" "musk"'
    last = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC",
            (expression,),
        )
    ]
    assert len(last) > 8
    ranked = [
        r[0]
        for r in conn.execute(
            "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT 5",
            (expression,),
        )
    ]
    assert [h.passage.id for h in engine.search("openai musk").hits] == ranked
    monkeypatch.setattr(search, setting, 1)
    monkeypatch.setattr(search, "WINDOW", 6)
    result = engine.search("openai musk", limit=5)
    assert result.mode == "all" and len(result.hits) == 5 and result.has_more
    assert {h.passage.id for h in result.hits} <= set(last[:6])
    rest = engine.search("openai musk", limit=5, offset=5)
    assert len(rest.hits) == 1 and not rest.has_more  # the window ends the pages


def _own_snippets(conn: sqlite3.Connection, expression: str, ids: list[int]) -> dict[int, str]:
    """The snippets the index itself makes of rows `ids` for `expression`."""
    return dict(
        conn.execute(
            f"SELECT rowid, snippet(passages_fts, 0, '{HIT_START}', '{HIT_END}', '…', "
            f"{search.SNIPPET_TOKENS}) FROM passages_fts WHERE passages_fts MATCH ? "
            f"AND rowid IN ({','.join('?' * len(ids))})",
            (expression, *ids),
        ).fetchall()
    )


def test_a_window_s_snippets_are_the_index_s_own(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snippets of a page ranked over a window (made over its rows alone) are what
    FTS5 makes of the same rows in the index, for the searches' expressions and for
    phrases, ORs, NEAR and prefixes; nothing of them is left behind, a caller's own
    transaction stays open, and one this opened is closed even when it fails."""
    monkeypatch.setattr(search, "RANKED", 1)
    monkeypatch.setattr(search, "WINDOW", 12)
    conn = engine._conn()
    checked = 0
    for query in [
        "openai musk",
        "microsoft openai",
        "sam altman",
        "leaving openai",
        "investing microsoft",
    ]:
        expression = parse_query(query).match_all()
        for offset in (0, 5):
            result = engine.search(query, limit=5, offset=offset)
            if result.mode != "all":  # a fallback's expression is another
                continue
            ids = [h.passage.id for h in result.hits]
            own = _own_snippets(conn, expression, ids)
            assert [h.snippet for h in result.hits] == [search.parse_snippet(own[i]) for i in ids]
            checked += len(ids)
    assert checked >= 20 and not conn.in_transaction
    for expression in [
        '"sam altman" OR "board"',
        '("elon musk" OR "musk") AND "openai"',
        'NEAR("musk" "openai", 4)',
        '"invest"* "microsoft"',
    ]:
        rows = conn.execute(
            "SELECT p.id, p.text FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
            "WHERE passages_fts MATCH ? LIMIT 8",
            (expression,),
        ).fetchall()
        assert len(rows) >= 2, expression
        made = search.snippets(conn, expression, [(r[0], r[1]) for r in rows])
        assert made == _own_snippets(conn, expression, [r[0] for r in rows]), expression
    assert conn.execute("SELECT count(*) FROM temp.search_shown").fetchone()[0] == 0
    with pytest.raises(sqlite3.OperationalError):
        search.snippets(conn, '"board" AND AND', [(1, "The board met.")])
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM temp.search_shown").fetchone()[0] == 0
    conn.execute("BEGIN")
    try:
        assert search.snippets(conn, '"board"', [(1, "The board met.")]) == {
            1: f"The {HIT_START}board{HIT_END} met."
        }
        assert conn.in_transaction
    finally:
        conn.rollback()


def test_every_term_again_is_not_searched_again(engine: Engine) -> None:
    """When no term is inside a longer word (and none is too short to be looked for), the
    attempt inside words would search every term again: it is not searched twice. A term
    inside longer words still is."""
    conn = engine._conn()
    run: list[str] = []
    conn.set_trace_callback(run.append)
    try:
        assert engine.search("zq123x ql456").mode == "none"
        searched = [s for s in run if "passages_fts MATCH" in s]
        inside = [s for s in run if "vocabulary_tri MATCH" in s]
        run.clear()
        assert engine.search("speciesis").mode == "substring"
    finally:
        conn.set_trace_callback(None)
    assert len(searched) == 1  # one lookup: no term has a match, so neither has all
    assert inside == []  # a word of letters alone holds no digit: not looked for
    assert any("speciesist" in s for s in run if "passages_fts MATCH" in s)
    assert any("vocabulary_tri MATCH" in s for s in run)


def test_a_term_no_word_can_hold_is_not_looked_for_inside_words(engine: Engine) -> None:
    """Terms (three characters on, no space: the ones looked for inside words) with a digit
    or ASCII punctuation: the vocabulary's trigram index, asked, finds no word holding any
    of them, so leaving it unasked changes nothing."""
    conn = engine._conn()
    terms = ["gpt4o", "x.ai", "open-ai", "a_b", "10x", "it's", "ilya2", "o3-mini"]
    for term in terms:
        assert search._NOT_IN_WORDS_RE.search(term), term
        asked = conn.execute(search._WITHIN_SQL, (search._quoted(term), 32)).fetchall()
        assert asked == [], term
    assert not search._NOT_IN_WORDS_RE.search("Straße") and not search._NOT_IN_WORDS_RE.search(
        "speciesis"
    )


def test_every_term_again_finds_what_its_groups_found(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every term's own expression in place of the attempt inside words (when no term is
    inside a longer word) finds, page for page, what its groups of one word each found,
    whatever the case of the words, and pages past a window still find every term."""
    monkeypatch.setattr(search, "RANKED", 1)
    monkeypatch.setattr(search, "WINDOW", 6)
    real = search.within_words
    shortcuts: list[str] = []

    def spelled_out(conn: sqlite3.Connection, query: Query) -> str:
        found = real(conn, query)
        if found != query.match_all():
            return found
        shortcuts.append(query.text)
        return " AND ".join(f"({search._quoted(t)})" for t in query.substring_terms)

    def pages() -> list[tuple[str, int, str, bool, list[int]]]:
        found = []
        for query in ["Board", "BOARD", "gpt4o", "zq123x ql456", "Musk that", "elon MUSK"]:
            for offset in (0, 5, 10, 15):
                r = engine.search(query, limit=5, offset=offset)
                found.append((query, offset, r.mode, r.has_more, [h.passage.id for h in r.hits]))
        return found

    shortcut = pages()
    monkeypatch.setattr(search, "within_words", spelled_out)
    assert pages() == shortcut
    assert {"Board", "BOARD", "gpt4o", "Musk that", "elon MUSK"} <= set(shortcuts)
    # no term has a match, and none could be inside a longer word: not looked for there
    assert "zq123x ql456" not in shortcuts
    # past its window (6), a query of every term is searched whole: not "any" of them
    past = [mode for q, offset, mode, _m, hits in shortcut if q == "Musk that" and offset >= 10]
    assert past == ["substring", "substring"]


def test_the_vocabulary_knows_what_each_word_finds_alone(engine: Engine) -> None:
    """Every word's `matches` is what the full-text index finds for that word alone (its
    stem's passages: "leaving" finds "leave")."""
    conn = engine._conn()
    rows = conn.execute("SELECT word, matches FROM vocabulary").fetchall()
    assert len(rows) > 1000 and all(found is not None for _word, found in rows)
    for word, found in rows:
        alone = conn.execute(
            "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?", (f'"{word}"',)
        ).fetchone()[0]
        assert found == alone, word
    leave, leaving = (
        conn.execute("SELECT matches FROM vocabulary WHERE word = ?", (w,)).fetchone()[0]
        for w in ("leave", "leaving")
    )
    assert leave == leaving


QUERIES = [
    "board", "Board", "openai", "leaving", "speciesist", "musk altman", "openai musk",
    "of the board", '"sam altman" board', "zqxwvk", "zqxwvk board", "gpt4o", "naïve openai",
    "the", "Musk's lawsuit", "27th Wall Street Journal", "on the 27th", "Straße office",
    "3rd board", "co_founder musk",
]  # fmt: skip


@pytest.mark.parametrize("common", [10_000, 20])
def test_what_the_vocabulary_knows_changes_no_search(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, common: int
) -> None:
    """A search that takes a word's matches from the vocabulary instead of counting them
    finds what it found counting, page for page (with COMMON_MATCHES low enough that
    "openai" and "the" are common, and high enough that nothing is)."""
    monkeypatch.setattr(search, "COMMON_MATCHES", common)
    monkeypatch.setattr(search, "RANKED", 30)  # some queries ranked whole, some over a window

    def pages() -> list[tuple[str, str, bool, list[int]]]:
        found = []
        for query in QUERIES:
            for offset in (0, 5):
                r = engine.search(query, limit=5, offset=offset)
                found.append((query, r.mode, r.has_more, [h.passage.id for h in r.hits]))
        return found

    known = pages()
    monkeypatch.setattr(search, "_one_word", lambda conn, query: None)
    monkeypatch.setattr(
        search, "counts", lambda conn, query: search.Counts(_passages(conn, query), None)
    )
    assert pages() == known
    assert {mode for _q, mode, _m, _h in known} >= {"all", "none"}


def _passages(conn: sqlite3.Connection, query: Query) -> int:
    """The query's words' passages added up, as `search.counts` has them."""
    return sum(
        conn.execute(
            "SELECT coalesce(sum(passages), 0) FROM vocabulary WHERE word = ?", (w,)
        ).fetchone()[0]
        for w in search._words(query)
    )


def test_one_word_is_not_counted_before_it_is_ranked(engine: Engine) -> None:
    conn = engine._conn()
    counted: list[str] = []
    conn.set_trace_callback(lambda s: counted.append(s) if "count(*)" in s else None)
    try:
        assert engine.search("board").mode == "all"
        assert engine.search("board nonprofit").mode == "all"
        assert counted == []
        engine.search("gpt4o")  # letters and digits: the vocabulary has no such word
        assert counted and "MATCH '\"gpt4o\"'" in counted[0]
    finally:
        conn.set_trace_callback(None)

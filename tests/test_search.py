"""Search: ranking, highlighting, CJK and substrings, phrases, fallbacks and pages."""

import pytest

from knowledge import search
from knowledge.engine import Engine


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
    already counted empty, and one term's "any" attempt is not its "all" again."""
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
        assert len(ranked) == 1 and '"zqxwvk" OR "qlvbnm"' in ranked[0]
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

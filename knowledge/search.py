"""Full-text search over passages: bm25 ranking, highlighted snippets, CJK and substrings.

Order of attempts: every term (main porter index) → every term inside a longer word (the
vocabulary's trigrams name the words; a trigram index of the CJK passages serves Chinese,
Japanese and Korean) → any content term. The first that finds something wins, and the
result says which, so the reply can tell the user how loosely it matched.

bm25 scores every matching row before LIMIT, so a word in more than COMMON_MATCHES
passages ("openai" in a large corpus) would cost a full scan; it is answered with the most
recently indexed matches instead (mode "common"), and says so. Several words with many
matches, or whose matches take a long walk to find, are ranked over their last WINDOW
matches by knowledge.window (see RANKED and WALKED).
"""

import contextlib
import contextvars
import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from knowledge.model import PASSAGE_KINDS, ArticleInfo, Hit, Marked, Passage, SearchResult
from knowledge.query import Query, parse_query
from knowledge.window import HIT_END, HIT_START, WORD_RE, ranked

# The main full-text index's tokenizer (the indexer builds it with this one): porter
# stemming lets "resign" find "resigned"; diacritics are folded for names.
MAIN_TOKENIZER = "porter unicode61 remove_diacritics 2"
COMMON_MATCHES = 10_000
# A phrase or an AND of several words is ranked by FTS5 when it matches RANKED passages or
# fewer; with more matches, or when its words' matches add up to WALKED or more (so that
# finding them is a long walk, see Counts), over its last WINDOW matches in index order,
# by knowledge.window: bm25 over thousands of matches, after a walk to count them, took
# 30-100 ms at 100,000 articles.
RANKED = 2_000
WALKED = 200_000
WINDOW = 400
SNIPPET_TOKENS = 40

_ARTICLE_COLUMNS = (
    "a.id, a.title, a.outlet, a.original_source, a.published, a.precision, a.language, a.kind"
)


def _search_sql(
    table: str,
    *,
    whole: bool,
    events_only: bool = False,
    recent: bool = False,
    marked: bool = True,
    windowed: bool = False,
    scored: bool = True,
) -> str:
    # Most recent first, or a window ranked in Python (knowledge.window): neither may name
    # the rank column, or FTS5 would compute bm25 for every row it returns. A ranked query
    # whose caller needs no score orders by `rank` and selects none; one that needs the
    # score selects bm25 once and orders by that column (selecting `rank` beside
    # `ORDER BY rank` made a phrase query half as slow again at 100,000 articles).
    order, score = f"{table}.rank", "0.0"
    if recent:
        order = f"{table}.rowid DESC"
    elif windowed:  # the row as FTS5 highlights it, for knowledge.window to score
        order, score = f"{table}.rowid DESC", f"highlight({table}, 0, '{HIT_START}', '{HIT_END}')"
    elif scored:
        order, score = "score", f"bm25({table})"
    marks = f"{table}, 0, '{HIT_START}', '{HIT_END}'"
    shown = f"highlight({marks})" if whole else f"snippet({marks}, '…', {SNIPPET_TOKENS})"
    if not marked:  # the caller marks words itself: FTS5's highlighter would cost as much
        shown = "''"
    events = f"JOIN events e ON e.passage_id = {table}.rowid" if events_only else ""
    return f"""
        SELECT p.id, p.seq, p.kind, p.text, p.start, p.end, {shown} AS snip,
               {score} AS score, {_ARTICLE_COLUMNS}, a.id AS article_id
        FROM {table}
        {events}
        JOIN passages p ON p.id = {table}.rowid
        JOIN articles a ON a.seq = p.article
        WHERE {table} MATCH ?
        ORDER BY {order}
        LIMIT ? OFFSET ?
    """


_RECENT_SQL = _search_sql("passages_fts", whole=False, recent=True)
_COUNT_SQL = (
    "SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)"
)
# Whether any content term has a match at all (a passage with every term has one), and
# only then every term's matches, counted up to a cap: a query that matches nothing is told
# so by one lookup, not a count, a ranked search and its snippets.
_PROBE_SQL = (
    "SELECT CASE WHEN EXISTS (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ?) "
    "THEN (SELECT count(*) FROM (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? "
    "LIMIT ?)) ELSE -1 END"
)
_SQL = {
    (trigram, whole, events, marked, windowed, scored): _search_sql(
        "passages_tri" if trigram else "passages_fts",
        whole=whole,
        events_only=events,
        marked=marked,
        windowed=windowed,
        scored=scored,
    )
    for trigram in (False, True)
    for whole in (False, True)
    for events in (False, True)
    for marked in (False, True)
    for windowed in (False, True)
    for scored in (False, True)
}
# A window's rows as knowledge.window scores them: the id and the text as FTS5 highlights
# the expression in it (its length in words is the text's: the marks add no spaces). FTS5
# takes a rowid bound into its walk: it starts at the newest row and stops at the bound.
# When the window holds every match, they are walked in index order instead: FTS5 walks a
# doclist forwards in about half the time (an AND of a person and an action's twenty-odd
# forms at 100,000 articles: 1.1-1.9 against 2.8-3.7 ms).
_WINDOW_SQL = {
    (events, forwards): "SELECT passages_fts.rowid, "
    f"highlight(passages_fts, 0, '{HIT_START}', '{HIT_END}') FROM passages_fts "
    + ("JOIN events e ON e.passage_id = passages_fts.rowid " if events else "")
    + "WHERE passages_fts MATCH ? AND passages_fts.rowid >= ? "
    f"ORDER BY passages_fts.rowid {'ASC' if forwards else 'DESC'} LIMIT ?"
    for events in (False, True)
    for forwards in (False, True)
}
_SINCE_SQL = (
    "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)


@functools.cache
def _by_id_sql(chosen: int) -> str:
    return (
        "SELECT p.id, p.seq, p.kind, p.text, p.start, p.end, '' AS snip, 0.0 AS score, "
        f"{_ARTICLE_COLUMNS}, a.id AS article_id FROM passages p "
        f"JOIN articles a ON a.seq = p.article WHERE p.id IN ({','.join('?' * chosen)})"
    )


def article_from_row(row: Sequence[Any], offset: int = 0) -> ArticleInfo:
    """An ArticleInfo from the eight article columns starting at `offset`."""
    return ArticleInfo(
        id=row[offset],
        title=row[offset + 1],
        outlet=row[offset + 2],
        original_source=row[offset + 3],
        published=row[offset + 4],
        precision=row[offset + 5],
        language=row[offset + 6],
        kind=row[offset + 7],
    )


@functools.lru_cache(maxsize=16384)
def parse_snippet(snippet: str) -> tuple[Marked, ...]:
    """Split a snippet with hit markers into marked pieces (each snippet once, as each
    passage in `_passage`: a page of them took a sixth of a rare word's search)."""
    pieces: list[Marked] = []
    for i, chunk in enumerate(snippet.split(HIT_START)):
        if i == 0:
            if chunk:
                pieces.append(Marked(chunk))
            continue
        hit, _, tail = chunk.partition(HIT_END)
        if hit:
            pieces.append(Marked(hit, hit=True))
        if tail:
            pieces.append(Marked(tail))
    return tuple(pieces)


@functools.lru_cache(maxsize=16384)
def _passage(columns: tuple[Any, ...], article: tuple[Any, ...]) -> Passage:
    """A passage from its row's columns (the same rows come back for many queries, so each
    is built once)."""
    return Passage(
        id=columns[0],
        article=_article(article),
        seq=columns[1],
        kind=PASSAGE_KINDS[columns[2]],
        text=columns[3],
        start=columns[4],
        end=columns[5],
    )


@functools.lru_cache(maxsize=4096)
def _article(columns: tuple[Any, ...]) -> ArticleInfo:
    return article_from_row(columns)


def _hits(rows: list[tuple[Any, ...]]) -> tuple[Hit, ...]:
    """Hits from plain-tuple rows of a search query (columns as `_search_sql` selects)."""
    return tuple(
        Hit(
            passage=_passage(row[:6], row[8:16]),
            snippet=parse_snippet(row[6]) if row[6] else (),
            score=row[7],
        )
        for row in rows
    )


def run_match(
    conn: sqlite3.Connection,
    expression: str,
    *,
    trigram: bool,
    limit: int,
    offset: int,
    whole: bool = False,
    events_only: bool = False,
    marked: bool = True,
    window: int = 0,
    since: int = 0,
    every: bool = False,
    scored: bool = True,
    weighed: str = "",
) -> tuple[tuple[Hit, ...], bool]:
    """Hits for one FTS5 expression, and whether there are more after this page.

    `whole` marks hits in the whole passage instead of a snippet around them; `events_only`
    keeps passages that state a date; `marked=False` leaves hits unmarked (empty snippet);
    `scored=False` leaves their scores 0 (the order is bm25's all the same).
    With `window`, only the last `window` matches in index order are ranked (the articles'
    order in the folder, not their dates), and not by FTS5 but by knowledge.window: bm25
    walks every match of every phrase before the LIMIT, so an expression matching much of
    a large index would cost as much as the index is large. `since` (with `window`) leaves
    out the rows before that id (see `since`); `every` says the caller knows the window
    holds every match (fewer match than `window`), so they may be read in index order;
    `weighed`, the expression whose phrases weigh a window's rows, when not `expression`
    itself (see knowledge.answering.candidates.liveness).
    """
    if not expression:
        return (), False
    if window and not trigram:
        # Only the page is read whole (passage, article, snippet): for the rest of the
        # window, reading them cost twice what ranking did (5 ms of 6.5 at 100,000 articles).
        found = _window_rows(conn, expression, events_only, every, since, window)
        best = ranked(conn, weighed or expression, found, text=1, marked=1)
        best = best[offset : offset + limit + 1]
        rows = _chosen(conn, expression, found, best, whole=whole, marked=marked)
    else:
        sql = _SQL[trigram, whole, events_only, marked, False, scored]
        rows = _rows(conn, sql, (expression, limit + 1, offset))
    return _hits(rows[:limit]), len(rows) > limit


def _window_rows(
    conn: sqlite3.Connection,
    expression: str,
    events_only: bool,
    every: bool,
    since: int,
    window: int,
) -> list[tuple[Any, ...]]:
    """A window's (id, highlighted text) rows, newest first (see `run_match`). Within
    `shared_reads`, a window of dated passages over a bounded range (`every`, `since`) is
    the window of all the range's passages with the undated left out, when that one holds
    every match: it is read once for the two passes of a `when` (a passage has one event
    at most, so the join to the events adds no row)."""
    if events_only and (every or since) and _SHARED.get() is not None:
        all_of_them = _window_rows(conn, expression, False, every, since, window)
        if len(all_of_them) < window:
            dated = {
                row[0]
                for row in _read_once(conn, _DATED_SQL, (json.dumps([r[0] for r in all_of_them]),))
            }
            return [row for row in all_of_them if row[0] in dated]
    found = _read_once(conn, _WINDOW_SQL[events_only, every], (expression, since, window))
    if every and len(found) >= window:  # more than the caller knew of: the newest
        found = _read_once(conn, _WINDOW_SQL[events_only, False], (expression, since, window))
    elif every:
        found.reverse()  # newest first, as ranked() breaks its ties
    return found


_DATED_SQL = "SELECT passage_id FROM events WHERE passage_id IN (SELECT value FROM json_each(?))"


# The passages that only point at an entity ("the packaged-food giant invested …", "she
# stepped down"), newest first: a bounded set the caller reads for its own words (FTS5,
# asked to match an expression in each of a list of rows, may walk every match of it first:
# 68 ms for a busy person and "left" at 10,000 articles).
_POINTED_SQL = (
    "SELECT p.id, p.seq, p.kind, p.text, p.start, p.end, '' AS snip, 0.0 AS score, "
    f"{_ARTICLE_COLUMNS}, a.id AS article_id FROM (SELECT passage_id FROM mentions "
    "WHERE entity = (SELECT id FROM entities WHERE key = ?) AND implicit = 1 "
    "ORDER BY passage_id DESC LIMIT ?) m JOIN passages p ON p.id = m.passage_id "
    "JOIN articles a ON a.seq = p.article"
)


def pointed_at(conn: sqlite3.Connection, key: str, *, span: int) -> tuple[Hit, ...]:
    """The last `span` passages that point at entity `key` without naming it (unscored:
    the caller reads and ranks them)."""
    return _hits(_rows(conn, _POINTED_SQL, (key, span)))


def since(conn: sqlite3.Connection, expression: str, span: int) -> int:
    """The id of the `span`-th newest passage `expression` matches (0 when it matches fewer):
    with it as `run_match`'s `since`, an AND of this expression with another is walked only
    over the range holding this side's last `span` matches. FTS5 finds an AND's rows by
    stepping both sides through each other's matches, so when both are frequent and share
    few rows, finding even a window's worth walks all of both (for a busy person and "left"
    or its synonyms, 12 ms at 100,000 articles); within the range, the walk is as long at
    any size of index."""
    rows = _read_once(conn, _SINCE_SQL, (expression, span - 1))
    return int(rows[0][0]) if rows else 0


def _chosen(
    conn: sqlite3.Connection,
    expression: str,
    found: list[tuple[Any, ...]],
    best: list[tuple[Any, ...]],
    *,
    whole: bool,
    marked: bool,
) -> list[tuple[Any, ...]]:
    """The rows of the (id, score) pairs in `best`, in that order, each with its score;
    `found`: the window's (id, highlighted text) rows. The rows are read from the passages
    alone; only a snippet needs FTS5 again, over these rows alone (see `snippets`)."""
    if not best:
        return []
    ids = [row[0] for row in best]
    rows = _rows(conn, _by_id_sql(len(ids)), tuple(ids))
    if marked and not whole:
        shown = snippets(conn, expression, [(row[0], row[3]) for row in rows])
    else:
        shown = dict(found) if marked else {}
    read = {row[0]: (*row[:6], shown.get(row[0], ""), *row[7:]) for row in rows}
    return [(*read[i][:7], score, *read[i][8:]) for i, score in best]


_SHOWN = "temp.search_shown"
_SHOWN_SQL = (
    f"SELECT rowid, snippet(search_shown, 0, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_TOKENS}) "
    f"FROM {_SHOWN} WHERE search_shown MATCH ?"
)


def snippets(
    conn: sqlite3.Connection, expression: str, rows: Sequence[tuple[int, str]]
) -> dict[int, str]:
    """Each (id, text) row's snippet for `expression`, as the index's own would be: FTS5
    makes it from the row's text and where the expression's phrases are in it, so a table
    of these rows alone, with the same tokenizer, gives the same one. Asked of the index,
    FTS5 seeks each row by id, and a phrase of common words costs a walk of their matches
    for every row (1.3 ms a row for "OpenAI that …" at 100,000 articles, 9 ms for a page);
    here it is 0.3 ms for the page, however large the index. The table is in the
    connection's own temporary database (one a `mode=ro` connection has too) and is empty
    between calls, so a connection must serve one thread at a time, as every one here does
    (see knowledge.sqlite.connect). A transaction this opens it also ends, committed or,
    on an error, rolled back (left open, it would keep the connection's view of the index
    from the moment it began); a caller's own is left to the caller."""
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_SHOWN} USING fts5(text, tokenize='{MAIN_TOKENIZER}')"
    )
    owned = not conn.in_transaction
    try:
        conn.execute(f"DELETE FROM {_SHOWN}")  # what a call stopped by an error left
        conn.executemany(f"INSERT INTO {_SHOWN}(rowid, text) VALUES (?, ?)", rows)
        found = dict(_rows(conn, _SHOWN_SQL, (expression,)))
        conn.execute(f"DELETE FROM {_SHOWN}")
    except BaseException:
        if owned:
            conn.rollback()
        raise
    if owned:
        conn.commit()
    return found


# The rows read so far by the request inside `shared_reads`, by connection (an index),
# query and parameters
_Read = tuple[sqlite3.Connection, str, tuple[Any, ...]]
_SHARED: contextvars.ContextVar[dict[_Read, list[tuple[Any, ...]]] | None]
_SHARED = contextvars.ContextVar("shared_reads", default=None)


@contextlib.contextmanager
def shared_reads() -> Iterator[None]:
    """Within it (one request, in one thread), a query is read once: `when` asks its question
    twice over, dated and then, unsure, undated, and both passes read the same windows of
    the same terms (a busy person's at 100,000 articles: about 2.5 ms of a 20 ms question).
    Nothing here writes the index, so a row read again is the row read before (see
    `_read_once`); a rebuild copied over it between the two passes could mix builds in a
    request, as it could between two reads of one pass before."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Rows as plain tuples: cheaper to read than sqlite3.Row."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params).fetchall()


def _read_once(
    conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]
) -> list[tuple[Any, ...]]:
    """`_rows` of a query of the index alone (never of the connection's temporary tables,
    whose rows change), read again within `shared_reads` as a copy of those read before."""
    shared = _SHARED.get()
    if shared is None:
        return _rows(conn, sql, params)
    kept = shared.get((conn, sql, params))
    if kept is None:
        kept = shared[conn, sql, params] = _rows(conn, sql, params)
    return list(kept)


def several_words(query: Query) -> bool:
    """Two words or more (of the ones the vocabulary counts)."""
    return len(_words(query)) >= 2


def _words(query: Query) -> list[str]:
    return sorted({w.casefold() for term in query.terms for w in WORD_RE.findall(term)})


@dataclass(frozen=True)
class Counts:
    """What the vocabulary says of a query's words: their passages added up, and the most
    passages the query can match (the fewest any one of its words finds alone), or None
    when it knows none of its words' matches.

    A long walk: `passages` WALKED or more. FTS5 finds a phrase or an AND by walking every
    word's matches, to count them and again to rank them: "of the ashashnape" took 15 ms
    to count and 27 ms to rank at 100,000 articles, for 59 matches. A window walks them
    once, and its fixed cost (up to WINDOW rows highlighted and scored, a few ms) is less
    than a walk this long."""

    passages: int
    at_most: int | None


_ASCII_WORD_RE = re.compile(r"[A-Za-z]{2,}")


def counts(conn: sqlite3.Connection, query: Query) -> Counts:
    """The query's words as the vocabulary counts them (one lookup). A word's `matches`
    (see knowledge.indexer) is exactly what the full-text index finds for it alone, and an
    AND or a phrase finds no more than its rarest word does; only words of ASCII letters,
    each a term or a phrase's word as written, are taken at their word (the index folds
    their case as `lower` does)."""
    words = _words(query)
    marks = ",".join("?" for _ in words)
    rows = conn.execute(
        f"SELECT word, passages, matches FROM vocabulary WHERE word IN ({marks})", words
    ).fetchall()
    # Only a word that is a whole term or a whole word of a phrase, as written: "th" of
    # "27th" is part of one token, and "strasse" is not what the index makes of "Straße".
    whole = {w.lower() for term in query.terms for w in term.split(" ") if _is_ascii_word(w)}
    known = [int(found) for word, _passages, found in rows if found is not None and word in whole]
    return Counts(sum(int(r[1]) for r in rows), min(known) if known else None)


def _is_ascii_word(text: str) -> bool:
    """A word of ASCII letters alone: the index makes one token of it, lower case."""
    return _ASCII_WORD_RE.fullmatch(text) is not None


def _one_word(conn: sqlite3.Connection, query: Query) -> int | None:
    """The matches of a query of one word of ASCII letters, as the vocabulary knows them
    (knowledge.indexer), or None: counted instead, they are walked twice, to count and to
    rank (a search of a word in a few hundred passages, a third of its time)."""
    if len(query.terms) != 1 or not _is_ascii_word(query.terms[0]):
        return None
    row = conn.execute(
        "SELECT matches FROM vocabulary WHERE word = ?", (query.terms[0].lower(),)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def _probe(conn: sqlite3.Connection, query: Query, cap: int) -> tuple[int, bool]:
    """How many passages have every term (counted up to `cap` + 1, as `matches`), and
    whether any passage has any content term."""
    found = int(
        conn.execute(_PROBE_SQL, (query.match_any(), query.match_all(), cap + 1)).fetchone()[0]
    )
    return max(found, 0), found >= 0


def _lettered(query: Query) -> bool:
    """Some term, or some word of a phrase, is a word of letters alone: the vocabulary may
    count it. ("zq123x" is one token of the index's; the vocabulary's "zq" and "x" say
    nothing of it.)"""
    return any(word.isalpha() for term in query.terms for word in term.split(" "))


def _inside_words(query: Query) -> bool:
    """Some term may be found inside a longer word (see `within_words`): a phrase, or a
    term that is not too short and has no ASCII character other than a letter."""
    return any(" " in term or not _NOT_IN_WORDS_RE.search(term) for term in query.substring_terms)


def matches(conn: sqlite3.Connection, expression: str, cap: int) -> int:
    """How many passages match, counted without scoring up to `cap` + 1 (more than `cap`:
    it stopped counting)."""
    if not expression:
        return 0
    return int(conn.execute(_COUNT_SQL, (expression, cap + 1)).fetchone()[0])


EXPANSIONS = 32  # the most used words that contain a term, looked for in its place
_WITHIN_SQL = (
    "SELECT v.word FROM vocabulary_tri t JOIN vocabulary v ON v.rowid = t.rowid "
    "WHERE vocabulary_tri MATCH ? ORDER BY v.passages DESC, v.word LIMIT ?"
)


# An ASCII character other than a letter: in no word of the vocabulary's (runs of letters and
# the like, WORD_RE's, case folded; folding never makes one of these)
_NOT_IN_WORDS_RE = re.compile(r"[\x00-\x40\x5b-\x60\x7b-\x7f]")


def within_words(conn: sqlite3.Connection, query: Query) -> str:
    """An expression for passages with every term (three characters on) inside a word:
    "speciesis" is "speciesist". The vocabulary's own trigram index names the words that
    contain a term (the EXPANSIONS most used), and the main index finds them, so only
    the vocabulary, not every passage, is indexed by trigrams. A phrase's last word may
    be the start of a longer one ("Sun Vall"). Empty when a term is in no word; every
    term's own expression (`match_all`'s, so it is not searched again) when no term is
    inside a longer word and none is too short to be looked for."""
    groups: list[str] = []
    widened = len(query.substring_terms) < len(query.terms)
    for term in query.substring_terms:
        if " " in term:
            groups.append(_quoted(term) + "*")
            widened = True
            continue
        # a term with a digit or ASCII punctuation is inside no word: not looked for there
        words = (
            []
            if _NOT_IN_WORDS_RE.search(term)
            else [r[0] for r in conn.execute(_WITHIN_SQL, (_quoted(term), EXPANSIONS))]
        )
        if not term.isalpha():  # the vocabulary holds words of letters only: "gpt4o"
            words.append(term)
        if not words:
            return ""
        # itself alone ("Board" is "board" to the index, as only an ASCII word is sure to be)
        same = words == [term] or (term.isascii() and words == [term.lower()])
        widened = widened or not same
        groups.append("(" + " OR ".join(_quoted(w) for w in dict.fromkeys(words)) + ")")
    return " AND ".join(groups) if widened else query.match_all()


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_query(
    conn: sqlite3.Connection,
    query: Query,
    *,
    limit: int = 5,
    offset: int = 0,
    whole: bool = False,
) -> SearchResult:
    """Search with fallbacks; see the module docstring for the order."""
    # Each expression is made only when the attempts before it found nothing: the
    # substring one reads the vocabulary's trigram index.
    attempts: list[tuple[str, Callable[[], str], bool]] = []
    if query.has_cjk:
        attempts.append(("substring", query.match_substrings, True))
    else:
        attempts.append(("all", query.match_all, False))
        attempts.append(("substring", lambda: within_words(conn, query), False))
    attempts.append(("any", query.match_any, False))
    tried: set[tuple[str, bool]] = set()
    anything = True  # False once a probe found no passage with any content term
    for mode, made, trigram in attempts:
        if not anything and (mode == "any" or not _inside_words(query)):
            break  # no term matches: only one inside a longer word may still be found
        expression = made()
        if (expression, trigram) in tried:
            continue  # one term: "any" is "all" again
        tried.add((expression, trigram))
        window = 0
        if mode == "all" and not whole and several_words(query):
            # (a long walk is not counted first: the count would be a walk of its own; nor
            # a query the vocabulary says has RANKED matches or fewer: ranked whole, it
            # finds none when it has none, as a count of nought would have said)
            said = counts(conn, query) if _lettered(query) else Counts(0, None)
            walked = said.passages >= WALKED
            if walked:
                found = -1
            elif said.at_most is not None and said.at_most <= RANKED:
                found = said.at_most
            else:
                found, anything = _probe(conn, query, RANKED)
            if found == 0:
                continue  # counted: nothing to rank
            window = WINDOW if walked or found > RANKED else 0
            if window:  # a page past the window is found by the next attempt, unwindowed,
                tried.discard((expression, trigram))  # even when it is this expression again
        elif not trigram and mode != "any" and not whole:
            known = _one_word(conn, query) if mode == "all" else None
            found = matches(conn, expression, COMMON_MATCHES) if known is None else known
            if not found:
                continue  # counted: nothing to rank
            if found > COMMON_MATCHES:
                rows = _rows(conn, _RECENT_SQL, (expression, limit + 1, offset))
                return SearchResult(
                    query=query.text,
                    terms=query.terms,
                    hits=_hits(rows[:limit]),
                    mode="common",
                    offset=offset,
                    has_more=len(rows) > limit,
                )
        hits, more = run_match(
            conn,
            expression,
            trigram=trigram,
            limit=limit,
            offset=offset,
            whole=whole,
            window=window,
            scored=False,  # shown in bm25's order; no caller weighs the scores
        )
        if hits:
            return SearchResult(
                query=query.text,
                terms=query.terms,
                hits=hits,
                mode=mode,
                offset=offset,
                has_more=more,
            )
    return SearchResult(query=query.text, terms=query.terms, hits=(), mode="none", offset=offset)


def search(conn: sqlite3.Connection, text: str, *, limit: int = 5, offset: int = 0) -> SearchResult:
    """Search passages for user text (any text: it is parsed and quoted first)."""
    return search_query(conn, parse_query(text), limit=limit, offset=offset)

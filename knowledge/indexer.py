"""Build the index database from articles: deterministic, idempotent, swapped in atomically.

The index is built with sqlite-utils in a file beside the index, then copied over the index
file with SQLite's online backup API, so a running bot never sees a half-built index. It holds
nothing but what the articles give: user state lives elsewhere.
"""

import bisect
import hashlib
import json
import operator
import os
import re
import sqlite3
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from knowledge import differ, summaries
from knowledge.articles import Article
from knowledge.clean import clean
from knowledge.dates import day_number
from knowledge.extract import (
    Outline,
    corpus_of,
    entity_rows,
    extract_articles,
    in_order,
    outline_of,
    people_named,
    uncollected,
)
from knowledge.freshness import SCHEMA_VERSION, builder_digest, recorded
from knowledge.model import PASSAGE_KINDS, SENTENCE
from knowledge.orgs import OrgCounts
from knowledge.query import has_cjk
from knowledge.search import MAIN_TOKENIZER
from knowledge.sentences import split
from knowledge.sqlite import connect

__all__ = ["SCHEMA_VERSION", "build_index", "builder_digest", "fingerprint", "is_current"]
Progress = Callable[[Article], None]


@dataclass(frozen=True)
class IndexStats:
    """What a build produced."""

    articles: int
    passages: int
    fingerprint: str


class _Fingerprint:
    """The digest of `fingerprint`, taken an article at a time (a build takes it as it
    reads them, so it is of exactly what was indexed)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256(
            f"schema={SCHEMA_VERSION}\nbuilder={builder_digest()}\n".encode()
        )

    def add(self, article: Article) -> None:
        meta = json.dumps(article.meta.__dict__, default=str, sort_keys=True)
        self.digest.update(f"{article.id}\n{meta}\n{article.sha256}\n".encode())


def fingerprint(articles: Iterable[Article]) -> str:
    """A digest of everything the index is built from, so a stale index can be detected."""
    taken = _Fingerprint()
    for article in articles:
        taken.add(article)
    return taken.digest.hexdigest()


def _apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def _article_row(seq: int, article: Article, passages: int) -> dict[str, object]:
    meta = article.meta
    return {
        "id": article.id,
        "seq": seq,
        "title": meta.title,
        "outlet": meta.outlet,
        "original_source": meta.original_source,
        "author": meta.author,
        "published": meta.published,
        "precision": meta.precision,
        "reference_date": meta.reference_date.isoformat(),
        "language": meta.language,
        "kind": meta.kind,
        "translated_from": meta.translated_from,
        "chars": len(article.text),
        "passages": passages,
        "about": None,
    }


def passages_of(article: Article) -> list[dict[str, object]]:
    """The article's sentences as passage rows (duplicates within an article dropped)."""
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for sentence in split(article.text, clean(article.text, article.meta.strip)):
        key = _apostrophes(sentence.text).casefold()
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "seq": len(rows),
                "kind": "heading"
                if sentence.heading
                else "caption"
                if sentence.caption
                else "sentence",
                "start": sentence.start,
                "end": sentence.end,
                "text": sentence.text,
            }
        )
    return rows


def _create_schema(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    # An article is numbered by its place in the build (`seq`); its passages name it by that
    # number, not by its id (a few bytes on each of a hundred passages).
    db.table("articles").create(
        {
            "seq": int,
            "id": str,
            "title": str,
            "outlet": str,
            "original_source": str,
            "author": str,
            "published": str,
            "precision": str,
            "reference_date": str,
            "language": str,
            "kind": str,
            "translated_from": str,
            "chars": int,
            "passages": int,
            # the organisation (its entity id) the article is about when its title names
            # none: the one its sentences name most (filled once extracted)
            "about": int,
        },
        pk="seq",
    )
    db.table("passages").create(
        {
            "id": int,
            "article": int,
            "seq": int,
            "kind": int,  # its place in PASSAGE_KINDS
            "start": int,
            "end": int,
            "text": str,
        },
        pk="id",
        foreign_keys=[("article", "articles", "seq")],
    )


def _create_extraction_schema(db: sqlite_utils.Database) -> None:
    db.table("entities").create(
        {"id": int, "key": str, "name": str, "kind": str, "aliases": str}, pk="id"
    )
    # The biggest extraction table (a few rows per passage): one b-tree in passage order,
    # naming each entity by its number, not its key. Within a passage, `ord` is the order
    # the entities are first named in. (Keyed by entity, with a passage index beside it, it
    # was three times the size.)
    db.execute(
        "CREATE TABLE mentions (passage_id INTEGER NOT NULL, ord INTEGER NOT NULL, "
        "entity INTEGER NOT NULL, implicit INTEGER NOT NULL, "
        "PRIMARY KEY (passage_id, ord)) WITHOUT ROWID"
    )
    # `article` beside `passage_id`: a role question reads its rows' articles (date, title)
    # without reading each row's passage; `at`, the date its passage tells (day_number; 0
    # for none), so where a busy person works is read from their rows alone; `near` and
    # `here`, the organisations named near
    # the holder and in the passage (numbers in `org_sets`), are filled once every row is
    # in (knowledge.holder_orgs)
    db.table("roles").create(
        {
            "id": int,
            "entity_key": str,
            "text": str,
            "status": str,
            "kind": str,
            "passage_id": int,
            "article": int,
            "at": int,
            "near": int,
            "here": int,
        },
        pk="id",
    )
    db.table("events").create(
        {
            "id": int,
            "passage_id": int,
            "sort_key": str,
            "label": str,
            "precision": str,
            "year": int,
            "month": int,
            "day": int,
            "inherited": int,
        },
        pk="id",
    )
    db.execute(
        "CREATE TABLE differs (event_id INTEGER NOT NULL, other_id INTEGER NOT NULL, "
        "said TEXT NOT NULL, PRIMARY KEY (event_id, other_id)) WITHOUT ROWID"
    )
    db.table("quotes").create(
        {
            "id": int,
            "entity_key": str,
            "text": str,
            "reported": int,
            "passage_id": int,
            "sort_key": str,
            "label": str,
        },
        pk="id",
    )


def _index_extraction(db: sqlite_utils.Database) -> None:
    """The extraction tables' indexes, what other articles tell differently, and the
    per-entity summaries (once every row is in)."""
    db.table("entities").create_index(["key"], unique=True)
    # (mentions by passage: its primary key; by entity, in passage order, with `implicit`
    # in the index, so reading a busy person's mentions never visits the table)
    db.table("mentions").create_index(["entity", "passage_id", "implicit"], unique=True)
    db.table("roles").create_index(["entity_key"])
    db.table("roles").create_index(["passage_id"])  # an answer's evidence: its passages' roles
    db.table("events").create_index(["passage_id"], unique=True)
    db.table("events").create_index(["sort_key"])
    db.table("events").create_index(["month", "day"])
    db.table("quotes").create_index(["entity_key"])
    _insert_differs(db)
    summaries.build(db.conn)


# Each stated event with what the disagreement finder needs of its sentence: the entities it
# names and the first it names outright (mentions are stored in order), read through the
# mentions' passage index one event at a time: no map of every passage's mentions is held.
_TOLD_SQL = f"""
    SELECT e.id, p.article, p.text, e.year, e.month, e.precision, e.label,
           (SELECT group_concat(n.key, char(31)) FROM mentions m
            JOIN entities n ON n.id = m.entity WHERE m.passage_id = p.id),
           (SELECT n.key FROM mentions m JOIN entities n ON n.id = m.entity
            WHERE m.passage_id = p.id AND NOT m.implicit ORDER BY m.ord LIMIT 1)
    FROM events e JOIN passages p ON p.id = e.passage_id
    WHERE e.inherited = 0 AND p.kind = {SENTENCE}
"""


def _insert_differs(db: sqlite_utils.Database) -> None:
    """Events another article tells with another date or sum (see knowledge.differ)."""
    same: dict[str, str] = {}  # one string per entity key, however often read
    told = (
        differ.Told(
            event_id=event_id,
            article=article,
            text=text,
            entities=frozenset(same.setdefault(k, k) for k in named.split("\x1f"))
            if named
            else frozenset(),
            year=year,
            month=month,
            precision=precision,
            label=label,
            season=label.split()[0] if precision == "season" else "",
            subject=first or "",
        )
        for event_id, article, text, year, month, precision, label, named, first in db.execute(
            _TOLD_SQL
        )
    )
    db.conn.executemany("INSERT INTO differs VALUES (?, ?, ?)", differ.disagreements(told))


def _rows_into(db: sqlite_utils.Database, table: str, rows: Sequence[dict[str, object]]) -> None:
    """Rows of one shape (the table's columns, made by one function) in one executemany:
    sqlite-utils would inspect and convert every value and build every statement."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    values = operator.itemgetter(*columns)  # a row's values as a tuple, read in C
    db.conn.executemany(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
        map(values, rows) if len(columns) > 1 else ((row[columns[0]],) for row in rows),
    )


_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def passage_words(texts: Iterable[str]) -> list[str]:
    """The words (case folded) of each of `texts`, once per text: counted, the vocabulary's
    counts. (A list, not a Counter: adding a list to the build's Counter is counted in C,
    adding a Counter key by key in Python.)"""
    return [word for text in texts for word in {w.casefold() for w in _WORD_RE.findall(text)}]


def _insert_vocabulary(db: sqlite_utils.Database, counts: Counter[str]) -> None:
    """Every word the articles use, with the number of passages using it: a question's word
    that is not here is either misspelled or names something the articles don't cover."""
    db.execute(
        "CREATE TABLE vocabulary (word TEXT PRIMARY KEY, passages INTEGER, "
        "matches INTEGER)"  # filled once the full-text index is: see _count_matches
    )
    db.conn.executemany(
        "INSERT INTO vocabulary (word, passages) VALUES (?, ?)", sorted(counts.items())
    )


def _build_fts(db: sqlite_utils.Database) -> None:
    db.table("passages").enable_fts(["text"], tokenize=MAIN_TOKENIZER, create_triggers=True)
    # A second FTS5 table, over the passages with Chinese, Japanese or Korean text only: their
    # words are not separated by spaces, so only trigrams find them. (Over every passage it
    # was half the index; a Latin word's substrings are found through the vocabulary's
    # trigrams instead: see knowledge.search.)
    db.execute(
        "CREATE VIRTUAL TABLE passages_tri USING fts5("
        "text, content='passages', content_rowid='id', tokenize='trigram')"
    )
    db.conn.create_function("has_cjk", 1, has_cjk, deterministic=True)
    db.execute(
        "INSERT INTO passages_tri(rowid, text) SELECT id, text FROM passages WHERE has_cjk(text)"
    )
    db.execute(
        "CREATE VIRTUAL TABLE vocabulary_tri USING fts5("
        "word, content='vocabulary', content_rowid='rowid', tokenize='trigram')"
    )
    db.execute("INSERT INTO vocabulary_tri(vocabulary_tri) VALUES('rebuild')")
    # One b-tree per index instead of the levels a bulk load leaves: a phrase's matches are
    # then one doclist to seek in, not one per level (a few seconds at 100,000 articles;
    # an AND with a many-worded OR runs 2-3x faster).
    for table in ("passages_fts", "passages_tri", "vocabulary_tri"):
        db.execute(f"INSERT INTO {table}({table}) VALUES('optimize')")
    _count_matches(db)
    db.table("articles").create_index(["id"], unique=True)


def _count_matches(db: sqlite_utils.Database) -> None:
    """Each vocabulary word's `matches`: the passages the full-text index finds for it alone
    (those of its stem: "leaving" finds "leave" and "leaves", not "left"), so a search
    need not count them (knowledge.search.counts). The words are put through the
    index's own tokenizer, in a table of their own, to learn their stems; a word it does not
    make one token of is left NULL (not known)."""
    db.execute(f"CREATE VIRTUAL TABLE temp.stems USING fts5(word, tokenize='{MAIN_TOKENIZER}')")
    db.execute("INSERT INTO temp.stems(rowid, word) SELECT rowid, word FROM vocabulary")
    db.execute("CREATE VIRTUAL TABLE temp.stem_of USING fts5vocab(temp, stems, 'instance')")
    db.execute("CREATE VIRTUAL TABLE temp.found USING fts5vocab(main, passages_fts, 'row')")
    db.execute("CREATE TEMP TABLE word_matches (id INTEGER PRIMARY KEY, matches INTEGER NOT NULL)")
    db.execute(
        "INSERT INTO word_matches SELECT s.doc, coalesce(max(f.doc), 0) FROM temp.stem_of s "
        "LEFT JOIN temp.found f ON f.term = s.term GROUP BY s.doc HAVING count(*) = 1"
    )
    db.execute(
        "UPDATE vocabulary SET matches = "
        "(SELECT w.matches FROM word_matches w WHERE w.id = vocabulary.rowid)"
    )
    for name in ("found", "stem_of", "stems", "word_matches"):
        db.execute(f"DROP TABLE temp.{name}")


@dataclass(frozen=True)
class Reading:
    """What the reading of one article gives: its passages, the people it names, what it
    says of capitalized names (for organisations), the words it uses, and its outline
    (what extracting it needs besides its passages)."""

    rows: list[dict[str, object]]
    people: list[str]
    orgs: OrgCounts
    words: list[str]
    outline: Outline


def read_article(article: Article) -> Reading:
    rows = passages_of(article)
    texts = [str(row["text"]) for row in rows]
    return Reading(
        rows=rows,
        people=people_named(texts),
        orgs=OrgCounts().count(texts),
        words=passage_words(texts),
        outline=outline_of(article, rows),
    )


def _passages_again(
    conn: sqlite3.Connection, outlines: Iterable[Outline]
) -> Iterator[tuple[Outline, list[dict[str, object]]]]:
    """Each article's outline with its passage rows as stored (with their ids), in order."""
    cursor = conn.execute('SELECT id, seq, kind, start, "end", text FROM passages ORDER BY id')
    for outline in outlines:
        count = len(outline.opens)  # one entry per passage (see Outline)
        rows = cursor.fetchmany(count) if count else []
        yield (
            outline,
            [
                {
                    "id": r[0],
                    "seq": r[1],
                    "kind": PASSAGE_KINDS[r[2]],
                    "start": r[3],
                    "end": r[4],
                    "text": r[5],
                }
                for r in rows
            ],
        )


def _fill(
    conn: sqlite3.Connection,
    articles: Iterable[Article],
    progress: Progress | None,
    workers: int,
) -> IndexStats:
    """Build the whole index into `conn` (extracting in `workers` processes: see
    knowledge.extract.in_order for who may ask for more than one).

    Two passes, as the extraction needs: the first reads each article (once, taking the
    fingerprint of what it read), cuts it into passages (stored at once) and learns the
    people and organisations it names; the second, once the corpus's entities are known,
    reads the passages back from the database and extracts each article's rows, stored as
    they come, with the article's outline (knowledge.extract.Outline: a few fields, kept
    from the first pass instead of its text). Neither holds more than a batch of articles'
    rows, so a build's memory follows the articles, not what is extracted from them."""
    db = sqlite_utils.Database(conn)
    _create_schema(db)
    _create_extraction_schema(db)
    passage_id = 0
    starts: list[int] = []  # per article (by seq), its first passage's id
    names: dict[str, None] = {}
    orgs = OrgCounts()
    words: Counter[str] = Counter()
    outlines: list[Outline] = []
    taken = _Fingerprint()
    read: deque[Article] = deque()  # read once: what the workers are given, in order

    def reading_once() -> Iterator[Article]:
        for article in articles:
            read.append(article)
            yield article

    with conn:
        readings = in_order(read_article, reading_once(), workers)
        for seq, reading in enumerate(readings):
            article = read.popleft()
            taken.add(article)
            _rows_into(db, "articles", [_article_row(seq, article, len(reading.rows))])
            starts.append(passage_id + 1)
            # An article's passages get consecutive ids in their order (id - seq is the
            # same for all of them): the sentences around one are an id range, with no
            # index on (article, seq) to keep.
            for row in reading.rows:
                passage_id += 1
                row["id"] = passage_id
                row["article"] = seq
                row["kind"] = PASSAGE_KINDS.index(str(row["kind"]))
            _rows_into(db, "passages", reading.rows)
            outlines.append(reading.outline)
            names.update(dict.fromkeys(reading.people))
            orgs.add(reading.orgs)
            words.update(reading.words)
            if progress is not None:
                progress(article)
        corpus = corpus_of(names, orgs)
        used: set[str] = set()
        surnames: Counter[tuple[str, str]] = Counter()
        items = _passages_again(conn, outlines)
        for part, part_used in extract_articles(items, corpus, workers=workers):
            dated = {int(str(e["passage_id"])): str(e["sort_key"]) for e in part.events}
            for role in part.roles:
                passage = int(str(role["passage_id"]))
                role["article"] = bisect.bisect_right(starts, passage) - 1
                role["at"] = day_number(dated.get(passage, ""))
            for table, rows in (
                ("mentions", part.mentions),
                ("roles", part.roles),
                ("events", part.events),
                ("quotes", part.quotes),
            ):
                _rows_into(db, table, rows)
            db.conn.executemany(
                "UPDATE articles SET about = ? WHERE seq = ?",
                [
                    (corpus.ids[key], bisect.bisect_right(starts, first) - 1)
                    for first, key in part.about
                ],
            )
            used |= {key for _first, key in part.about} | part_used
            surnames.update(part.surnames)
        _rows_into(db, "entities", entity_rows(corpus, used, surnames))
        _index_extraction(db)
        _insert_vocabulary(db, words)
    stats = IndexStats(
        articles=len(outlines), passages=passage_id, fingerprint=taken.digest.hexdigest()
    )
    db.table("meta").insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "fingerprint", "value": stats.fingerprint},
        ]
    )
    _build_fts(db)
    return stats


BUILD_CACHE_KB = 128 * 1024  # the building database's page cache


def build_index(
    articles: Iterable[Article],
    path: Path,
    progress: Progress | None = None,
    *,
    stamp: str = "",
    workers: int = 1,
) -> IndexStats:
    """Build the index for `articles` and atomically replace the database at `path`;
    `stamp` is the articles folder's (see knowledge.freshness), recorded with it.

    The index is built in a file of its own beside `path` (on disk, not in memory: at
    100,000 articles it is a gigabyte or more), then copied over `path` with SQLite's
    online backup API, so a reader of `path` never sees a half-built index, and the file is
    removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".building", dir=path.parent)
    os.close(handle)
    building = Path(name)
    try:
        source = sqlite3.connect(building, check_same_thread=False)
        try:
            # Nothing to protect until it is complete: no journal, no waiting for the disk.
            source.execute("PRAGMA journal_mode = OFF")
            source.execute("PRAGMA synchronous = OFF")
            source.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KB}")
            with uncollected():
                stats = _fill(source, articles, progress, workers)
            if stamp:
                source.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('folder_stamp', ?)",
                    (stamp,),
                )
            source.commit()
            # Rewritten before the copy: the pages optimize freed are dropped, and the
            # b-trees filled in key order (SQLite splits a full page of a table without
            # rowids as it appends, leaving each about 12 % empty). At 100,000 articles it
            # is 3 % of the index, for about 6 s.
            source.execute("VACUUM")
            target = connect(path)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = WAL")
            finally:
                target.close()
        finally:
            source.close()
    finally:
        building.unlink(missing_ok=True)
    return stats


def stored_fingerprint(path: Path) -> str | None:
    """The fingerprint the index at `path` was built from, or None if there is no usable index."""
    return recorded(path, "fingerprint")


def is_current(path: Path, articles: Iterable[Article]) -> bool:
    """True when the index at `path` was built from exactly these articles by this version."""
    return stored_fingerprint(path) == fingerprint(articles)

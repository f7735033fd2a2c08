"""The engine facade the bot talks to: one object per index file, safe to share across threads."""

import json
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge import facts, lasting
from knowledge.errors import IndexMissingError
from knowledge.freshness import SCHEMA_VERSION
from knowledge.lookup import NameIndex, lookup
from knowledge.model import (
    ArticleInfo,
    EntityInfo,
    Event,
    Lookup,
    Passage,
    Profile,
    QuoteInfo,
    SearchResult,
)
from knowledge.query import parse_query
from knowledge.search import search_query
from knowledge.sqlite import connect

if TYPE_CHECKING:
    from knowledge.answering.pipeline import Answer

ASK_LIMIT = 3
# Document frequencies (and whether a phrase matches at all) kept per index build: most
# questions share their words. Every word anyone types is counted, even one no article
# uses, so the counts are let go when there are this many (a few MB), not kept growing.
FREQUENCIES_KEPT = 50_000
SERVE_CACHE_KB = 16 * 1024  # per connection (one per thread)


class Engine:
    """Read-only access to an index. Each thread gets its own SQLite connection."""

    def __init__(self, index_path: Path) -> None:
        self.index_path = index_path
        self._local = threading.local()
        self._entities: tuple[str, tuple[EntityInfo, ...]] = ("", ())
        # per index build: the people among them, and the two name indexes lookups use
        self._people: tuple[EntityInfo, ...] = ()
        self._names: dict[bool, NameIndex] = {}
        self._words: tuple[str, frozenset[str], int] = ("", frozenset(), 0)
        self._frequencies: dict[str, int] = {}  # document frequencies, for this build
        self._lock = threading.Lock()
        self._check()

    def _check(self) -> None:
        if not self.index_path.exists():
            raise IndexMissingError(
                f"no index at {self.index_path}: build it with `openai-bot index`"
            )
        try:
            row = (
                self._conn()
                .execute("SELECT value FROM meta WHERE key = 'schema_version'")
                .fetchone()
            )
        except sqlite3.DatabaseError as exc:
            raise IndexMissingError(
                f"{self.index_path} is not an index ({exc}): rebuild it with `openai-bot index`"
            ) from exc
        if row is None or row[0] != str(SCHEMA_VERSION):
            raise IndexMissingError(
                f"{self.index_path} was built by another version: rebuild it with "
                "`openai-bot index`"
            )

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.index_path)
            # A page cache of its own larger than SQLite's 2 MB: a role question at 100,000
            # articles reads a thousand role rows and their articles, scattered over the
            # file, and a 2 MB cache is read back from the OS for every one of them. (A cap,
            # filled as pages are read, per thread: a bot answering on several worker threads
            # at once may hold up to that much more for each.)
            conn.execute(f"PRAGMA cache_size = -{SERVE_CACHE_KB}")
            self._local.conn = conn
        return conn

    def search(self, text: str, *, limit: int = 5, offset: int = 0) -> SearchResult:
        """Passages matching `text`, best first."""
        return search_query(self._conn(), parse_query(text), limit=limit, offset=offset)

    def ask(self, question: str, *, limit: int = ASK_LIMIT) -> "Answer":
        """The passages that best answer a free-text question (see knowledge/answering)."""
        # The question pipeline is imported by the first question, not with the engine: a
        # one-off `openai-bot ask "who altman"` never loads it.
        from knowledge.answering.pipeline import answer, or_successor

        words, total = self.vocabulary()
        found = answer(
            self._conn(),
            question,
            self.entities(),
            vocabulary=words,
            total=total,
            limit=limit,
            cache=self._frequencies,
        )
        return or_successor(self._conn(), found, self.entities(), limit, words)

    def when(self, text: str, *, limit: int = 5) -> "Answer":
        """Dated events that best match `text` ("did musk leave")."""
        from knowledge.answering.pipeline import answer

        words, total = self.vocabulary()
        return answer(
            self._conn(),
            text,
            self.entities(),
            vocabulary=words,
            total=total,
            limit=limit,
            events_only=True,
            cache=self._frequencies,
        )

    def warm(self) -> None:
        """Load what the first question would otherwise wait for: the question pipeline
        (its modules' patterns), lemmas, the people and their names (for lookups, typos and
        finding them in a question), the vocabulary. At 100,000 articles that is about a
        second, better spent before serving: in a burst of questions, every one queued
        behind the first would wait for it too."""
        from knowledge.answering import lexicon, pipeline
        from knowledge.answering.frame import entity_map

        del pipeline  # (imported for its patterns: a quarter of a second)
        lexicon.warm()
        entity_map(self.entities())
        self.names(people_only=True)
        self.names()
        self.vocabulary()

    def vocabulary(self) -> tuple[frozenset[str], int]:
        """Every word the articles use, and the number of passages; cached per index build."""
        conn = self._conn()
        stamp = self._stamp(conn)
        with self._lock:
            if len(self._frequencies) > FREQUENCIES_KEPT:
                self._frequencies = {}  # (the words typed since the last are counted again)
            if self._words[0] != stamp:
                self._frequencies = {}  # counts of the previous build
                words = frozenset(r[0] for r in conn.execute("SELECT word FROM vocabulary"))
                total = int(conn.execute("SELECT count(*) FROM passages").fetchone()[0])
                self._words = (stamp, words, total)
                lasting.made()
            return self._words[1], self._words[2]

    def covered(self) -> tuple[str, ...]:
        """The people and organisations the articles name most (knowledge.summaries), most
        first; none for an index built without them."""
        row = self._conn().execute("SELECT value FROM meta WHERE key = 'covered'").fetchone()
        return tuple(json.loads(row[0])) if row else ()

    @staticmethod
    def _stamp(conn: sqlite3.Connection) -> str:
        row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        return str(row[0]) if row else ""

    def stated_event_ids(self) -> list[int]:
        return facts.stated_event_ids(self._conn())

    def event(self, event_id: int) -> Event | None:
        return facts.event_by_id(self._conn(), event_id)

    def event_before(self, passage: Passage) -> Event | None:
        """The nearest date stated just before an undated passage, for context."""
        return facts.event_before(self._conn(), passage)

    def entities(self) -> tuple[EntityInfo, ...]:
        """Every person and organisation, cached until the index is rebuilt."""
        conn = self._conn()
        stamp = self._stamp(conn)
        with self._lock:
            if self._entities[0] != stamp:
                self._entities = (stamp, facts.entities(conn))
                self._people = tuple(e for e in self._entities[1] if e.kind == "person")
                self._names = {}
                lasting.made()
            return self._entities[1]

    def people(self) -> tuple[EntityInfo, ...]:
        self.entities()
        return self._people

    def lookup(self, name: str, *, people_only: bool = True) -> Lookup:
        """Typo-tolerant lookup of a person (or any entity)."""
        return lookup(name, self.names(people_only=people_only))

    def names(self, *, people_only: bool = False) -> NameIndex:
        """The names of the people (or every entity), normalised once per index build."""
        chosen = self.people() if people_only else self.entities()
        with self._lock:
            names = self._names.get(people_only)
            if names is None or names.source is not chosen:
                names = self._names[people_only] = NameIndex(chosen)
                lasting.made()
            return names

    def told_as(self, key: str) -> str | None:
        """ "he" or "she", as the articles call a person (see knowledge.facts.told_as)."""
        return facts.told_as(self._conn(), key)

    def profile(self, entity: EntityInfo) -> Profile:
        return facts.profile(self._conn(), entity)

    def quotes(
        self, entity: EntityInfo, *, limit: int = -1, offset: int = 0
    ) -> tuple[QuoteInfo, ...]:
        """What `entity` is quoted saying (a page of it with `limit`: see facts.quotes)."""
        return facts.quotes(self._conn(), entity, limit=limit, offset=offset)

    def quote_count(self, entity: EntityInfo) -> int:
        return facts.quote_count(self._conn(), entity)

    def timeline(
        self,
        *,
        year_from: int | None = None,
        year_to: int | None = None,
        entity: EntityInfo | None = None,
        limit: int = 8,
        offset: int = 0,
    ) -> tuple[tuple[Event, ...], bool]:
        """Events in date order, by years and/or entity, one page at a time."""
        return facts.events(
            self._conn(),
            year_from=year_from,
            year_to=year_to,
            entity=entity.key if entity else None,
            limit=limit,
            offset=offset,
        )

    def on_day(self, month: int, day: int) -> tuple[Event, ...]:
        return facts.events_on(self._conn(), month, day)

    def in_month(self, month: int) -> tuple[Event, ...]:
        return facts.events_on(self._conn(), month, None)

    def archive_pick(self, seed: int) -> Event | None:
        """A stated event chosen by `seed` (deterministic: the same seed, the same event)."""
        count = facts.event_count(self._conn())
        return facts.event_at(self._conn(), seed % count) if count else None

    def sources(self, *, limit: int = -1, offset: int = 0) -> tuple[ArticleInfo, ...]:
        """Indexed articles with their passage counts, in corpus order: `limit` of them from
        `offset` (all when negative; a page is what a reply shows, never the whole corpus)."""
        rows = (
            self._conn()
            .execute(
                "SELECT a.id, a.title, a.outlet, a.original_source, a.published, a.precision, "
                "a.language, a.passages, a.kind "
                "FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?",
                (limit, offset),
            )
            .fetchall()
        )
        return tuple(
            ArticleInfo(
                id=r[0],
                title=r[1],
                outlet=r[2],
                original_source=r[3],
                published=r[4],
                precision=r[5],
                language=r[6],
                passages=r[7],
                kind=r[8],
            )
            for r in rows
        )

    def article_count(self) -> int:
        """How many articles the index holds."""
        return int(self._conn().execute("SELECT count(*) FROM articles").fetchone()[0])

    def close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

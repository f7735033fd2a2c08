"""The engine facade the bot talks to: one object per index file, safe to share across threads."""

import sqlite3
import threading
from pathlib import Path

from knowledge.errors import IndexMissingError
from knowledge.indexer import SCHEMA_VERSION
from knowledge.model import ArticleInfo, SearchResult
from knowledge.query import parse_query
from knowledge.search import search_query
from knowledge.sqlite import connect

ASK_LIMIT = 3
ASK_CANDIDATES = 20


class Engine:
    """Read-only access to an index. Each thread gets its own SQLite connection."""

    def __init__(self, index_path: Path) -> None:
        self.index_path = index_path
        self._local = threading.local()
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
            self._local.conn = conn
        return conn

    def search(self, text: str, *, limit: int = 5, offset: int = 0) -> SearchResult:
        """Passages matching `text`, best first."""
        return search_query(self._conn(), parse_query(text), limit=limit, offset=offset)

    def ask(self, question: str, *, limit: int = ASK_LIMIT) -> SearchResult:
        """The passages that best answer a free-text question.

        Content words only; a passage must match at least half of them, so a question that
        merely shares "OpenAI" with every sentence gets an honest "nothing found".
        """
        query = parse_query(question)
        content = query.content_terms
        loose = parse_query(" ".join(content))
        result = search_query(self._conn(), loose, limit=ASK_CANDIDATES, whole=True)
        needed = max(1, (len(content) + 1) // 2)
        hits = tuple(h for h in result.hits if len(h.matched_terms) >= needed)[:limit]
        return SearchResult(
            query=query.text,
            terms=content,
            hits=hits,
            mode=result.mode if hits else "none",
        )

    def sources(self) -> tuple[ArticleInfo, ...]:
        """Every indexed article with its passage count, in corpus order."""
        rows = (
            self._conn()
            .execute(
                "SELECT a.id, a.title, a.outlet, a.original_source, a.published, a.precision, "
                "a.language, (SELECT count(*) FROM passages p WHERE p.article_id = a.id) "
                "FROM articles a ORDER BY a.seq"
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
            )
            for r in rows
        )

    def close(self) -> None:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

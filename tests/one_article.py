"""An index of one made-up article, built in a test's own folder: for rules that need a
sentence the dev sets do not have."""

import sqlite3
from pathlib import Path

from bench.answers import first_answer
from bot.reply import Reply
from bot.router import Router
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index


def index_over(
    tmp_path: Path, text: str, *, title: str = "Quorra", published: str = "2025-03-07"
) -> Path:
    """An index of one article (`title`, then `text`, published on `published`), built in
    `tmp_path`: the path of its database."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "980_article.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    (folder / "980_article.toml").write_text(
        f'title = "{title}"\noutlet = "Test Wire"\npublished = "{published}"\nprecision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    return tmp_path / "index.db"


def rows_over(
    tmp_path: Path,
    text: str,
    sql: str,
    params: tuple[object, ...] = (),
    *,
    title: str = "Quorra",
    published: str = "2025-03-07",
) -> list[tuple[object, ...]]:
    """The rows `sql` reads from an index of one article (see `index_over`)."""
    conn = sqlite3.connect(index_over(tmp_path, text, title=title, published=published))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def router_over(
    tmp_path: Path, text: str, *, title: str = "Quorra", published: str = "2025-03-07"
) -> Router:
    """A router over an index of one article: `title`, then `text`, published on
    `published` (the caller closes its engine)."""
    return Router(Engine(index_over(tmp_path, text, title=title, published=published)))


def reply_over(
    tmp_path: Path,
    text: str,
    question: str,
    *,
    title: str = "Quorra",
    published: str = "2025-03-07",
) -> Reply:
    """The reply to `question` over an index of one article (`title`, then `text`, published
    on `published`)."""
    router = router_over(tmp_path, text, title=title, published=published)
    try:
        return router.handle_text(question)
    finally:
        router.engine.close()


def assert_not_led_by(
    tmp_path: Path, text: str, question: str, wrong: str, *, title: str = "Quorra"
) -> None:
    """The reply to `question` over one article does not open with `wrong` (a confident
    answer it must not give)."""
    reply = reply_over(tmp_path, text, question, title=title)
    assert not reply.intro.startswith(wrong), reply.text


def assert_first_says(
    tmp_path: Path, text: str, question: str, said: str, *, title: str = "Quorra"
) -> None:
    """What a reader sees first of the reply to `question` over one article (its title,
    answer line and first bullet) says `said`."""
    reply = reply_over(tmp_path, text, question, title=title)
    assert said in first_answer(reply), reply.text


def assert_best_match(
    tmp_path: Path, text: str, question: str, said: str, wrong: str, *, title: str = "Quorra"
) -> None:
    """The reply to `question` over one article is sure ("Best match: …") and names `said`
    in its answer line, and what a reader sees first never says `wrong`."""
    reply = reply_over(tmp_path, text, question, title=title)
    seen = first_answer(reply)
    answer = seen.split("\n")[1]
    assert answer.startswith("Best match:") and said in answer and wrong not in seen, reply.text

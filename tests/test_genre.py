"""What an article is: a sidecar may declare it an opinion or a dramatised account, and an
article's own statement that it reconstructs a scene keeps that scene's words out of `quote`."""

import sqlite3
from collections.abc import Iterator

import pytest

from bot.router import Router
from knowledge.articles import load_articles, parse_meta
from knowledge.engine import Engine
from knowledge.errors import ArticleMetaError
from knowledge.indexer import build_index

NEWS = """Pell board fires its founder

On June 2, 2021, Noor Vance was fired by the board of Pell Robotics. What follows is a
reconstruction of the meeting, not a transcript.

"You have lost the room," Omar Reyes said. Vance said, "Then I will leave tonight."

On June 4, 2021, Vance told reporters: "I was fired for keeping our promises."
"""

PLAY = """Pell, a play in one act

Omar Reyes said, "We vote at noon." Vance replied, "Vote without me."
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("genre")
    for name, text, kind in (("960_news", NEWS, "news"), ("961_play", PLAY, "dramatised")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.toml").write_text(
            f'title = "{text.splitlines()[0]}"\noutlet = "Test {kind.title()}"\n'
            f'published = "2021-07-01"\nprecision = "day"\nkind = "{kind}"\n',
            encoding="utf-8",
        )
    path = tmp_path_factory.mktemp("index") / "index.db"
    build_index(load_articles(folder), path)
    engine = Engine(path)
    yield engine
    engine.close()


def _quotes(engine: Engine) -> set[str]:
    conn = sqlite3.connect(engine.index_path)
    try:
        return {r[0] for r in conn.execute("SELECT text FROM quotes")}
    finally:
        conn.close()


def test_a_reconstructed_scene_gives_no_quotes_until_the_story_goes_on(engine: Engine) -> None:
    said = _quotes(engine)
    assert "I was fired for keeping our promises." in said  # after the scene, dated again
    assert not {"You have lost the room", "Then I will leave tonight."} & said


def test_a_dramatised_article_gives_no_quotes_and_says_what_it_is(engine: Engine) -> None:
    assert not {"We vote at noon.", "Vote without me."} & _quotes(engine)
    reply = Router(engine).handle_text("search vote at noon")
    assert "Test Dramatised (dramatised), 2021-07-01" in reply.text
    assert reply.citations[0].outlet == "Test Dramatised (dramatised)"


def test_kind_must_be_known() -> None:
    raw: dict[str, object] = {
        "title": "T",
        "outlet": "O",
        "published": "2021",
        "precision": "year",
        "kind": "satire",
    }
    with pytest.raises(ArticleMetaError, match="field 'kind' must be one of news, opinion"):
        parse_meta(raw, source="x.toml")
    assert parse_meta({**raw, "kind": "opinion"}, source="x.toml").kind == "opinion"
    del raw["kind"]
    assert parse_meta(raw, source="x.toml").kind == "news"

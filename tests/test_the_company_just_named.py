""" "The company" right after a sentence of the same paragraph that named one other company
is that company, not the one the article is about ("Not everyone at Quillon agreed. When
the company's board met …"). A made-up article, not a dev set's."""

import sqlite3
from pathlib import Path

from knowledge.articles import load_articles
from knowledge.indexer import build_index

_STORY = (
    "Larkspur Robotics, which makes fruit-picking arms, agreed in March 2024 to be bought by "
    "Quillon Foods for $80 million. Larkspur Robotics had been founded in 2019.\n\n"
    "Not everyone at Quillon Foods agreed. When the company's board met on May 3, 2024, "
    "directors voted 6 to 1 to approve the purchase.\n\n"
    "Larkspur Robotics said the deal would close in June."
)


def _meant(tmp_path: Path, opening: str) -> set[str]:
    """The companies the index says the sentence opening on `opening` names or points at."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "980_a.txt").write_text(f"Larkspur Robotics\n\n{_STORY}\n", encoding="utf-8")
    (folder / "980_a.toml").write_text(
        'title = "Larkspur Robotics"\noutlet = "Test Wire"\n'
        'published = "2025-03-07"\nprecision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    conn = sqlite3.connect(tmp_path / "index.db")
    try:
        rows = conn.execute(
            "SELECT e.key FROM mentions m JOIN passages p ON p.id = m.passage_id "
            "JOIN entities e ON e.id = m.entity WHERE p.text LIKE ? || '%'",
            (opening,),
        ).fetchall()
    finally:
        conn.close()
    return {key for (key,) in rows}


def test_the_company_is_the_one_the_sentence_before_named(tmp_path: Path) -> None:
    assert _meant(tmp_path, "When the company's board met") == {"quillon-foods"}


def test_a_fund_just_named_is_not_the_company(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    story = (
        "Fennick Labs sells soil maps to farmers. It was founded in 2018 by Ada Lind.\n\n"
        "In June 2021, Tallgrass Ventures led a $14 million round. The company said it would "
        "use the money to hire forty engineers."
    )
    (folder / "980_a.txt").write_text(f"Fennick Labs\n\n{story}\n", encoding="utf-8")
    (folder / "980_a.toml").write_text(
        'title = "Fennick Labs"\noutlet = "Test Wire"\n'
        'published = "2025-06-18"\nprecision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    conn = sqlite3.connect(tmp_path / "index.db")
    try:
        rows = conn.execute(
            "SELECT e.key FROM mentions m JOIN passages p ON p.id = m.passage_id "
            "JOIN entities e ON e.id = m.entity WHERE p.text LIKE 'The company said%'"
        ).fetchall()
    finally:
        conn.close()
    assert {key for (key,) in rows} == {"fennick-labs"}

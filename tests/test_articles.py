"""Article metadata: the seeds load as SOURCES says; bad sidecars name the field at fault."""

from datetime import date
from pathlib import Path

import pytest

from knowledge.articles import Article, ArticleFolder, load_article, load_articles
from knowledge.errors import ArticleMetaError


def test_seed_metadata(seed_articles: tuple[Article, ...]) -> None:
    by_id = {a.id[:3]: a.meta for a in seed_articles}
    assert len(seed_articles) == 5
    assert by_id["000"].published == "2024-11" and by_id["000"].precision == "month"
    assert by_id["001"].published == "2023-03-24"
    assert by_id["002"].published == "2024-09-09"
    assert by_id["003"].published == "2024-09-28"
    assert by_id["004"].published == "2025-04-29"
    assert by_id["003"].original_source == "The Wall Street Journal"
    assert by_id["002"].reference_date == date(2024, 9, 9)


def _write(tmp_path: Path, meta: str, text: str = "Some text.\n") -> Path:
    (tmp_path / "a.toml").write_text(meta, encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = 'title = "T"\noutlet = "O"\npublished = "2024-01-02"\nprecision = "day"\n'


def test_good_sidecar(tmp_path: Path) -> None:
    article = load_article(_write(tmp_path, GOOD))
    assert article.meta.original_source == "O"
    assert article.meta.reference_date == date(2024, 1, 2)


@pytest.mark.parametrize(
    ("meta", "field"),
    [
        (GOOD.replace('precision = "day"', 'precision = "week"'), "precision"),
        (GOOD.replace("2024-01-02", "2024-01"), "published"),
        (GOOD.replace("2024-01-02", "2024-02-30"), "date"),
        (GOOD.replace('title = "T"\n', ""), "title"),
        (GOOD + "strip = 3\n", "strip"),
        ("title = ", "TOML"),
    ],
)
def test_bad_sidecar_names_the_problem(tmp_path: Path, meta: str, field: str) -> None:
    with pytest.raises(ArticleMetaError, match=field):
        load_article(_write(tmp_path, meta))


def test_missing_sidecar(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ArticleMetaError, match=r"b\.toml"):
        load_articles(tmp_path)


def test_a_file_gone_since_the_folder_was_listed_is_one_clear_error(tmp_path: Path) -> None:
    """A folder is read on each pass of a build; a file removed between passes is named,
    not a traceback."""
    text = _write(tmp_path, GOOD)
    folder = ArticleFolder(tmp_path)
    assert len(list(folder)) == 1
    text.unlink()
    with pytest.raises(ArticleMetaError, match=rf"{text.name}: cannot read it"):
        list(folder)

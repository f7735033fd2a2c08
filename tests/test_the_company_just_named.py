""" "The company" right after a sentence of the same paragraph that named one other company
is that company, not the one the article is about ("Not everyone at Quillon agreed. When
the company's board met …"). A made-up article, not a dev set's."""

from pathlib import Path

from tests.one_article import rows_over

_STORY = (
    "Larkspur Robotics, which makes fruit-picking arms, agreed in March 2024 to be bought by "
    "Quillon Foods for $80 million. Larkspur Robotics had been founded in 2019.\n\n"
    "Not everyone at Quillon Foods agreed. When the company's board met on May 3, 2024, "
    "directors voted 6 to 1 to approve the purchase.\n\n"
    "Larkspur Robotics said the deal would close in June."
)


_NAMED_SQL = (
    "SELECT e.key FROM mentions m JOIN passages p ON p.id = m.passage_id "
    "JOIN entities e ON e.id = m.entity WHERE p.text LIKE ? || '%'"
)


def _meant(
    tmp_path: Path,
    opening: str,
    story: str = _STORY,
    *,
    title: str = "Larkspur Robotics",
    published: str = "2025-03-07",
) -> set[str]:
    """The companies the index says the sentence opening on `opening` of `story` names or
    points at."""
    rows = rows_over(tmp_path, story, _NAMED_SQL, (opening,), title=title, published=published)
    return {str(key) for (key,) in rows}


def test_the_company_is_the_one_the_sentence_before_named(tmp_path: Path) -> None:
    assert _meant(tmp_path, "When the company's board met") == {"quillon-foods"}


def test_a_fund_just_named_is_not_the_company(tmp_path: Path) -> None:
    story = (
        "Fennick Labs sells soil maps to farmers. It was founded in 2018 by Ada Lind.\n\n"
        "In June 2021, Tallgrass Ventures led a $14 million round. The company said it would "
        "use the money to hire forty engineers."
    )
    meant = _meant(
        tmp_path, "The company said", story, title="Fennick Labs", published="2025-06-18"
    )
    assert meant == {"fennick-labs"}

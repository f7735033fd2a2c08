"""A company told by what it is, opening a sentence after one naming it ("That is where
Tarnmoor came in. The mining company, which operates two copper mines …, wanted better data
…"), is that company; "The company …" alone is the one the article is about. A made-up
article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ines Halloway founded Pipewise Systems in 2020 to find leaks in water mains.\n\n"
    "That is where Tarnmoor came in. The mining company, which operates two copper mines "
    "upstream of the district, wanted better data on groundwater as it sought permits for a "
    "third. Pipewise signed a deal with Tarnmoor Mining in 2024."
)


def test_the_mining_company_is_the_one_named_before(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "why was tarnmoor after the data", title="Pipewise")
    assert "wanted better data on groundwater" in first_answer(reply), reply.text

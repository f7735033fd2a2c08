"""A name followed by a company's title only a person holds ("Thaddeus Quill, Ridgemont's
managing partner, joined the board"; "Odalys Brenner, Fenwick's general counsel, said …") is
a person's, though the given name is in no list. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Fenwick Brewing agreed in November to be bought by Halloran Beverage for $90 million. "
    "Ridgemont Capital had paid $18 million for a 30 percent stake in 2019. Thaddeus Quill, "
    "Ridgemont's managing partner, joined the board as part of that deal.\n\n"
    "Odalys Brenner, Fenwick's general counsel, said the company was \"disappointed but "
    "confident\" about the lawsuit. Ysolde Marchetti, the brewery's head of sales, declined "
    "to comment. Corvin Ashby, Fenwick's director of operations, said the plant would stay "
    "open."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who is thaddeus quill", "managing partner"),
        ("who is odalys brenner", "general counsel"),
        ("who is corvin ashby", "director of operations"),
    ],
)
def test_a_person_by_the_title(tmp_path: Path, question: str, said: str) -> None:
    router = router_over(tmp_path, _STORY, title="Fenwick Brewing Is Sold")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert said in first_answer(reply), reply.text

"""The head of a trade ("head baker", "head brewer") is a post of its own, not the company's
head: the one holding it now is the one named to it after the other resigned, the one
before is the other, and in a year before the new one was named, the other. A made-up
article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Marguerite Olsen founded Larchmont Bakery in 1998 and is still its chief executive. Her "
    "son, Tobias Olsen, took over as head baker in 2012.\n\n"
    "In March 2024, Tobias Olsen, the company's head baker, resigned after a dispute over "
    "recipes. Larchmont named Inez Carrow, a pastry chef from Portland, as its new head baker "
    "on April 2, 2024."
)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("who is larchmont's head baker now", "Inez Carrow", "Marguerite Olsen"),
        ("who is the head baker", "Inez Carrow", "Tobias Olsen"),
        ("who was the head baker before carrow", "Tobias Olsen", "Inez Carrow"),
        ("who was larchmont's head baker in 2020", "Tobias Olsen", "Inez Carrow"),
    ],
)
def test_the_head_of_a_trade(tmp_path: Path, question: str, said: str, not_said: str) -> None:
    router = router_over(tmp_path, _STORY, title="Larchmont Bakery", published="2024-06-01")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    first = first_answer(reply)
    assert said in first and not_said not in first.split("\n")[1], reply.text


def test_the_company_s_head_is_still_its_chief(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Larchmont Bakery", published="2024-06-01")
    try:
        reply = router.handle_text("who runs larchmont")
    finally:
        router.engine.close()
    assert "Marguerite Olsen" in first_answer(reply), reply.text

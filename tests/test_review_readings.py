"""Confident wrong answers a stranger's reading of the rules for who replaced whom, figures
and groups found, each kept from coming back: a short article, a question, and what the
reader must (or must not) see first."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_CORVELLA = (
    "Corvella Foods, a Porto tinned-fish company, was founded in 2016 by Inês Varela-Moss.\n\n"
    "Instead of Marta Quental-Ribeiro, who had run the company's sales team, the board chose "
    "Henrik Aalto-Berg as chief executive in 2022. Investors said they had underestimated how "
    "quickly the company would burn through cash.\n\n"
    "Norvik, the Oslo food conglomerate, bought a stake worth $22 million in Corvella in "
    "January 2024. In March 2024, Corvella opened a second factory in Braga. Rui Sousa, a "
    "union official, called the move a betrayal, arguing that it left staff in Porto with "
    "fewer shifts."
)
_LINDEN = (
    "Norvik, the Oslo food conglomerate, said on May 3, 2025 that it had bought a minority "
    "stake in Linden Dairy, a Danish cooperative.\n\n"
    "Linden Dairy is run by Mads Kjeldsen-Roe. The company was born in 1921 as a group of "
    "twelve farmers near Odense."
)


@pytest.mark.parametrize(
    ("article", "title", "question", "said"),
    [
        # "Instead of Marta …" is no body's name going on
        (_CORVELLA, "Corvella Foods", "who is marta quental-ribeiro", "sales team"),
        # "a stake worth $22 million" is what was paid, not a valuation
        (_CORVELLA, "Corvella Foods", "how much did norvik invest", "Best match: $22 million"),
    ],
)
def test_the_first_answer_says(
    tmp_path: Path, article: str, title: str, question: str, said: str
) -> None:
    reply = reply_over(tmp_path, article, question, title=title)
    assert said in first_answer(reply), reply.text


@pytest.mark.parametrize(
    ("article", "title", "question", "wrong"),
    [
        # "Investors said they …": the investors, no one the sentences before named
        (_CORVELLA, "Corvella Foods", "who underestimated how quickly it would burn cash", "Best"),
        # an objection to a move ("called the move a betrayal, arguing that …") is no reason
        # for it
        (_CORVELLA, "Corvella Foods", "why did corvella open a factory in braga", "fewer shifts"),
        # a year the dates do not read ("born in 1921") leaves the story's date a guess
        (_LINDEN, "Norvik takes a stake in Linden Dairy", "when was norvik founded", "Best"),
    ],
)
def test_the_first_answer_is_not(
    tmp_path: Path, article: str, title: str, question: str, wrong: str
) -> None:
    reply = reply_over(tmp_path, article, question, title=title)
    assert wrong not in first_answer(reply).split("\n", 1)[1], reply.text  # (past the title)

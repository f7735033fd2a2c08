"""A figure the articles never give is said to be missing, even when the question's words
are there: "how many employees" of an article that counts only cameras, "how much was she
paid" of one that gives no pay. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ashgrove Watch, a Boise wildfire-camera company, runs more than 900 cameras in four "
    "states. Several employees said the company had grown too fast.\n\n"
    "In 2024 the board named Ines Falk-Mora, the chief operating officer, as chief executive. "
    "Falk-Mora said the cameras had spotted 310 fires last summer.\n\n"
    "The money came from Ruth Brandt-Ives, a timber heiress, who pledged $50 million at the "
    "launch. By 2023, the heiress had stopped paying altogether."
)
_TITLE = "Ashgrove Watch and its cameras"


@pytest.mark.parametrize(
    "question",
    ["how many employees does ashgrove watch have", "how much is falk-mora paid"],
)
def test_a_figure_never_given_is_missing(tmp_path: Path, question: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    assert "don't mention" in first_answer(reply), reply.text


def test_a_figure_given_is_answered(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "how many cameras does ashgrove run", title=_TITLE)
    seen = first_answer(reply)
    assert "900" in seen and "don't mention" not in seen, reply.text


def test_a_figure_told_of_the_one_asked_of_is_not_missing(tmp_path: Path) -> None:
    """The sentence closest to the question gives no sum, but another about her does."""
    reply = reply_over(
        tmp_path, _STORY, "how much was brandt-ives supposed to hand over", title=_TITLE
    )
    assert "don't mention" not in first_answer(reply), reply.text

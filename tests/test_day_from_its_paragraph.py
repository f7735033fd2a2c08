"""One event told twice, first by its month ("In March, the board voted to remove
Halloway") and then in a paragraph that gives the day ("The board met on March 12. … The
board voted 4-2 to remove her"): the day is the answer. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "In March, the board of Pipewise Systems voted 4-2 to remove Ines Halloway as chief "
    "executive, three months after the startup signed a deal with a mining company.\n\n"
    "Ines Halloway founded Pipewise Systems in 2020.\n\n"
    "The board met on March 12. The board voted 4-2 to remove her as chief executive, citing "
    '"a loss of confidence in her leadership."'
)


def test_the_day_its_paragraph_gives(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "when was ines halloway removed as ceo", published="2026-06-18"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: March 12, 2026.", reply.text


def test_an_act_the_time_is_counted_from_is_not_dated_by_it(tmp_path: Path) -> None:
    """ "In March, the board voted …, three months after Pipewise signed a supply contract":
    March is the vote's month, not the signing's; it is no answer to be sure of."""
    story = (
        "In March, the board of Pipewise Systems voted to remove Ines Halloway as chief "
        "executive, three months after Pipewise signed a supply contract with Tarnmoor "
        "Mining.\n\nInes Halloway founded Pipewise Systems in 2020."
    )
    reply = reply_over(tmp_path, story, "when did pipewise sign the contract with tarnmoor")
    assert not first_answer(reply).split("\n")[1].startswith("Best match"), reply.text

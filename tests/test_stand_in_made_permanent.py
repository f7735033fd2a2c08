"""A stand-in later confirmed in the post replaced the one removed ("named interim chief
executive the same day … was confirmed as permanent chief executive on May 20"), and the
company an article is about, when its title names none, is the one it tells being founded,
though a customer is named as often. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "In March, the board of Pipewise Systems voted 4-2 to remove Ines Halloway as chief "
    "executive, three months after the startup signed a deal with Tarnmoor Mining. Tarnmoor "
    "gets its readings.\n\n"
    "So in March 2020 Halloway spun the project out as Pipewise Systems.\n\n"
    "Tarnmoor approached Pipewise in 2024. Tarnmoor's lawyers drafted the deal.\n\n"
    "The board met on March 12 and voted to remove her as chief executive.\n\n"
    "Peter Quist, a former operations executive at a mining firm, was named interim chief "
    "executive the same day.\n\n"
    "Quist was confirmed as permanent chief executive on May 20."
)
_TITLE = "The Pipe Listeners: How a Leak-Hunting Startup Turned on Its Founder"


def test_the_stand_in_made_permanent_replaced_her(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "who replaced halloway as ceo", title=_TITLE, published="2025-06-18"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: Peter Quist.", reply.text


def test_the_boss_now_of_the_company_founded(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "who's the boss at pipewise now", title=_TITLE, published="2025-06-18"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: Peter Quist.", reply.text

"""Paying for a company is buying it, and a wager on what is to come is a reason ("which paid
$210 million for Fennick in a bet that software, not steel, will decide …"). A made-up
article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Fennick makes soil maps from satellite pictures.\n\n"
    "The sale is an early test for Harrowgate, the maker of tractors, which paid $210 "
    "million for Fennick in a bet that software, not steel, will decide the next decade.\n\n"
    "When the board of Harrowgate met on September 12, 2024, directors voted 7 to 2 to "
    "approve the acquisition.\n\n"
    "Fennick lost $9 million in 2023, largely because it paid satellite operators."
)


def test_a_bet_is_why_it_bought(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "why did harrowgate buy fennick", title="Fennick")
    assert "in a bet that software" in first_answer(reply), reply.text

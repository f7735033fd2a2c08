"""Where a story's clock stands after sentences that look back or aside: a year told of
someone in a closing aside ("…, who had joined the board in 2019."), a month the story looks
back to ("had been set out in a board paper in June"), a sentence of how things stand now
("… stepped back last year but remains a shareholder"), and a date only of when someone
spoke ("in a video posted the day after the vote") leave it where the story was. A made-up
article, published in September 2025, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Faultline Archive was founded in March 2016 by Oona Varga and Pieter Selassie.\n\n"
    "In June 2021, Selassie and Lior Benami founded Sismo, a rival lab in Lima. Selassie "
    "runs its research, while Benami stepped back from day-to-day work last year but remains "
    "a shareholder.\n\n"
    "Faultline pressed ahead without them. That November it launched Quakemeter, a "
    "subscription service for insurers.\n\n"
    "The crisis arrived last October. On October 9, the board voted four to one to remove "
    "Varga as chief executive.\n\n"
    'Varga disputes that account. "The board knew," she said in a video posted the day after '
    "the vote.\n\n"
    "The lone vote against came from Rhys Okafor, a seismologist who had joined the board in "
    "2019. Okafor argued that the terms had been set out in a board paper in June.\n\n"
    "That evening the board named Mira Lund as interim chief executive.\n\n"
    "A week after the vote, Okafor resigned from the board.\n\n"
    "Two months later, the board named Tavi Hale as permanent chief executive."
)
_TITLE = "Faultline Archive"


def _published_september(tmp_path: Path, question: str) -> str:
    """What a reader sees first of the reply, over the article dated 2025-09-16."""
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE, published="2025-09-16")
    return first_answer(reply)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "That November" goes on from June 2021, not from the "last year" of a sentence
        # telling where the founders stand now
        ("when did quakemeter launch", "November 2021"),
        # a week after the vote's own day, not after a year told in a closing aside
        ("when did okafor resign from the board", "October 16, 2024"),
        # two months after the story's October, not after 2019 or a look back to June
        ("when was tavi hale named permanent chief executive", "December 2024"),
        # the vote's evening: a video posted the day after is when she spoke
        ("when was mira lund named interim chief executive", "October 9, 2024"),
    ],
)
def test_the_story_clock(tmp_path: Path, question: str, said: str) -> None:
    seen = _published_september(tmp_path, question)
    assert f"{said}." in seen.split("\n")[1] or f"({said})" in seen.split("\n")[1], seen


def test_a_month_looked_back_to_is_the_story_year(tmp_path: Path) -> None:
    seen = _published_september(tmp_path, "when was the board paper set out")
    assert "June 2024" in seen and "2025" not in seen.split("\n")[1], seen


_APPROVED = (
    "Tidewell Energy was founded in 2016 by Hana Sato and Carlos Vianna.\n\n"
    "On March 8, 2022, the board approved the trading plan. Five days after the vote, Hana "
    "Sato resigned as chief scientist.\n\n"
    "That November Vianna left too, saying the trading desk had made the company impossible "
    "to run safely."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the vote told by what the board decided
        ("when did hana sato resign", "March 13, 2022"),
        # "That November" with a name right after it
        ("when did vianna leave", "November 2022"),
    ],
)
def test_a_vote_told_as_a_decision_and_that_month(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _APPROVED, question, title="Tidewell", published="2025-09-15")
    assert said in first_answer(reply).split("\n")[1], reply.text

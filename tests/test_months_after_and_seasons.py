"""The story's clock told in other ways: "Two months after the vote" is that month; "…, who
had led deployments since 2021, left that spring." is the story's spring, not 2021; and
"the ceo" a board voted to remove is the one it removed, not whoever holds the post now. A
made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quayline was founded in 2016 by Ingrid Dahl and Tomas Weber.\n\n"
    "On November 18, 2024, the Quayline board voted five to one to remove Dahl as chief "
    "executive. Rafael Costa, the chief financial officer, was named interim chief executive "
    "the same evening.\n\n"
    "Two months after the vote, the board named Priya Raman as permanent chief executive. "
    "Anders Dahl, Ingrid Dahl's younger brother, who had led customer deployments at Quayline "
    "since 2021, left that spring."
)


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("when was priya raman named ceo", "January 2025", "2024"),
        ("when did anders dahl leave quayline", "spring 2025", "2021"),
        ("when did the board vote to remove the ceo", "November 18, 2024", "January"),
    ],
)
def test_the_storys_clock(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Quayline", published="2025-10-09")
    seen = first_answer(reply)
    assert said in seen and wrong not in seen.split("\n")[1], reply.text


def test_the_day_after_the_vote_counts_from_the_vote(tmp_path: Path) -> None:
    """ "walked out the day after the vote", told after a later date: the vote's next day."""
    story = (
        "On 3 July 2023, the board voted five to two to remove Gareth Pryce as chief "
        "executive. On 1 November 2023, the board appointed Nadia Kowalski as permanent chief "
        "executive. Eleri Pryce walked out the day after the vote."
    )
    reply = reply_over(tmp_path, story, "when did eleri pryce quit", published="2024-05-20")
    assert "July 4, 2023" in first_answer(reply).split("\n")[1], reply.text

"""Who paid for it and how much: "bankrolled" is a donor's pledge as much as an investor's
stake, a sum "transferred" is one paid, and a pronoun in an opening clause before the name
it stands for ("Asked whether she regretted …, Achebe-Marr paused") is that one's. A
made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Fenwick Tide, a Hull tidal-energy charity, was founded in 2017. The money came from "
    "Rosalind Achebe-Marr, a shipping heiress, who pledged $40 million over four years. By "
    "the end of 2021 she had transferred $12 million, at which point the payments stopped."
    "\n\nIn 2023, Corvel Power, a Leeds utility company, invested $90 million in the "
    "charity's new for-profit arm.\n\n"
    "Marta Quill, the charity's first chief executive, said in an interview that the board "
    "had lost its way. Asked whether she regretted the money she had given, Achebe-Marr "
    "paused for a long time."
)
_TITLE = "Fenwick Tide and the heiress who walked away"


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("who bankrolled fenwick tide", "Achebe-Marr", "Quill"),
        ("how much did achebe-marr actually pay", "$12 million", "$40 million"),
        ("who regretted the money", "Achebe-Marr", "Quill"),
    ],
)
def test_who_paid(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    seen = first_answer(reply)
    assert said in seen and wrong not in seen, reply.text


_GIANT = (
    "Larkmoor, a Bristol flood-sensor charity, was founded in 2019.\n\n"
    "In January 2023, Tavrin, the Dublin cloud-computing giant, invested $300 million in "
    "Larkmoor's for-profit arm at a valuation of $1.2 billion. The deal gave Tavrin a board "
    "seat.\n\n"
    "In August 2025, Larkmoor closed a $150 million round at a valuation of $2.6 billion, with "
    "Tavrin again taking the largest share."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Tavrin, the Dublin cloud-computing giant, invested …": a company, by what it is
        ("who is tavrin", "Organisation in the articles"),
        ("how much did tavrin put in", "Best match: $300 million"),
        # a round's sum, not what the round valued the company at
        ("how much did larkmoor raise in 2025", "Best match: $150 million"),
        ("how big was the 2025 round", "Best match: $150 million"),
    ],
)
def test_a_giant_and_its_stake(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _GIANT, question, title="Larkmoor's backers")
    assert said in first_answer(reply), reply.text

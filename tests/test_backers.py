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

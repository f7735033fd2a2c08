"""A profile's first line says what someone is and the post they hold: "a Brazilian engineer;
permanent chief executive", not the post alone; and "X, who has chaired the board since the
founding, concedes …" makes X the chair now. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from tests.one_article import reply_over

_STORY = (
    "Quakewise was founded in Vancouver in March 2016 by Ngaio Brennan and Ilse Vaagen. "
    "Vaagen, a Norwegian former mining executive, agreed to sit on the board.\n\n"
    "In December 2024 the board named Tiago Sampaio-Reis, a Brazilian engineer who had run "
    "the catastrophe unit of an insurer, as permanent chief executive.\n\n"
    "Vaagen, who has chaired the board since the founding, concedes the vote was handled "
    'badly. "We were right about the deal and wrong about the way we did it," she said.'
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who is tiago sampaio-reis", "a Brazilian engineer; permanent chief executive"),
        ("who is ilse vaagen", "current chair"),
    ],
)
def test_the_first_line_says_what_and_which_post(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Quakewise")
    assert said in reply.intro, reply.text

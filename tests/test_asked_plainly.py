"""Questions asked plainly, answered from what the article says around them: "where is X
based" when it only says where X was founded, "voted out", "a week after the vote" (seven days
on), and a person asked for by a word no article uses ("the judge"), which no sentence may be
said to answer. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Scrollwise, a Naples lab that reads charred papyri with machine learning, was founded "
    "in 2019. In 2021 Ashford Cloud, the cloud giant based in Seattle, invested $300 "
    "million in Scrollwise.\n\n"
    "On November 14, 2023, the board voted 5-1 to remove Kasimir Lunde as chief executive. "
    "The board named Ruth Sands as interim chief executive the same evening. In a memo to "
    "staff the next morning, she wrote that nothing would change.\n\n"
    "A week after the vote, Lunde and Tomás Brea resigned together to found a rival, "
    "Emberlane, in Zurich. In April 2024, Scrollwise sued Emberlane and its two founders in "
    "the Commercial Court of Zurich, alleging that Brea had copied 40,000 labelled images."
    "\n\nMarrowby Materials, the Duluth, Minnesota, battery recycler, buys Scrollwise's "
    "scanners. Its founder, Ivo Dane, is now a senior adviser at Cindervale Resources, a "
    "nickel company based in Thunder Bay. He still holds a small stake in Marrowby. The "
    "company's aircraft, the Gannet, is a fixed-wing cargo drone that carries its scanners. "
    'In 2023 a Gannet carrying scanners lost power over the bay. "But the Gannet flies," '
    "Dane said.\n\n"
    "In the autumn of 2023, directors of Marrowby learned that its chief executive, Mira "
    "Holt, had signed a secret licence. On November 14, the board voted to remove Holt as "
    "chief executive."
)
_TITLE = "Scrollwise and its rival"


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("where is emberlane based", "Zurich", "Seattle"),
        # a place in apposition, before what the company is; not another's base
        ("where is marrowby based", "Duluth", "Thunder Bay"),
        # "The company's aircraft, the Gannet, is …": what it is
        ("what is the gannet exactly", "cargo drone", "Thunder Bay"),
        ("who voted out lunde", "the board", "Brea"),
        # a day without a year, after a season told: that season's, not the latest such day
        ("when did the board fire mira holt", "November 14, 2023", "2024"),
        # a week after the vote's day, not after the next morning's memo
        ("when did tomás brea quit", "November 21, 2023", "November 22"),
    ],
)
def test_the_first_answer_says(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    seen = first_answer(reply)
    assert said in seen and wrong not in seen, reply.text


def test_a_person_asked_for_by_a_word_no_article_uses_is_not_answered(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who was the judge in the emberlane lawsuit", title=_TITLE)
    assert "don't mention “judge”" in reply.intro and "Best match" not in reply.intro, reply.text

"""Who did it, told after "by" past a place, a date and what they are: "founded in Leeds in
March 2019 by the agronomist Ottilie Brammer". A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ferncastle Robotics was founded in Leeds in March 2019 by the agronomist Ottilie "
    "Brammer.\n\nIn 2021 Harrowgate Capital invested $3 million in Ferncastle Robotics."
)


@pytest.mark.parametrize(
    "told",
    [
        "founded in Leeds in March 2019 by the agronomist Ottilie Brammer",
        "founded in March 2019 by the former banker Ottilie Brammer",
        "founded in Leeds by Ottilie Brammer",
    ],
)
def test_the_founder_past_a_place_a_date_and_a_trade(tmp_path: Path, told: str) -> None:
    story = _STORY.replace("founded in Leeds in March 2019 by the agronomist Ottilie Brammer", told)
    reply = reply_over(tmp_path, story, "who founded ferncastle robotics")
    assert first_answer(reply).split("\n")[1] == "Best match: Ottilie Brammer.", reply.text


def test_a_body_after_by_is_no_name_of_its_words(tmp_path: Path) -> None:
    story = (
        "Ottilie Brammer founded Ferncastle Robotics in 2019.\n\nIn 2023 she was removed by "
        "the board of Ferncastle Robotics."
    )
    reply = reply_over(tmp_path, story, "who removed ottilie brammer")
    assert "Best match: Ferncastle" not in first_answer(reply), reply.text

"""Who put the money in at the start: "put up the cash" is a backer's act, "at the beginning"
and "when it started" ask for the first one the story tells (an undated "The money came
from …" before a dated later round), "the new nonprofit" is the organisation the article is
about, and "the saltmarsh foundations first chair" is the foundation's. A made-up article,
not a dev set's."""

from pathlib import Path

import pytest

from tests.one_article import assert_best_match

_STORY = (
    "The Saltmarsh Foundation was founded in March 2018 in Bristol by two marine biologists, "
    "Ana Keel and Joss Dray. Ana Keel became the foundation's first chair.\n\n"
    "The money came from Ottilie Brandvold, a Bergen shipping heiress who pledged $30 "
    "million to the new nonprofit over six years.\n\n"
    "In 2021 the board created Saltmarsh Data, a for-profit subsidiary. In February 2022, "
    "Corveth, the Seattle cloud company, invested $500 million in Saltmarsh Data. Ana "
    "Vries, who led the deal at the cloud giant, called it a bet on the sea.\n\n"
    "Last October, a funding round led by Corveth valued the Saltmarsh Foundation's "
    "subsidiary at $4 billion. In May 2024, Brandvold sued the Saltmarsh Foundation, "
    "alleging that it had broken the terms of her pledge."
)
_TITLE = "The Saltmarsh Foundation learns to sell"


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("who put up the cash at the beginning", "Brandvold", "Corveth"),
        ("who funded the saltmarsh foundation when it started", "Brandvold", "Corveth"),
        ("who bankrolled saltmarsh at the start", "Brandvold", "Corveth"),
        ("who was the saltmarsh foundations first chair", "Keel", "Dray"),
        # the company the articles call so, and what it paid, not a valuation it led
        ("how much did the cloud giant put in", "$500 million", "$4 billion"),
    ],
)
def test_the_first_backer(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    assert_best_match(tmp_path, _STORY, question, said, wrong, title=_TITLE)

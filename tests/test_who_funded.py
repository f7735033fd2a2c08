"""Who put the money in: a gift told without its receiver ("The money came mostly from …")
went to the company the story is about; a company leading a round is its funder though a
person is named after it; one who only says something ("…, she said, and expects to close a
round") did not do it; and "at the start" is the backer told first. Made-up articles, not a
dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_TITLE = "How Ferncastle Built Its Seed Vault"
_LAUNCH = (
    "Ferncastle Robotics was incorporated in Leeds in March 2019 by the agronomist Ottilie "
    "Brammer.\n\n"
    "The money came mostly from Desmond Okafor-Hale, whose family fortune rests on a chain "
    "of grain silos. The tycoon pledged $90 million over six years and took the chair of "
    "the board.\n\n"
    "In June 2022 the lab restructured. Harrowgate Capital, led by the partner Inga "
    "Solberg, put in $30 million, with returns capped at ten times its stake."
)


def _first(tmp_path: Path, story: str, question: str, title: str = _TITLE) -> str:
    reply = reply_over(tmp_path, story, question, title=title)
    return first_answer(reply).split("\n")[1]


def test_a_gift_told_without_its_receiver(tmp_path: Path) -> None:
    assert "Okafor-Hale" in _first(tmp_path, _LAUNCH, "who bankrolled ferncastle robotics")


def test_at_the_start_is_the_backer_told_first(tmp_path: Path) -> None:
    line = _first(tmp_path, _LAUNCH, "who bankrolled ferncastle at the start")
    assert "Okafor-Hale" in line


def test_a_first_that_is_no_start_of_the_money(tmp_path: Path) -> None:
    story = (
        "Ferncastle Robotics was incorporated in Leeds in March 2019 by the agronomist Ottilie "
        "Brammer.\n\n"
        "The money arrived that spring. Desmond Okafor-Hale, the grain magnate, pledged $60 "
        "million over five years.\n\n"
        "In June 2022, Harrowgate Capital led a $140 million funding round that valued "
        "Ferncastle at $1 billion. Brammer used the money to open offices in Oslo and to sign "
        "the company's first large contracts."
    )
    line = _first(tmp_path, story, "who bankrolled ferncastle early on")
    assert "Okafor-Hale" in line


def test_a_gift_to_someone_else_is_theirs(tmp_path: Path) -> None:
    story = (
        "Ferncastle Robotics was incorporated in Leeds in March 2019 by the agronomist Ottilie "
        "Brammer.\n\n"
        "In 2020 Desmond Okafor-Hale pledged $5 million to Tallowmere Farms, a rival."
    )
    assert "Okafor-Hale" not in _first(tmp_path, story, "who funded ferncastle robotics")


@pytest.mark.parametrize(
    "question", ["who funded ferncastle robotics", "who put up the money for ferncastle"]
)
def test_a_company_leading_a_round(tmp_path: Path, question: str) -> None:
    story = (
        "Ferncastle Robotics was incorporated in Leeds in March 2019 by the agronomist Ottilie "
        "Brammer.\n\n"
        "The following year, Harrowgate Capital led a $9.5 million funding round, and Inga "
        "Solberg, a Harrowgate partner, joined the board."
    )
    line = _first(tmp_path, story, question)
    assert "Harrowgate Capital" in line and "Solberg" not in line


def test_one_who_only_says_it(tmp_path: Path) -> None:
    story = (
        "Ottilie Brammer founded Ferncastle Robotics in Leeds in 2019.\n\n"
        "In November 2024, Harrowgate Capital led a $6.5 million seed round in Ferncastle "
        "Robotics.\n\n"
        "Ferncastle now sells to 14 farms, she said, and expects to close a larger funding round "
        "this summer."
    )
    line = _first(tmp_path, story, "who put up the money for ferncastle")
    assert "Harrowgate Capital" in line


def test_which_company_is_not_the_one_given_to(tmp_path: Path) -> None:
    """ "which company poured money in": the company a gift went to, told without its name,
    is no company the sentence names."""
    story = (
        "Ferncastle Robotics was incorporated in Leeds in March 2019 by the agronomist Ottilie "
        "Brammer.\n\n"
        "The money came from Desmond Okafor-Hale, a grain heir, who pledged $40 million.\n\n"
        "Five months later, in January 2021, the tech giant Tessaline agreed to invest $1.2 "
        "billion in Ferncastle Robotics in exchange for a minority stake."
    )
    line = _first(tmp_path, story, "which big tech company poured money in and how much")
    assert "$1.2 billion" in line

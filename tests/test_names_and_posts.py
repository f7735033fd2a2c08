"""People and posts a reader sees at once: a name of two given names and a surname ("Ana
Paula Rezende") is one person's; a post after two asides ("Weil, then the station's news
director, who had spent years …, became its first chief executive") is theirs; "chief
technologist" is a post; "took the chair of the new board" makes the chair; and "who still
leads the company" keeps the chief executive's post current. A made-up
article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quillmark was founded in April 2019 by Jonas Weil, Mette Lund and Ingrid Farrow, three "
    "colleagues at a public radio station. Weil, then the station's news director, who had "
    "spent years chasing lost interviews through the tape room, became its first chief "
    "executive. Lund, a former audio engineer who had taught herself machine learning, became "
    "chief technologist. Farrow, the station's general manager, took the chair of the new "
    "board.\n\n"
    "On June 6, 2024, the board voted to remove Weil as chief executive. Two months later "
    "the board appointed Ana Paula Rezende, previously head of digital products at a "
    "broadcasting group, as permanent chief executive. Rezende, who still leads the company, "
    "rewrote its contracts."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who was quillmark's first ceo", "Weil"),
        ("who is mette lund", "chief technologist"),
        ("who is ingrid farrow", "chair"),
        ("who is ana paula rezende", "permanent chief executive"),
        ("who runs quillmark now", "Rezende"),
    ],
)
def test_who_holds_what(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Quillmark")
    assert said in first_answer(reply).split("\n")[1], reply.text  # the answer line


_WORKED_AT = (
    "Ramplight was founded in Dublin in 2019 by four air-traffic controllers. Margit "
    "Lindqvist, a former watch supervisor at Stockholm Arlanda who had moved to Ireland in "
    "2012, agreed to chair the board."
)


def test_a_person_described_by_where_they_worked(tmp_path: Path) -> None:
    """ "Margit Lindqvist, a former watch supervisor at Stockholm Arlanda who had moved …":
    she is the one the "who" is said of, and the airport no person."""
    reply = reply_over(tmp_path, _WORKED_AT, "who is margit lindqvist", title="Ramplight")
    assert reply.title == "Margit Lindqvist", reply.text
    (tmp_path / "b").mkdir()
    reply = reply_over(tmp_path / "b", _WORKED_AT, "who is stockholm arlanda", title="Ramplight")
    assert "Person" not in reply.intro, reply.text


def test_asked_to_run_the_company_for_now(tmp_path: Path) -> None:
    """ "The board asked Ines Vasconcelos, Ramplight's chief financial officer, to run the
    company on an interim basis": the interim chief executive."""
    story = (
        "Ramplight was founded in Dublin in 2019. On November 7, 2024, the board voted four "
        "to one to remove Aoife Brennan as chief executive. The board asked Ines Vasconcelos, "
        "Ramplight's chief financial officer, to run the company on an interim basis."
    )
    reply = reply_over(
        tmp_path, story, "who filled in as boss after brennan got the boot", title="Ramplight"
    )
    assert "Vasconcelos" in first_answer(reply).split("\n")[1], reply.text

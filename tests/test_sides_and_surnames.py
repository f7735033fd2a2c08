"""Who took a side in a vote, told a few sentences after it; a surname two people share,
said alone of one of them; a vote "no" and a deal backed out of. A made-up article, not a
dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Harrowgate Freight was founded in 2015 by Ines Marlowe, a port engineer. Marlowe also "
    "chaired the board.\n\n"
    "In 2022 Ines Marlowe hired her nephew, Tomas Marlowe, as a navigation engineer.\n\n"
    "On January 14, 2025, the board voted 5-1 to remove Ilse Brannagh as chief executive. "
    'The board\'s chair said the problem was the letter. "Nobody here is against change," '
    'she told the Courier. "But you cannot give away a public asset."\n\n'
    "One director, Walter Pike, recused himself. The lone vote against came from Celeste "
    "Moreno, a retired city engineer.\n\n"
    "In March 2025 the board voted 4-2 to pursue a contract with Orrin Systems. Marlowe "
    "said she voted no because the licence forbids military use. Two weeks later, Orrin "
    "Systems withdrew."
)
_TITLE = "The Harrowgate Board Fight"


def _first(tmp_path: Path, question: str) -> str:
    return first_answer(reply_over(tmp_path, _STORY, question, title=_TITLE))


def test_the_side_told_in_the_paragraph_after(tmp_path: Path) -> None:
    seen = _first(tmp_path, "which director voted against removing brannagh")
    assert seen.split("\n")[1] == "Best match: Celeste Moreno.", seen


def test_a_shared_surname_said_alone_is_the_one_it_stood_for(tmp_path: Path) -> None:
    seen = _first(tmp_path, "who is marlowe")
    assert seen.split("\n")[0] == "Ines Marlowe", seen


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why did marlowe vote against the contract", "licence forbids military use"),
        ("why did ines marlowe vote against the contract", "licence forbids military use"),
        ("when did orrin back out", "Orrin Systems withdrew"),
    ],
)
def test_said_another_way(tmp_path: Path, question: str, said: str) -> None:
    assert said in _first(tmp_path, question)


def test_a_relation_asked_of_is_told_by_kin(tmp_path: Path) -> None:
    story = (
        "The board named Lena Whitford, the chief operating officer, as interim chief "
        "executive. The board was chaired by Helen Ashby.\n\n"
        "Whitford is Ashby's niece, which several employees raised in complaints."
    )
    reply = reply_over(tmp_path, story, "is whitford related to anyone", title=_TITLE)
    assert "Ashby's niece" in first_answer(reply), reply.text


def test_starting_at_a_company_is_joining_it(tmp_path: Path) -> None:
    story = (
        "Tomasz Wierz, a software engineer who had joined Quillmere Transit in 2017, wrote the "
        "code. In 2021 Wierz and Ilse Brannagh started Saltmarsh Routing."
    )
    reply = reply_over(tmp_path, story, "when did wierz start at quillmere transit", title=_TITLE)
    assert first_answer(reply).split("\n")[1] == "Best match: 2017.", reply.text

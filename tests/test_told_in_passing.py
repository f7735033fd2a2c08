"""What a sentence tells by the way: two people "they" stands for after a short opening
("Within weeks they had founded Tarnwell"), and a thing's name given as what it is "known
internally as". A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quillmoor Labs, a Derby speech-software company, was founded in 2018. Training its "
    "hearing model, known internally as Wren, took three years.\n\n"
    "In January, Anna Kowal and Ravi Osei resigned together, saying the lab had lost its way. "
    "Within weeks they had founded Tarnwell, a rival speech outfit based in Leeds.\n\n"
    "Quillmoor Labs said the money would pay for Wren to support French and German by the "
    "end of next year."
)
_TITLE = "Quillmoor Labs loses its founders"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who founded tarnwell", "Best match: Anna Kowal and Ravi Osei"),
        ("who started the rival outfit in leeds", "Best match: Anna Kowal and Ravi Osei"),
        ("what is wren", "hearing model"),
    ],
)
def test_told_by_the_way(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    assert said in first_answer(reply), reply.text


_VOTE = (
    "Brightlane Power, a Cardiff battery company, makes home batteries.\n\n"
    "In May 2025 the board of Brightlane Power voted five to two to remove its chief "
    "executive, Owen Tarrant. The two dissenting votes came from Lena Schwartz, a lawyer from "
    "Bath, and Marcus Feld, a retired engineer.\n\n"
    "In June, Schwartz, the lawyer who had voted against the firing, was elected chair."
)


def test_both_named_as_whose_votes_they_were(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _VOTE, "who voted against it", title="Brightlane Power's board")
    assert "Best match: Lena Schwartz and Marcus Feld" in first_answer(reply), reply.text


_SHE_AND = (
    "Quillmoor Labs, a Derby speech-software company, was founded in 2018 by Mara Lindgren, "
    "a physicist, and Tomas Brandt, an engineer.\n\n"
    'In 2024 Lindgren objected in a memo to staff. "We told the world we would show our '
    'working," she wrote.\n\n'
    "In June 2024 she and Brandt resigned, and two months later they founded Tarnwell, a rival "
    "speech lab based in Leeds."
)


def test_she_who_did_it_with_the_one_asked_of(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _SHE_AND, "who resigned with brandt in june 2024", title="Quillmoor Labs"
    )
    assert "Best match: Mara Lindgren" in first_answer(reply), reply.text


_MOVE = (
    "Fenmoor Robotics, a Leeds warehouse-robot company, was founded in 2018.\n\n"
    "In July 2021, Fenmoor Robotics created a for-profit subsidiary, Fenmoor Works. Investors' "
    "returns were capped at ten times their stake. Ana Ruiz, the chief executive, defended the "
    "move because the cost of building robots had far outstripped what grants could cover."
)


def test_why_is_told_of_the_move_pointed_back_at(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _MOVE, "why did fenmoor create the for-profit subsidiary", title="Fenmoor"
    )
    assert "grants could cover" in first_answer(reply), reply.text


_LONE = (
    "Brightlane Power, a Cardiff battery company, makes home batteries.\n\n"
    "In May 2024 the board of Brightlane Power voted five to one to remove its chief "
    "executive, Owen Tarrant, after learning of a side deal he had not disclosed.\n\n"
    "The lone dissenter was Lena Schwartz, a lawyer from Bath who had joined the board in 2021."
)


def test_the_side_taken_is_told_after_the_vote(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _LONE, "who voted against removing tarrant", title="Brightlane Power's board"
    )
    assert "Lena Schwartz" in first_answer(reply).split("\n")[1], reply.text

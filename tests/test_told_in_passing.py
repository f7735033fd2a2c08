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


_SHE_AND = (
    "Quillmoor Labs, a Derby speech-software company, was founded in 2018 by Mara Lindgren, "
    "a physicist, and Tomas Brandt, an engineer.\n\n"
    'In 2024 Lindgren objected in a memo to staff. "We told the world we would show our '
    'working," she wrote.\n\n'
    "In June 2024 she and Brandt resigned, and two months later they founded Tarnwell, a rival "
    "speech lab based in Leeds."
)


_MOVE = (
    "Fenmoor Robotics, a Leeds warehouse-robot company, was founded in 2018.\n\n"
    "In July 2021, Fenmoor Robotics created a for-profit subsidiary, Fenmoor Works. Investors' "
    "returns were capped at ten times their stake. Ana Ruiz, the chief executive, defended the "
    "move because the cost of building robots had far outstripped what grants could cover."
)


_LONE = (
    "Brightlane Power, a Cardiff battery company, makes home batteries.\n\n"
    "In May 2024 the board of Brightlane Power voted five to one to remove its chief "
    "executive, Owen Tarrant, after learning of a side deal he had not disclosed.\n\n"
    "The lone dissenter was Lena Schwartz, a lawyer from Bath who had joined the board in 2021."
)


@pytest.mark.parametrize(
    ("article", "title", "question", "said"),
    [
        # "The two dissenting votes came from A, …, and B, …": both, whose votes they were
        (
            _VOTE,
            "Brightlane Power's board",
            "who voted against it",
            "Lena Schwartz and Marcus Feld",
        ),
        # "In June 2024 she and Brandt resigned": she, with the one asked of
        (_SHE_AND, "Quillmoor Labs", "who resigned with brandt in june 2024", "match: Mara"),
        # "… defended the move because …": why the act pointed back at was done
        (_MOVE, "Fenmoor", "why did fenmoor create the for-profit subsidiary", "grants could"),
        # "The lone dissenter was …", told after the vote (named, though hedged)
        (
            _LONE,
            "Brightlane Power's board",
            "who voted against removing tarrant",
            "(Lena Schwartz)",
        ),
    ],
)
def test_what_the_next_sentences_tell(
    tmp_path: Path, article: str, title: str, question: str, said: str
) -> None:
    reply = reply_over(tmp_path, article, question, title=title)
    assert said in first_answer(reply), reply.text

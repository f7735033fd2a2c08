"""A stand-in named without "as" ("named Marcus Brandt, the subsidiary's finance director,
interim chief executive that evening") holds the post, and "right after X got the boot" asks
after the firing as "after" does. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Furrowlight was founded in 2019 by Ada Okonkwo-Hale and Piet Raghunathan.\n\n"
    "On 6 August 2024 the board of Furrowlight voted five to two to remove Okonkwo-Hale as "
    "chief executive. The board named Marcus Brandt, the subsidiary's finance director, "
    "interim chief executive that evening.\n\n"
    "In October the board named Lena Vos as permanent chief executive."
)


@pytest.mark.parametrize(
    "question",
    [
        "who was the interim ceo",
        "who filled in as boss after okonkwo-hale got the boot",
        "who filled in as boss right after okonkwo-hale got the boot",
    ],
)
def test_the_stand_in(tmp_path: Path, question: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Furrowlight", published="2025-05-20")
    seen = first_answer(reply).split("\n")[1]
    assert "Marcus Brandt" in seen and "Vos" not in seen, reply.text

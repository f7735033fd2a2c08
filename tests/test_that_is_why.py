""" "That is why X was created", with an aside or opening a paragraph, points at the reason
told just before. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "By 2023, museums in nine cities had asked to use Fernglass, the cataloguing tool the "
    "Harrowgate Museum's curators wrote. Its curators proposed a licensing office inside the "
    "museum. The answer was always the same: the museum was no software company, and state "
    "law bars it from selling products for profit.\n\n"
    "{that} is why Quillon Labs was created. In May 2024 the curators incorporated it."
)


@pytest.mark.parametrize(
    "that", ["That, according to the curators and the museum's own records,", "That", "This"]
)
def test_the_reason_told_before(tmp_path: Path, that: str) -> None:
    reply = reply_over(
        tmp_path,
        _STORY.format(that=that),
        "why was quillon labs created",
        title="The Catalogue Spin-Out",
        published="2025-03-07",
    )
    assert "state law bars it" in first_answer(reply), reply.text

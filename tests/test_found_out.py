""" "found that …" is found out, not founded: "when was X founded" answers with the founding,
not with a review that found something about X. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "The board of Wrenfield Bicycles, the Leeds-based maker of cargo bikes, voted on Tuesday "
    "to remove its chief executive.\n\n"
    "Castellano and Okafor founded Wrenfield in 2017 in a rented railway arch.\n\n"
    "The review, which was completed in early November, {found} Wrenfield would run out of "
    "cash by the middle of 2026."
)


@pytest.mark.parametrize("found", ["found that", "found no sign that"])
def test_found_out_is_no_founding(tmp_path: Path, found: str) -> None:
    reply = reply_over(
        tmp_path,
        _STORY.format(found=found),
        "when was wrenfield founded",
        title="Cargo bikes in Leeds",
        published="2024-11-14",
    )
    assert first_answer(reply).split("\n")[1] == "Best match: 2017.", reply.text

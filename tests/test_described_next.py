"""What a company is, told by the description opening the sentence after it is named ("…
Quarrow Maritime Systems came calling. The defence contractor wanted …"). A made-up article,
not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Tidemark Robotics builds survey drones for reef agencies.\n\n"
    "Then, this spring, Quarrow Maritime Systems came calling. The defence contractor wanted "
    "to license the drones' navigation software for harbour surveillance."
)


def test_the_description_opening_the_next_sentence(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "what is quarrow maritime", title="Drones", published="2025-11-20"
    )
    assert "The defence contractor wanted" in first_answer(reply), reply.text

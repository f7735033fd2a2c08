"""Asked of something the articles never mention, the bot says what they are mostly about:
the names they use most, read from the index, not a description of the seed articles."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ines Halloway founded Pipewise Systems in 2020. Pipewise Systems sells leak sensors. "
    "Halloway said Pipewise Systems would grow. Tarnmoor Mining bought sensors from Pipewise "
    "Systems in 2024."
)


def test_what_they_are_about_is_the_index_s_own(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "when did halloway buy a zebra", title="Pipewise")
    said = first_answer(reply)
    assert "The articles don't mention “zebra”." in said, reply.text
    assert "They are mostly about Pipewise Systems, Ines Halloway and Tarnmoor Mining." in said
    assert "OpenAI" not in said

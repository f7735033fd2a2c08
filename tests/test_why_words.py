"""Asked why, an everyday word the articles never use is how the question is asked ("in the
first place"), not a thing they fail to mention. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    'Ines Halloway founded Pipewise Systems in 2020. "I had crews who walked the mains for '
    'nine days to find one leak," said Halloway.'
)


def test_an_everyday_word_in_a_why(tmp_path: Path) -> None:
    question = "why did halloway want to do this in the first place"
    reply = reply_over(tmp_path, _STORY, question, title="Pipewise")
    assert "don't mention" not in first_answer(reply), reply.text


def test_a_thing_never_mentioned_still_is(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "how many patents does pipewise hold", title="Pipewise")
    assert "don't mention “patents”" in first_answer(reply), reply.text

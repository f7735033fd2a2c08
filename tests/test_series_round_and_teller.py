"""A company that led a "Series B round" funded the one the story is about, and one who only
tells of another's act ("Raymond Estes … said the spin-out was meant to let the company raise
money") did not do it. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Scribewell sells note-taking software to hospitals.\n\n"
    "Raymond Estes, Harbor Valley's chief executive, who holds one of Scribewell's eight board "
    "seats, said the spin-out was meant to let the company raise money that a hospital "
    "network could not provide.\n\n"
    "Two years ago, Northgate Ventures led a $62 million Series B round, and Greg Lind joined "
    "the board."
)


def test_the_round_s_leader_funded_it(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who bankrolled scribewell", title="Scribewell")
    assert first_answer(reply).split("\n")[1] == "Best match: Northgate Ventures.", reply.text

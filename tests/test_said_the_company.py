""" "Deborah Yoon, Corvane's executive vice president, said the company invested because …" is
Corvane investing: the one company its speaker was named with. A made-up article, not a dev
set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quillboard Coach sells chess lessons to schools.\n\n"
    "In September, Corvane Systems paid $120 million for a 30 percent stake in Quillboard "
    "Coach.\n\n"
    "Deborah Yoon, Corvane's executive vice president for education, said the company "
    "invested because it wanted an explanation tool for its classroom platform.\n\n"
    "Some volunteers said the deal was rushed."
)


def test_the_company_its_speaker_was_named_with(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "why did corvane invest in quillboard coach", title="Quillboard Coach"
    )
    assert "wanted an explanation tool" in first_answer(reply), reply.text

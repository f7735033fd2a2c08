""" "When was the Quillboard Trust founded" asks of the trust as the one founded, though "the"
stands between "was" and its name: a sentence telling people founding it answers. A made-up
article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from knowledge.answering import frame
from knowledge.model import EntityInfo
from tests.one_article import reply_over

_STORY = (
    "Quillboard began in 2014 as a side project of Owen Fairley, then a student.\n\n"
    "Elena Rusk, a former product manager, joined him the following year, and the two "
    "incorporated the Quillboard Trust in March 2016.\n\n"
    "Quillboard Coach, which the Quillboard Trust owns, launched its first app in May 2023."
)


def test_the_one_founded_after_the(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "when was the quillboard trust founded", title="Quillboard"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: March 2016.", reply.text


def test_a_passive_question_with_a_determiner() -> None:
    trust = EntityInfo(
        key="quillboard-trust", name="Quillboard Trust", kind="org", aliases=("Quillboard Trust",)
    )
    assert frame.parse("when was the quillboard trust founded", (trust,), frozenset()).passive

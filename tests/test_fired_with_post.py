"""One removed with their post told right after their name ("Pipewise fired Tobias Quist,
its head of product, after a review …") lost that post; not when the removal was only tried.
A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ines Halloway founded Pipewise Systems in 2020.\n\n"
    "Pipewise fired Tobias Quist, its head of product, after an internal review found that "
    "he had skipped a safety check. He now works for a Toronto start-up that competes with "
    "Pipewise."
)


def test_the_post_lost(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who is tobias quist", title="Pipewise")
    assert "removed (as head of product)" in first_answer(reply).split("\n")[1], reply.text


def test_not_when_only_tried(tmp_path: Path) -> None:
    story = _STORY.replace("Pipewise fired Tobias", "Pipewise tried to fire Tobias")
    reply = reply_over(tmp_path, story, "who is tobias quist", title="Pipewise")
    assert "removed" not in first_answer(reply), reply.text

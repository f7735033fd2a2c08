""" "Walter Pruitt, ran the company as chief executive from 1998 to 2015 and has been
chairman since 2005": the post told after what else he did, in his own clause, is his. Not
when someone else is named between. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Edith Marlowe opened the first Tarrant Foods store in 1952. Her grandson, Walter Pruitt, "
    "ran the company as chief executive from 1998 to 2015 and has been chairman since 2005. "
    "In 2015 he hired Janet Ocampo as chief executive."
)


@pytest.mark.parametrize(
    "question", ["who chairs tarrant foods", "who is the chairman of tarrant foods"]
)
def test_the_post_after_and(tmp_path: Path, question: str) -> None:
    router = router_over(tmp_path, _STORY, title="Tarrant Foods", published="2023-11-08")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert "Walter Pruitt" in first_answer(reply).split("\n")[1], reply.text


def test_his_profile_says_the_post(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Tarrant Foods", published="2023-11-08")
    try:
        reply = router.handle_text("who is walter pruitt")
    finally:
        router.engine.close()
    assert "chairman since 2005" in reply.intro, reply.text  # (its line, not an event)


def test_not_past_another_named(tmp_path: Path) -> None:
    story = (
        "Walter Pruitt hired Janet Ocampo and is chairman of Tarrant Foods. Ocampo runs the stores."
    )
    router = router_over(tmp_path, story, title="Tarrant Foods", published="2023-11-08")
    try:
        reply = router.handle_text("who is janet ocampo")
    finally:
        router.engine.close()
    assert "chairman" not in first_answer(reply), reply.text

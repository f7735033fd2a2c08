"""A spin-off is told in other words ("made Pipewise a standalone company", "spun the
project out as Pipewise"), and a casual word for what went wrong ("the mixup") names no
thing the articles must mention. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Harrow Media Group built a leak-mapping tool in its newsroom in 2019.\n\n"
    "In June 2021 Harrow Media Group made Pipewise a standalone company.\n\n"
    "In November 2023, a Pipewise map sent a repair crew to the wrong street. Pipewise fired "
    "Tobias Quist, its head of product, after an internal review."
)


def test_a_standalone_company_is_a_spin_off(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "when was pipewise spun off", title="Pipewise")
    assert first_answer(reply).split("\n")[1] == "Best match: June 2021.", reply.text


def test_a_mixup_is_no_word_the_articles_must_use(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who got axed after the map mixup", title="Pipewise")
    assert "don't mention" not in first_answer(reply), reply.text

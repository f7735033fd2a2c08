""" "Who is Daniel Voss's mother", where the article tells it the other way round ("Her son,
Daniel Voss, …" after a sentence about Helena Voss; "Pruitt's daughter, Claire Pruitt"): the
one the kin word is said of, not a name in someone's words ("Priya runs companies … I'm his
mother"). A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Helena Voss founded Norrvik in 1994 after a decade as an engineer. She ran the company "
    "herself until 2016.\n\n"
    "Her son, Daniel Voss, joined the company in 2012 and is now its head of product. Priya "
    "Raman has run the company since March.\n\n"
    'Voss, for her part, laughed. "Daniel makes products. Priya runs companies. I know the '
    "difference, even if I'm his mother.\"\n\n"
    "The leading internal candidate at Tarrant Foods was Walter Pruitt's daughter, Claire "
    "Pruitt, who runs the pharmacy division."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who is daniel voss's mother", "Helena Voss"),
        ("who is claire pruitt's father", "Walter Pruitt"),
    ],
)
def test_kin_asked_the_other_way(tmp_path: Path, question: str, said: str) -> None:
    router = router_over(tmp_path, _STORY, title="Norrvik", published="2024-06-12")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert said in first_answer(reply).split("\n")[1], reply.text


def test_her_son_is_no_ones_father(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Norrvik", published="2024-06-12")
    try:
        reply = router.handle_text("who is daniel voss's father")
    finally:
        router.engine.close()
    assert not first_answer(reply).split("\n")[1].startswith("Best match: Helena Voss"), reply.text


def test_a_pronoun_read_back_to_someone_unsure_is_no_sure_answer(tmp_path: Path) -> None:
    """ "Her brother, Tom Wu" after a sentence about Harold Price, whose name says nothing of
    who "her" is: offered as the closest found, not as fact."""
    story = (
        "Dana Wu founded Brickfield in 2010. Harold Price, its director of research, quit in "
        "2020.\n\nHer brother, Tom Wu, joined in 2012."
    )
    router = router_over(tmp_path, story, title="Brickfield", published="2024-06-12")
    try:
        reply = router.handle_text("who is tom wu's sister")
    finally:
        router.engine.close()
    assert not first_answer(reply).split("\n")[1].startswith("Best match"), reply.text

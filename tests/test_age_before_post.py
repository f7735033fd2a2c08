"""A post told past an age ("Nora Vance, 38, Saltmarsh's chief executive") is hers, and what
someone is called inside another's quotation ('"Nora was the one who could explain …"') is
no post. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    '"We have had a hard year," said Nora Vance, 38, Saltmarsh\'s chief executive, in an '
    "interview.\n\n"
    'Marcus Okafor, the professor who runs the lab, joined the board at the founding. "Elise '
    'was the most gifted student I have had," he said. "Nora was the one who could explain to '
    'an investor why that mattered."\n\n'
    "Gerald Ashworth, 61, Harlow's chief executive, said the deal was a good one."
)


def test_a_post_past_an_age(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Saltmarsh Labs", published="2024-11-19")
    try:
        nora = first_answer(router.handle_text("who is nora vance"))
        runs = first_answer(router.handle_text("who runs saltmarsh"))
    finally:
        router.engine.close()
    assert "Saltmarsh's chief executive" in nora and "the one who could" not in nora, nora
    assert runs.split("\n")[1] == "Best match: Nora Vance.", runs

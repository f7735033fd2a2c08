""" "Lena Marsh, who had been chief financial officer since 2011, left in 2021 …": the
aside's year is hers, not the leaving's, and "that year" after it is 2021; the one hired "to
replace her" takes the post the aside says she had. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Norrvik Thermal Systems makes heat pumps in Duluth.\n\n"
    "Finance changed hands two years later. Lena Marsh, who had been chief financial officer "
    "since 2011, left in 2021 to become finance chief at a Wisconsin boat builder. Norrvik "
    "hired Owen Kessler, a former banker at Halden Securities, to replace her in September of "
    "that year."
)


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("when did lena marsh leave", "2021", "2011"),
        ("who is the cfo of norrvik", "Owen Kessler", "Lena Marsh"),
        ("when did norrvik hire owen kessler", "September 2021", "2011"),
    ],
)
def test_who_had_been(tmp_path: Path, question: str, said: str, not_said: str) -> None:
    router = router_over(tmp_path, _STORY, title="Norrvik Thermal Systems", published="2024-06-12")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    first = first_answer(reply).split("\n")
    assert said in first[1] and not_said not in first[1], reply.text

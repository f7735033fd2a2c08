"""What a company makes says what it is: "what does Tollgate make" is answered by "Tollgate
now makes about 40,000 cases of cider a year", not by someone's words naming it. A noun
that looks like the verb ("the ReefScout designs") says nothing of the kind. A made-up
article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Halloran Drinks agreed in March to buy Tollgate Cider for $40 million. "
    '"Tollgate is exactly the kind of brand our distributors keep asking for," Halloran\'s '
    "chief executive said in a statement.\n\n"
    "Tollgate now makes about 40,000 cases of cider a year, mostly dry ciders sold in cans, "
    "and employs 90 people. Its founder, Ines Marwood, licensed the Tollgate designs to a "
    "bottler in 2019."
)


@pytest.mark.parametrize("question", ["what does tollgate make", "what is tollgate"])
def test_what_it_makes_says_what_it_is(tmp_path: Path, question: str) -> None:
    router = router_over(tmp_path, _STORY, title="Tollgate Cider Is Sold")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert "cases of cider" in first_answer(reply), reply.text

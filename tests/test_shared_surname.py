"""Two people with one surname: where the article then writes the surname alone, it is the
one it last named in full ("Tomás Ferreira … Ferreira had argued …"), until it names the other
("Rafael Ferreira told staff …"). A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Gullwing, a Cape Town nonprofit that spots illegal trawlers from orbit, was founded in "
    "2019. Tomás Ferreira, a Portuguese physicist, became its chief scientist.\n\n"
    "Ferreira had argued for months against selling to navies, saying that the tool could "
    "be turned on migrants. That summer he resigned as chief scientist. He was replaced in "
    "August 2022 by Hana Kovač, a radar scientist.\n\n"
    "In 2023 the board named Rafael Ferreira, the chief financial officer, as interim chief "
    "executive. He is not related to Tomás Ferreira. Rafael Ferreira told staff that "
    "nothing had changed."
)
_TITLE = "Gullwing grows up"


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("why did tomás ferreira leave", "migrants", "nothing had changed"),
        ("who replaced tomás ferreira", "Kovač", "Rafael"),
        # "He was replaced … by Hana Kovač": he, the one replaced, is the answer
        ("who did hana kovač replace", "Best match: Tomás Ferreira", "Rafael"),
        ("who is rafael ferreira", "interim chief executive", "chief scientist"),
    ],
)
def test_a_shared_surname_is_the_last_named(
    tmp_path: Path, question: str, said: str, wrong: str
) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    seen = first_answer(reply)
    assert said in seen and wrong not in seen, reply.text

"""A company named after a family ("Marlowe Markets", whose founder Edith Marlowe is
"Marlowe") is a company of its own, not dropped for sharing a word with her; a typo of the
family name is the person whose whole alias it is, not a word of the company's name; and
"who is Marlowe's lender" asks for the company's someone, not the company's profile. A
made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over, rows_over

_STORY = (
    "Marlowe Markets named Curtis Hale chief executive on Tuesday. Edith Marlowe opened the "
    "first store in Zanesville in 1952 with a loan from her brother, and pledged $2 million "
    "to the town's library in 1970.\n\n"
    "In August, Marlowe Markets refinanced a $200 million credit line with Hollis Bank, its "
    "longtime lender. Marlowe Markets runs 48 stores in Ohio."
)


def test_the_family_and_the_firm_are_both_found(tmp_path: Path) -> None:
    rows = rows_over(
        tmp_path,
        _STORY,
        "SELECT name, kind FROM entities",
        title="Marlowe Markets",
        published="2023-11-08",
    )
    kinds = {str(name): str(kind) for name, kind in rows}
    assert kinds.get("Marlowe Markets") == "org"
    assert kinds.get("Edith Marlowe") == "person"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much did edith marlow pledge", "$2 million"),
    ],
)
def test_the_familys_and_the_firms_questions(tmp_path: Path, question: str, said: str) -> None:
    router = router_over(tmp_path, _STORY, title="Marlowe Markets", published="2023-11-08")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert said in first_answer(reply), reply.text


def test_a_companys_someone_is_not_its_profile(tmp_path: Path) -> None:
    story = (
        "Tarrant Foods named Curtis Hale chief executive on Tuesday. Tarrant runs 48 "
        "stores in Ohio.\n\nIn August the company refinanced a $200 million credit line with "
        "Hollis Bank, its longtime lender, extending it to 2028."
    )
    router = router_over(tmp_path, story, title="Tarrant Foods", published="2023-11-08")
    try:
        reply = router.handle_text("who is tarrant's lender")
    finally:
        router.engine.close()
    first = first_answer(reply)
    assert "Hollis Bank" in first and "Organisation in the articles" not in first, reply.text

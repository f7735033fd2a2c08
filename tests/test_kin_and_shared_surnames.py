"""Two people who share a surname, one described as the other's kin: "Jenna Calloway, Ruth
Calloway's niece and the head of engineering at Next Shelf Labs, resigned" is hers, and so
is the "she" after it (not her aunt's, named in the aside, nor named in her own quoted
words); "who got the boot" is who was fired, even where the sentence names her by the
surname alone; a company whose name opens on "Next" keeps it. A made-up article, not a dev
set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from knowledge.orgs import find_orgs
from tests.one_article import reply_over

_STORY = (
    "The project began in March 2019, when Ruth Calloway teamed up with Devin Okafor. In "
    "January 2022 the cooperative's board created Next Shelf Labs Inc., a for-profit "
    "subsidiary. Calloway became its chief executive.\n\n"
    "On October 7, 2025, the Next Shelf Labs board voted 4-1 to remove Calloway as chief "
    "executive.\n\n"
    "Jenna Calloway, Ruth Calloway's niece and the head of engineering at Next Shelf Labs, "
    "resigned a week after the vote. She had joined the project as its third employee in "
    "2020.\n\n"
    '"I didn\'t come here to build an ad network," Jenna Calloway said, sitting in a coffee '
    'shop in Madison where she now works. "When the board pushed Ruth out over a deal they had '
    "signed off on, it told me exactly who was in charge. It wasn't readers.\"\n\n"
    "Last November she founded Marginalia, a nonprofit reading app.\n\n"
    "Next Shelf Labs sued Marginalia and Jenna Calloway last month, claiming that she took "
    "source code when she left."
)


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("who got the boot at next shelf labs", "Ruth Calloway", "board"),
        ("who's jenna calloway", "head of engineering", "Ruth Calloway."),
        ("who is jenna calloway", "joined the project (2020)", "joined the project as"),
        ("when did jenna calloway quit next shelf labs", "October 14, 2025", "2020"),
        ("when did jenna calloway found marginalia", "November 2025", "2025-10"),
        ("who is ruth calloway", "chief executive", "Marginalia"),
        # ("Calloway became its chief executive", the paragraph naming one company)
        ("who is ruth calloway", "chief executive (Next Shelf Labs Inc)", "niece"),
    ],
)
def test_whose_is_what(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Next Shelf", published="2026-02-17")
    seen = first_answer(reply)
    assert said in seen and wrong not in seen.split("\n")[1], reply.text


def test_a_name_opening_on_next() -> None:
    texts = [_STORY] * 3
    assert "Next Shelf Labs Inc" in {o.name for o in find_orgs(texts, []).values()}


def test_a_foundation_named_after_its_president(tmp_path: Path) -> None:
    """ "The first real money came from the Halvorsen Family Foundation, … Its president,
    Ingrid Halvorsen, said …": hers, though the foundation bears her name."""
    story = (
        "The first real money came from the Halvorsen Family Foundation, a Rochester "
        "philanthropy, which pledged $250,000 over three years. Its president, Ingrid "
        "Halvorsen, said at the time that she wanted rural readers to get good advice."
    )
    reply = reply_over(tmp_path, story, "who's ingrid halvorsen", title="Next Shelf")
    assert "president (Halvorsen Family Foundation)" in first_answer(reply), reply.text

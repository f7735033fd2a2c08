"""Which pronoun an article uses for whom: the article's own words first, the given name last."""

import sqlite3
from pathlib import Path

import pytest

from knowledge.entities import Mention
from knowledge.pronouns import Told, told_pronouns
from tests.one_article import assert_first_says, router_over


def _told(text: str, names: dict[str, str], *, opens: bool = False) -> Told:
    """A sentence with the people of `names` (key -> name as written) it names."""
    people = [
        Mention(key, text.index(name), text.index(name) + len(name))
        for key, name in names.items()
        if name in text
    ]
    return Told(text, opens, people)


def test_the_article_says_what_the_given_name_does_not() -> None:
    holl = {"holl": "Holl"}
    told = told_pronouns(
        [
            _told("Holl said she had not spoken with him since.", holl, opens=True),
            _told("Orrin Vask stayed on only briefly.", {"vask": "Vask"}, opens=True),
            _told("He left the company that May.", {}),
        ],
        {"holl": "Tamsin Holl", "vask": "Orrin Vask"},
    )
    assert told == {"holl": "she", "vask": "he"}


def test_a_quote_a_new_paragraph_and_a_split_article_say_nothing() -> None:
    names = {"vask": "Orrin Vask"}
    told = told_pronouns(
        [
            _told('Vask said: "he was wrong."', {"vask": "Vask"}, opens=True),
            _told("Vask stayed on only briefly.", {"vask": "Vask"}),
            _told("She left the company that May.", {}, opens=True),  # another paragraph
        ],
        names,
    )
    assert told == {}
    split = [
        _told("Vask stayed on only briefly.", {"vask": "Vask"}, opens=True),
        _told("He left that May.", {}),
        _told("Vask described herself as tired.", {"vask": "Vask"}),
    ]
    assert told_pronouns(split, names) == {}  # one each: no word on it
    # a given name the data knows settles what the article leaves split
    assert told_pronouns(split, {"vask": "Marcus Vask"}) == {"vask": "he"}
    assert told_pronouns([], {"vask": "Laura Vask", "x": "Alex Vask"}) == {"vask": "she"}


# One article, a question, and what the first answer says.
@pytest.mark.parametrize(
    ("article", "question", "said"),
    [
        # "He" after a sentence naming a woman last: the man named before her
        (
            "Orrin Vask and Tamsin Holl founded Quorra in 2017. Holl said she wanted to build "
            "carts.\n\nThe money split the founders. Vask wanted to build trucks, while Holl "
            "wanted to cut prices. He resigned in June 2022, and that fall he co-founded "
            "Halyard Motion.",
            "when did vask leave",
            "June 2022",
        ),
        # two pronouns, a clause each: "she" and "he" are the two the article calls so
        (
            "Tamsin Holl started Quorra Robotics in April 2017 with Orrin Vask, a mechanical "
            "engineer. Holl said she had built robots for coal mines. Vask said he liked "
            "conveyors. The two met at a meetup. She became chief executive; he ran engineering "
            "as chief technology officer.\n\nIn 2022, Quorra promoted Daniel Obi to chief "
            "technology officer. Quorra now employs 230 people.",
            "who was quorra's original cto",
            "Best match: Orrin Vask",
        ),
    ],
)
def test_a_pronoun_is_the_person_it_fits(
    tmp_path: Path, article: str, question: str, said: str
) -> None:
    assert_first_says(tmp_path, article, question, said, title="Quorra Robotics news")


def test_she_is_not_the_man_named_last(tmp_path: Path) -> None:
    # "Marcus" is a man's name: "she" is the woman named before him
    router_over(
        tmp_path,
        "In March 2023, the board voted to remove Tamsin Holl as chief executive. Marcus Fenn "
        "was named interim chief executive.\n\nIt lasted four days. Employees said they "
        "would quit unless she was reinstated.",
    ).engine.close()
    conn = sqlite3.connect(tmp_path / "index.db")
    named = conn.execute(
        "SELECT e.key FROM mentions m JOIN entities e ON e.id = m.entity"
        " JOIN passages p ON p.id = m.passage_id WHERE p.text LIKE 'Employees said%'"
    ).fetchall()
    conn.close()
    assert named == [("tamsin-holl",)]

"""Which pronoun an article uses for whom: the article's own words first, the given name last."""

import sqlite3
from pathlib import Path

import pytest

from knowledge.entities import Mention, acting, resolve_pronoun
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
            _told("Holl described herself as tired.", holl, opens=True),
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
            "Orrin Vask and Tamsin Holl founded Quorra in 2017. Holl said she was a builder"
            " and described herself as one.\n\nThe money split the founders. Vask wanted to "
            "build trucks, while Holl wanted to cut prices. He resigned in June 2022, and "
            "that fall he co-founded Halyard Motion.",
            "when did vask leave",
            "June 2022",
        ),
        # two pronouns, a clause each: "she" and "he" are the two the article calls so
        (
            "Tamsin Holl started Quorra Robotics in April 2017 with Orrin Vask, a "
            "mechanical engineer. Holl said she built mine robots and described herself as "
            "a builder. Vask said he liked conveyors and called himself a conveyor man. The"
            " two met at a meetup. She became chief executive; he ran engineering as chief "
            "technology officer.\n\nIn 2022, Quorra promoted Daniel Obi to chief technology "
            "officer. Quorra now employs 230 people.",
            "who was quorra's original cto",
            "Best match: Orrin Vask",
        ),
    ],
)
def test_a_pronoun_is_the_person_it_fits(
    tmp_path: Path, article: str, question: str, said: str
) -> None:
    assert_first_says(tmp_path, article, question, said, title="Quorra Robotics news")


def _named_in(tmp_path: Path, text: str, opening: str) -> list[str]:
    """The people the index says the passage opening with `opening` names."""
    router_over(tmp_path, text).engine.close()
    conn = sqlite3.connect(tmp_path / "index.db")
    named = conn.execute(
        "SELECT e.key FROM mentions m JOIN entities e ON e.id = m.entity"
        " JOIN passages p ON p.id = m.passage_id WHERE p.text LIKE ? AND e.kind = 'person'"
        " ORDER BY e.key",
        (opening + "%",),
    ).fetchall()
    conn.close()
    return [key for (key,) in named]


def test_she_is_not_the_man_named_last(tmp_path: Path) -> None:
    # "Marcus" is a man's name: "she" is the woman named before him
    text = (
        "In March 2023, the board voted to remove Tamsin Holl as chief executive. Marcus Fenn "
        "was named interim chief executive.\n\nIt lasted four days. Employees said they "
        "would quit unless she was reinstated."
    )
    assert _named_in(tmp_path, text, "Employees said") == ["tamsin-holl"]


def test_she_is_the_woman_by_given_names_from_elsewhere(tmp_path: Path) -> None:
    # "Helena" is a woman's name and "Anders" a man's, as the given-name data says
    text = (
        "Helena Voss, then the chief technology officer, was named interim chief executive. "
        "That Sunday, the board replaced Voss with Anders Nyholm, a former chief executive of "
        "a wind-turbine maker. She had signalled, according to two people close to her, that "
        "she would push to bring the founder back."
    )
    assert _named_in(tmp_path, text, "She had signalled") == ["helena-voss"]


def test_a_name_borne_by_both_gives_no_pronoun(tmp_path: Path) -> None:
    # "Camille" is a French man's name as well as a woman's: "He" is still Fournier's
    text = (
        "The board of Verdant Grid replaced its chief executive, Camille Fournier, with Petra "
        "Lind on Monday. He had run the company since 2017 and oversaw its listing."
    )
    assert _named_in(tmp_path, text, "He had run") == ["camille-fournier"]


def test_a_pronoun_before_the_one_named_is_not_theirs() -> None:
    # "In March he sued Quorra, Tamsin Vask and …" names her; the "He" next is the suer
    told = told_pronouns(
        [
            _told("In March he sued Quorra, Tamsin Vask and Brannock.", {"vask": "Vask"}),
            _told("He is seeking damages.", {}),
        ],
        {"vask": "Tamsin Vask"},
    )
    assert told == {}


def test_an_opening_clause_is_about_the_one_it_names() -> None:
    # "Five days after she was fired, Holl was reinstated": hers, not the last one named
    text = "Five days after she was fired, Holl was reinstated as chief executive."
    holl = Mention("holl", text.index("Holl"), text.index("Holl") + 4)
    assert resolve_pronoun(text, [holl], "vask") is None
    # a pronoun as the sentence's subject is still the last one named's
    sued = "In March of this year he sued Quorra, Holl and Brannock."
    holl = Mention("holl", sued.index("Holl"), sued.index("Holl") + 4)
    found = resolve_pronoun(sued, [holl], "vask")
    assert found is not None and found.key == "vask"
    said = "She was fired, and Holl was not."
    holl = Mention("holl", said.index("Holl"), said.index("Holl") + 4)
    found = resolve_pronoun(said, [holl], "vask")
    assert found is not None and found.key == "vask"


def test_a_place_after_in_is_no_person(tmp_path: Path) -> None:
    text = (
        "Orrin Vask left Quorra in May. He started Stillpoint Intelligence, a rival lab in "
        "Palo Alto that says it will not release any product."
    )
    assert _named_in(tmp_path, text, "He started") == ["orrin-vask"]


def test_someone_named_in_a_relative_clause_is_not_who_she_is(tmp_path: Path) -> None:
    # both women: "she" after "Holl, who had voted to remove Vask, …" is Holl, the subject
    text = (
        "Tamsin Holl and Marisol Vask founded Quorra in 2017. Holl said she was a builder. "
        "Vask described herself as a seller.\n\nHoll, who had voted to remove Vask, did "
        "not stay long. She told a trade paper that she regretted the vote. The following "
        "spring, she resigned as chief technology officer."
    )
    for number, opening in enumerate(("She told", "The following spring")):
        (tmp_path / str(number)).mkdir()
        assert _named_in(tmp_path / str(number), text, opening) == ["tamsin-holl"]


def test_the_speaker_is_not_the_one_a_relative_clause_names() -> None:
    text = "Holl, who had voted to remove Vask, said the vote was a mistake."
    people = [
        Mention("holl", 0, 4),
        Mention("vask", text.index("Vask"), text.index("Vask") + 4),
    ]
    found = acting(text, people, text.index("said"))
    assert found is not None and found.key == "holl"


def test_a_pronoun_writing_to_others_is_still_who_acts(tmp_path: Path) -> None:
    # '"…," he wrote … to Okafor and Solberg': the next "he" is the writer, not Okafor
    text = (
        "Rafael Montalvo-Brandt, a media billionaire, pledged $500 million in 2018. Julian "
        "Okafor said he was grateful.\n\nIn early 2020, Montalvo-Brandt argued that the "
        'company could not survive on donations. "We will be a footnote," he wrote in an '
        "email to Okafor and Ingrid Solberg. The other founders refused, and he resigned from "
        "the board in February 2020."
    )
    assert _named_in(tmp_path, text, "The other founders") == ["rafael-montalvo-brandt"]

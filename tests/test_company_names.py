"""Companies a reader tells from people and from each other: "Verdane Seeds" and "Kestrane
Energy" are companies, though they invest and act; an investor named as the other party
("new funding from Foxmoor Partners") is not whose chief executive opens the next sentence;
and an untitled article about a cooperative and the arm named after it ("Furrowlight",
"Furrowlight Analytics") is about them, not about the company that bought them, however
often that one is named. Made-up articles, not a dev set's."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.answers import first_answer
from knowledge.entities import Entity, Mention, find_people
from knowledge.extract import _most_named_org
from knowledge.orgs import _written_inside
from tests.one_article import assert_best_match, reply_over

_FUNDED = (
    "Kestrane Energy was founded in 2014 in Reno.\n\n"
    "On Tuesday, the company told employees it had secured $120 million in new funding from "
    "Foxmoor Partners, a Denver investment firm, in a round that values Kestrane at a third "
    'of its peak. Chief executive Imogen Tazewell called the deal "a second chance."'
)

_BOUGHT = (
    "Furrowlight was founded in March 2019 by 43 small farms. Amara Okonkwo-Hale, who grew "
    "apples on 30 hectares, became its first chief executive.\n\n"
    "In January 2021 the members voted to create Furrowlight Analytics, a for-profit "
    "subsidiary that could sell to farms outside the cooperative, while the cooperative kept "
    "a controlling stake. In September 2022 Verdane Seeds invested $45 million in Furrowlight "
    "Analytics, a deal that valued the subsidiary at $260 million.\n\n"
    "In June 2024 the board of Furrowlight Analytics voted to remove Okonkwo-Hale. Verdane "
    "later bought out the members. Verdane now owns Furrowlight, and Verdane says it will "
    "keep the name. Verdane paid $410 million. Furrowlight Analytics sells to 300 farms, and "
    "Furrowlight still runs the drones from Tarnbridge. Verdane declined to comment."
)


def test_a_name_ending_in_a_company_word_is_a_company(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _BOUGHT, "who is verdane seeds", title="Seeds of discord")
    assert reply.intro.startswith("Organisation"), reply.text


def test_the_chief_executive_carries_on_from_the_company_not_its_investor(
    tmp_path: Path,
) -> None:
    assert_best_match(
        tmp_path,
        _FUNDED,
        "who is kestrane's ceo",
        "Tazewell",
        "Foxmoor",
        title="Inside Kestrane Energy's long slide",
    )


def test_an_untitled_article_is_about_the_company_and_its_arm() -> None:
    # Furrowlight 5 and Furrowlight Analytics 4 times, against Verdane Seeds 8
    corpus = SimpleNamespace(
        all={
            key: Entity(key=key, name=name, kind="org", aliases=(name,))
            for key, name in (
                ("furrowlight", "Furrowlight"),
                ("furrowlight-analytics", "Furrowlight Analytics"),
                ("verdane-seeds", "Verdane Seeds"),
            )
        }
    )
    named = [
        [Mention(key, 0, 5)]
        for key, times in (("furrowlight", 5), ("furrowlight-analytics", 4), ("verdane-seeds", 8))
        for _ in range(times)
    ]
    assert _most_named_org(named, corpus) == "furrowlight"  # type: ignore[arg-type]


def test_the_start_of_a_bodys_name_is_no_one() -> None:
    """ "Meridian Basin officials said …" after "the Meridian Basin Water Authority": the
    authority's people, not a person called Meridian Basin."""
    texts = [
        "Sablewick signed a contract with the Meridian Basin Water Authority, which supplies "
        "1.2 million people.",
        "Meridian Basin officials said the results persuaded them to sign.",
    ]
    assert "Meridian Basin" not in {p.name for p in find_people(texts).values()}


_SUIT = (
    "Hollow Pear Cider was founded in 2016 by Margaret Okafor. Hollow Pear Cider grew quickly "
    "and opened a second mill in 2019.\n\n"
    "In 2023 Ruth Hale left and founded Crooked Branch Cider. In February 2024 Hollow Pear "
    "Cider sued Crooked Branch Cider and Hale in the High Court, claiming she took recipes when "
    "she left."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # (its first word an English one opening two sentences, and written mid-sentence too)
        ("who sued hale", "Hollow Pear Cider"),
        # (one doing it, not one it was done to: "who is suing")
        ("who is suing hale", "Hollow Pear Cider"),
    ],
)
def test_who_sues(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _SUIT, question, title="Cider", published="2024-06-10")
    assert said in first_answer(reply).split("\n")[1], reply.text


@pytest.mark.parametrize(
    ("corpus", "written"),
    [
        ("In 2024 Hollow Pear Cider sued.", True),  # after a figure
        ("Then, Hollow Pear Cider sued.", True),  # after a comma
        ("and so Hollow Pear Cider sued.", True),  # after a lower-case word
        ("Hollow Pear Cider sued.", False),  # opening the text
        ("Sued. Hollow Pear Cider did.", False),  # opening a sentence
        ("and Hollow Pear Ciders sued.", False),  # inside a longer word
        ("and Hollow Pear Cider_s sued.", False),
        ("It said: Hollow Pear Cider sued.", False),  # after a colon
    ],
)
def test_a_name_written_whole_mid_sentence(corpus: str, written: bool) -> None:
    """Whether an article writes a run whole after a lower-case word, a figure or a comma:
    a name opening on an English word keeps it when it does (see knowledge.orgs)."""
    assert _written_inside(corpus, "Hollow Pear Cider") is written

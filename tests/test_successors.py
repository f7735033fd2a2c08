"""Who came after someone: the one replaced must be the one asked of, a pronoun after
"replace" is the one replaced, and with no sentence saying it, the next to take the post
they left. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Brackwater Sensors, a Tucson sensor company, was founded in 2016.\n\n"
    "In March 2024, the board of Brackwater Sensors voted to remove Ingrid Faulkner-Ode as "
    "chief executive. Two days later it named Petra Lindholm, the chief operating officer, "
    "as interim chief executive.\n\n"
    "In June, Oskar Brenner resigned as chair. He remains a director. Halima Yusuf-Grant, a "
    "lawyer who had joined the board in 2021, was elected to replace him as chair.\n\n"
    "In August the board appointed Daniel Moreau-Kline, a former deputy administrator at the "
    "National Oceanic and Atmospheric Administration, as chief executive."
)
_TITLE = "Brackwater Sensors names a new chief"


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        # no sentence says who replaced her: the next to take the post she was removed
        # from (a stand-in is none), not the one who replaced another as chair
        ("who replaced faulkner-ode", "Moreau-Kline", "Yusuf-Grant"),
        ("who succeeded ingrid faulkner-ode", "Moreau-Kline", "Yusuf-Grant"),
        # "was elected to replace him as chair": him, the chair who resigned
        ("who replaced brenner as chair", "Yusuf-Grant", "Moreau-Kline"),
        ("who replaced oskar brenner", "Yusuf-Grant", "Faulkner-Ode"),
        # "Atmospheric Administration" of a public body's name is no one: the post is his
        ("who is the ceo now", "Moreau-Kline", "Faulkner-Ode"),
    ],
)
def test_who_came_after(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    seen = first_answer(reply)
    assert said in seen and wrong not in seen, reply.text


_POSTS = (
    "Larchfield Robotics, a Leeds warehouse-robot company, was founded in 2018. Its first "
    "leaders were Amara Quist, a former logistics planner who became Larchfield's first chief "
    "executive, and Tobias Renn, a German-born roboticist who served as chief scientist.\n\n"
    "Renn, the chief scientist, wanted every model published. In January 2024, Renn and Quist "
    "resigned together. In February the board hired Colette "
    "Aubry, a former chief operating officer of a parcel firm, as chief executive. One of "
    "Aubry's first acts was to name Imre Szabo, a vision researcher from Budapest, as chief "
    "scientist in March. Renn's post as head of research went to Pavel Ilic.\n\n"
    "In May, Gideon Hart stepped down as chair. His replacement, Mina Sato-Vance, a retired "
    "judge, is the first woman to chair the board."
)
_POSTS_TITLE = "Larchfield Robotics after its founders"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a post said in what someone is: "a … roboticist who served as chief scientist",
        # "a former logistics planner who became Larchfield's first chief executive"
        ("who is tobias renn", "chief scientist"),
        ("who is amara quist", "chief executive"),
        # "was to name Imre Szabo, …, as chief scientist"
        ("who is imre szabo", "chief scientist"),
        # "In January 2024, Renn and Quist resigned together": each left the post he had, so
        # the chief scientist now is the one named in March
        ("who is the chief scientist now", "Best match: Imre Szabo"),
        # "Renn's post as head of research went to Pavel Ilic"
        ("who is pavel ilic", "head of research"),
        # "His replacement, Mina Sato-Vance, …": who came after the chair who stepped down
        ("who replaced gideon hart as chair", "Sato-Vance"),
        ("who replaced hart", "Sato-Vance"),
    ],
)
def test_posts_said_in_passing(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _POSTS, question, title=_POSTS_TITLE)
    assert said in first_answer(reply), reply.text


_BODIES = (
    "Skarvik Labs, a Bergen weather-model company, was founded in 2019.\n\n"
    "In 2021 Erik Haugen stepped down as chair. He was replaced as chair by Ingrid Sæther, a "
    "former diplomat.\n\n"
    "In November 2024 the board voted to remove Jonas Berg as chief executive. The only "
    "director to vote against was Nils Aune, a retired Norwegian admiral.\n\n"
    "In February, the board named Camille Roux-Vidal, the former director-general of the "
    "European Centre for Coastal Forecasting, as permanent chief executive."
)


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        # "… Centre for Coastal Forecasting": a body's words, no person beside the new chief
        ("who runs skarvik labs now", "Roux-Vidal", "Berg"),
        # "The only director to vote against was …" is what he did, not his post
        ("who is nils aune", "admiral", "only director"),
        # "He was replaced as chair by Ingrid Sæther": whom she replaced, not who replaces her
        ("who is replacing sæther as chair", "The closest I found", "Best match"),
    ],
)
def test_bodies_votes_and_predecessors(
    tmp_path: Path, question: str, said: str, wrong: str
) -> None:
    reply = reply_over(tmp_path, _BODIES, question, title="Skarvik Labs names a new chief")
    seen = first_answer(reply)
    assert said in seen and wrong not in seen.split("\n")[1], reply.text

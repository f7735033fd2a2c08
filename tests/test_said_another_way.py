"""Things told, and asked, another way: "That spring, Bluestem led …" is the spring of the
paragraph's year; "That was in March 2023." dates the sentence before it; "the lone
holdout", and a director who "didn't go along with" the firing, is the one vote against;
and "Dogear Circles, a book-club feature" is not Dogear. A made-up article, not a dev
set's."""

from pathlib import Path

import pytest

from bench.answers import DEVSET, first_answer
from bot.router import Router
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index
from tests.one_article import reply_over

_STORY = (
    "In January 2022 the cooperative created Next Shelf Labs, a for-profit subsidiary. That "
    "spring, Bluestem Ventures led an $18 million investment in Next Shelf Labs.\n\n"
    "Everyone else got it on Sept. 14, 2022, when the company released Dogear, a free phone "
    "app. So did Dogear Circles, a book-club feature introduced in April 2024.\n\n"
    "Devin Okafor did not stay. He had argued against paid placements, and when the board "
    "approved a pilot, he resigned. That was in March 2023.\n\n"
    "On October 7, 2025, the board voted 4-1 to remove Ruth Calloway as chief executive. The "
    "lone vote against came from Gloria Mendez-Ames, the director of the Eau Claire Public "
    "Library."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("when did bluestem ventures invest", "spring 2022"),
        ("when did devin okafor leave", "March 2023"),
        ("when did dogear come out", "September 14, 2022"),
        ("who was the lone holdout", "Gloria Mendez-Ames"),
        ("which director didn't go along with firing the ceo", "Gloria Mendez-Ames"),
    ],
)
def test_said_another_way(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Dogear", published="2026-02-17")
    assert said in first_answer(reply).split("\n")[1], reply.text


def test_a_company_is_no_director(tmp_path: Path) -> None:
    """ "the Berthwise board voted": Berthwise acts, but a director is asked for (over the
    dev set's crane-lab article, where the company is as busy as it is there)."""
    build_index(load_articles(DEVSET / "fresh53"), tmp_path / "index.db")
    router = Router(Engine(tmp_path / "index.db"))
    try:
        reply = router.handle_text("which director didn't go along with firing the ceo")
    finally:
        router.engine.close()
    seen = first_answer(reply)
    assert "Fiona MacLeish" in seen and "Berthwise" not in seen.split("\n")[1], reply.text


_WHAT_STORY = (
    "The crane drivers rarely think about it, but every box is lifted in an order decided "
    "by a program called TideSlot, sold by a company that began in a customs shed.\n\n"
    "In March 2021, Quayside Labs created a for-profit subsidiary, Berthwise, to sell "
    "software licences to other ports. Berthwise released TideSlot, its crane-scheduling "
    "engine, on 7 June 2021. Berthwise grew fast.\n\n"
    "On Sept. 14, 2022, the company released Dogear, a free phone app that recommends books. "
    "So did Dogear Circles, a book-club feature introduced in April 2024."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what is tideslot", "crane-scheduling engine"),
        ("what is berthwise exactly", "for-profit subsidiary"),
        ("what is dogear", "free phone app"),
    ],
)
def test_what_it_is_set_off_by_commas(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _WHAT_STORY, question, title="Ports", published="2025-10-09")
    assert said in first_answer(reply), reply.text


_WHY_STORY = (
    "Desmond Achterberg, chair of the port authority, pledged 6 million Canadian dollars to "
    "the lab. Aldercott Shipping Lines added 2.5 million dollars.\n\n"
    "The trouble began in Valencia. In August 2024, a TideSlot update stalled nine cranes at "
    "a customer terminal in "
    "Valencia for almost eleven hours. Berthwise engineers fixed the fault within a day.\n\n"
    "On 18 November last year, the board voted to remove Ingrid Solberg as chief "
    "executive.\n\n"
    'A week after the vote, Tomasz Wierzbicki resigned. "I built TideSlot with Ingrid in a '
    'shed with a leaking roof," he said in an interview from Poland. "When the board removed '
    "her without waiting for its own review, I understood that the company no longer "
    'belonged to the people who did the work."'
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why did tomasz wierzbicki resign", "without waiting for its own review"),
        ("who wrote the biggest early cheque for the lab", "Desmond Achterberg"),
    ],
)
def test_why_and_what_said_another_way(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _WHY_STORY, question, title="Berthwise", published="2025-10-09")
    # (nor is a word of it said to be missing: "cheque")
    assert said in first_answer(reply) and "don't mention" not in reply.title, reply.text


def test_what_someone_does_now_told_in_an_aside(tmp_path: Path) -> None:
    """ ", who now teaches logistics at a university in Halifax, declined to comment": what
    she does now, though the aside is all that says it."""
    story = (
        "In 2016 Ingrid Solberg, then head of engineering at the port authority, set up the "
        "lab. On 18 November last year, the board voted to remove Solberg as chief "
        "executive.\n\n"
        "Ingrid Solberg, who now teaches logistics at a university in Halifax, declined to "
        "comment for this article."
    )
    reply = reply_over(
        tmp_path,
        story,
        "what is ingrid solberg doing now",
        title="Berthwise",
        published="2025-10-09",
    )
    assert "teaches logistics" in first_answer(reply).split("\n")[1], reply.text


def test_followed_out_is_leaving(tmp_path: Path) -> None:
    """ "Dufresne followed Asante-Mensah out in September 2024": she left too."""
    story = (
        "Sonarchive was founded in April 2019 by Kwabena Asante-Mensah and Léa Dufresne.\n\n"
        "Asante-Mensah resigned in June 2024. Dufresne followed Asante-Mensah out in September "
        "2024, saying the archive had stopped keeping its promise."
    )
    reply = reply_over(tmp_path, story, "when did dufresne quit", title="Sonarchive")
    assert "September 2024" in first_answer(reply).split("\n")[1], reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what's swarm", "card game about competing beekeepers"),
        ("how old is kowalski", "44"),
    ],
)
def test_told_in_passing(tmp_path: Path, question: str, said: str) -> None:
    """ "a card game about competing beekeepers called Swarm" says what Swarm is, however
    long what it is; "Kowalski, who is 44," says her age."""
    story = (
        "Meeple & Moss was started in 2018. Its first hit was a card game about competing "
        "beekeepers called Swarm. In 2021 Swarm sold 40,000 copies, and Swarm won an award in "
        "2022.\n\n"
        "In March 2024 the board appointed Nadia Kowalski as permanent chief executive. "
        "Kowalski, who is 44, had run a toy company in Leeds."
    )
    reply = reply_over(tmp_path, story, question, title="Meeple", published="2024-05-20")
    seen = first_answer(reply)
    assert said in seen and "don't mention" not in reply.title, reply.text


@pytest.mark.parametrize(
    ("question", "said", "wrong"),
    [
        ("how much did mensah put in", "£10,000", "£15,000"),
        ("how much did whitfield put in", "£150,000", "£60,000"),
        ("how much did brennan put in", "£15,000", "£10,000"),
    ],
)
def test_each_ones_sum(tmp_path: Path, question: str, said: str, wrong: str) -> None:
    """Several people's sums in one sentence: each one's is the one told right after them."""
    story = (
        "Meeple & Moss was started in 2018 by Aoife Brennan and Kwame Mensah. Brennan put "
        "£15,000 into the company and Mensah £10,000. The county council gave a grant of "
        "£60,000, and Ray Whitfield, a retired builder, put in £150,000."
    )
    reply = reply_over(tmp_path, story, question, title="Meeple", published="2024-05-20")
    answer = first_answer(reply).split("\n")[1]
    assert said in answer and wrong not in answer, reply.text


def test_handing_in_notice_is_leaving(tmp_path: Path) -> None:
    """ "handed in her notice" two weeks after the vote: when she quit, not the later suit's
    "when she left"."""
    story = (
        "On 12 September 2023, the board voted to remove Daniel Reyes as chief executive. Two "
        "weeks after the vote, Ruth Hale, the head cider maker, handed in her notice. In April "
        "2024 Hollow Pear sued Hale, claiming she took recipes when she left."
    )
    reply = reply_over(tmp_path, story, "when did ruth hale quit", published="2024-06-10")
    assert "September 2023" in first_answer(reply).split("\n")[1], reply.text


def test_backing_down_is_no_vote() -> None:
    """ "refused to back down" is not voting against anything."""
    from knowledge.answering.frame import _DID_NOT_BACK_RE

    assert _DID_NOT_BACK_RE.sub("voted against", "who refused to back down") == (
        "who refused to back down"
    )
    assert "voted against" in _DID_NOT_BACK_RE.sub("voted against", "who didn't back the firing")

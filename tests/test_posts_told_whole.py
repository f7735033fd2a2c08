"""Posts told whole: a clause with a sum in it, two posts held together, what someone does
now up to what they said, and "the lab" of an article that named one. A made-up article,
not a dev set's."""

import sqlite3
from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over, router_over

_STORY = (
    "The drones were born in the Reef Imaging Lab at Merrow Bay University. In 2018 the "
    "Larkspur Ocean Foundation gave the lab a grant.\n\n"
    "Owen Varga, who joined the lab in 2015 after a doctorate, wrote the software.\n\n"
    "Tidewatch now sells the drones to twelve reef agencies.\n\n"
    "In 2021 Varga incorporated Tidewatch Robotics and became its chief executive, with Priya "
    "Sandoval as co-founder and chief technology officer.\n\n"
    "Martin Okafor, who received a $210,000 severance payment under his contract, stayed "
    "away.\n\n"
    "Sandoval, who still answers support tickets on weekends, declined to comment. She now "
    'advises the Larkspur Ocean Foundation on its grants and said she has "no plans to go '
    'back".'
)
_TITLE = "The Drone Startup"


def _first(tmp_path: Path, question: str) -> str:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE, published="2025-11-20")
    return first_answer(reply)


def test_a_clause_with_a_sum(tmp_path: Path) -> None:
    assert "received a $210,000 severance payment under his contract" in _first(
        tmp_path, "who is martin okafor"
    )


def test_two_posts_held_together(tmp_path: Path) -> None:
    seen = _first(tmp_path, "who is tidewatch's cto")
    assert "Priya Sandoval" in seen.split("\n")[1], seen


def test_a_clause_of_what_she_still_does_is_no_post(tmp_path: Path) -> None:
    # ("who still answers support tickets" leaves her posts current)
    story = _STORY[: _STORY.index(" She now advises")]
    reply = reply_over(tmp_path, story, "who is priya sandoval", title=_TITLE)
    seen = first_answer(reply)
    assert "co-founder and chief technology officer" in seen and "former" not in seen, seen


def test_what_she_does_now_ends_where_what_she_said_begins(tmp_path: Path) -> None:
    seen = _first(tmp_path, "what does sandoval do now")
    assert "on its grants." in seen and "said she has." not in seen, seen


def test_the_lab_is_the_one_named(tmp_path: Path) -> None:
    router_over(tmp_path, _STORY, title=_TITLE, published="2025-11-20").engine.close()
    conn = sqlite3.connect(tmp_path / "index.db")
    said = [r[0] for r in conn.execute("SELECT text FROM roles WHERE text LIKE '%the lab%'")]
    conn.close()
    assert said == ["who joined the lab in 2015 after a doctorate (Reef Imaging Lab)"], said


def test_a_post_given_in_a_whom_clause(tmp_path: Path) -> None:
    story = (
        "Deborah Lind, the authority's chief financial officer, was named interim chief "
        "executive in January.\n\nLind, whom the board made permanent chief executive last "
        "November, pushed for a settlement."
    )
    reply = reply_over(tmp_path, story, "who is the permanent ceo", title=_TITLE)
    assert first_answer(reply).split("\n")[1] == "Best match: Deborah Lind.", reply.text


def test_the_second_of_two_posts_given_with_one_verb(tmp_path: Path) -> None:
    story = (
        "In 2021 Owen Varga and Priya Sandoval incorporated Tidewatch Robotics. Varga became "
        "chief executive and Sandoval chief technology officer; Calder kept her post."
    )
    reply = reply_over(tmp_path, story, "who is priya sandoval", title=_TITLE)
    assert "chief technology officer" in first_answer(reply).split("\n")[1], reply.text

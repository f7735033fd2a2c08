"""Questions typed the way people type them: misspelled ordinary words are mended before the
question is taken apart, and a date belongs to the action the sentence dates."""

from pathlib import Path

import pytest

from bot.router import Router
from knowledge.answering.pipeline import _mended
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index

WORDS = frozenset({"chief", "scientist", "valuation", "series", "leave", "left", "quorra"})


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("who is the cheif scientist at quorra", "who is the chief scientist at quorra"),
        ("wat was the valuaton in the seris c", "wat was the valuation in the series c"),
        ("who is the chief scientist", "who is the chief scientist"),  # nothing to mend
        ("what did gemini say", "what did gemini say"),  # no word of the articles is close
        ("whos the boss", "whos the boss"),  # the question's own words are left as typed
        ("whats the series c", "whats the series c"),  # a contraction without its apostrophe
        ("didnt they leave", "didnt they leave"),
    ],
)
def test_misspelled_words_are_mended_before_the_question_is_read(typed: str, meant: str) -> None:
    assert _mended(typed, WORDS) == meant


ARTICLE = """Inside Quorra: the departures

Omar Castel was Quorra's chief technology officer. He resigned in November 2024.

Lena Moray, a computational linguist, is Quorra's chief scientist.

Quorra sued Omar Castel in February 2025, alleging that Castel had copied documents shortly
before Castel left.
"""


@pytest.fixture
def router(tmp_path: Path) -> Router:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "982_quorra.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "982_quorra.toml").write_text(
        'title = "Inside Quorra: the departures"\noutlet = "Test Wire"\n'
        'published = "2025-03-07"\nprecision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    return Router(Engine(tmp_path / "index.db"))


@pytest.mark.parametrize("question", ["when did castel leave quorra", "wen did castel leav quorra"])
def test_an_action_placed_before_another_does_not_take_its_date(
    router: Router, question: str
) -> None:
    """ "sued her in February, alleging she had copied documents shortly before she left":
    February is the suit's date; she left in November."""
    reply = router.handle_text(question)
    assert "November 2024" in f"{reply.title}\n{reply.intro}", reply.text
    router.engine.close()


def test_a_misspelled_role_is_read_as_the_role(router: Router) -> None:
    reply = router.handle_text("who is the cheif scientist at quorra")
    assert "Best match: Lena Moray" in reply.intro, reply.text
    router.engine.close()


def test_a_typo_of_a_name_is_left_to_the_name_matcher(engine: Engine) -> None:
    """ "openi" is a word away from "open" and from "OpenAI": a name's, not respelled."""
    words, _total = engine.vocabulary()
    entities = engine.entities()
    for typed in ("who runs openi", "when did musk leave openi", "who is sutskevar"):
        assert _mended(typed, words, entities) == typed
    found = engine.ask("who runs openi")
    assert found.confident and found.answers[found.hits[0].passage.id] == "Sam Altman"


def _router_over(tmp_path: Path, text: str) -> Router:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "983_quorra.txt").write_text(text, encoding="utf-8")
    (folder / "983_quorra.toml").write_text(
        'title = "Quorra"\noutlet = "Test Wire"\npublished = "2025-03-07"\nprecision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    return Router(Engine(tmp_path / "index.db"))


def test_a_name_before_a_clause_of_purpose_is_not_its_doer(tmp_path: Path) -> None:
    """ "When Castel and Moray rented a loft in 2019, their plan was simple: build models so
    that records never had to leave": no one left in 2019."""
    router = _router_over(
        tmp_path,
        "Quorra\n\nWhen Omar Castel and Lena Moray rented a loft in the spring of 2019, their "
        "plan was simple: build small models so that patient records never had to leave the "
        "building.\n\nOmar Castel was the chief executive. In January 2021 he left Quorra.\n",
    )
    try:
        reply = router.handle_text("when did omar castel leave")
        assert "January 2021" in f"{reply.title}\n{reply.intro}", reply.text
    finally:
        router.engine.close()


def test_a_clause_that_dates_its_own_action_keeps_its_date(tmp_path: Path) -> None:
    """ "Since Castel joined Quorra in May 2019, revenue has tripled": May 2019 is when he
    joined, though the clause opens with "since"."""
    router = _router_over(
        tmp_path,
        "Quorra\n\nSince Omar Castel joined Quorra in May 2019, revenue has tripled.\n\n"
        "In 2023 Omar Castel said he joined because of the team.\n",
    )
    try:
        reply = router.handle_text("when did omar castel join quorra")
        assert "May 2019" in f"{reply.title}\n{reply.intro}", reply.text
    finally:
        router.engine.close()

"""Questions typed the way people type them: misspelled ordinary words are mended before the
question is taken apart, and a date belongs to the action the sentence dates."""

from pathlib import Path

import pytest

from bot.router import Router
from knowledge.answering.pipeline import _mended
from knowledge.engine import Engine
from tests.one_article import router_over

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


ARTICLE = """Omar Castel was Quorra's chief technology officer. He resigned in November 2024.

Lena Moray, a computational linguist, is Quorra's chief scientist.

Quorra sued Omar Castel in February 2025, alleging that Castel had copied documents shortly
before Castel left.
"""


@pytest.fixture
def router(tmp_path: Path) -> Router:
    return router_over(tmp_path, ARTICLE, title="Inside Quorra: the departures")


@pytest.mark.parametrize("question", ["when did castel leave quorra", "wen did castel leav quorra"])
def test_an_action_placed_before_another_does_not_take_its_date(
    router: Router, question: str
) -> None:
    """ "sued her in February, alleging she had copied documents shortly before she left":
    February is the suit's date; she left in November."""
    reply = router.handle_text(question)
    assert "November 2024" in f"{reply.title}\n{reply.intro}", reply.text
    router.engine.close()


def test_a_rare_dictionary_word_the_articles_never_use_is_mended(router: Router) -> None:
    """ "bord" is in the dictionary, but no everyday word, nor one the articles use: a typo
    of "board", not a word the articles do not mention."""
    reply = router.handle_text("wen did the bord sue castel")
    assert "don't mention" not in reply.title, reply.text
    assert "February 2025" in reply.intro, reply.text
    router.engine.close()


def test_an_everyday_word_in_another_form_is_no_typo(tmp_path: Path) -> None:
    """ "patents" is two edits from "payments", which the article uses, but "patent" is an
    everyday word: the articles do not mention it."""
    router = router_over(tmp_path, ARTICLE + "\nQuorra stopped its payments in 2025.\n")
    reply = router.handle_text("how many patents does quorra hold")
    assert "don't mention “patents”" in reply.intro, reply.text
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


@pytest.mark.parametrize(
    ("text", "question", "said"),
    [
        (  # "so that" opens a clause with its own subject: no one in it left in 2019
            "When Omar Castel and Lena Moray rented a loft in the spring of 2019, their plan "
            "was simple: build small models so that patient records never had to leave the "
            "building.\n\nOmar Castel was the chief executive. In January 2021 he left Quorra.",
            "when did omar castel leave",
            "January 2021",
        ),
        (  # a clause that dates its own action keeps its date, though it opens with "since"
            "Since Omar Castel joined Quorra in May 2019, revenue has tripled.\n\n"
            "In 2023 Omar Castel said he joined because of the team.",
            "when did omar castel join quorra",
            "May 2019",
        ),
    ],
)
def test_the_doer_and_the_date_are_read_from_the_action_s_own_clause(
    tmp_path: Path, text: str, question: str, said: str
) -> None:
    router = router_over(tmp_path, text)
    try:
        reply = router.handle_text(question)
        assert said in f"{reply.title}\n{reply.intro}", reply.text
    finally:
        router.engine.close()


def test_a_typo_of_a_word_of_the_question_grammar_is_mended(tmp_path: Path) -> None:
    """ "baesd" is "based", though the article never says it: where someone founded a lab
    says where it is."""
    router = router_over(
        tmp_path,
        "In March 2026 Keiko Arakawa-Lund left Quorra with eleven colleagues to found "
        "Lattice & Vale, a solid-state electrolyte lab in Leuven.\n",
    )
    reply = router.handle_text("wher is lattice & vale baesd")
    assert "don't mention" not in f"{reply.title}\n{reply.intro}", reply.text
    assert "(Leuven)" in reply.intro or "Leuven." in reply.intro, reply.text
    router.engine.close()

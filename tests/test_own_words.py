"""Reasons and answers a reader finds one sentence on: a leaver's own words after the act
('"…, and I did not start a lab to become a phone maker's research department," he said',
the "he" the leaver, not the one the quote names), what a suit's plaintiff "claims", the
permanent chief named after a stand-in, and what a rival is when where it was founded comes
before it ("founded Gestura in Valencia, a rival lab"). A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Handwave was founded in Rotterdam in April 2018 by Ines Okoro and Tomas Vidal.\n\n"
    "On June 12, 2024, the board voted four to two to remove Okoro as chief executive. That "
    "evening the board named Ana Berg as interim chief executive. Two months later the board "
    "appointed Priya Raman as permanent chief executive.\n\n"
    "The departures did not stop there. A week after the vote, Vidal resigned as chief "
    'technologist. "Ines made a mistake, but the board handed Orinda even more say, and I did '
    "not start a deaf-led lab to become a phone maker's research department,\" he said.\n\n"
    "In September, Vidal founded Signa in Valencia, a rival lab building translation tools "
    "for Spanish sign languages. Signa has raised money from regional banks.\n\n"
    "The split turned bitter last October, when Handwave sued Signa and Vidal in the "
    "Rotterdam district court. The lab claims he copied parts of its annotation tools before "
    "he left.\n\n"
    'In December 2024, Berg resigned to open a flight school. "I missed flying more than I '
    'liked managing people," she said at the time.'
)
_TITLE = "Handwave"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why did vidal quit", "phone maker"),
        ("why is handwave suing signa", "copied"),
        ("what is signa", "rival lab"),
        ("who became the permanent ceo after okoro was fired", "Raman"),
        # (her own words after it do not come before the reason the sentence gives)
        ("why did berg leave", "flight school"),
    ],
)
def test_the_answer_one_sentence_on(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE, published="2025-03-03")
    seen = first_answer(reply)
    assert said in seen, reply.text

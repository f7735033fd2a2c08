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


_TWO_LEFT = (
    "Tarnwick was founded in March 2019 by 43 farms. Lotte Brandt, a researcher who had left "
    "a university lab to run her family's farm, became chief scientist. Marcus Brandt, the "
    "finance director, ran the accounts, and Dafydd Rees flew the drones.\n\n"
    "In August 2024 the board removed the chief executive. Two months later Lotte Brandt and "
    "Rees resigned as well. \"I didn't spend five years teaching a machine to read leaves so "
    'that a seed company could read our fields," Brandt wrote in her resignation letter. Rees '
    'was blunter: "Once the pictures belong to someone who sells the seed, the farmer is the '
    'product."\n\n'
    "Tomás Ibáñez and Farid Haddad left Tarnwick in August 2023. Ibáñez said the company had "
    'started to build for chains that could pay. "We were writing software for places that '
    'already had radiologists," he said. "That was never the job." Haddad was blunter. "I didn\'t '
    'label twenty thousand films so a sales team could put them in a brochure," Haddad said.'
    "\n\n"
    "The following March, Ana Vidal left with nine colleagues to found Tessel, saying the "
    'deal had put the forecasts behind a paywall. "I joined a company that promised the data '
    'would be public," Vidal said.'
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Brandt", two of whom the article names in full, is the one the sentence before
        # named; and her own words come before what she had left before
        ("why did lotte brandt quit", "seed company"),
        # his words two sentences on, introduced by his name
        ("why did rees leave", "product"),
        # a leaver "saying the deal had put …": her own word, over a quote after it
        ("why did ana vidal leave", "paywall"),
        # his words four sentences on, past the other leaver's
        ("why did haddad leave", "brochure"),
    ],
)
def test_a_leavers_own_words(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _TWO_LEFT, question, title="Tarnwick", published="2026-05-20")
    first = first_answer(reply).split("\n", 2)[2]  # the first bullet
    assert said in first, reply.text

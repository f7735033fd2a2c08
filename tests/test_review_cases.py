"""Confident wrong answers a stranger's reading of the rules found, each kept from coming back:
a short article, a question, and what the reader must (or must not) see first."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_CHAIRMAN = (
    "Peter Vask resigned as chief technology officer of Quorra Robotics in June 2022. Maria "
    "Gatti, the chief financial officer, confirmed the departure. Laura Bose, the chief "
    "executive, said he had misled investors about the robot's progress. In 2023 she was "
    "named chairman of Quorra Robotics."
)
_COO = (
    "Tidewell Robotics, a Denver warehouse-automation company, hired Maria Castellano-Ruiz in "
    "2019. Daniel Okafor-Webb joined the board in 2020. She became chief operating officer of "
    "Tidewell Robotics in March 2022. The company raised $40 million in 2023."
)
_SEARCH = (
    "Corvel Foods, a Chicago snack maker, ousted its chief executive, Thomas Brandt, in January "
    "2023. The chief executive's post stayed empty until May 2023, when the board hired Anna "
    "Lindqvist, a recruiting consultant, to run the search. The search was still going on in "
    "March 2025."
)
_JOINED = (
    "Daniel Okafor-Webb started his career in 2015, when he joined Kestrel Freight, a "
    "trucking-software company that Laura Bose had founded. It employs 80 people."
)
_HIRED_BY_FOUNDER = (
    "Laura Bose founded Kestrel Freight, a Memphis trucking-software company, in 2013 and hired "
    "Daniel Okafor-Webb as its first engineer. Kestrel Freight employs 80 people."
)
_LATER_JOINED = (
    "Peter Varga co-founded Quorra in 2017 with Laura Bose, a chemist. The pair met at a "
    "meetup in Pittsburgh. Investors put in $3 million in 2018.\n\nThe money split the "
    "founders. He resigned in June 2022, and that fall he co-founded Halyard Motion, a "
    "Cleveland robotics company. Halyard has raised $22 million. In 2024 Varga also joined "
    "Brannock Logistics, a trucking company, as an adviser."
)
_LOOK_BACK = (
    "In March 2023, the board of Quorra Robotics voted to remove Laura Bose as chief "
    "executive.\n\nBose had founded Quorra in January 2017 with $50,000 of her own "
    "savings.\n\nEmployees protested for weeks. The board reinstated Bose that May."
)
_CONSULTANT = (
    "In 2020, Quorra Robotics hired Marcus Fenn, who had been a management consultant for a "
    "decade, as its president. Quorra employs 260 people."
)
_ADVISING = (
    "In 2020, Quorra Robotics hired Marcus Fenn, who had spent a decade with a team of "
    "consultants advising the company's founder, as its president. Fenn previously worked at "
    "Brannock Logistics in Ohio."
)
_ADVISER = (
    "Brightmill Software, a Seattle payroll company, was founded by Laura Whitcombe in 2014. In "
    "2020 it brought in Thomas Brandt, the chief executive of Orrin Labs, as a part-time "
    "adviser. He left the company in 2022."
)
_CHAIR_LEFT = (
    "Quorra Robotics named Laura Bose chairman in 2019. In 2020 the board also made Bose chief "
    "executive. She quit in 2022 as chairman to let an outsider lead the board, but she "
    "remains chief executive."
)
_NEEDED = (
    "Quorra Robotics was founded in Pittsburgh in 2017. In 2023 Quorra opened an office in "
    "Columbus. In 2024 Quorra moved its headquarters to Hazelwood. The company needed another "
    "$20 million by the end of that year. Quorra employs 260 people."
)


@pytest.mark.parametrize(
    ("article", "question", "said"),
    [
        # "said he" is about another man, not the speaker: "she" is Bose
        (_CHAIRMAN, "who is the chairman of quorra robotics", "Best match: Laura Bose"),
        # "Daniel" is a man's name: "She" is the woman named before him
        (_COO, "who is the coo of tidewell robotics", "Best match: Maria Castellano-Ruiz"),
        # asked what came after: the company he founded, not one he joined later
        (_LATER_JOINED, "what company did varga start after he quit", "Halyard Motion"),
        # "that May" after the story's last date, not after a look back's
        (_LOOK_BACK, "when was laura bose reinstated", "May 2023"),
        # the post left is the one the sentence says
        (_CHAIR_LEFT, "who is laura bose", "quit (as chairman)"),
    ],
)
def test_the_first_answer_says(tmp_path: Path, article: str, question: str, said: str) -> None:
    reply = reply_over(tmp_path, article, question, title="Quorra Robotics news")
    assert said in first_answer(reply), reply.text


@pytest.mark.parametrize(
    ("article", "question", "wrong"),
    [
        # hired to run the search for one, not to the post
        (_SEARCH, "who is the chief executive of corvel foods", "Best match: Anna Lindqvist"),
        # a company joined, or founded by someone else, is not one he founded
        (_JOINED, "which company did daniel okafor-webb found", "Best match: Kestrel"),
        (_HIRED_BY_FOUNDER, "what company did daniel okafor-webb start", "Best match: Kestrel"),
        # where: a company, not a stretch of time, nor the one that hired him
        (_CONSULTANT, "where did marcus fenn work before", "Best match: a decade"),
        (_ADVISING, "where did marcus fenn work before", "Best match: a team"),
        # he left an adviser's job, not the other company's chief executive's post
        (_ADVISER, "who is thomas brandt", "left (as"),
        # what the company needed afterwards is no reason for the move
        (_NEEDED, "why did quorra move its headquarters to hazelwood", "The company needed"),
    ],
)
def test_the_first_answer_is_not(tmp_path: Path, article: str, question: str, wrong: str) -> None:
    reply = reply_over(tmp_path, article, question, title="Quorra Robotics news")
    assert wrong not in first_answer(reply), reply.text

"""Why something was done, as these articles tell it: "… voted to remove her, after learning
that she had …" is a reason; "He argued that …", the sentence after a vote, is the voter's;
and a sentence where the one asked of only acts ("A week after the vote, … resigned") comes
after one naming them that gives a reason. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Kelpwatch, a Durban nonprofit that tracks kelp forests from orbit, was founded in "
    "2019 by Thandi Mokoena and Arvid Lund.\n\n"
    "On November 14, 2023, the directors voted 4 to 1 to remove Mokoena as chief executive, "
    "after learning that she had signed a data deal with a mining company without telling "
    'them. The lone dissenter was Arvid Lund, who said the board had "mistaken a filing '
    'error for a betrayal" and argued that the deal had been approved months earlier.\n\n'
    "A week after the vote, Mokoena and Arvid Lund resigned from the nonprofit together.\n\n"
    "In 2024 the board chose Rosa Pereira as chief executive. The only director to vote "
    "against her was Jonas Beck. He argued that an outsider would frighten the donors.\n\n"
    "On September 3, Ines Varga stepped down as chair. She did so arguing that a donor "
    "should not preside over a lawsuit against a founder.\n\n"
    "That spring, Lena Fisk, the chief executive, negotiated a deal in secret. On May 3, "
    "2024, the board voted 5-1 to remove her as chief executive after learning that she had "
    "hidden the talks. The lone vote against came from Omar Reyes, who "
    "argued that she had not been given a chance to answer. \"You don't fire the person who "
    "built the house because you don't like a window she drew,\" Reyes said."
)
_TITLE = "Kelpwatch after the vote"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why was mokoena fired", "mining company"),
        ("why did arvid lund vote against", "filing error"),
        ("why did jonas beck vote against", "frighten the donors"),
        # the next sentence, pointing back at the act: "She did so arguing that …"
        ("why did ines varga step down as chair", "lawsuit"),
        # not a quote saying the act should not be done, "because …"; and a reason the
        # sentence gives is kept over a quote after it
        ("why was lena fisk fired", "hidden the talks"),
        ("why did omar reyes vote against", "chance to answer"),
    ],
)
def test_the_reason_comes_first(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    first = first_answer(reply).split("\n", 2)[2]  # the first bullet, past title and intro
    assert said in first, reply.text

"""Names whose surname opens with a particle ("Lotte van Rijn", "Luis de Guindos") are one
person's, found by the surname alone too; such a name typed badly ("lote van ryn") is still
looked up; "the authority's representative on the board" says who someone is; and a day
written before its month with a year told from now ("On 18 November last year") dates the
vote the story counts from. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from knowledge.entities import find_people, surname
from tests.one_article import reply_over

_STORY = (
    "Tidewell was founded in 2019 by Ingrid Moss. In September 2022, Kesteren Capital "
    "invested $48 million in Tidewell. Lotte van Rijn, a partner at the fund who had managed "
    "terminals in Rotterdam, became chair of the Tidewell board.\n\n"
    "In August 2024, an update stalled nine cranes in Valencia.\n\n"
    "On 18 November last year, the Tidewell board voted five to one to remove Moss as chief "
    "executive. The single vote against came from Fiona Baird, the Harbour Authority's "
    "representative on the board. Van Rijn said the vote was about candour.\n\n"
    "A week after the vote, Tomas Weber resigned. Two months after the vote, the board named "
    "Priya Raman as permanent chief executive."
)


def test_a_surname_opening_on_a_particle() -> None:
    people = find_people(
        [
            "Lotte van Rijn joined. Luis de Guindos, the bank's president, spoke at Banco de "
            "Portugal."
        ]
    )
    assert {p.name for p in people.values()} == {"Lotte van Rijn", "Luis de Guindos"}
    assert "van Rijn" in people["lotte-van-rijn"].aliases
    assert surname("Ursula von der Leyen") == "von der Leyen"
    assert surname("Lotte van Rijn") == "van Rijn"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who chairs the tidewell board", "Lotte van Rijn"),
        ("who is van rijn", "chair"),
        ("who is lote van ryn", "Lotte van Rijn"),
        ("who's fiona baird", "representative"),
        ("who got the boot at tidewell last year", "Ingrid Moss"),
        # (the board that voted is no director: "the Tidewell board voted")
        ("which director didn't go along with firing the ceo", "Fiona Baird"),
        ("when did the board vote to remove moss", "November 18, 2024"),
        ("when did tomas weber resign", "November 25, 2024"),
        ("when was priya raman named ceo", "January 2025"),
    ],
)
def test_told_the_way_british_papers_write(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title="Tidewell", published="2025-10-09")
    assert said in first_answer(reply), reply.text


def test_a_word_the_articles_lack_is_still_said(tmp_path: Path) -> None:
    """ "who is lotte van gogh": not a name typed badly, but one the articles never name."""
    reply = reply_over(tmp_path, _STORY, "who is vincent van gogh", title="Tidewell")
    assert "Lotte" not in first_answer(reply).split("\n")[0], reply.text

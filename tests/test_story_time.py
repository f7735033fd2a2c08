"""Dates that follow the story across sentences and paragraphs, in an article written for
this test: "that year", "less than six months later", a paragraph that carries the story on,
an introduction ending in a colon kept with what it introduces, and a scripted line kept whole."""

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from knowledge.articles import load_articles
from knowledge.dates import best_date
from knowledge.indexer import build_index

TEXT = """Harbor lab story

In March 2019, Noor Vance founded Kestrel Robotics in Tacoma. In an email that year, Vance
wrote that the lab "will never sell to the military".

Vance hired twelve engineers before the summer.

Less than six months later, Kestrel Robotics took $40 million from Pell Ventures.

During this period, Vance also turned down an offer from Orchard Systems.

On May 4, 2021, Vance posted on her blog:

"We are done with the old plan."

Noor Vance: We start again tomorrow. Nobody leaves.

In August 2020, Vance wrote to the board of Kestrel Robotics.

The letter asked for a vote on the sale.

Two years after the first round, Kestrel Robotics raised $90 million from Pell Ventures.
Vance then hired a chief financial officer.

In January 2021, a robot arm injured a worker in Tacoma. The state regulator opened an
inquiry that February.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    folder = tmp_path_factory.mktemp("story")
    (folder / "950_kestrel.txt").write_text(TEXT, encoding="utf-8")
    (folder / "950_kestrel.toml").write_text(
        'title = "Harbor lab story"\noutlet = "Test Courier"\n'
        'published = "2022-06-01"\nprecision = "day"\n',
        encoding="utf-8",
    )
    path = tmp_path_factory.mktemp("index") / "index.db"
    build_index(load_articles(folder), path)
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def _dated(conn: sqlite3.Connection, start: str) -> tuple[str, int] | None:
    row = conn.execute(
        "SELECT e.label, e.inherited FROM passages p JOIN events e ON e.passage_id = p.id "
        "WHERE p.text LIKE ?",
        (start + "%",),
    ).fetchone()
    return (row[0], row[1]) if row else None


def test_that_year_is_the_year_last_stated(index: sqlite3.Connection) -> None:
    assert _dated(index, "In an email that year") == ("2019", 0)


def test_a_paragraph_about_the_same_person_carries_the_date(index: sqlite3.Connection) -> None:
    assert _dated(index, "Vance hired twelve engineers") == ("March 2019", 1)


def test_months_later_counts_from_the_story(index: sqlite3.Connection) -> None:
    assert _dated(index, "Less than six months later") == ("2019", 0)
    march = best_date("In March 2019, it began.", date(2022, 6, 1))
    moved = best_date("Two years later, it moved.", date(2022, 6, 1), march)
    assert moved is not None and moved.label == "March 2021"
    # what the story has not reached by publication is a misreading, not a date
    assert best_date("Five years later, it moved.", date(2022, 6, 1), march) is None


def test_during_this_period_carries_the_story_on(index: sqlite3.Connection) -> None:
    assert _dated(index, "During this period") == ("2019", 1)


def test_an_introduction_keeps_what_it_introduces(index: sqlite3.Connection) -> None:
    row = index.execute("SELECT text FROM passages WHERE text LIKE 'On May 4, 2021%'").fetchone()
    assert row[0] == 'On May 4, 2021, Vance posted on her blog: "We are done with the old plan."'
    assert index.execute("SELECT count(*) FROM passages WHERE text LIKE '%:'").fetchone()[0] == 0
    quote = index.execute("SELECT text FROM quotes WHERE text LIKE 'We are done%'").fetchone()
    assert quote == ("We are done with the old plan.",)


def test_a_scripted_line_is_one_passage_and_no_quote(index: sqlite3.Connection) -> None:
    rows = index.execute("SELECT text FROM passages WHERE text LIKE '%Nobody leaves%'").fetchall()
    assert rows == [("Noor Vance: We start again tomorrow. Nobody leaves.",)]
    assert index.execute("SELECT count(*) FROM quotes WHERE text LIKE '%tomorrow%'").fetchone() == (
        0,
    )


def test_a_paragraph_about_the_letter_before_carries_its_date(index: sqlite3.Connection) -> None:
    assert _dated(index, "The letter asked for a vote") == ("August 2020", 1)


def test_months_after_a_bare_year_are_not_guessed() -> None:
    year = best_date("In 2019, it began.", date(2022, 6, 1))
    assert best_date("Six months later, it moved.", date(2022, 6, 1), year) is None
    early = best_date("In early 2018, it began.", date(2022, 6, 1))
    later = best_date("Less than six months later, it moved.", date(2022, 6, 1), early)
    assert later is not None and later.label == "2018"


def test_time_gone_by_from_an_undated_moment_stops_the_clock(index: sqlite3.Connection) -> None:
    """ "Two years after the first round": from August 2020 the story moved by an amount
    from a moment no date fixed; neither that sentence nor the next is dated by August 2020."""
    assert _dated(index, "Two years after the first round") is None
    assert _dated(index, "Vance then hired") is None


def test_a_month_of_its_own_takes_no_date_from_the_story(index: sqlite3.Connection) -> None:
    """ "that February" is not the January the paragraph began with (undated, not wrong)."""
    assert _dated(index, "The state regulator opened") != ("January 2021", 1)


def _index_of(tmp_path: Path, text: str, published: str) -> sqlite3.Connection:
    """A connection to an index of one article (`text`, its first line the title)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "951_story.txt").write_text(text, encoding="utf-8")
    title = text.splitlines()[0]
    (folder / "951_story.toml").write_text(
        f'title = "{title}"\noutlet = "Test Courier"\n'
        f'published = "{published}"\nprecision = "day"\n',
        encoding="utf-8",
    )
    build_index(load_articles(folder), tmp_path / "index.db")
    return sqlite3.connect(tmp_path / "index.db")


LOOKED_BACK = """Harbor lab turns

Harbor Lab said last Thursday that it would turn its commercial arm into a company.

Harbor Lab was founded in December 2016 by Noor Vance and Piet Marlow. Marlow stepped down
as chair in February 2019. The reason, according to a post the lab published that week, was a
conflict of interest.

The following month, the lab created Harbor Forecast, a capped-profit company. Four months
later, Orchard Systems invested $1 billion in it.

Vance left the lab that August. Marlow resigned in late September.
"""


def test_a_period_after_a_look_back_counts_from_the_date_last_stated(tmp_path: Path) -> None:
    """After a lede dated by the news's day, "that week" and "the following month" are
    counted from the month the narrative last stated (February 2019), not from that day."""
    conn = _index_of(tmp_path, LOOKED_BACK, "2025-06-10")
    try:
        assert _dated(conn, "The reason, according to a post") == ("February 2019", 0)
        assert _dated(conn, "The following month, the lab created") == ("March 2019", 0)
        assert _dated(conn, "Four months later, Orchard") == ("July 2019", 0)
        # "in late September" after "that August" in its paragraph is that year's
        assert _dated(conn, "Marlow resigned in late September") == ("September 2019", 0)
    finally:
        conn.close()


TOLD_LATER = """Tutor lab story

The board removed Mokoena as chief learning officer on June 8, 2021. "I was told I had become
an obstacle," she recalled in an interview last month. "I took it as a compliment."

Rostami left three weeks later. That autumn he founded Commonplace, a rival service. Mokoena
joined him the following year as chair of its board.

The first rupture came in early 2018. That April, the financier stepped down as chair but
stayed on the board, a seat he kept until 2020.
"""


def test_when_it_was_said_does_not_move_the_story(tmp_path: Path) -> None:
    """ "she recalled in an interview last month" dates her words, not the story: "three
    weeks later" still counts from June 8, 2021; "That autumn" opening a sentence is the
    paragraph's; "the following year" follows the last date stated; "until 2020" bounds a
    seat, and "That April" is the sentence's date."""
    conn = _index_of(tmp_path, TOLD_LATER, "2024-10-09")
    try:
        assert _dated(conn, '"I was told') == ("September 2024", 0)
        assert _dated(conn, '"I took it') == ("September 2024", 1)
        assert _dated(conn, "Rostami left three weeks later") == ("June 2021", 0)
        assert _dated(conn, "That autumn he founded") == ("autumn 2021", 0)
        assert _dated(conn, "Mokoena joined him the following year") == ("2022", 0)
        assert _dated(conn, "That April, the financier") == ("April 2018", 0)
    finally:
        conn.close()


def test_a_post_is_left_by_the_one_named_stepping_down(tmp_path: Path) -> None:
    """ "Brandt stepped down last June": the post the article last gave her, left, as "She
    stepped down" would."""
    from knowledge.engine import Engine

    text = (
        "Kitewell news\n\nAnnelise Brandt, a former postal executive, became chair of the "
        "reconstituted board in 2023. Brandt stepped down last June after joining a government "
        "panel."
    )
    _index_of(tmp_path, text, "2025-03-14").close()
    engine = Engine(tmp_path / "index.db")
    try:
        found = engine.lookup("annelise brandt").match
        assert found is not None
        roles = [r.text for r in engine.profile(found).roles]
    finally:
        engine.close()
    assert any(r.startswith("stepped down (as chair") for r in roles), roles


FOLLOWING_MONTH = """Resonant story

By mid-2023 the lab's computing bills had outrun its donations. In June the lab restructured,
creating a capped-profit subsidiary. Ostrander Ventures put in $60 million. Priya
Venkataraman-Hale took a board seat the following month.
"""


def test_the_following_month_counts_from_the_month_the_paragraph_placed(tmp_path: Path) -> None:
    """ "By mid-2023 … In June": June 2023 (not the June before publication), and "the
    following month" is the July after it."""
    conn = _index_of(tmp_path, FOLLOWING_MONTH, "2026-11-03")
    try:
        assert _dated(conn, "In June the lab") == ("June 2023", 0)
        assert _dated(conn, "Venkataraman-Hale took") == ("July 2023", 0)
    finally:
        conn.close()


RETOLD_HERE = """Harbor lab story

In March 2019, Noor Vance founded Kestrel Robotics in Tacoma. Vance hired a dozen engineers
for the new lab. Vance hired a dozen engineers for the new lab, it said.
"""


def test_a_sentence_told_again_takes_no_inherited_date(tmp_path: Path) -> None:
    """A sentence the paragraph's date dates is an event; the same words again, with the
    same figures, are the same event told again: no second one."""
    conn = _index_of(tmp_path, RETOLD_HERE, "2022-06-01")
    try:
        assert _dated(conn, "Vance hired a dozen engineers for the new lab.") == ("March 2019", 1)
        assert _dated(conn, "Vance hired a dozen engineers for the new lab, it said") is None
    finally:
        conn.close()

"""Whose post a role is when the sentence does not say it outright: "founded Saltmarsh
Routing and became its chief executive", "The board's chair, …" after a company's board was
named, and a chair named as the one who completed a board. A made-up article, not a dev
set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quillmere Transit and Dovecote Analytics signed a data deal in 2021.\n\n"
    "In May 2022 Ilse Brannagh left Quillmere Transit. The next month she founded Saltmarsh "
    "Routing and became its chief executive.\n\n"
    "Quillmere Transit's board of directors learned of the deal in June. The board's chair, "
    "Oren Castellane, called an emergency meeting.\n\n"
    "Tobias Wren, the Dovecote partner who negotiated the deal, joined the board and soon "
    "became its chair."
)
_TITLE = "A Quarrel Over Bus Routes"


def test_its_post_is_the_company_named_between(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who is ilse brannagh", title=_TITLE)
    assert "chief executive (Saltmarsh Routing)" in first_answer(reply), reply.text


def test_not_a_company_in_the_holders_aside(tmp_path: Path) -> None:
    # (his chair is the board's, not Dovecote's, named in the aside about him)
    reply = reply_over(tmp_path, _STORY, "who is tobias wren", title=_TITLE)
    assert "(Dovecote" not in first_answer(reply), reply.text


def test_the_boards_chair_is_the_company_whose_board_was_named(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who chairs the quillmere board", title=_TITLE)
    seen = first_answer(reply).split("\n")[1]
    assert seen == "Best match: Oren Castellane.", reply.text
    (tmp_path / "who").mkdir()
    reply = reply_over(tmp_path / "who", _STORY, "who is oren castellane", title=_TITLE)
    assert "the board's chair (Quillmere Transit)" in first_answer(reply), reply.text


def test_a_chair_who_completed_the_board_is_the_companys(tmp_path: Path) -> None:
    story = (
        "Marlowe Robotics builds survey drones.\n\n"
        "In 2022 Brightfen Capital led a $9 million round, and Ana Ruiz, a Brightfen partner, "
        "joined the board. The board was completed by Helen Ashcombe, a former shipping "
        "executive who became chair."
    )
    reply = reply_over(
        tmp_path,
        story,
        "who chairs the marlowe robotics board",
        title="Marlowe Robotics after the vote",
    )
    assert first_answer(reply).split("\n")[1] == "Best match: Helen Ashcombe.", reply.text

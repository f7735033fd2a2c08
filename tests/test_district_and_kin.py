"""A public body named after a place that starts with a given name ("the Marlow Ridge Water
District") is no person; "the district's general manager" is that district's, and runs it;
a post told with what else someone does ("remains a director and holds 22 percent of the
company") ends where the other clause begins; and a brother's act, told after "her younger
brother, Samuel Okafor", is not hers. A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over, router_over

_STORY = (
    "For most of the past decade, Ines Halloway has spent her mornings listening to pipes.\n\n"
    "The story begins in 2018, when Halloway, then a senior engineer at the Marlow Ridge Water "
    "District, persuaded her bosses to let her fit microphones to its oldest mains.\n\n"
    "Peter Quist, the district's general manager, remembers the early results as "
    '"embarrassing for the rest of us."\n\n'
    "So in March 2020 Halloway spun the project out as Pipewise Systems, with the district "
    "keeping a stake.\n\n"
    "Her younger brother, Tobias Halloway, a software developer, joined a month later as the "
    "company's first employee.\n\n"
    "In March 2025 the board removed Halloway as chief executive. She remains a director and "
    "holds about 22 percent of the company.\n\n"
    "The Marlow Ridge district is reviewing its contract, Quist said."
)
_TITLE = "The Pipe Listeners"


def test_the_district_is_no_person(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title=_TITLE)
    try:
        people = {e.name for e in router.engine.people()}
    finally:
        router.engine.close()
    assert "Ines Halloway" in people
    assert not any("Marlow" in name for name in people), people


def test_the_districts_general_manager(tmp_path: Path) -> None:
    question = "who is the general manager of the marlow ridge water district"
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    assert "Peter Quist" in first_answer(reply).split("\n")[1], reply.text


def test_a_co_operatives_general_manager_runs_no_company(tmp_path: Path) -> None:
    """ "Dana Whitcomb, the co-operative's general manager": the Prairie Grain
    Cooperative's, and no one who runs the company the article is about."""
    story = (
        "Rosa Albescu and Dale Kettering started Fieldmind Robotics in 2021. Kettering ran it as "
        "president.\n\nIn February, Prairie Grain Cooperative signed an $18 million contract "
        "with Fieldmind Robotics. Dana Whitcomb, the co-operative's general manager, said it "
        "picked Fieldmind Robotics for safety."
    )
    reply = reply_over(tmp_path, story, "who runs fieldmind robotics", title="Tractor wars")
    assert "Whitcomb" not in first_answer(reply).split("\n")[1], reply.text
    question = "who is the general manager of prairie grain cooperative"
    (tmp_path / "co-op").mkdir()
    reply = reply_over(tmp_path / "co-op", story, question, title="Tractor wars")
    assert "Dana Whitcomb" in first_answer(reply).split("\n")[1], reply.text


def test_a_post_ends_where_another_clause_begins(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who is ines halloway", title=_TITLE)
    roles = [item.text for item in reply.sections[0].items]  # "In the articles' words"
    assert "a director" in roles and not any("22 percent" in r for r in roles), reply.text


@pytest.mark.parametrize("brother", ["Tobias", "Samuel"])
def test_a_brothers_act_is_not_hers(tmp_path: Path, brother: str) -> None:
    """("Samuel" is an everyday word too, and a given name)"""
    story = _STORY.replace("Tobias Halloway", f"{brother} Halloway")
    reply = reply_over(tmp_path, story, "who is ines halloway", title=_TITLE)
    assert "joined" not in first_answer(reply).split("\n")[1], reply.text


def test_what_she_was_then_is_no_post_she_holds(tmp_path: Path) -> None:
    """ "Halloway, then a senior engineer at the district, …": a post she held then."""
    reply = reply_over(tmp_path, _STORY, "who is ines halloway", title=_TITLE)
    line = first_answer(reply).split("\n")[1]
    assert "then a senior engineer" not in line.split(":", 1)[1].split(";")[0], reply.text

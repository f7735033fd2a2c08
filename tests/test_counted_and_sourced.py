"""A time counted from someone's act ("Three months after Pryce's removal"), leaving told as
being pushed out, a job got by being named, a whistle blown by a complaint, a source in an
attribution ("according to figures Harrowgate disclosed") and a company a "which" stands for
("… for Harrowgate, the maker of tractors, which paid $210 million"). A made-up article, not
a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Halden Farms sold its satellite mapping arm, Quillfield, to Harrowgate in November 2024. "
    "The sale is an early test for Harrowgate, the Peoria maker of tractors and planters, "
    "which paid $210 million for Quillfield.\n\n"
    "Quillfield lost $9.4 million in 2023, according to figures Harrowgate later disclosed, "
    "largely because it paid satellite operators for imagery.\n\n"
    "Last November, the board removed Tomas Pryce as technical director.\n\n"
    "Three months after Pryce's removal, the board named Lina Sorensen, an engineer who had "
    "contributed to the maps since 2017, to replace him.\n\n"
    "Ottar Brandvik, the chief technology officer, was pushed out on February 7, 2025, after "
    "clashing with Harrowgate executives. Seventeen days after Brandvik's exit, on February "
    "24, Harrowgate named Ingrid Solberg chief technology officer.\n\n"
    "In April 2025, Rosa Delgado-Fitch, a data engineer, filed a complaint with the data "
    "commission alleging that Quillfield had shared imagery with dealers."
)


def _first(tmp_path: Path, *questions: str) -> list[str]:
    router = router_over(tmp_path, _STORY, title="Quillfield", published="2025-06-18")
    try:
        return [first_answer(router.handle_text(q)).split("\n")[1] for q in questions]
    finally:
        router.engine.close()


def test_counted_from_acts_and_leaving_told_otherwise(tmp_path: Path) -> None:
    took_over, left, got_job = _first(
        tmp_path,
        "when did lina sorensen replace pryce",
        "when did ottar brandvik leave quillfield",
        "when did sorensen get the job",
    )
    assert took_over == "Best match: February 2025.", took_over
    assert left == "Best match: February 7, 2025.", left
    assert "February 2025" in got_job, got_job


def test_whistle_sources_and_which(tmp_path: Path) -> None:
    whistle, paid = _first(
        tmp_path,
        "who blew the whistle on quillfield",
        "how much did harrowgate pay for quillfield",
    )
    assert "Rosa Delgado-Fitch" in whistle, whistle
    assert paid.startswith("Best match: $210 million"), paid


def test_days_counted_back_from_a_day_are_a_day(tmp_path: Path) -> None:
    story = (
        "Ottar Brandvik ran engineering at Quillfield for six years.\n\n"
        "Seventeen days after Brandvik's exit, on February 24, 2025, Harrowgate named Ingrid "
        "Solberg chief technology officer of Quillfield."
    )
    router = router_over(tmp_path, story, title="Quillfield", published="2025-06-18")
    try:
        left = first_answer(router.handle_text("when did ottar brandvik leave quillfield"))
    finally:
        router.engine.close()
    assert left.split("\n")[1] == "Best match: February 7, 2025.", left

""" "What happened to X" asks what X underwent (pushed out, removed, bought), not any sentence
naming X. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from knowledge.answering import frame
from tests.one_article import router_over

_STORY = (
    "When Mara Lindqvist and her brother, Johan Lindqvist, started Fennick Maps in 2018, "
    "they shared one desk and one laptop.\n\n"
    '"Johan could make the thing work," an early investor said of Johan Lindqvist.\n\n'
    "Johan Lindqvist, the chief technology officer, was pushed out on March 3, 2025, after "
    "clashing with the board.\n\n"
    "Petra Sand replaced Johan Lindqvist as chief technology officer in April 2025.\n\n"
    "In May 2025, Fennick Maps was acquired by Holm Freight."
)


def test_what_happened_to_someone_is_what_they_underwent(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Fennick Maps", published="2025-06-18")
    try:
        person = first_answer(router.handle_text("what happened to johan lindqvist"))
        company = first_answer(router.handle_text("whatever happened to fennick maps"))
    finally:
        router.engine.close()
    assert "was pushed out on March 3, 2025" in person, person
    assert "was acquired by Holm Freight" in company, company


def test_only_the_opening_is_read_so() -> None:
    assert frame.HAPPENED_TO_RE.match("what happened to johan lindqvist")
    assert frame.HAPPENED_TO_RE.match("whatever became of fennick maps")
    assert not frame.HAPPENED_TO_RE.match("what happened when the board met")


def test_what_happened_to_an_offer(tmp_path: Path) -> None:
    story = (
        "Halvard Interactive, a Swedish publisher, wanted to buy Lanternfox Studios.\n\n"
        "In March, Halvard made a formal offer of £28m for the whole company.\n\n"
        "By a vote of 3-2, the board of Lanternfox rejected Halvard's offer in May."
    )
    router = router_over(tmp_path, story, title="Lanternfox Studios", published="2024-07-22")
    try:
        offer = first_answer(router.handle_text("what happened to halvard's offer"))
    finally:
        router.engine.close()
    assert "rejected Halvard's offer" in offer, offer


def test_nothing_undergone_is_no_word_missing(tmp_path: Path) -> None:
    story = "Fennick Maps began in 2018.\n\nIn 2024 Fennick Maps opened an office in Oslo."
    router = router_over(tmp_path, story, title="Fennick Maps", published="2025-06-18")
    try:
        seen = first_answer(router.handle_text("what happened to fennick maps"))
    finally:
        router.engine.close()
    assert "don't mention" not in seen and "Fennick Maps" in seen, seen

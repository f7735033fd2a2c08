"""A count of those a story is told by ("According to three current and former employees")
counts no staff, and a sum asked by the month ("how much does the app cost per month") is
not answered by one that is not told so. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Fennick sells soil maps to farmers through a subscription app.\n\n"
    "According to three current and former employees, Fennick's sales team shared field maps "
    "with dealers in December.\n\n"
    "In September, Corvane paid $120 million for a 30 percent stake in the Fennick app.\n\n"
    "Fennick rents satellite pictures that cost roughly $2 million a year."
)


def test_neither_the_sources_nor_another_sum(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Fennick", published="2025-06-18")
    try:
        staff = first_answer(router.handle_text("how many employees does fennick have"))
        monthly = first_answer(router.handle_text("how much does the fennick app cost per month"))
        yearly = first_answer(router.handle_text("how much do the satellite pictures cost a year"))
    finally:
        router.engine.close()
    assert "don't mention" in staff.split("\n")[1], staff
    assert "don't mention" in monthly.split("\n")[1], monthly
    assert yearly.split("\n")[1] == "Best match: $2 million.", yearly

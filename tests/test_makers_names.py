"""A name ending in what a maker, a shop or a farm is called after ("Ironkettle Brewing",
"Brindle Farm", "Fenwick Creamery") is a company's, never a person's. A made-up article,
not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over, rows_over

_STORY = (
    "A smaller rival, Ironkettle Brewing, is pressing a trademark lawsuit against Tollgate "
    "Cider. Ironkettle Brewing was founded in 2006 by Dana Whitcomb.\n\n"
    "Ironkettle sent Tollgate letters in June 2023, then sued in federal court on September "
    "16, 2024, claiming that the near-identical names confused drinkers. The yogurt maker "
    "Brindle Farm and Fenwick Creamery sided with Tollgate."
)


def test_makers_are_companies(tmp_path: Path) -> None:
    rows = rows_over(
        tmp_path,
        _STORY,
        "SELECT name, kind FROM entities",
        title="Tollgate Cider Is Sued",
        published="2025-01-10",
    )
    kinds = {str(name): str(kind) for name, kind in rows}
    assert kinds.get("Ironkettle Brewing") == "org"
    assert kinds.get("Brindle Farm") in (None, "org") and kinds.get("Fenwick Creamery") in (
        None,
        "org",
    )
    assert kinds.get("Dana Whitcomb") == "person"


def test_why_the_maker_sued(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Tollgate Cider Is Sued", published="2025-01-10")
    try:
        reply = router.handle_text("why is ironkettle suing tollgate")
    finally:
        router.engine.close()
    assert "confused drinkers" in first_answer(reply), reply.text

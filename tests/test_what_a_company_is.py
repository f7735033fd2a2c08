"""What a company is, told by what it became ("Fennick became a division of Holm") or by an
apposition to its short name ("Harrowgate, the Peoria maker of tractors, …") when asked by its
full one ("what does harrowgate machinery make"); "Machinery" ends a company's name. A
made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from knowledge.answering import frame
from knowledge.model import EntityInfo
from tests.one_article import router_over

_STORY = (
    "When Ines Varro sold her mapping company to Harrowgate Machinery last November, she told "
    "staff little would change.\n\n"
    "The sale is an early test for Harrowgate, the Peoria, Illinois, maker of tractors and "
    "planters, which paid $210 million for Fennick.\n\n"
    "Fennick began in a basement lab in 2016. The deal closed on November 4, and Fennick "
    "became a division of Harrowgate, with Varro as its president."
)


def test_what_it_makes_and_what_it_became(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Fennick", published="2025-06-18")
    try:
        makes = first_answer(router.handle_text("what does harrowgate machinery make"))
        became = first_answer(router.handle_text("what is fennick"))
    finally:
        router.engine.close()
    assert "maker of tractors and planters" in makes, makes
    assert "became a division of Harrowgate" in became, became


def test_a_company_s_whole_name_is_the_thing_asked() -> None:
    company = EntityInfo(
        key="harrowgate-machinery",
        name="Harrowgate Machinery",
        kind="org",
        aliases=("Harrowgate Machinery", "Harrowgate"),
    )
    said = frame.parse("what is harrowgate machinery", (company,), frozenset())
    assert said.thing == "harrowgate machinery"
    said = frame.parse("what is harrowgate's mission", (company,), frozenset())
    assert said.thing == "mission"

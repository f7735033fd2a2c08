"""A person described as only a person is ("Dale Tallis, a former crop-duster pilot who
wrote the first code") is one, though their given name is an everyday word; and an act done
to another company named right after it ("he founded Openrow") is not the act asked of
("who founded harrowgate"). A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over, router_over

_STORY = (
    "Harrowgate was founded in 1958 by Walter Brandvold, who built his first rake from a "
    "salvaged hay mower.\n\n"
    "Dale Tallis, a former crop-duster pilot who wrote the first navigation code in his "
    "garage, ran the robot division as president. His wife, Jill Tallis, is a veterinarian.\n\n"
    "Tallis resigned in January. Two weeks ago he founded Openrow, a start-up that will build "
    "the kits Harrowgate's board turned down. Openrow has hired four engineers, and Openrow "
    "says it will sell its first kit next spring."
)
_TITLE = "Tractor wars"


def test_a_pilot_who_wrote_code_is_a_person(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title=_TITLE, published="2026-04-09")
    try:
        people = {e.name for e in router.engine.people()}
    finally:
        router.engine.close()
    assert {"Dale Tallis", "Jill Tallis", "Walter Brandvold"} <= people, people


def test_founding_another_company_is_not_founding_this_one(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "who founded harrowgate", title=_TITLE, published="2026-04-09"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: Walter Brandvold.", reply.text

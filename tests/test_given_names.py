"""A pair of capitalized words opening on a common given name is a person's name, though
nothing else in the article says so ("Gwen Tarrow and Desmond Ilve started the company").
A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from tests.one_article import router_over

_STORY = (
    "Gwen Tarrow and Desmond Ilve started Pinewick Foods in a rented kitchen in 2010. Pinewick "
    "now sells frozen dumplings in four states. Tarrow and Ilve split the company's shares "
    "evenly until 2021."
)


@pytest.mark.parametrize("name", ["Gwen Tarrow", "Desmond Ilve"])
def test_a_common_given_name_names_a_person(tmp_path: Path, name: str) -> None:
    router = router_over(tmp_path, _STORY, title="Pinewick Foods")
    try:
        reply = router.handle_text(f"who is {name.lower()}")
    finally:
        router.engine.close()
    assert reply.title.startswith(name) or reply.intro.startswith(name), reply.text
    assert "No one by that name" not in reply.text

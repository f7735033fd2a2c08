"""Who led a round is the name past what it is ("led by the Singapore state investor Halcyon
Holdings"), and "who" after a chain of asides stands for a person at its head ("Dermot
Fairley, the former boss of Quillmark Holdings, who will replace …"), as "which" does for a
company. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Sunmarrow makes batteries in Gdansk.\n\n"
    "Three weeks ago Sunmarrow raised $220 million in a funding round led by the Singapore "
    "state investor Halcyon Holdings.\n\n"
    "The board has chosen Martin Fairley, the former boss of Quillmark Holdings, who will "
    "replace Ann Lee as chair of Sunmarrow in June. Fairley, 58, lives in Sopot."
)


def test_the_name_past_what_it_is_and_the_head_of_the_asides(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Sunmarrow", published="2024-06-07")
    try:
        led = first_answer(router.handle_text("who led the funding round"))
        replaces = first_answer(router.handle_text("who will replace ann lee"))
    finally:
        router.engine.close()
    assert led.split("\n")[1] == "Best match: Halcyon Holdings.", led
    assert "Martin Fairley" in replaces.split("\n")[1], replaces

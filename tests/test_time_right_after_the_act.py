"""A time counted on right after the act ("met in 2011 and married three years later") is the
act's, counted from the date the sentence told before it; marrying is asked in its own words.
A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Wrenfield began in a basement lab, where Ilse Morrow and Dario Pike met as students in "
    "2011 and married three years later.\n\n"
    "Pike joined the city council in 2015 and left two years later to run Wrenfield."
)


def test_the_time_right_after_the_act(tmp_path: Path) -> None:
    router = router_over(tmp_path, _STORY, title="Wrenfield", published="2025-06-18")
    try:
        married = first_answer(
            router.handle_text("when did ilse morrow and dario pike get married")
        )
        left = first_answer(router.handle_text("when did pike leave the city council"))
    finally:
        router.engine.close()
    assert married.split("\n")[1] == "Best match: 2014.", married
    assert left.split("\n")[1] == "Best match: 2017.", left

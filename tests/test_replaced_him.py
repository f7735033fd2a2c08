""" "Lena Okafor, a former grocery executive …, replaced him": the one named took the post of
the one the story was about ("Walter Dunmore, now 72, stayed on as board chair until May
2023": a post held until then, past an age). A made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import router_over

_STORY = (
    "Oskar Brandvold founded Tollgate Cider in 1994 and ran it for two decades. His daughter "
    "succeeded him as chief executive in 2015.\n\n"
    "Oskar Brandvold, now 71, stayed on as board chair until May 2023, when he stepped down "
    "citing his health. Ines Marwood, a former grocery executive who had served as an "
    "independent director since 2017, replaced him.\n\n"
    "In June 2024, the company's chief financial officer, Dario Pell, resigned. Kasia Orme, "
    "a former auditor, succeeded him as chief financial officer."
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who chairs the tollgate board now", "Ines Marwood"),
        ("who is the chair of tollgate", "Ines Marwood"),
        ("who is tollgate's cfo", "Kasia Orme"),
    ],
)
def test_the_one_named_took_his_post(tmp_path: Path, question: str, said: str) -> None:
    router = router_over(tmp_path, _STORY, title="Tollgate Cider", published="2024-09-01")
    try:
        reply = router.handle_text(question)
    finally:
        router.engine.close()
    assert said in first_answer(reply), reply.text


def test_the_one_who_replaced_him_with_another_did_not_take_it(tmp_path: Path) -> None:
    story = (
        "Tollgate Cider named Oskar Brandvold chief executive in 2015. Brandvold stepped down "
        "in May 2023. Ines Marwood, the board's chair, replaced him with Kasia Orme, a former "
        "auditor."
    )
    router = router_over(tmp_path, story, title="Tollgate Cider", published="2024-09-01")
    try:
        reply = router.handle_text("who is the chief executive of tollgate")
    finally:
        router.engine.close()
    assert "Ines Marwood" not in first_answer(reply), reply.text

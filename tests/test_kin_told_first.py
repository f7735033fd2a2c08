"""Asked who someone's relative is, the sentence telling the kinship comes first ("Her
younger brother, Tobias Halloway, …" for "whos his sister"), then the one naming the
person "her" points at. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from bot.message import Message
from bot.router import Router
from bot.state import StateStore
from tests.one_article import router_over

_STORY = (
    "For most of the past decade, Ines Halloway has listened to pipes.\n\n"
    "So in March 2021 Halloway spun the project out as Pipewise Systems, with the district "
    "keeping a stake.\n\n"
    "Her younger brother, Tobias Halloway, a software developer, joined a month later as the "
    "company's first employee."
)


def test_the_kinship_first(tmp_path: Path) -> None:
    plain = router_over(tmp_path, _STORY, title="Pipewise")
    state = StateStore(tmp_path / "state.db")
    router = Router(plain.engine, state=state)
    try:
        router.handle(Message(text="who is tobias halloway", channel="C", thread="T"))
        reply = router.handle(Message(text="whos his sister", channel="C", thread="T"))
    finally:
        state.close()
        plain.engine.close()
    said = first_answer(reply).split("\n")
    assert said[1] == "Best match: Ines Halloway.", reply.text
    assert "Her younger brother" in said[2], reply.text

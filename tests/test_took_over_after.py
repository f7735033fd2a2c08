"""Taking over a post after someone was pushed out is replacing them ("who took over the
tech side after daniel got pushed out"); how someone stepped in is no post ("who stepped in
temporarily after the ceo got the boot"). A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Ines Halloway and her brother Tobias Halloway founded Pipewise Systems in 2020, she as "
    "chief executive and he as chief technology officer.\n\n"
    "On August 12, 2024, the board voted 4-2 to remove Tobias Halloway as chief technology "
    "officer.\n\n"
    "To replace him, the company promoted Priya Quist, its vice president of engineering, to "
    "chief technology officer in September 2024."
)


def test_took_over_after_he_was_pushed_out(tmp_path: Path) -> None:
    question = "who took over the tech side after tobias got pushed out"
    reply = reply_over(tmp_path, _STORY, question, title="Pipewise")
    assert first_answer(reply).split("\n")[1] == "Best match: Priya Quist.", reply.text


def test_how_someone_stepped_in_is_no_post() -> None:
    from knowledge.answering import frame

    said = frame.parse("who stepped in temporarily after the ceo got the boot", (), frozenset())
    assert "replaced" not in said.english
    said = frame.parse("who took over the tech side after daniel got pushed out", (), frozenset())
    assert said.english.startswith("who replaced daniel as the tech side")

"""Asked who runs a company now, when the board removed its chief executive and no one holds
the post but a stand-in, the stand-in is the closest found ("Helen Barrow … was named
interim chief executive the same day"); a permanent holder named later still comes first. A
made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Miriam Okafor founded Scribewell in 2019 and became its chief executive.\n\n"
    "On February 6, the board of Scribewell removed Okafor as chief executive. Helen Barrow, "
    "the chief operating officer, was named interim chief executive the same day."
)


def test_the_stand_in_runs_it(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "who runs scribewell now", title="Scribewell Ousts Okafor")
    # (no more than the closest found: the one removed may be back)
    assert first_answer(reply).split("\n")[1].startswith("The closest I found (Helen Barrow)")


def test_a_permanent_holder_comes_first(tmp_path: Path) -> None:
    story = _STORY + "\n\nIn May, Ivo Lund became chief executive of Scribewell."
    reply = reply_over(tmp_path, story, "who runs scribewell now", title="Scribewell Ousts Okafor")
    assert first_answer(reply).split("\n")[1] == "Best match: Ivo Lund.", reply.text

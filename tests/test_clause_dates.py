"""When, as the asked act's own words place it: a bare month in the act's clause of a
sentence that dates another act later ("In April, Kiel and Osei resigned together, and on
June 2 they announced Tarnwell"), and a company's birth told as "The lab was born in …". A
made-up article, not a dev set's."""

from pathlib import Path

import pytest

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "Quillmoor Labs, a Derby speech-software company, makes hearing aids smarter.\n\n"
    "The lab was born in May 2018, in a garage on the edge of Derby. In 2021, Quillmoor Labs "
    "raised $30 million.\n\n"
    "In April, Dana Kiel and Ravi Osei resigned together, and on June 2 they announced "
    "Tarnwell, a rival company based in Leeds."
)
_TITLE = "Quillmoor Labs loses its founders"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("when did osei resign", "Best match: April 2024"),
        ("when did kiel and osei quit", "Best match: April 2024"),
        ("when did they announce tarnwell", "Best match: June 2, 2024"),
        ("when was quillmoor labs founded", "Best match: May 2018"),
    ],
)
def test_the_acts_own_time(tmp_path: Path, question: str, said: str) -> None:
    reply = reply_over(tmp_path, _STORY, question, title=_TITLE)
    assert said in first_answer(reply), reply.text

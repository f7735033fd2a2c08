"""Where a company's roots go back to is when it began ("The company's roots go back to
2019, when …"), asked when it was founded. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "On Thursday, Scribewell's directors removed Miriam Okafor, the company's co-founder and "
    "chief executive.\n\n"
    "The company's roots go back to 2019, when Okafor and her brother began building a "
    "prototype in a hospital's lab."
)


def test_its_roots_are_its_start(tmp_path: Path) -> None:
    reply = reply_over(
        tmp_path, _STORY, "when was scribewell founded", title="Scribewell", published="2025-02-11"
    )
    assert first_answer(reply).split("\n")[1] == "Best match: 2019.", reply.text

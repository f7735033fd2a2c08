"""A hyphenated name typed apart and misspelled, with no word of it whole ("whos nunez
haloran" for Teodora Nuñez-Halloran), is still a name to look up, not a question for the
sentence that names her beside others. A made-up article, not a dev set's."""

from pathlib import Path

from tests.one_article import reply_over

_STORY = (
    "Sonarchive was founded in April 2019 by Teodora Nuñez-Halloran, Kwabena Asante-Mensah "
    "and Léa Dufresne, three colleagues at a radio station. Nuñez-Halloran, then the "
    "station's news director, became its first chief executive. \"We weren't trying to "
    'start a company," Nuñez-Halloran said.'
)


def test_a_hyphenated_name_typed_apart(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "whos nunez haloran", title="Sonarchive")
    assert reply.title == "Teodora Nuñez-Halloran", reply.text

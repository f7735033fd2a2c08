"""Asked why someone did something, their own words giving the reason ('"I signed that
letter because …," Okafor told the Journal') come first, before the sentence telling the
act. A made-up article, not a dev set's."""

from pathlib import Path

from bench.answers import first_answer
from tests.one_article import reply_over

_STORY = (
    "That, according to Raman and the authority's records, is why Saltmarsh Labs was "
    "created. In July 2024, Martin Okoro, Quillmere's chief executive since 2016, signed a "
    "two-page letter allowing the planners to build a commercial version of the software in "
    "a separate company.\n\n"
    "Okoro received a $210,000 severance payment and has stayed out of public view.\n\n"
    '"I signed that letter because the alternative was watching the best people we had '
    'leave with nothing to show for it," Okoro told the Journal by phone.'
)


def test_their_own_words_on_why(tmp_path: Path) -> None:
    reply = reply_over(tmp_path, _STORY, "why did martin okoro sign it", title="The Bus Planners")
    assert "I signed that letter because" in first_answer(reply), reply.text


def test_not_another_speakers_reason(tmp_path: Path) -> None:
    story = _STORY.replace(
        "Okoro told the Journal by phone", "Celeste Moreno told the Journal, defending Okoro"
    ).replace("I signed that letter", "I signed that letter too")
    reply = reply_over(tmp_path, story, "why did martin okoro sign it", title="The Bus Planners")
    assert "I signed that letter too because" not in first_answer(reply), reply.text

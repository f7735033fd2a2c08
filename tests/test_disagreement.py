"""Sources that disagree are shown side by side: two test-only articles give different
amounts for one investment and different years for one founding."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.router import Router
from knowledge.articles import load_articles
from knowledge.engine import Engine
from knowledge.indexer import build_index

ARTICLES = Path(__file__).resolve().parent / "devset" / "articles"


@pytest.fixture(scope="module")
def two_sources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path = tmp_path_factory.mktemp("sources") / "index.db"
    build_index(load_articles(ARTICLES), path)
    engine = Engine(path)
    yield engine
    engine.close()


def test_two_amounts_for_one_investment(two_sources: Engine) -> None:
    found = two_sources.ask("how much did aster cloud invest in lumaris")
    assert {answer for answer, _ in found.differ} == {"$450 million", "$400 million"}
    shown = {h.passage.id for h in found.hits}
    assert all(passage in shown for _, passage in found.differ)  # both sentences are cited
    reply = Router(two_sources).handle_text("how much did aster cloud invest in lumaris")
    assert "The sources differ: $450 million (The Meridian Ledger)" in reply.intro
    assert "$400 million (Pacific Circuit)" in reply.intro


def test_two_years_for_one_founding(two_sources: Engine) -> None:
    found = two_sources.when("was lumaris founded")
    assert {answer for answer, _ in found.differ} == {"2019-09-09", "2020"}


def test_different_events_are_no_disagreement(engine: Engine) -> None:
    # Microsoft invested several times, years apart: not one fact told two ways.
    assert engine.ask("how much did microsoft invest in openai").differ == ()
    assert engine.when("did sutskever resign").differ == ()
    # "OpenAI began negotiations with Microsoft" in 2016 is not OpenAI being founded.
    assert engine.when("was openai founded").differ == ()

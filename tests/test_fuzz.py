"""Generated hostile input (hypothesis) through the router and the CLI batch: no handler
exception. A few hundred examples here; `python -m bench fuzz` runs 10,000."""

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fuzz import MESSAGES, check_batch, check_message, make_router
from bot.router import Router

QUICK = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Router]:
    router = make_router(tmp_path_factory.mktemp("fuzz"))
    yield router
    router.engine.close()


def test_no_message_breaks_a_handler(fuzzed: Router) -> None:
    @QUICK
    @given(MESSAGES)
    def check(text: str) -> None:
        check_message(fuzzed, text)

    check()


def test_a_batch_answers_every_line(fuzzed: Router) -> None:
    @settings(
        max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.lists(MESSAGES, min_size=1, max_size=5))
    def check(lines: list[str]) -> None:
        check_batch(fuzzed, lines)

    check()


def test_the_check_sees_a_broken_handler(fuzzed: Router, monkeypatch: pytest.MonkeyPatch) -> None:
    # The property must be able to fail: a handler that raises is caught by it.
    def broken(_question: str, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(fuzzed.engine, "ask", broken)
    with pytest.raises(AssertionError):
        check_message(fuzzed, "why did musk leave")
    with pytest.raises(AssertionError):
        check_batch(fuzzed, ["who altman", "why did musk leave"])


def test_a_message_that_says_something_went_wrong_is_not_a_broken_handler(
    fuzzed: Router,
) -> None:
    """The reply may echo what was asked: only the title a raising handler gets counts."""
    check_message(fuzzed, "something went wrong")
    check_batch(fuzzed, ["something went wrong", "search something went wrong"])

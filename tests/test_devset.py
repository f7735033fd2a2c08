"""The dev sets: first-answer accuracy must not fall below what the bot reaches today.

`python -m bench answers` prints the figures by category; this test keeps them from
regressing. The floors are today's measured accuracy rounded down, not the goal.
"""

import pytest

from bench.answers import CORPORA, Report, evaluate, first_answer, judge, load
from bot.reply import Item, Reply, Section, Span

FLOORS = {
    "seeds": 0.95,
    "test-only articles": 0.95,
    "fresh article": 0.8,
    "second fresh article": 0.62,
    "third fresh article": 0.6,
    "fourth fresh article": 0.6,
    "blind article": 0.6,
}

# The historian categories (dates from context, quotes, dramatised lines, salience, sources
# that disagree) on the sets that have them
HISTORIAN_FLOORS = {"seeds": 0.97, "test-only articles": 0.95}


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {corpus.name: evaluate(corpus) for corpus in CORPORA}


def test_the_dev_sets_are_big_enough() -> None:
    sizes = {c.name: len(load(c.questions)) for c in CORPORA}
    assert sizes["seeds"] >= 150 and sizes["test-only articles"] >= 60
    assert all(sizes[name] >= 40 for name in FLOORS if "fresh" in name or "blind" in name)
    seeds = load(CORPORA[0].questions)
    assert {q.category for q in seeds} >= {"followup", "unknown", "chinese", "smalltalk"}


@pytest.mark.parametrize("name", list(FLOORS))
def test_first_answer_accuracy_does_not_regress(reports: dict[str, Report], name: str) -> None:
    passed, total = reports[name].accuracy(historian=False)
    assert passed / total >= FLOORS[name], f"{name}: {passed}/{total}"


@pytest.mark.parametrize("name", list(HISTORIAN_FLOORS))
def test_historian_accuracy_does_not_regress(reports: dict[str, Report], name: str) -> None:
    passed, total = reports[name].accuracy(historian=True)
    assert passed / total >= HISTORIAN_FLOORS[name], f"{name}: {passed}/{total}"


@pytest.mark.parametrize("name", list(FLOORS))
def test_small_talk_and_command_typos_never_get_a_passage(
    reports: dict[str, Report], name: str
) -> None:
    for category in ("smalltalk", "command", "unknown"):
        failed = [
            v.question.ask
            for v in reports[name].verdicts
            if v.question.category == category and not v.passed
        ]
        shown = len(failed) if "blind" in name else failed  # never print the blind questions
        assert not failed or (category == "unknown" and ("fresh" in name or "blind" in name)), (
            category,
            shown,
        )


def test_the_judge_reads_only_the_first_bullet() -> None:
    question = load(CORPORA[0].questions)[0]
    right = question.first[0] if question.first else "x"
    later = Reply(
        command="ask",
        title="t",
        intro="Best match:",
        sections=(Section(items=(Item(spans=(Span("nothing"),)), Item(spans=(Span(right),)))),),
    )
    assert right not in first_answer(later)
    assert not judge(question, later).passed

"""Feedback: answers recorded with their question and sources, votes kept per (hashed) voter."""

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from bot.feedback import Feedback, thanks
from bot.message import Message
from bot.router import Router
from bot.state import StateStore
from knowledge.engine import Engine


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The CLI pointed at a data directory of its own and the seed articles."""
    values = {
        "OPENAI_BOT_DATA_DIR": str(tmp_path / "data"),
        "OPENAI_BOT_SEEDS_DIR": str(Path(__file__).resolve().parent.parent / "seeds"),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


@pytest.fixture
def state(state_target: Path | str) -> Iterator[StateStore]:
    store = StateStore(state_target)
    yield store
    store.close()


def _slack(text: str, user: str = "U1") -> Message:
    return Message(text=text, platform="slack", channel="C1", user=user)


def test_answers_carry_a_rating_and_other_replies_do_not(engine: Engine, state: StateStore) -> None:
    router = Router(engine, state=state)
    answer = router.handle(_slack("when did sutskever resign"))
    assert answer.rating is not None and answer.citations
    row = state.query("SELECT * FROM answers WHERE id = :id", id=answer.rating)[0]._mapping
    assert row["verb"] == "when" and row["question"] == "when did sutskever resign"
    assert row["platform"] == "slack" and row["channel"] == "C1"
    assert json.loads(row["citations"]) == [
        f"{c.outlet}, {c.published}: {c.title}" for c in answer.citations
    ]
    for text in ("help", "settings", "digest status", "thanks", "help nosuchverb"):
        reply = router.handle(_slack(text))
        assert reply.rating is None, (text, reply.command)
    # "the articles don't mention …" is an answer too: a wrong abstention is worth a 👎
    assert router.handle(_slack("flibbertigibbet xyzzy")).rating is not None
    # the console has nobody to ask
    assert router.handle(Message(text="who is altman")).rating is None
    # a follow-up is kept with what it was read as
    router.handle(_slack("when did sutskever resign", user="U7"))
    follow = router.handle(_slack("and schulman?", user="U7"))
    assert follow.rating is not None
    rows = state.query("SELECT question FROM answers WHERE id = :id", id=follow.rating)
    assert rows[0][0] == "and schulman? → when did schulman resign"


def test_voting_twice_changes_the_vote_and_the_voter_is_hashed(
    engine: Engine, state: StateStore
) -> None:
    rating = Router(engine, state=state).handle(_slack("who is altman")).rating
    assert rating is not None
    feedback = Feedback(state)
    first = feedback.vote(rating, "slack", "U1", "up")
    assert first.known and not first.changed and "👍" in thanks(first)
    again = feedback.vote(rating, "slack", "U1", "down")
    assert again.changed and thanks(again).startswith("Changed your vote to 👎")
    feedback.vote(rating, "slack", "U2", "down")
    assert feedback.counts() == {"up": 0, "down": 2}
    voters = [r[0] for r in state.query("SELECT voter FROM votes")]
    assert len(set(voters)) == 2 and not {"U1", "U2"} & set(voters)
    assert all("U1" not in v and "U2" not in v for v in voters)
    assert feedback.voter("slack", "U1") in voters  # the same person, the same hash
    assert feedback.voter("discord", "U1") != feedback.voter("slack", "U1")
    assert not feedback.vote(99_999, "slack", "U1", "up").known
    with pytest.raises(ValueError, match="unknown verdict"):
        feedback.vote(rating, "slack", "U1", "sideways")


def test_the_salt_is_per_database(tmp_path: Path) -> None:
    one, two = StateStore(tmp_path / "a.db"), StateStore(tmp_path / "b.db")
    assert Feedback(one).voter("slack", "U1") != Feedback(two).voter("slack", "U1")
    salted = Feedback(one).voter("slack", "U1")
    one.close()
    reopened = StateStore(tmp_path / "a.db")
    assert Feedback(reopened).voter("slack", "U1") == salted  # kept across restarts


def test_votes_survive_a_restart_and_review_lists_the_worst_first(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "state.db"
    state = StateStore(path)
    router = Router(engine, state=state)
    good = router.handle(_slack("who is altman")).rating
    bad = router.handle(_slack("why was altman fired")).rating
    mixed = router.handle(_slack("when did musk leave openai")).rating
    assert good and bad and mixed
    state.close()
    state = StateStore(path)  # the buttons outlive the process that drew them
    feedback = Feedback(state)
    feedback.vote(good, "slack", "U1", "up")
    feedback.vote(good, "slack", "U2", "up")
    feedback.vote(bad, "slack", "U1", "down")
    feedback.vote(bad, "slack", "U9", "down")
    assert not feedback.vote(bad, "discord", "9", "down").known  # not an answer given there
    assert not feedback.vote(2**63, "slack", "U1", "down").known
    feedback.vote(mixed, "slack", "U3", "down")
    feedback.vote(mixed, "slack", "U4", "up")
    order = [(r.question, r.down, r.up) for r in feedback.review()]
    assert order == [
        ("why was altman fired", 2, 0),
        ("when did musk leave openai", 1, 1),
        ("who is altman", 0, 2),
    ]
    worst = feedback.review()[0]
    assert worst.verb == "ask" and set(worst.platforms) == {"slack"}
    assert worst.citations and all(": " in c for c in worst.citations)
    assert feedback.review(datetime(2999, 1, 1, tzinfo=UTC)) == []


def test_feedback_and_status_commands(engine: Engine, env: dict[str, str]) -> None:
    state = StateStore(Path(env["OPENAI_BOT_DATA_DIR"]) / "state.db")
    router = Router(engine, state=state)
    rating = router.handle(_slack("why was altman fired")).rating
    assert rating is not None
    Feedback(state).vote(rating, "slack", "U1", "down")
    state.close()
    listed = CliRunner().invoke(main, ["feedback"])
    assert listed.exit_code == 0, listed.output
    assert listed.output.startswith("👎 1  👍 0  ask: why was altman fired")
    as_json = json.loads(CliRunner().invoke(main, ["feedback", "--json"]).output)
    assert as_json[0]["question"] == "why was altman fired" and as_json[0]["down"] == 1
    later = CliRunner().invoke(main, ["feedback", "--since", "2999-01-01"])
    assert later.output.strip() == "No votes since then."
    status = json.loads(CliRunner().invoke(main, ["status", "--json"]).output)
    assert status["feedback"] == {"up": 0, "down": 1}
    assert status["index"]["articles"] == len(engine.sources())
    text = CliRunner().invoke(main, ["status"]).output
    assert "Feedback: 👍 0  👎 1" in text

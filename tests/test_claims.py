"""The exactly-once decisions on their own: event deliveries and the digest ledger's claim."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.claims import SEEN_TTL_SECONDS, digest_claim, first_delivery
from bot.state import StateStore

WHERE = ("slack", "C1", "2026-11-25")


@pytest.fixture
def state(state_target: Path | str) -> Iterator[StateStore]:
    store = StateStore(state_target)
    yield store
    store.close()


def _claim(state: StateStore, owner: str, now: float, lease: float = 120.0) -> str:
    with state.write() as db:
        return digest_claim(
            db, WHERE, owner=owner, lease=lease, now=now, claimed_at="2026-11-25T09:00"
        )


def _deliver(state: StateStore, key: str, now: float) -> bool:
    with state.write() as db:
        return first_delivery(db, key, now)


def test_a_delivery_is_first_once_for_a_day(state: StateStore) -> None:
    assert _deliver(state, "slack:Ev1", 1000.0)
    assert not _deliver(state, "slack:Ev1", 1000.0)
    assert _deliver(state, "slack:Ev2", 1000.0)  # another event is its own
    expires = 1000.0 + SEEN_TTL_SECONDS
    assert not _deliver(state, "slack:Ev1", expires)  # still remembered at the last instant
    assert _deliver(state, "slack:Ev1", expires + 0.001)  # forgotten after a day
    assert SEEN_TTL_SECONDS == 24 * 3600
    ((kept,),) = state.query("SELECT expires_at FROM seen_events WHERE key = 'slack:Ev1'")
    assert kept == expires + 0.001 + SEEN_TTL_SECONDS
    assert state.claim("slack:Ev3") and not state.claim("slack:Ev3")  # the store's own use


def test_the_digest_claim_and_its_lease(state: StateStore) -> None:
    assert _claim(state, "a", 100.0) == "new"
    row = state.query("SELECT * FROM digest_ledger")[0]._mapping
    assert (row["status"], row["owner"], row["lease_until"]) == ("claimed", "a", 220.0)
    assert row["claimed_at"] == "2026-11-25T09:00"
    assert (row["platform"], row["channel"], row["local_date"]) == WHERE
    assert _claim(state, "b", 219.9) == "busy"  # a's lease still runs
    assert _claim(state, "a", 150.0) == "claimed"  # a renews its own
    lease = state.query("SELECT owner, lease_until FROM digest_ledger")[0]
    assert tuple(lease) == ("a", 270.0)
    assert _claim(state, "b", 269.9) == "busy"
    assert _claim(state, "b", 270.0) == "claimed"  # the lease ran out: b takes over
    assert tuple(state.query("SELECT owner, lease_until FROM digest_ledger")[0]) == (
        "b",
        390.0,
    )
    assert _claim(state, "a", 300.0) == "busy"  # and a no longer may
    state.confirm_digest(*WHERE, "ts1")
    assert _claim(state, "a", 1000.0) == "posted"
    assert _claim(state, "b", 1000.0) == "posted"


def test_a_missed_day_stays_missed(state: StateStore) -> None:
    assert _claim(state, "a", 0.0) == "new"
    state.miss_digest(*WHERE)
    assert _claim(state, "a", 10.0) == "missed"
    assert _claim(state, "b", 1000.0) == "missed"
    other = ("slack", "C1", "2026-11-26")
    with state.write() as db:
        assert digest_claim(db, other, owner="a", lease=1.0, now=0.0, claimed_at="x") == "new"

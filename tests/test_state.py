"""The state store on both backends (SQLite and PostgreSQL): every operation, its schema's
migrations, adopting a file made before them, and moving a state across, losing nothing."""

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from adapters.cli import main
from bot.channel_settings import ChannelSettingsStore
from bot.cooldown import Cooldown
from bot.database import BASELINE, HEAD, SchemaError, engine_for, head, revision
from bot.feedback import Feedback
from bot.message import Message
from bot.migrations.legacy import LEGACY_MIGRATIONS
from bot.reply import Reply
from bot.state import StateStore


@pytest.fixture
def state(state_target: Path | str) -> Iterator[StateStore]:
    store = StateStore(state_target)
    yield store
    store.close()


def test_threads_and_conversations(state: StateStore) -> None:
    assert not state.in_thread("slack", "C1", "1.0")
    state.remember_thread("slack", "C1", "1.0")
    state.remember_thread("slack", "C1", "1.0")  # twice is once
    assert state.in_thread("slack", "C1", "1.0") and not state.in_thread("slack", "C2", "1.0")
    state.remember_question("s", "when did musk leave", answer="2018", now=100.0)
    turn = state.last_turn("s", now=100.0 + 3600)
    assert (turn.question, turn.answer) == ("when did musk leave", "2018")
    state.remember_question("s", "why", now=200.0)  # replaces the earlier question
    assert state.last_turn("s", now=200.0).question == "why"
    assert state.last_turn("s", now=200.0 + 2 * 3600 + 1).question == ""  # expired


def test_subscriptions_pauses_and_the_ledger(state: StateStore) -> None:
    seen: list[tuple[str, str]] = []
    state.watch(lambda p, c: seen.append((p, c)))
    sub = state.subscribe("slack", "C1", "09:00", "Europe/Berlin", "U1")
    assert (sub.post_time, sub.timezone, sub.paused_reason) == ("09:00", "Europe/Berlin", "")
    state.pause("slack", "C1", "gone")
    state.pause("slack", "C1", "other", replace=False)  # an earlier reason stays
    assert state.subscription("slack", "C1").paused_reason == "gone"  # type: ignore[union-attr]
    assert not state.resume("slack", "C1", "other") and state.resume("slack", "C1", "gone")
    state.subscribe("slack", "C1", "10:00", "UTC", "U2")  # a change, not a second one
    assert [s.post_time for s in state.subscriptions()] == ["10:00"]
    assert seen and set(seen) == {("slack", "C1")}
    where = ("slack", "C1", "2026-11-25")
    assert state.claim_digest(*where, owner="a", now=0.0) == "new"
    assert state.lease_left(*where, now=20.0) == 100.0
    state.release_digest(*where)
    assert state.claim_digest(*where, owner="b", now=30.0) == "new"
    state.miss_digest(*where)
    assert state.missed_digest("slack", "C1") == "2026-11-25"
    later = ("slack", "C1", "2026-11-26")
    state.claim_digest(*later, owner="a", now=0.0)
    state.confirm_digest(*later, "ts9")
    assert state.last_digest("slack", "C1")[0] == "2026-11-26"  # type: ignore[index]
    assert state.missed_digest("slack", "C1") is None  # a later post answers the miss
    state.archive_use("slack", "C1", 7, "2026-11-25")
    state.archive_use("slack", "C1", 7, "2026-11-26")
    assert state.archive_used("slack", "C1") == {7}
    state.archive_reset("slack", "C1")
    assert state.archive_used("slack", "C1") == set()
    assert state.unsubscribe("slack", "C1") and not state.unsubscribe("slack", "C1")


def test_a_claim_is_exactly_once_under_a_race(state_target: Path | str) -> None:
    """Eight stores (as eight instances would) race for the same 50 events and the same
    digest: each event is first for exactly one of them, the digest is "new" for one."""
    stores = [StateStore(state_target) for _ in range(8)]

    def claims(store: StateStore) -> list[bool]:
        return [store.claim(f"slack:Ev{n}") for n in range(50)]

    async def race() -> list[list[bool]]:
        return await asyncio.gather(*(asyncio.to_thread(claims, s) for s in stores))

    won = asyncio.run(race())
    assert [sum(column) for column in zip(*won, strict=True)] == [1] * 50
    barrier = threading.Barrier(len(stores))

    def claim_digest(index: int) -> str:
        barrier.wait()  # all at once, each on its own connection
        return stores[index].claim_digest("slack", "C1", "2026-11-25", owner=str(index))

    with ThreadPoolExecutor(len(stores)) as pool:
        results = list(pool.map(claim_digest, range(len(stores))))
    assert results.count("new") == 1 and results.count("busy") == 7
    for s in stores:
        s.close()


def test_a_file_from_before_alembic_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(LEGACY_MIGRATIONS[:5], start=1):  # an older bot's file
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.execute(
        "INSERT INTO subscriptions VALUES ('slack', 'C1', '09:00', 'UTC', 'U1', 'x', NULL)"
    )
    conn.execute(
        "INSERT INTO digest_ledger VALUES ('slack', 'C1', '2026-11-24', 'posted', 'ts', 'x', 'y')"
    )
    conn.commit()
    conn.close()
    state = StateStore(path)
    assert [s.channel for s in state.subscriptions()] == ["C1"]
    assert state.last_digest("slack", "C1") == ("2026-11-24", "y")
    assert revision(state.engine) == head()
    assert state.query("PRAGMA user_version")[0][0] == len(LEGACY_MIGRATIONS)
    state.close()


def test_shared_databases_are_checked_not_migrated(postgres_url: str) -> None:
    engine = engine_for(postgres_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaError, match="newer than this bot knows"):
        StateStore(postgres_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    with pytest.raises(SchemaError, match="run `openai-bot migrate` once"):
        StateStore(postgres_url)
    engine.dispose()
    assert BASELINE == "0001"


def test_the_known_head_is_alembics() -> None:
    """A database at HEAD is opened without loading Alembic: HEAD must be the newest script."""
    assert head() == HEAD


def test_migrate_and_copy_to_postgresql(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`openai-bot state copy --to postgresql://…` moves a SQLite state across, every row,
    and the copy is a state a bot can run on (the next answer gets the next number)."""
    monkeypatch.setenv("OPENAI_BOT_DATA_DIR", str(tmp_path))
    local = StateStore(tmp_path / "state.db")
    local.subscribe("slack", "C1", "09:00", "UTC", "U1")
    local.claim("slack:Ev1")
    local.remember_thread("discord", "5", "5")
    ChannelSettingsStore(local).change("slack", "C1", "U1", {"answers": "private"})
    message = Message(text="who is altman", platform="slack", channel="C1", user="U1")
    rated = Feedback(local).record(Reply(command="who", title="Sam Altman"), message, "who")
    Feedback(local).vote(rated, "slack", "U1", "up")
    local.subscribe("slack", "C2", "10:00", "UTC", "U1", workspace="T1")
    Cooldown(local, rate=1, clock=lambda: 1000.0).check("slack:U1", "slack:C1", public=True)
    installs = SQLAlchemyInstallationStore(client_id="CID", engine=local.engine)
    installs.save(Installation(app_id="A1", team_id="T1", user_id="U1", bot_token="xoxb-T1"))
    local.close()
    done = CliRunner().invoke(main, ["migrate"], env={"OPENAI_BOT_STATE_URL": postgres_url})
    assert done.exit_code == 0 and "up to date" in done.output, done.output
    # as the README has it: the shared URL already set, the copy still reads the SQLite file
    copied = CliRunner().invoke(
        main, ["state", "copy", "--to", postgres_url], env={"OPENAI_BOT_STATE_URL": postgres_url}
    )
    assert copied.exit_code == 0, copied.output
    assert "subscriptions 2" in copied.output and "votes 1" in copied.output
    assert "slack_bots 1" in copied.output and "cooldowns 2" in copied.output
    shared = StateStore(postgres_url)
    assert [s.channel for s in shared.subscriptions()] == ["C1", "C2"]
    assert not shared.claim("slack:Ev1") and shared.in_thread("discord", "5", "5")
    assert ChannelSettingsStore(shared).get("slack", "C1").answers == "private"
    assert Feedback(shared).counts() == {"up": 1, "down": 0}
    assert Feedback(shared).vote(rated, "slack", "U1", "down").changed  # same voter hash
    assert Feedback(shared).record(Reply(command="who", title="x"), message, "q") == rated + 1
    assert shared.subscription("slack", "C2").workspace == "T1"  # type: ignore[union-attr]
    spent = Cooldown(shared, rate=1, clock=lambda: 1000.0)  # the same moment: still spent
    assert not spent.check("slack:U1", "slack:C1", public=True).allowed
    moved = SQLAlchemyInstallationStore(client_id="CID", engine=shared.engine)
    assert moved.find_bot(enterprise_id=None, team_id="T1").bot_token == "xoxb-T1"  # type: ignore[union-attr]
    # a new installation after the copy gets a number of its own
    moved.save(Installation(app_id="A1", team_id="T2", user_id="U2", bot_token="xoxb-T2"))
    assert moved.find_bot(enterprise_id=None, team_id="T2") is not None
    shared.close()
    again = CliRunner().invoke(main, ["state", "copy", "--to", postgres_url])
    assert again.exit_code == 2 and "already holds state" in again.output
    itself = CliRunner().invoke(
        main, ["state", "copy", "--from", postgres_url, "--to", postgres_url]
    )
    assert itself.exit_code == 2 and "the state it would copy from" in itself.output
    typo = CliRunner().invoke(main, ["state", "copy", "--to", "postgressql://u:s3cret@h/x"])
    assert typo.exit_code == 2 and "s3cret" not in typo.output
    assert not list(tmp_path.glob("postgressql*")) and not Path("postgressql:").exists()
    status = CliRunner().invoke(main, ["status"], env={"OPENAI_BOT_STATE_URL": postgres_url})
    assert "State: postgresql+psycopg://postgres@127.0.0.1:5432/test" in status.output


def test_first_starts_at_once_make_one_schema(tmp_path: Path) -> None:
    """Four processes' worth of first starts on a new file: the migration holds the write
    lock from its first statement, so each finds the schema whole, never half made."""
    path = tmp_path / "state.db"
    barrier = threading.Barrier(4)

    def start(_n: int) -> str | None:
        barrier.wait()
        store = StateStore(path)
        try:
            return revision(store.engine)
        finally:
            store.close()

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(start, range(4))) == [HEAD] * 4


def test_a_file_from_a_newer_bot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    StateStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaError, match="newer than this bot knows"):
        StateStore(path)
    legacy = tmp_path / "legacy.db"
    with sqlite3.connect(legacy) as conn:
        conn.execute(f"PRAGMA user_version = {len(LEGACY_MIGRATIONS) + 1}")
    with pytest.raises(SchemaError, match="does not know"):
        StateStore(legacy)


def test_an_old_file_adopted_by_several_at_once_keeps_everything(tmp_path: Path) -> None:
    """Four first starts of the new bot on one file an older bot left: the old scripts run
    once, under the write lock, the file is stamped once, and the subscription is there."""
    for trial in range(3):
        path = tmp_path / f"old{trial}.db"
        conn = sqlite3.connect(path)
        for number, script in enumerate(LEGACY_MIGRATIONS[:3], start=1):
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        conn.execute(
            "INSERT INTO subscriptions VALUES ('slack', 'C1', '09:00', 'UTC', 'U1', 'x', NULL)"
        )
        conn.commit()
        conn.close()
        barrier = threading.Barrier(4)

        def start(
            _n: int, path: Path = path, barrier: threading.Barrier = barrier
        ) -> tuple[str | None, int]:
            barrier.wait()
            store = StateStore(path)
            try:
                return revision(store.engine), len(store.subscriptions())
            finally:
                store.close()

        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(start, range(4))) == [(HEAD, 1)] * 4


def test_a_failing_statement_never_shows_its_values(state_target: Path | str) -> None:
    """An installation's tokens are among the values the state database is given: an
    error's message (logged, perhaps shown) names the statement, never its values (what
    PostgreSQL itself says of a failing row is the installation store's to withhold)."""
    store = StateStore(state_target)
    try:
        with pytest.raises(IntegrityError) as raised:
            store.run(
                "INSERT INTO slack_oauth_states (state, expire_at) VALUES (:s, :e)",
                s="xoxb-very-secret",
                e=None,  # NOT NULL: refused
            )
        assert "[parameters:" not in str(raised.value)
        assert "SQL parameters hidden" in str(raised.value)
    finally:
        store.close()


@pytest.mark.parametrize("name", ["state?v2.db", "state#1.db", "100%41.db"])
def test_a_state_file_keeps_every_character_of_its_name(tmp_path: Path, name: str) -> None:
    """A file name is not a URL: "?", "#" and "%41" in it name that file, not a query cut
    off or an escaped "A" (and a second opening finds what the first kept)."""
    target = tmp_path / "odd dir" / name
    first = StateStore(target)
    first.remember_thread("slack", "C1", "t1")
    first.close()
    assert sorted(p.name for p in target.parent.iterdir() if p.suffix == ".db") == [name]
    again = StateStore(target)
    try:
        assert again.in_thread("slack", "C1", "t1")
    finally:
        again.close()


def test_the_migrations_make_the_schema_the_code_declares(state_target: Path | str) -> None:
    """Alembic's own comparison of a migrated database with bot.schema finds nothing to
    add, drop or change: an index declared in one and not made by the other fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.schema import metadata

    store = StateStore(state_target)
    with store.engine.connect() as db:
        found = compare_metadata(MigrationContext.configure(db), metadata)
    store.close()
    assert found == []


def test_a_claim_commits_without_waiting_for_the_disk_and_nothing_else_does(
    state_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redelivery claims run on the acknowledging thread: their commit skips the wait for the
    disk (SQLite: synchronous NORMAL, PostgreSQL: synchronous_commit off). Every other write
    keeps waiting, on the same pooled connections, before and after a claim."""
    import bot.claims
    import bot.state

    store = StateStore(state_target)
    sqlite = store.engine.dialect.name == "sqlite"
    ask = "PRAGMA synchronous" if sqlite else "SHOW synchronous_commit"
    waiting, passing = (2, 1) if sqlite else ("on", "off")
    seen: list[object] = []
    real = bot.claims.first_delivery

    def first_delivery(db: Any, key: str, now: float) -> bool:
        seen.append(db.exec_driver_sql(ask).scalar())  # in the claim's own transaction
        return real(db, key, now)

    monkeypatch.setattr(bot.state, "first_delivery", first_delivery)
    for _ in range(3):
        assert store.claim("slack:Ev1") in (True, False)
        with store.passing() as db:
            assert db.exec_driver_sql(ask).scalar() == passing
        with store.write() as db:
            assert db.exec_driver_sql(ask).scalar() == waiting
    assert store.claim("slack:Ev2") and not store.claim("slack:Ev2")
    assert seen == [passing] * 5
    store.close()


def test_only_a_file_in_wal_mode_lets_a_claim_skip_the_wait(tmp_path: Path) -> None:
    """In another journal mode a power cut during a commit that did not wait could corrupt
    the file: there a claim waits for the disk like every write."""
    path = tmp_path / "state.db"
    StateStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    store = StateStore(path)
    with store.engine.connect() as db:
        assert db.connection.info["wal"] is True  # the store puts the file back in WAL mode

    store.engine.dispose()
    connected = []

    @event.listens_for(store.engine, "connect")
    def _no_wal(dbapi: Any, record: Any) -> None:  # as if WAL could not be set
        record.info["wal"] = False
        connected.append(True)

    with store.passing() as db:
        assert db.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert connected
    store.close()


def test_a_claim_prunes_by_an_index(tmp_path: Path) -> None:
    """The expired deliveries and conversations are found by index, not by reading every
    row (a day of deliveries is read on every claim otherwise)."""
    store = StateStore(tmp_path / "state.db")
    for table in ("seen_events", "conversations"):
        plan = store.query(f"EXPLAIN QUERY PLAN DELETE FROM {table} WHERE expires_at < 1")
        assert "USING INDEX" in " ".join(str(row[-1]) for row in plan), plan
    store.close()

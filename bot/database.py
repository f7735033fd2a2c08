"""Where the state lives: a SQLite file (the default, nothing to set up) or PostgreSQL (shared
by several instances), behind one SQLAlchemy engine, with its schema kept by Alembic.

A SQLite file is brought up to date when it is opened: it belongs to this process. A
PostgreSQL database is shared, so it is only checked: `openai-bot migrate` upgrades it, once,
and a bot never runs against a schema it does not know (older or newer than its own).
"""

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import DBAPIError

from bot.migrations.legacy import LEGACY_MIGRATIONS

if TYPE_CHECKING:
    from alembic.config import Config

BASELINE = "0001"  # the revision whose tables the last legacy script made
# The newest revision in bot/migrations/versions (a test keeps the two in step): a database
# already there is opened without loading Alembic at all, which is most of a start's cost.
HEAD = "0003"
BUSY_TIMEOUT_MS = 5000
# A transaction run with this execution option set to False does not wait for the disk to
# commit: it is atomic and survives a crash of the bot, but may be lost to a power cut (SQLite,
# in WAL mode only: otherwise it waits as every write does) or, on PostgreSQL, to a crash or
# failover of the server. Only redelivery claims use it: they matter for minutes, are written
# on the acknowledging thread, and one lost costs a delivery answered twice.
LASTING = "lasting"
_SCRIPTS = Path(__file__).parent / "migrations"


class SchemaError(Exception):
    """The database's schema is not the one this bot knows; the message says what to do."""


def state_url(target: Path | str) -> str:
    """A SQLAlchemy URL for a path, a `sqlite:///…` URL or a `postgresql://…` one (psycopg 3
    is the driver; `postgres://` is accepted as Heroku and others write it). Text that looks
    like a URL of another kind is refused, never taken for a file name."""
    text = str(target)
    if (
        isinstance(target, str)
        and "://" in text
        and not text.startswith(
            ("postgresql://", "postgres://", "postgresql+psycopg://", "sqlite:///")
        )
    ):
        raise ValueError("must be sqlite:///PATH or postgresql://USER@HOST/DB")
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text.removeprefix(prefix)
    if text.startswith(("postgresql+", "sqlite:")):
        return text
    # A file name is escaped as the URL's database part: "state?v2.db" or "#1.db" would
    # otherwise be cut at the "?" or "#" (SQLAlchemy unescapes it again when it connects).
    return URL.create("sqlite", database=text).render_as_string()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def engine_for(target: Path | str) -> Engine:
    """An engine for the state database; a SQLite file (and its folder) is created, in WAL
    mode with a busy timeout, as every process here opens SQLite. Errors never show the
    values of the statement that failed (a stored installation's tokens are among them)."""
    url = state_url(target)
    if not url.startswith("sqlite:"):
        shared = create_engine(
            url, pool_pre_ping=True, pool_size=5, max_overflow=5, hide_parameters=True
        )

        @event.listens_for(shared, "begin")
        def _passing(conn: Any) -> None:
            if conn.get_execution_options().get(LASTING, True) is False:
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")

        return shared
    path = make_url(url).database or ""
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 5},
        # an error's message never carries a statement's values (Slack tokens are among them)
        hide_parameters=True,
        pool_size=8,  # connections are kept: a state call costs a statement, not a connect
        max_overflow=8,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi: Any, _record: Any) -> None:
        dbapi.isolation_level = None  # transactions are begun below, DDL included
        cursor = dbapi.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            # once per file; a process holding the file right now sets it instead
            with contextlib.suppress(sqlite3.OperationalError):
                cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # only in WAL mode may a commit skip the wait for the disk (see LASTING)
        _record.info["wal"] = cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        # In WAL mode a commit without waiting for the disk is still atomic and survives a
        # crash of the process (in another journal mode a power cut could corrupt the file:
        # there every commit waits); FULL (the default) also survives a power cut. Set when
        # it changes, per connection, outside any transaction as SQLite requires.
        info = conn.connection.info
        passing = not options.get(LASTING, True) and info.get("wal", False)
        synchronous = "NORMAL" if passing else "FULL"
        if info.get("synchronous") != synchronous:
            conn.exec_driver_sql(f"PRAGMA synchronous = {synchronous}")
            info["synchronous"] = synchronous
        # A migration takes the write lock at once: two first starts on a new file queue
        # up, and the second finds the schema made, instead of half of one.
        immediate = options.get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _config(engine: Engine) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    url = engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # configparser escaping
    return config


def head() -> str:
    """The newest revision among the migration scripts (Alembic's own reading)."""
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(_bare()).get_current_head())


def _known() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_bare()).walk_revisions()}


def _bare() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def revision(engine: Engine) -> str | None:
    """The revision the database is at (None: never migrated)."""
    with engine.connect() as conn:
        try:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:  # no such table: never migrated
            return None
    return str(found) if found is not None else None


def _adopt_legacy(engine: Engine) -> None:
    """A SQLite file made before Alembic: finish its own scripts, then mark it as the
    baseline revision (whose tables those scripts made)."""
    database = engine.url.database or ""
    if not database or database == ":memory:" or not Path(database).exists():
        return
    conn = sqlite3.connect(database, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        # one transaction under the write lock: a second process doing the same waits, then
        # finds the scripts run; a process that dies half way leaves the file as it was
        conn.execute("BEGIN IMMEDIATE")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0 or inspect(engine).has_table("alembic_version"):
            conn.execute("ROLLBACK")
            return
        if version > len(LEGACY_MIGRATIONS):
            conn.execute("ROLLBACK")
            raise SchemaError(
                f"the state file is at schema version {version}, which this bot does not know"
            )
        for number, script in enumerate(LEGACY_MIGRATIONS[version:], start=version + 1):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    finally:
        conn.close()
    from alembic import command

    # under the write lock: a second process adopting the same file at once waits, then
    # finds it stamped
    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        if inspect(connection).has_table("alembic_version"):
            return
        config = _config(engine)
        config.attributes["connection"] = connection
        command.stamp(config, BASELINE)


def _statements(script: str) -> list[str]:
    """A legacy script's statements, one by one (run inside the caller's transaction)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    return [s for s in found if s.strip(" ;\n")]


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; (revision before, revision after)."""
    from alembic import command

    if is_sqlite(engine):
        _adopt_legacy(engine)
    before = revision(engine)
    _refuse_unknown(before)
    from alembic.util import CommandError

    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        config = _config(engine)
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, "head")
        except CommandError as exc:  # a revision or script Alembic cannot place
            raise SchemaError(str(exc)) from None
    return before, head()


def _refuse_unknown(current: str | None) -> None:
    """A revision this bot has no script for was written by a newer bot: refuse it."""
    if current is not None and current not in _known():
        raise SchemaError(
            f"the state database is at revision {current}, newer than this bot knows "
            f"({HEAD}): run the newer version of the bot"
        )


def check(engine: Engine) -> None:
    """Raise SchemaError unless the database is at this bot's newest revision."""
    current, newest = revision(engine), HEAD
    if current == newest:
        return
    _refuse_unknown(current)
    raise SchemaError(
        f"the state database is at revision {current or 'none'}, this bot needs "
        f"{newest}: run `openai-bot migrate` once"
    )


def open_engine(target: Path | str) -> Engine:
    """The state database, ready: a SQLite file is migrated here; PostgreSQL is checked."""
    engine = engine_for(target)
    if revision(engine) == HEAD:
        return engine  # the common case: nothing to load, nothing to do
    if is_sqlite(engine):
        upgrade(engine)
    else:
        check(engine)
    return engine

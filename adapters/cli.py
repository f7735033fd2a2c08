"""`openai-bot`: the command line, the outermost adapter that wires settings, index and chat.

`run` starts the bot (the console when no chat platform is configured), `index` (re)builds the
article index, `ask` answers one query or one per stdin line. Exit 0 for any reply; 2 for
usage and configuration errors.

The chat libraries, the scheduler and the HTTP stack are imported by the commands that use
them, never at module level: `ask`, `index` and `digest` answer without loading them (a
test keeps it so), which is most of what a one-off question used to cost.
"""

import contextlib
import io
import json
import logging
import sqlite3
import sys
import time
from collections.abc import Collection, Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from adapters.console import Console
from adapters.settings import Settings, SettingsError, load_settings
from bot.context import DigestDefaults
from bot.digest import digest_reply
from bot.router import Router
from knowledge import lasting
from knowledge.engine import Engine
from knowledge.errors import KnowledgeError
from knowledge.freshness import folder_stamp, record, recorded

# The state database's modules (SQLAlchemy, Alembic) are imported where a command uses
# them: a one-off question seldom opens the state, and importing them is a third of its
# start-up.
if TYPE_CHECKING:
    from adapters.discord_app import DiscordAdapter
    from bot.state import StateStore
    from knowledge.articles import Article
    from knowledge.indexer import IndexStats

log = logging.getLogger("openai_bot")


class ConfigError(click.ClickException):
    """A setting the bot cannot work with: one line naming it, exit code 2."""

    exit_code = 2


def _settings() -> Settings:
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise ConfigError(f"configuration: {exc}") from None
    _logging(settings)
    return settings


def _logging(settings: Settings) -> None:
    """Logs to stderr: readable lines, or (OPENAI_BOT_LOG_FORMAT=json) one JSON object per
    line with timestamp, level and logger, for a log pipeline."""
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(
            JsonFormatter(
                "{asctime}{levelname}{name}{message}",
                style="{",
                rename_fields={"asctime": "timestamp", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)


def _build(
    settings: Settings, articles: Collection["Article"], stamp: str, *, quiet: bool
) -> "IndexStats":
    from knowledge.extract import workers_for
    from knowledge.indexer import build_index

    started = time.perf_counter()
    workers = workers_for(len(articles))
    if quiet:
        stats = build_index(articles, settings.index_file, stamp=stamp, workers=workers)
    else:
        with click.progressbar(
            length=len(articles), label="Indexing articles", file=sys.stderr
        ) as bar:
            stats = build_index(
                articles,
                settings.index_file,
                progress=lambda _a: bar.update(1),
                stamp=stamp,
                workers=workers,
            )
        elapsed = time.perf_counter() - started
        click.echo(
            f"Indexed {stats.articles} articles, {stats.passages} passages into "
            f"{settings.index_file} in {elapsed:.2f} s",
            err=True,
        )
    return stats


def _ensure_index(settings: Settings, *, quiet: bool = False, force: bool = False) -> bool:
    """Build the index when it is missing or older than the articles (or always, with
    `force`); True when it was built. The articles are read only when the folder's stamp
    differs from the one the index recorded (see knowledge.freshness)."""
    try:
        stamp = folder_stamp(settings.seeds_dir)
    except KnowledgeError as exc:
        raise click.UsageError(str(exc)) from None
    if not force and stamp is not None and recorded(settings.index_file, "folder_stamp") == stamp:
        return False
    from knowledge.articles import ArticleFolder
    from knowledge.indexer import is_current

    # The articles are read from disk on each pass (the check, then the build's readings),
    # never all held at once: a file that cannot be read is one line, whichever pass meets it.
    try:
        articles = ArticleFolder(settings.seeds_dir)
        if force or not is_current(settings.index_file, articles):
            _build(settings, articles, stamp or "", quiet=quiet)
            return True
    except KnowledgeError as exc:
        raise click.UsageError(str(exc)) from None
    if stamp is not None:  # only the files' times had changed
        record(settings.index_file, "folder_stamp", stamp)
    return False


def _variable(settings: Settings, which: str) -> str:
    """The setting a file's path comes from: its own variable, else the data directory's."""
    own = settings.index_path if which == "index" else settings.state_path
    if which == "state" and settings.state_url:
        return "OPENAI_BOT_STATE_URL"
    if own is not None:
        return f"OPENAI_BOT_{which.upper()}_PATH"
    return "OPENAI_BOT_DATA_DIR"


@contextlib.contextmanager
def _opening(settings: Settings, which: str, path: Path) -> Iterator[None]:
    """Turn a path that cannot hold the database into one clear line naming the setting."""
    variable = _variable(settings, which)
    if path.is_dir():
        raise ConfigError(f"{variable}: {path} is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{variable}: cannot create {path.parent} ({exc.strerror})") from None
    try:
        yield
    except _database_errors() as exc:
        cause = getattr(exc, "orig", None) or exc
        reason = "is not a SQLite database" if "not a database" in str(cause) else f"({cause})"
        raise ConfigError(f"{variable}: {path} {reason}") from None
    except OSError as exc:
        raise ConfigError(f"{variable}: cannot use {path} ({exc.strerror or exc})") from None


def _database_errors() -> tuple[type[Exception], ...]:
    """What opening a database raises: SQLite's errors, and SQLAlchemy's once it is loaded
    (it raises none before)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    return (sqlite3.DatabaseError, loaded.SQLAlchemyError) if loaded else (sqlite3.DatabaseError,)


def _state(settings: Settings) -> "StateStore":
    """The state database, opened (a SQLite file migrated; PostgreSQL checked), or one line
    naming the setting that is wrong."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.database import SchemaError
    from bot.state import StateStore

    variable = _variable(settings, "state")
    try:
        if not settings.state_shared:
            target = settings.state_target
            assert isinstance(target, Path)
            with _opening(settings, "state", target):
                return StateStore(target)
        return StateStore(settings.state_url)
    except SchemaError as exc:
        raise ConfigError(f"{variable}: {exc}") from None
    except (SQLAlchemyError, ValueError) as exc:
        raise ConfigError(f"{variable}: cannot use the database ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    """The first line of what went wrong (the driver's own words where there are some)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _engine(settings: Settings) -> Engine:
    """The index, built when missing or stale."""
    with _opening(settings, "index", settings.index_file):
        _ensure_index(settings, quiet=True)
        return Engine(settings.index_file)


def _stores(settings: Settings) -> tuple[Engine, "StateStore"]:
    """The index (built when missing or stale) and the state database, opened."""
    engine = _engine(settings)
    return engine, _state(settings)


class _StateWhenUsed:
    """The state database, opened the first time a command uses it (a digest subscription,
    a channel setting): a one-off question seldom does. A SQLite file that cannot be one is
    still one clear line at start-up (see _checked)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store: StateStore | None = None

    def __getattr__(self, name: str) -> Any:
        if self._store is None:
            self._store = _state(self._settings)
        return getattr(self._store, name)


def _checked(settings: Settings) -> None:
    """The state file's path is usable, checked without opening the database (a SQLite
    file that exists must be one; a shared database is checked when first used)."""
    target = settings.state_target
    if settings.state_shared or not isinstance(target, Path):
        return
    with _opening(settings, "state", target):
        if target.exists():
            probe = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
            try:
                probe.execute("PRAGMA schema_version").fetchone()
            finally:
                probe.close()


def _router(settings: Settings, *, serving: bool = True) -> Router:
    """The router over the index and the state database; for a one-off command
    (`serving=False`: the console's own questions) the state is opened when first used,
    and no cooldown applies (the console has none)."""
    zone = settings.zone

    def today() -> date:
        return datetime.now(zone).date()

    digest = DigestDefaults(post_time=settings.digest_time, timezone=settings.timezone)
    if not serving:
        engine = _engine(settings)
        _checked(settings)
        lazy = cast("StateStore", _StateWhenUsed(settings))
        return Router(engine, today=today, state=lazy, digest=digest)
    from bot.cooldown import Cooldown

    engine, state = _stores(settings)
    return Router(
        engine,
        today=today,
        state=state,
        digest=digest,
        cooldown=Cooldown(state, rate=settings.user_rate, flood=settings.channel_rate),
    )


@click.group()
@click.version_option(package_name="openai-history-bot")
def main() -> None:
    """Answers questions about the history of OpenAI from news articles, with citations."""
    _utf8_streams()


def _utf8_streams() -> None:
    """Read and write UTF-8 whatever the locale says: a line that is not valid UTF-8 is
    answered with the bad bytes replaced (one line must not end a whole batch), and a reply
    is never lost to a terminal that claims ASCII."""
    for stream, errors in (
        (sys.stdin, "replace"),
        (sys.stdout, "replace"),
        (sys.stderr, "replace"),
    ):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors=errors)


@main.command()
@click.option("--if-stale", is_flag=True, help="Only build when the articles changed.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def index(if_stale: bool, quiet: bool) -> None:
    """Build the article index (never touches the state database)."""
    settings = _settings()
    with _opening(settings, "index", settings.index_file):
        built = _ensure_index(settings, quiet=quiet, force=not if_stale)
    if not built and not quiet:
        click.echo(f"Index {settings.index_file} is up to date.", err=True)


@main.command()
def run() -> None:
    """Start the bot: Slack and Discord when configured, otherwise the console."""
    settings = _settings()
    router = _router(settings)
    lasting.serving()
    router.engine.warm()  # before the first question, not during it
    if settings.platforms:
        import asyncio

        from adapters.serve import StartupError, serve

        click.echo(f"Serving {' and '.join(settings.platforms)}; Ctrl-C stops.", err=True)
        try:
            with contextlib.suppress(KeyboardInterrupt):
                asyncio.run(serve(settings, router))
        except StartupError as exc:
            raise ConfigError(str(exc)) from None
        return
    console = Console(router)
    if sys.stdin.isatty():
        from adapters.console import console_digests

        with console_digests(router):
            console.run_interactive()
    else:
        console.run_lines(sys.stdin)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per reply, one per line.")
@click.argument("text", nargs=-1, required=True)
def ask(as_json: bool, text: tuple[str, ...]) -> None:
    """Answer TEXT (any command or question); `-` reads one query per stdin line."""
    router = _router(_settings(), serving=False)
    if text == ("-",):
        Console(router, as_json=as_json).run_lines(sys.stdin)
    else:  # one question: nothing before it, nothing after it to follow it up
        one_off = Console(router, as_json=as_json, conversation=False)
        one_off.emit(one_off.answer(" ".join(text)))


@main.command()
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Default: today.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def digest(day: datetime | None, as_json: bool) -> None:
    """Print the "on this day" digest for a date (what a subscribed channel would get)."""
    settings = _settings()
    router = _router(settings, serving=False)
    today = datetime.now(settings.zone).date()
    reply = digest_reply(
        router.engine,
        None,
        platform="console",
        channel="console",
        day=day.date() if day else today,
        today=today,
        record=False,
    )
    Console(router, as_json=as_json).emit(reply)


@main.command()
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Only votes from this date (UTC) on.",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
def feedback(since: datetime | None, as_json: bool) -> None:
    """List the questions people voted on, worst first (most 👎, fewest 👍), for review."""
    from bot.feedback import Feedback

    settings = _settings()
    state = _state(settings)
    try:
        rated = Feedback(state).review(since.replace(tzinfo=UTC) if since else None)
    finally:
        state.close()
    if as_json:
        click.echo(json.dumps([asdict(r) for r in rated], ensure_ascii=False, indent=2))
        return
    if not rated:
        click.echo("No votes yet." if since is None else "No votes since then.")
        return
    for r in rated:
        click.echo(f"👎 {r.down}  👍 {r.up}  {r.verb}: {r.question}")
        click.echo(f"    last vote {r.last_vote} on {', '.join(r.platforms)}")
        for cited in r.citations[:5]:
            click.echo(f"    cited {cited}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def status(as_json: bool) -> None:
    """What this bot holds: the index, digest subscriptions, channel settings and votes."""
    from bot.channel_settings import ChannelSettingsStore
    from bot.feedback import Feedback

    settings = _settings()
    engine, state = _stores(settings)
    try:
        subs = state.subscriptions()
        votes = Feedback(state).counts()
        configured = ChannelSettingsStore(state).configured()
        articles = engine.article_count()
    finally:
        state.close()
    built = datetime.fromtimestamp(settings.index_file.stat().st_mtime, UTC)
    active = sum(1 for s in subs if not s.paused_reason)
    found = {
        "index": {
            "path": str(settings.index_file),
            "articles": articles,
            "built": built.isoformat(timespec="seconds"),
        },
        "state": _shown(settings),
        "digests": {"active": active, "paused": len(subs) - active},
        "channels_with_settings": configured,
        "feedback": votes,
    }
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"Index: {settings.index_file}: {articles} articles, built {built:%Y-%m-%d %H:%M} UTC"
    )
    click.echo(f"State: {_shown(settings)}")
    click.echo(f"Digests: {active} active, {len(subs) - active} paused")
    click.echo(f"Channels with their own settings: {configured}")
    click.echo(f"Feedback: 👍 {votes['up']}  👎 {votes['down']} (`openai-bot feedback` lists them)")


def _shown(settings: Settings) -> str:
    """Where the state is, with any password hidden."""
    from sqlalchemy import make_url

    from bot.database import state_url

    if settings.state_shared:
        return make_url(state_url(settings.state_url)).render_as_string(hide_password=True)
    return str(settings.state_target)


@main.command()
def migrate() -> None:
    """Bring the state database's schema up to date (once per PostgreSQL database; a SQLite
    file is migrated whenever it is opened)."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.database import SchemaError, engine_for, upgrade

    settings = _settings()
    target = settings.state_target
    variable = _variable(settings, "state")
    try:
        engine = engine_for(target)
        before, after = upgrade(engine)
        engine.dispose()
    except SchemaError as exc:
        raise ConfigError(f"{variable}: {exc}") from None
    except (SQLAlchemyError, sqlite3.DatabaseError, ValueError, OSError) as exc:
        raise ConfigError(f"{variable}: cannot migrate ({_reason(exc)})") from None
    if before == after:
        click.echo(f"The state database is up to date (revision {after}).")
    else:
        click.echo(f"Migrated the state database from revision {before or 'none'} to {after}.")


@main.group()
def state() -> None:
    """The state database: subscriptions, digest ledger, feedback, settings."""


@state.command("copy")
@click.option("--to", "destination", required=True, help="postgresql://… or sqlite:///PATH")
@click.option(
    "--from",
    "origin",
    default="",
    help="Where to copy from (default: the SQLite file, OPENAI_BOT_STATE_PATH or DATA_DIR).",
)
def state_copy(destination: str, origin: str) -> None:
    """Copy every row of a state into another database (migrated first), losing nothing: for
    moving the SQLite state to PostgreSQL. The source is the SQLite file unless --from says
    otherwise, whatever OPENAI_BOT_STATE_URL is."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from bot.database import SchemaError, engine_for, state_url, upgrade
    from bot.state import StateStore
    from bot.state_copy import copy_state

    settings = _settings()
    try:
        source_url = state_url(origin or settings.state_file)
        target_url = state_url(destination)
    except ValueError as exc:
        raise ConfigError(f"--to/--from: {exc}") from None
    if make_url(source_url) == make_url(target_url):
        raise ConfigError("--to: that is the state it would copy from")
    try:
        source = StateStore(source_url)
    except (SchemaError, SQLAlchemyError, ValueError) as exc:
        raise ConfigError(f"--from: cannot use the database ({_reason(exc)})") from None
    try:
        target = engine_for(target_url)
        upgrade(target)
        counts = copy_state(source.engine, target)
        target.dispose()
    except (SchemaError, SQLAlchemyError, ValueError) as exc:
        raise ConfigError(f"--to: cannot copy there ({_reason(exc)})") from None
    finally:
        source.close()
    total = sum(counts.values())
    click.echo(f"Copied {total} rows: " + ", ".join(f"{t} {n}" for t, n in counts.items() if n))


@main.group()
def discord() -> None:
    """Discord set-up: the invite link and the slash-command sync."""


def _discord_adapter(settings: Settings) -> "DiscordAdapter":
    from adapters.discord_app import DiscordAdapter
    from adapters.serve import discord_config

    if settings.discord_token is None:
        raise click.UsageError(
            "DISCORD_TOKEN: must be set (the bot token from the Developer Portal)"
        )
    engine, state = _stores(settings)
    return DiscordAdapter(Router(engine), state, discord_config(settings))


@contextlib.contextmanager
def _reaching_discord(why: str) -> Iterator[None]:
    """Discord unreachable or refusing the token: one line, exit code 2."""
    import aiohttp
    import discord as discord_errors

    try:
        yield
    except discord_errors.LoginFailure:
        raise ConfigError("DISCORD_TOKEN: Discord rejected this token") from None
    except (discord_errors.HTTPException, aiohttp.ClientError, OSError) as exc:
        raise ConfigError(f"could not reach Discord {why} ({exc})") from None


@discord.command("invite-url")
@click.option("--application-id", type=int, help="Skip the lookup (no token needed then).")
def invite_url_command(application_id: int | None) -> None:
    """Print the OAuth2 URL that adds the bot (scopes bot + applications.commands)."""
    import asyncio

    from adapters.discord_app import application_id as discord_application_id
    from adapters.discord_app import invite_url as discord_invite_url

    settings = _settings()
    if application_id is None:
        _ensure_index(settings, quiet=True)
        with _reaching_discord("to look up the application id; or pass --application-id"):
            application_id = asyncio.run(discord_application_id(_discord_adapter(settings)))
    click.echo(discord_invite_url(application_id))


@discord.command("sync")
@click.option("--guild", "guild_id", type=int, help="Sync to one server (instant; for testing).")
def sync_command(guild_id: int | None) -> None:
    """Upload the /openai commands: to one server with --guild, otherwise globally."""
    import asyncio

    from adapters.discord_app import sync_commands

    settings = _settings()
    _ensure_index(settings, quiet=True)
    with _reaching_discord("to upload the commands"):
        count = asyncio.run(sync_commands(_discord_adapter(settings), guild_id))
    where = f"server {guild_id}" if guild_id else "all servers (may take up to an hour)"
    click.echo(f"Synced {count} command(s) to {where}.")


if __name__ == "__main__":
    main()

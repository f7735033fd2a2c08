"""Configuration from the environment (and an optional `.env` file), validated once at start-up.

Project settings are prefixed `OPENAI_BOT_`; platform credentials keep the names Slack and
Discord document (`SLACK_BOT_TOKEN`, `DISCORD_TOKEN`, …). Secrets are `Secret`s, so they are
never printed or logged by accident.

The variables are read with python-dotenv (a `.env` file in the working directory; the
environment wins) and converted and range-checked by msgspec, whose compiled core loads in
milliseconds: every command reads its settings first, and a one-off `openai-bot ask` should
answer in a fifth of a second (pydantic-settings alone took longer than that to import).
Every problem found is reported at once, each naming its variable.
"""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec

from bot.numbers import number

PREFIX = "OPENAI_BOT_"


class SettingsError(Exception):
    """Settings are missing or malformed; the message names the variable."""


class Secret:
    """A credential: its value only through `get_secret_value()`, never in a repr or a log."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Everything the bot reads from its environment."""

    data_dir: Path = Path("data")
    seeds_dir: Path = Path("seeds")
    index_path: Path | None = None
    state_path: Path | None = None
    # sqlite:///path (the default: state_path) or postgresql://user@host/db, shared by instances
    state_url: str = ""
    timezone: str = "UTC"
    log_level: str = "WARNING"
    log_format: str = "text"  # "json": one JSON object per log line
    digest_time: str = "09:00"
    # how long a digest claim keeps other instances off (an instance that died is taken over
    # after this); longer than any one post takes
    digest_lease: Annotated[float, msgspec.Meta(ge=1.0, le=3600.0)] = 120.0
    slack_digest_users: str = ""  # comma-separated Slack user ids; empty: anyone may subscribe
    # comma-separated Slack user ids who may change channel settings (beside workspace admins)
    slack_admin_users: str = ""
    # questions a user may ask a minute; public answers a channel gets a minute
    user_rate: Annotated[int, msgspec.Meta(ge=0, le=10_000)] = 10
    channel_rate: Annotated[int, msgspec.Meta(ge=0, le=10_000)] = 30
    http_host: str = "127.0.0.1"
    http_port: Annotated[int, msgspec.Meta(ge=1, le=65535)] = 3000

    slack_bot_token: Secret | None = None
    slack_app_token: Secret | None = None
    slack_signing_secret: Secret | None = None
    # Installing in many workspaces (Bolt's OAuth flow) instead of one bot token
    slack_client_id: str = ""
    slack_client_secret: Secret | None = None
    slack_redirect_uri: str = ""
    slack_api_base_url: str = "https://slack.com/api/"
    discord_token: Secret | None = None
    discord_message_content: bool = False
    # Sharding: "auto" asks Discord how many shards and runs them all here; or a fixed
    # count, with the ids this process runs (spread shards over processes and machines)
    discord_shards: str = ""
    discord_shard_count: Annotated[int, msgspec.Meta(ge=1, le=100_000)] | None = None
    discord_shard_ids: str = ""
    discord_api_base_url: str = ""
    discord_gateway_url: str = ""

    @property
    def discord_shard_id_list(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.discord_shard_ids.split(",") if p.strip())

    @property
    def platform_slack(self) -> bool:
        """Any Slack credential is set: Slack is meant to run (and must be complete)."""
        return bool(
            self.slack_bot_token
            or self.slack_app_token
            or self.slack_signing_secret
            or self.slack_client_id
            or self.slack_client_secret
        )

    @property
    def slack_oauth(self) -> bool:
        """Installed in many workspaces through Bolt's OAuth flow (no single bot token)."""
        return bool(self.slack_client_id or self.slack_client_secret)

    @property
    def slack_digest_admins(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.slack_digest_users.split(",") if u.strip())

    @property
    def slack_admins(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.slack_admin_users.split(",") if u.strip())

    @property
    def slack_socket_mode(self) -> bool:
        return self.slack_app_token is not None

    @property
    def index_file(self) -> Path:
        return self.index_path or self.data_dir / "index.db"

    @property
    def state_file(self) -> Path:
        return self.state_path or self.data_dir / "state.db"

    @property
    def state_shared(self) -> bool:
        """The state is in PostgreSQL (several instances may share it)."""
        return self.state_url.startswith(("postgresql", "postgres://"))

    @property
    def state_target(self) -> Path | str:
        """What the state store opens: the PostgreSQL URL, or the SQLite file."""
        if self.state_shared:
            return self.state_url
        if self.state_url.startswith("sqlite:///"):  # its path percent-escaped, as in any URL
            return Path(unquote(self.state_url.removeprefix("sqlite:///")))
        return self.state_file

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def platforms(self) -> tuple[str, ...]:
        """The chat platforms whose credentials are configured."""
        found = []
        if self.platform_slack:
            found.append("slack")
        if self.discord_token:
            found.append("discord")
        return tuple(found)


# The variables Slack and Discord document keep their own names; the rest are OPENAI_BOT_*.
_ENV_NAMES = {
    "discord_api_base_url": "DISCORD_API_BASE_URL",
    "discord_gateway_url": "DISCORD_GATEWAY_URL",
    "slack_api_base_url": "SLACK_API_BASE_URL",
    "slack_bot_token": "SLACK_BOT_TOKEN",
    "slack_app_token": "SLACK_APP_TOKEN",
    "slack_signing_secret": "SLACK_SIGNING_SECRET",
    "slack_client_id": "SLACK_CLIENT_ID",
    "slack_client_secret": "SLACK_CLIENT_SECRET",
    "slack_redirect_uri": "SLACK_REDIRECT_URI",
    "discord_token": "DISCORD_TOKEN",
}
_SECRETS = frozenset(
    {
        "slack_bot_token",
        "slack_app_token",
        "slack_signing_secret",
        "slack_client_secret",
        "discord_token",
    }
)


def env_name(field: str) -> str:
    """The variable a setting is read from."""
    return _ENV_NAMES.get(field, f"{PREFIX}{field.upper()}")


def _known_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA timezone {value!r} (try Europe/Berlin)") from exc
    return value


def _hh_mm(value: str) -> str:
    parts = [number(p) for p in value.split(":")]
    if len(parts) != 2 or parts[0] is None or parts[1] is None:
        raise ValueError("must be HH:MM, e.g. 09:00")
    hour, minute = parts[0], parts[1]
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError("must be HH:MM, e.g. 09:00")
    return f"{hour:02d}:{minute:02d}"


def _known_url(value: str) -> str:
    if value and not value.startswith(("sqlite:///", "postgresql://", "postgres://")):
        raise ValueError("must be sqlite:///PATH or postgresql://USER@HOST/DB")
    return value


def _known_format(value: str) -> str:
    if value.casefold() not in ("text", "json"):
        raise ValueError("must be text or json")
    return value.casefold()


def _known_level(value: str) -> str:
    level = value.upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
    return level


def _auto_or_nothing(value: str) -> str:
    if value.strip().casefold() not in ("", "auto"):
        raise ValueError("must be auto (or set OPENAI_BOT_DISCORD_SHARD_COUNT for a fixed count)")
    return value.strip().casefold()


def _one_line(value: str) -> str:
    """A secret pasted with a line break or a space would fail deep inside an HTTP library;
    say so here, without ever showing the secret."""
    if any(c.isspace() or not c.isprintable() for c in value):
        raise ValueError("contains a space, line break or control character (pasted badly?)")
    return value


# Each setting's own check, on its text: it may also put the value in its one form ("9:5"
# becomes "09:05").
_CHECKS: dict[str, Callable[[str], str]] = {
    "timezone": _known_zone,
    "digest_time": _hh_mm,
    "state_url": _known_url,
    "log_format": _known_format,
    "log_level": _known_level,
    "discord_shards": _auto_or_nothing,
    **dict.fromkeys(_SECRETS, _one_line),
}


def _discord_shards(settings: Settings) -> str:
    if settings.discord_shards == "auto" and settings.discord_shard_count is not None:
        return (
            "OPENAI_BOT_DISCORD_SHARDS: auto asks Discord for the shard count; leave "
            "OPENAI_BOT_DISCORD_SHARD_COUNT unset with it"
        )
    if not settings.discord_shard_ids:
        return ""
    if settings.discord_shard_count is None:
        return (
            "OPENAI_BOT_DISCORD_SHARD_IDS: needs OPENAI_BOT_DISCORD_SHARD_COUNT (the total "
            "over every process)"
        )
    ids = [number(part.strip()) for part in settings.discord_shard_ids.split(",")]
    count = settings.discord_shard_count
    if any(i is None or not 0 <= i < count for i in ids) or len(set(ids)) != len(ids):
        return (
            f"OPENAI_BOT_DISCORD_SHARD_IDS: must be different numbers from 0 to {count - 1}, "
            "separated by commas"
        )
    return ""


def _discord_urls(settings: Settings) -> str:
    if settings.discord_api_base_url and not settings.discord_api_base_url.startswith(
        ("http://", "https://")
    ):
        return "DISCORD_API_BASE_URL: must be an http(s) URL"
    if settings.discord_gateway_url and not settings.discord_gateway_url.startswith(
        ("ws://", "wss://")
    ):
        return "DISCORD_GATEWAY_URL: must be a ws(s) URL"
    return ""


def _slack_complete(settings: Settings) -> str:
    """Slack needs a bot token, and an app token (Socket Mode) or a signing secret (HTTP);
    or, installed in many workspaces, a client id and secret and a signing secret."""
    if not settings.platform_slack:
        return ""
    if not settings.slack_api_base_url.startswith(("http://", "https://")):
        return "SLACK_API_BASE_URL: must be an http(s) URL"
    if settings.slack_oauth:
        return _slack_oauth_complete(settings)
    bot = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    if not bot.startswith("xoxb-"):
        return "SLACK_BOT_TOKEN: must be set to a bot token (xoxb-…) to use Slack"
    app = settings.slack_app_token.get_secret_value() if settings.slack_app_token else ""
    if app and not app.startswith("xapp-"):
        return "SLACK_APP_TOKEN: must be an app-level token (xapp-…)"
    if not app and not settings.slack_signing_secret:
        return (
            "SLACK_SIGNING_SECRET: required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)"
        )
    return ""


def _slack_oauth_complete(settings: Settings) -> str:
    if not (settings.slack_client_id and settings.slack_client_secret):
        return (
            "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET: both are needed to install the app "
            "in many workspaces"
        )
    if settings.slack_bot_token:
        return (
            "SLACK_BOT_TOKEN: leave it unset when SLACK_CLIENT_ID is set (each workspace's "
            "token comes from its installation)"
        )
    if settings.slack_app_token:
        return (
            "SLACK_APP_TOKEN: installing in many workspaces serves HTTP (Slack redirects "
            "installers to /slack/oauth_redirect); leave it unset"
        )
    if not settings.slack_signing_secret:
        return "SLACK_SIGNING_SECRET: required to install in many workspaces"
    if settings.slack_redirect_uri and not settings.slack_redirect_uri.startswith(
        ("http://", "https://")
    ):
        return "SLACK_REDIRECT_URI: must be an http(s) URL"
    return ""


# Checks across settings; each message names its variables itself.
_ACROSS: tuple[Callable[[Settings], str], ...] = (_discord_shards, _discord_urls, _slack_complete)


def _environment() -> dict[str, str]:
    """The variables, by upper-case name: the `.env` file's, then the environment's over
    them (names are matched whatever their case, as on every platform)."""
    from dotenv import dotenv_values

    found = {k.upper(): v for k, v in dotenv_values(".env").items() if v is not None}
    found.update((k.upper(), v) for k, v in os.environ.items())
    return found


def _decode(kind: type, value: object) -> object:
    """msgspec's hook for the types it does not know: paths and secrets, from their text."""
    if kind is Path or kind is Secret:
        return kind(str(value))
    raise NotImplementedError(kind)


def load_settings() -> Settings:
    """Read and validate settings; problems become one SettingsError naming each variable."""
    environment = _environment()
    raw: dict[str, Any] = {}
    problems = []
    for field in Settings.__struct_fields__:
        value = environment.get(env_name(field))
        if value is None or (field in _SECRETS and not value):
            continue  # unset, or an empty secret (`SLACK_APP_TOKEN=` in an .env file)
        try:
            raw[field] = _CHECKS[field](value) if field in _CHECKS else value
        except ValueError as exc:
            problems.append(f"{env_name(field)}: {exc}")
    if problems:
        raise SettingsError("; ".join(problems))
    try:
        settings = msgspec.convert(
            raw,
            Settings,
            strict=False,  # text to numbers and booleans, as variables are text
            dec_hook=_decode,
        )
    except msgspec.ValidationError as exc:
        message, _, where = str(exc).partition(" - at `$.")
        field = where.rstrip("`")
        raise SettingsError(f"{env_name(field)}: {message[:1].lower()}{message[1:]}") from None
    across = [problem for check in _ACROSS if (problem := check(settings))]
    if across:
        raise SettingsError("; ".join(across))
    return settings

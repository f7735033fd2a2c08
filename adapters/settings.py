"""Configuration from the environment (and an optional `.env` file), validated once at start-up.

Project settings are prefixed `OPENAI_BOT_`; platform credentials keep the names Slack and
Discord document (`SLACK_BOT_TOKEN`, `DISCORD_TOKEN`, …). Secrets are `Secret`s, so they are
never printed or logged by accident.

The variables are read with python-dotenv (a `.env` file in the working directory; the
environment wins) and converted and range-checked by msgspec, whose compiled core loads in
milliseconds: every command reads its settings first, and a one-off `openai-bot ask` should
answer in a fifth of a second (importing pydantic-settings alone takes longer than that).
Every problem found is reported at once, each naming its variable.
"""

import os
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import msgspec

from adapters.settings_checks import ACROSS, SECRETS, TEXT_CHECKS

PREFIX = "OPENAI_BOT_"


class SettingsError(Exception):
    """Settings are missing or malformed; the message names the variable."""


class Secret:
    """A credential: its value only through `get_secret_value()`, never in a repr or a log."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        """The credential itself, for the one library call that needs it."""
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


def env_name(field: str) -> str:
    """The variable a setting is read from."""
    return _ENV_NAMES.get(field, f"{PREFIX}{field.upper()}")


def _environment() -> dict[str, str]:
    """The variables, by upper-case name: the `.env` file's, then the environment's over
    them (names are matched whatever their case, as on every platform)."""
    from dotenv import dotenv_values

    found = {k.upper(): v for k, v in dotenv_values(".env").items() if v is not None}
    found.update((k.upper(), v) for k, v in os.environ.items())
    return found


# How people write yes and no in a variable (the spellings pydantic and most tools accept).
_BOOLEANS = {
    **dict.fromkeys(("1", "true", "t", "yes", "y", "on"), True),
    **dict.fromkeys(("0", "false", "f", "no", "n", "off"), False),
}


def _typed(kind: Any, text: str) -> object:
    """A variable's text as the setting's type: numbers and booleans as people write them
    (" 3000", "3_000", "yes"), then checked by msgspec against the setting's range."""
    base = kind
    if get_origin(base) in (Union, UnionType):  # T | None: T
        base = next(k for k in get_args(base) if k is not type(None))
    if get_origin(base) is Annotated:  # Annotated[T, Meta(...)]: T
        base = get_args(base)[0]
    if base is bool:
        if text.strip().casefold() not in _BOOLEANS:
            raise ValueError("must be true or false (or 1 / 0, yes / no, on / off)")
        return _BOOLEANS[text.strip().casefold()]
    if base is int or base is float:
        try:
            number = base(text.strip())
        except ValueError:
            raise ValueError(
                "must be a whole number" if base is int else "must be a number"
            ) from None
        try:
            return msgspec.convert(number, kind)
        except msgspec.ValidationError as exc:  # "Expected `int` >= 1"
            said = str(exc).partition("`")[2].partition("`")[2].strip()
            raise ValueError(f"must be {said}") from None
    if base is Path or base is Secret:
        return base(text)
    return text


def load_settings() -> Settings:
    """Read and validate settings; every problem found becomes part of one SettingsError,
    each naming its variable."""
    environment = _environment()
    values: dict[str, Any] = {}
    problems = []
    for field in msgspec.structs.fields(Settings):
        text = environment.get(env_name(field.name))
        if text is None or (field.name in SECRETS and not text):
            continue  # unset, or an empty secret (`SLACK_APP_TOKEN=` in an .env file)
        try:
            checked = TEXT_CHECKS[field.name](text) if field.name in TEXT_CHECKS else text
            values[field.name] = _typed(field.type, checked)
        except ValueError as exc:
            problems.append(f"{env_name(field.name)}: {exc}")
    if problems:
        raise SettingsError("; ".join(problems))
    settings = Settings(**values)
    across = [problem for check in ACROSS if (problem := check(settings))]
    if across:
        raise SettingsError("; ".join(across))
    return settings

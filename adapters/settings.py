"""Configuration from the environment (and an optional `.env` file), validated once at start-up.

Project settings are prefixed `OPENAI_BOT_`; platform credentials keep the names Slack and
Discord document (`SLACK_BOT_TOKEN`, `DISCORD_TOKEN`, …). Secrets are `SecretStr`, so they are
never printed or logged by accident.
"""

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.numbers import number


class SettingsError(Exception):
    """Settings are missing or malformed; the message names the variable."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    model_config = SettingsConfigDict(
        env_prefix="OPENAI_BOT_", env_file=".env", extra="ignore", populate_by_name=True
    )

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
    digest_lease: float = Field(default=120.0, ge=1.0, le=3600.0)
    slack_digest_users: str = ""  # comma-separated Slack user ids; empty: anyone may subscribe
    # comma-separated Slack user ids who may change channel settings (beside workspace admins)
    slack_admin_users: str = ""
    user_rate: int = Field(default=10, ge=0, le=10_000)  # questions a user may ask a minute
    channel_rate: int = Field(default=30, ge=0, le=10_000)  # public answers a channel gets a minute
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=3000, ge=1, le=65535)

    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN")
    )
    slack_app_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN")
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET")
    )
    # Installing in many workspaces (Bolt's OAuth flow) instead of one bot token
    slack_client_id: str = Field(default="", validation_alias=AliasChoices("SLACK_CLIENT_ID"))
    slack_client_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_CLIENT_SECRET")
    )
    slack_redirect_uri: str = Field(default="", validation_alias=AliasChoices("SLACK_REDIRECT_URI"))
    slack_api_base_url: str = Field(
        default="https://slack.com/api/", validation_alias=AliasChoices("SLACK_API_BASE_URL")
    )
    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN")
    )
    discord_message_content: bool = Field(
        default=False, validation_alias=AliasChoices("OPENAI_BOT_DISCORD_MESSAGE_CONTENT")
    )
    # Sharding: "auto" asks Discord how many shards and runs them all here; or a fixed
    # count, with the ids this process runs (spread shards over processes and machines)
    discord_shards: str = ""
    discord_shard_count: int | None = Field(default=None, ge=1, le=100_000)
    discord_shard_ids: str = ""
    discord_api_base_url: str = Field(
        default="", validation_alias=AliasChoices("DISCORD_API_BASE_URL")
    )
    discord_gateway_url: str = Field(
        default="", validation_alias=AliasChoices("DISCORD_GATEWAY_URL")
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA timezone {value!r} (try Europe/Berlin)") from exc
        return value

    @field_validator("digest_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        parts = [number(p) for p in value.split(":")]
        if len(parts) != 2 or parts[0] is None or parts[1] is None:
            raise ValueError("must be HH:MM, e.g. 09:00")
        hour, minute = parts[0], parts[1]
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ValueError("must be HH:MM, e.g. 09:00")
        return f"{hour:02d}:{minute:02d}"

    @field_validator("state_url")
    @classmethod
    def _known_url(cls, value: str) -> str:
        if value and not value.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must be sqlite:///PATH or postgresql://USER@HOST/DB")
        return value

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value.casefold() not in ("text", "json"):
            raise ValueError("must be text or json")
        return value.casefold()

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return level

    @field_validator("discord_shards")
    @classmethod
    def _auto_or_nothing(cls, value: str) -> str:
        if value.strip().casefold() not in ("", "auto"):
            raise ValueError(
                "must be auto (or set OPENAI_BOT_DISCORD_SHARD_COUNT for a fixed count)"
            )
        return value.strip().casefold()

    @model_validator(mode="after")
    def _discord_shards(self) -> "Settings":
        if self.discord_shards == "auto" and self.discord_shard_count is not None:
            raise ValueError(
                "OPENAI_BOT_DISCORD_SHARDS: auto asks Discord for the shard count; leave "
                "OPENAI_BOT_DISCORD_SHARD_COUNT unset with it"
            )
        if not self.discord_shard_ids:
            return self
        if self.discord_shard_count is None:
            raise ValueError(
                "OPENAI_BOT_DISCORD_SHARD_IDS: needs OPENAI_BOT_DISCORD_SHARD_COUNT (the total "
                "over every process)"
            )
        ids = [number(part.strip()) for part in self.discord_shard_ids.split(",")]
        count = self.discord_shard_count
        if any(i is None or not 0 <= i < count for i in ids) or len(set(ids)) != len(ids):
            raise ValueError(
                f"OPENAI_BOT_DISCORD_SHARD_IDS: must be different numbers from 0 to {count - 1}, "
                "separated by commas"
            )
        return self

    @property
    def discord_shard_id_list(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.discord_shard_ids.split(",") if p.strip())

    @model_validator(mode="after")
    def _discord_urls(self) -> "Settings":
        if self.discord_api_base_url and not self.discord_api_base_url.startswith(
            ("http://", "https://")
        ):
            raise ValueError("DISCORD_API_BASE_URL: must be an http(s) URL")
        if self.discord_gateway_url and not self.discord_gateway_url.startswith(
            ("ws://", "wss://")
        ):
            raise ValueError("DISCORD_GATEWAY_URL: must be a ws(s) URL")
        return self

    @field_validator(
        "slack_bot_token",
        "slack_app_token",
        "slack_signing_secret",
        "slack_client_secret",
        "discord_token",
    )
    @classmethod
    def _one_line(cls, value: SecretStr | None) -> SecretStr | None:
        """A secret pasted with a line break or a space would fail deep inside an HTTP
        library; say so here, without ever showing the secret. An empty one (`SLACK_APP_TOKEN=`
        in an .env file) is no secret at all."""
        if value is not None and not value.get_secret_value():
            return None
        if value is not None and any(
            c.isspace() or not c.isprintable() for c in value.get_secret_value()
        ):
            raise ValueError("contains a space, line break or control character (pasted badly?)")
        return value

    @model_validator(mode="after")
    def _slack_complete(self) -> "Settings":
        """Slack needs a bot token, and an app token (Socket Mode) or a signing secret (HTTP);
        or, installed in many workspaces, a client id and secret and a signing secret."""
        if not self.platform_slack:
            return self
        if not self.slack_api_base_url.startswith(("http://", "https://")):
            raise ValueError("SLACK_API_BASE_URL: must be an http(s) URL")
        if self.slack_oauth:
            return self._slack_oauth_complete()
        bot = self.slack_bot_token.get_secret_value() if self.slack_bot_token else ""
        if not bot.startswith("xoxb-"):
            raise ValueError("SLACK_BOT_TOKEN: must be set to a bot token (xoxb-…) to use Slack")
        app = self.slack_app_token.get_secret_value() if self.slack_app_token else ""
        if app and not app.startswith("xapp-"):
            raise ValueError("SLACK_APP_TOKEN: must be an app-level token (xapp-…)")
        if not app and not self.slack_signing_secret:
            raise ValueError(
                "SLACK_SIGNING_SECRET: required for HTTP mode (or set SLACK_APP_TOKEN for "
                "Socket Mode)"
            )
        return self

    def _slack_oauth_complete(self) -> "Settings":
        if not (self.slack_client_id and self.slack_client_secret):
            raise ValueError(
                "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET: both are needed to install the app "
                "in many workspaces"
            )
        if self.slack_bot_token:
            raise ValueError(
                "SLACK_BOT_TOKEN: leave it unset when SLACK_CLIENT_ID is set (each workspace's "
                "token comes from its installation)"
            )
        if self.slack_app_token:
            raise ValueError(
                "SLACK_APP_TOKEN: installing in many workspaces serves HTTP (Slack redirects "
                "installers to /slack/oauth_redirect); leave it unset"
            )
        if not self.slack_signing_secret:
            raise ValueError("SLACK_SIGNING_SECRET: required to install in many workspaces")
        if self.slack_redirect_uri and not self.slack_redirect_uri.startswith(
            ("http://", "https://")
        ):
            raise ValueError("SLACK_REDIRECT_URI: must be an http(s) URL")
        return self

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
        if self.state_url.startswith("sqlite:///"):
            return Path(self.state_url.removeprefix("sqlite:///"))
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


def load_settings(**overrides: object) -> Settings:
    """Read and validate settings; problems become one SettingsError naming each variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            message = error["msg"].removeprefix("Value error, ")
            if not error["loc"]:  # a check across fields names its variable itself
                problems.append(message)
                continue
            field = str(error["loc"][0])
            name = _ENV_NAMES.get(field, f"OPENAI_BOT_{field.upper()}")
            problems.append(f"{name}: {message}")
        raise SettingsError("; ".join(problems)) from None

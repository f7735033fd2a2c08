"""What makes a setting's value one the bot can use, and its settings a whole it can run
with: checks on each variable's text (a known time zone, HH:MM) and checks across them (Slack
credentials that complete each other). Each problem is a message naming its variable."""

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.numbers import number

if TYPE_CHECKING:
    from adapters.settings import Settings

# The credentials: never shown, and an empty one is no credential at all.
SECRETS = frozenset(
    {
        "slack_bot_token",
        "slack_app_token",
        "slack_signing_secret",
        "slack_client_secret",
        "discord_token",
    }
)


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
TEXT_CHECKS: dict[str, Callable[[str], str]] = {
    "timezone": _known_zone,
    "digest_time": _hh_mm,
    "state_url": _known_url,
    "log_format": _known_format,
    "log_level": _known_level,
    "discord_shards": _auto_or_nothing,
    **dict.fromkeys(SECRETS, _one_line),
}


def _discord_shards(settings: "Settings") -> str:
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


def _discord_urls(settings: "Settings") -> str:
    if settings.discord_api_base_url and not settings.discord_api_base_url.startswith(
        ("http://", "https://")
    ):
        return "DISCORD_API_BASE_URL: must be an http(s) URL"
    if settings.discord_gateway_url and not settings.discord_gateway_url.startswith(
        ("ws://", "wss://")
    ):
        return "DISCORD_GATEWAY_URL: must be a ws(s) URL"
    return ""


def _slack_complete(settings: "Settings") -> str:
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


def _slack_oauth_complete(settings: "Settings") -> str:
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
ACROSS: tuple[Callable[["Settings"], str], ...] = (_discord_shards, _discord_urls, _slack_complete)

"""Run the configured chat platforms in one asyncio process until interrupted."""

import asyncio
import logging
from collections.abc import Awaitable, Callable

import discord
from aiohttp import web
from slack_sdk.errors import SlackApiError

from adapters import ops
from adapters.digest_scheduler import DigestRunner, DigestScheduler
from adapters.discord_app import DiscordAdapter, DiscordConfig, DiscordSender
from adapters.settings import Secret, Settings
from adapters.slack_app import CredentialsRejected, SlackAdapter, SlackConfig
from bot.digest import Sender
from bot.router import Router
from bot.state import StateStore

log = logging.getLogger(__name__)


class StartupError(Exception):
    """A platform refused to start (bad token, port in use): the message says which setting."""


# Discord gateway close codes that no reconnect can mend, and the setting each points at.
_FATAL_CLOSES = {
    4004: "DISCORD_TOKEN: Discord rejected this token (gateway close 4004)",
    4013: "DISCORD_TOKEN: the bot asked for intents Discord does not know (gateway close 4013)",
    4014: (
        "OPENAI_BOT_DISCORD_MESSAGE_CONTENT: a privileged intent is not enabled for this bot in "
        "the Developer Portal (gateway close 4014)"
    ),
}


async def _guard(name: str, run: Awaitable[None]) -> None:
    """Turn the known failures of an adapter, at start or later, into one clear
    StartupError naming the setting to fix."""
    try:
        await run
    except discord.LoginFailure:
        raise StartupError("DISCORD_TOKEN: Discord rejected this token") from None
    except discord.ConnectionClosed as exc:
        if exc.code in _FATAL_CLOSES:
            raise StartupError(_FATAL_CLOSES[exc.code]) from None
        raise
    except SlackApiError as exc:
        error = exc.response.get("error", "error")
        raise StartupError(f"Slack refused to connect ({error}): check SLACK_APP_TOKEN") from None
    except CredentialsRejected as exc:
        raise StartupError(str(exc)) from None
    except OSError as exc:
        raise StartupError(
            f"{name}: cannot listen or connect ({exc.strerror or exc}); "
            "check OPENAI_BOT_HTTP_HOST / OPENAI_BOT_HTTP_PORT"
        ) from None


def slack_config(settings: Settings) -> SlackConfig:
    """The Slack part of the settings (validated already: a bot token, or a client id and
    secret, is present)."""

    def secret(value: Secret | None) -> str:
        return value.get_secret_value() if value is not None else ""

    return SlackConfig(
        bot_token=secret(settings.slack_bot_token),
        client_id=settings.slack_client_id,
        client_secret=secret(settings.slack_client_secret),
        redirect_uri=settings.slack_redirect_uri,
        signing_secret=secret(settings.slack_signing_secret),
        app_token=secret(settings.slack_app_token),
        api_base_url=settings.slack_api_base_url,
        http_host=settings.http_host,
        http_port=settings.http_port,
        digest_admins=settings.slack_digest_admins,
        admin_users=settings.slack_admins,
    )


def discord_config(settings: Settings) -> DiscordConfig:
    assert settings.discord_token is not None
    return DiscordConfig(
        token=settings.discord_token.get_secret_value(),
        api_base_url=settings.discord_api_base_url,
        gateway_url=settings.discord_gateway_url,
        message_content=settings.discord_message_content,
        shards=settings.discord_shards,
        shard_count=settings.discord_shard_count,
        shard_ids=settings.discord_shard_id_list,
    )


async def serve(settings: Settings, router: Router) -> None:
    """Start every configured adapter and the digest scheduler; one failing stops them all."""
    state = router.state or StateStore(settings.state_target)
    tasks = []
    senders: dict[str, Sender] = {}
    scheduler: DigestScheduler | None = None
    checks: dict[str, Callable[[], bool]] = {"index": lambda: _index_open(router)}
    ops_server: web.AppRunner | None = None
    try:
        slack: SlackAdapter | None = None
        if "slack" in settings.platforms:
            slack = SlackAdapter(router, state, slack_config(settings))
            checks["slack"] = lambda: slack is not None and slack.connected
        bot: DiscordAdapter | None = None
        if "discord" in settings.platforms:
            bot = DiscordAdapter(router, state, discord_config(settings))
            checks["discord"] = lambda: bot is not None and bot.client.is_ready()

        def health() -> dict[str, bool]:
            return {name: check() for name, check in checks.items()}

        def index_built() -> float:
            return settings.index_file.stat().st_mtime

        if slack is not None and not settings.slack_socket_mode:
            slack.health = health  # its server carries /healthz and /metrics too
            slack.index_built = index_built
        else:  # Socket Mode, Discord only: the same two routes on their own
            try:
                ops_server = await ops.serve(
                    settings.http_host, settings.http_port, health, index_built=index_built
                )
            except OSError as exc:
                raise StartupError(
                    f"OPENAI_BOT_HTTP_PORT: cannot serve /healthz and /metrics on "
                    f"{settings.http_host}:{settings.http_port} ({exc.strerror or exc})"
                ) from None
        if slack is not None:
            mode = "Socket Mode" if settings.slack_socket_mode else "HTTP mode"
            log.info("starting Slack (%s)", mode)
            tasks.append(asyncio.create_task(_guard("Slack", slack.run()), name="slack"))
            senders["slack"] = slack.sender()
        if bot is not None:
            log.info("starting Discord")
            tasks.append(asyncio.create_task(_guard("Discord", bot.run()), name="discord"))
            senders["discord"] = DiscordSender(bot.client)
            ready = asyncio.create_task(bot.client.wait_until_ready())
            await asyncio.wait([ready, *tasks], return_when=asyncio.FIRST_COMPLETED)
            ready.cancel()
        scheduler = DigestScheduler(
            DigestRunner(router, state, senders, lease=settings.digest_lease)
        )
        await scheduler.start()
        await asyncio.gather(*tasks)
    finally:
        if scheduler is not None:
            scheduler.shutdown()
        for task in tasks:
            task.cancel()
        if ops_server is not None:
            await ops_server.cleanup()


def _index_open(router: Router) -> bool:
    """The index answers a query (it is open and of this version)."""
    try:
        router.engine.article_count()
    except Exception:
        return False
    return True

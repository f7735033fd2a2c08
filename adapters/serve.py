"""Run the configured chat platforms in one asyncio process until interrupted."""

import asyncio
import logging
from collections.abc import Awaitable

import discord
from slack_sdk.errors import SlackApiError

from adapters.digest_scheduler import DigestRunner, DigestScheduler
from adapters.discord_app import DiscordAdapter, DiscordConfig, DiscordSender
from adapters.settings import Settings
from adapters.slack_app import CredentialsRejected, SlackAdapter, SlackConfig, SlackSender
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
    """The Slack part of the settings (validated already: a bot token is present)."""
    assert settings.slack_bot_token is not None
    return SlackConfig(
        bot_token=settings.slack_bot_token.get_secret_value(),
        signing_secret=(
            settings.slack_signing_secret.get_secret_value()
            if settings.slack_signing_secret
            else ""
        ),
        app_token=settings.slack_app_token.get_secret_value() if settings.slack_app_token else "",
        api_base_url=settings.slack_api_base_url,
        http_host=settings.http_host,
        http_port=settings.http_port,
        digest_admins=settings.slack_digest_admins,
    )


def discord_config(settings: Settings) -> DiscordConfig:
    assert settings.discord_token is not None
    return DiscordConfig(
        token=settings.discord_token.get_secret_value(),
        api_base_url=settings.discord_api_base_url,
        gateway_url=settings.discord_gateway_url,
        message_content=settings.discord_message_content,
    )


async def serve(settings: Settings, router: Router) -> None:
    """Start every configured adapter and the digest scheduler; one failing stops them all."""
    state = router.state or StateStore(settings.state_file)
    tasks = []
    senders: dict[str, Sender] = {}
    scheduler: DigestScheduler | None = None
    try:
        if "slack" in settings.platforms:
            adapter = SlackAdapter(router, state, slack_config(settings))
            mode = "Socket Mode" if settings.slack_socket_mode else "HTTP mode"
            log.info("starting Slack (%s)", mode)
            tasks.append(asyncio.create_task(_guard("Slack", adapter.run()), name="slack"))
            senders["slack"] = SlackSender(adapter.client)
        if "discord" in settings.platforms:
            bot = DiscordAdapter(router, state, discord_config(settings))
            log.info("starting Discord")
            tasks.append(asyncio.create_task(_guard("Discord", bot.run()), name="discord"))
            senders["discord"] = DiscordSender(bot.client)
            ready = asyncio.create_task(bot.client.wait_until_ready())
            await asyncio.wait([ready, *tasks], return_when=asyncio.FIRST_COMPLETED)
            ready.cancel()
        scheduler = DigestScheduler(DigestRunner(router, state, senders))
        await scheduler.start()
        await asyncio.gather(*tasks)
    finally:
        if scheduler is not None:
            scheduler.shutdown()
        for task in tasks:
            task.cancel()

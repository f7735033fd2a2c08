"""Run the configured chat platforms in one asyncio process until interrupted."""

import asyncio
import logging
from collections.abc import Awaitable

import discord
from slack_sdk.errors import SlackApiError

from adapters.discord_app import DiscordAdapter, DiscordConfig
from adapters.settings import Settings
from adapters.slack_app import SlackAdapter, SlackConfig
from bot.router import Router
from bot.state import StateStore

log = logging.getLogger(__name__)


class StartupError(Exception):
    """A platform refused to start (bad token, port in use): the message says which setting."""


async def _guard(name: str, run: Awaitable[None]) -> None:
    """Turn the known start-up failures of an adapter into one clear StartupError."""
    try:
        await run
    except discord.LoginFailure:
        raise StartupError("DISCORD_TOKEN: Discord rejected this token") from None
    except SlackApiError as exc:
        error = exc.response.get("error", "error")
        raise StartupError(f"Slack refused to connect ({error}): check SLACK_APP_TOKEN") from None
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
    )


def discord_config(settings: Settings) -> DiscordConfig:
    assert settings.discord_token is not None
    return DiscordConfig(
        token=settings.discord_token.get_secret_value(),
        api_base_url=settings.discord_api_base_url,
        gateway_url=settings.discord_gateway_url,
    )


async def serve(settings: Settings, router: Router) -> None:
    """Start every configured adapter and wait; one failing stops them all."""
    state = StateStore(settings.state_file)
    tasks = []
    try:
        if "slack" in settings.platforms:
            adapter = SlackAdapter(router, state, slack_config(settings))
            mode = "Socket Mode" if settings.slack_socket_mode else "HTTP mode"
            log.info("starting Slack (%s)", mode)
            tasks.append(asyncio.create_task(_guard("Slack", adapter.run()), name="slack"))
        if "discord" in settings.platforms:
            bot = DiscordAdapter(router, state, discord_config(settings))
            log.info("starting Discord")
            tasks.append(asyncio.create_task(_guard("Discord", bot.run()), name="discord"))
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        state.close()

"""Slack for many workspaces: Bolt's OAuth flow, with installations kept in the state database.

slack_sdk's SQLAlchemy installation and OAuth-state stores are used as they are, on the
state database's own engine (SQLite or PostgreSQL, the tables made by the migrations), so
every instance sees an installation the moment another one stored it. They are synchronous;
Bolt's async app is handed them through thin wrappers that run each call in a worker
thread, as every other state call here runs, so the event loop never waits on the database.
"""

import asyncio
from collections.abc import Awaitable, Callable
from logging import Logger, getLogger
from typing import Any

from slack_bolt.oauth.async_callback_options import (
    AsyncCallbackOptions,
    AsyncFailureArgs,
    AsyncSuccessArgs,
)
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.response import BoltResponse
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

log = getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600  # how long an "Add to Slack" link may wait for its redirect
# What the bot asks each workspace for (slack-manifest.yml asks for the same; a test keeps
# the two in step).
BOT_SCOPES = (
    "commands",
    "chat:write",
    "app_mentions:read",
    "channels:history",
    "groups:history",
    "im:history",
    "reactions:write",
    "users:read",
)
# Why a workspace's digests stopped; a new installation lifts exactly these.
UNINSTALLED = "Slack: the app was uninstalled from this workspace"
REVOKED = "Slack: the bot's token was revoked in this workspace"


class Installations(AsyncInstallationStore):
    """slack_sdk's SQLAlchemy installation store, its calls run off the event loop."""

    def __init__(self, client_id: str, engine: Engine) -> None:
        self.store = SQLAlchemyInstallationStore(client_id=client_id, engine=engine, logger=log)

    @property
    def logger(self) -> Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        await asyncio.to_thread(self.store.save, installation)

    async def async_save_bot(self, bot: Bot) -> None:
        await asyncio.to_thread(self.store.save_bot, bot)

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        return await asyncio.to_thread(
            self.store.find_bot,
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        return await asyncio.to_thread(
            self.store.find_installation,
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
            is_enterprise_install=is_enterprise_install,
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await asyncio.to_thread(self.store.delete_bot, enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        await asyncio.to_thread(
            self.store.delete_installation,
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
        )

    async def token(self, team_id: str) -> str | None:
        """The bot token of the workspace's installation (None: not installed)."""
        bot = await self.async_find_bot(enterprise_id=None, team_id=team_id)
        return bot.bot_token if bot is not None else None


class OAuthStates(AsyncOAuthStateStore):
    """slack_sdk's SQLAlchemy OAuth state store, its calls run off the event loop: a state
    issued by one instance is consumed by whichever one the redirect reaches."""

    def __init__(self, engine: Engine) -> None:
        self.store = SQLAlchemyOAuthStateStore(
            expiration_seconds=STATE_SECONDS, engine=engine, logger=log
        )

    @property
    def logger(self) -> Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        return await asyncio.to_thread(self.store.issue)

    async def async_consume(self, state: str) -> bool:
        return await asyncio.to_thread(self.store.consume, state)


def oauth_settings(
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    installations: Installations,
    engine: Engine,
    installed: Callable[[Installation], Awaitable[None]],
) -> AsyncOAuthSettings:
    """Bolt's OAuth settings: the install page, the redirect, and `installed` called once a
    workspace's installation is stored (before the installer sees the success page)."""

    async def success(args: AsyncSuccessArgs) -> BoltResponse:
        await installed(args.installation)
        return await args.default.success(args)

    async def failure(args: AsyncFailureArgs) -> BoltResponse:
        log.warning("a Slack installation failed: %s", args.reason)
        return await args.default.failure(args)

    return AsyncOAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(BOT_SCOPES),
        redirect_uri=redirect_uri or None,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=installations,
        installation_store_bot_only=True,
        state_store=OAuthStates(engine),
        callback_options=AsyncCallbackOptions(success=success, failure=failure),
        logger=log,
    )

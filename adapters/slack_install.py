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

from slack_bolt.error import BoltError
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
from sqlalchemy import Engine, desc, select
from sqlalchemy.exc import SQLAlchemyError

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
ORG_PREFIX = "enterprise:"  # an Enterprise Grid organisation-wide installation's workspace


def workspace_of(
    enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
) -> str:
    """How a subscription names the installation whose token posts it: the team id, or for
    an app installed across an Enterprise Grid organisation, that organisation."""
    if is_enterprise_install and enterprise_id:
        return ORG_PREFIX + enterprise_id
    return team_id or ""


class Installations(AsyncInstallationStore):
    """slack_sdk's SQLAlchemy installation store, its calls run off the event loop."""

    def __init__(self, client_id: str, engine: Engine) -> None:
        self.store = SQLAlchemyInstallationStore(client_id=client_id, engine=engine, logger=log)

    @property
    def logger(self) -> Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        await self._saving(self.store.save, installation, installation.team_id)

    async def async_save_bot(self, bot: Bot) -> None:
        await self._saving(self.store.save_bot, bot, bot.team_id)

    @staticmethod
    async def _saving(save: Callable[[Any], None], what: Any, team: str | None) -> None:
        """Store an installation; a failure is Bolt's "storage_error" page for the installer
        and one log line, never the database's own message: for a refused row PostgreSQL
        quotes the row, tokens and all."""
        try:
            await asyncio.to_thread(save, what)
        except SQLAlchemyError as exc:
            log.error("could not store the installation of %s (%s)", team, type(exc).__name__)
            raise BoltError("the installation could not be stored") from None

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

    async def token(self, workspace: str) -> str | None:
        """The bot token of a workspace's newest installation (None: not installed)."""
        return await asyncio.to_thread(self._token, workspace)

    def _token(self, workspace: str) -> str | None:
        if workspace.startswith(ORG_PREFIX):
            bot = self.store.find_bot(
                enterprise_id=workspace.removeprefix(ORG_PREFIX),
                team_id=None,
                is_enterprise_install=True,
            )
            return bot.bot_token if bot is not None else None
        # by team alone: a workspace inside an Enterprise Grid organisation is stored with
        # its organisation's id, which a subscription need not know
        bots = self.store.bots
        newest = (
            select(bots.c.bot_token)
            .where(
                bots.c.client_id == self.store.client_id,
                bots.c.team_id == workspace,
                bots.c.bot_token.is_not(None),
            )
            .order_by(desc(bots.c.installed_at))
            .limit(1)
        )
        with self.store.engine.connect() as conn:
            token = conn.execute(newest).scalar()
        return str(token) if token else None


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

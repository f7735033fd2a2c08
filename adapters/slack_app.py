"""The Slack adapter: slack-bolt events in, neutral Messages to the router, Block Kit out.

Socket Mode when an app token is configured, otherwise HTTP mode served on our own aiohttp
server (bound to the configured host, 127.0.0.1 by default) at /slack/events with /healthz.
Every handler acknowledges first and runs the engine in a worker thread, so Slack's 3-second
ack never waits on SQLite. Event deliveries are claimed by event_id in the state database, so
Slack's retries and Socket Mode redeliveries never produce a second reply.
"""

import asyncio
import contextlib
import functools
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.web.async_client import AsyncWebClient

from adapters import offload, ops, slack_guard
from adapters.ops import METRICS
from adapters.progress import Progress
from adapters.slack_install import (
    INSTALL_PATH,
    ORG_PREFIX,
    REDIRECT_PATH,
    REVOKED,
    UNINSTALLED,
    Installations,
    oauth_settings,
    workspace_of,
)
from adapters.slack_render import (
    HOME_ACTION,
    PAGE_ACTION,
    SHARE_ACTION,
    VOTE_ACTION,
    escape,
    home_view,
    render,
)
from adapters.slack_respond import KeptAliveRespond
from bot.channel_settings import ChannelSettings, ChannelSettingsStore, answers_in_channel
from bot.digest import ChannelGone, RateLimited
from bot.feedback import Feedback, thanks
from bot.message import Message
from bot.parse import parse
from bot.registry import VERBS
from bot.reply import Reply
from bot.router import Router
from bot.state import StateStore

log = logging.getLogger(__name__)
PLATFORM = "slack"
PREFIX = "!openai"
_MENTION_RE = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_CHANNEL_GONE = ("channel_not_found", "not_in_channel", "is_archived")


@dataclass(frozen=True, kw_only=True)
class SlackConfig:
    """What the Slack adapter needs from the settings (secrets as plain strings, never logged)."""

    bot_token: str = ""  # one workspace; empty when installed in many (client id and secret)
    client_id: str = ""
    client_secret: str = ""
    redirect_uri: str = ""  # "": the one in the app's settings
    signing_secret: str = ""
    app_token: str = ""
    api_base_url: str = "https://slack.com/api/"
    http_host: str = "127.0.0.1"
    http_port: int = 3000
    digest_admins: frozenset[str] = frozenset()  # empty: anyone may change the digest
    # who may change channel settings besides workspace admins and owners (and the digest)
    admin_users: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return (
            f"SlackConfig(api_base_url={self.api_base_url!r}, socket_mode={bool(self.app_token)}, "
            f"oauth={self.oauth})"
        )

    @property
    def oauth(self) -> bool:
        """Installed in many workspaces: each one's token comes from its installation."""
        return bool(self.client_id)


HISTORY_PAGE = 200  # messages per conversations.history page (Slack allows up to 999)


class SlackSender:
    """Posts digests with the key in message metadata, and finds them again by it.

    Installed in many workspaces, each digest is posted with its own workspace's token (looked
    up by `tokens` at the time of posting); a workspace with no installation pauses it."""

    platform = PLATFORM
    event_type = "openai_history_digest"

    def __init__(
        self,
        client: AsyncWebClient,
        tokens: Callable[[str], Awaitable[str | None]] | None = None,
    ) -> None:
        self.client = client
        self.tokens = tokens

    async def _client(self, workspace: str) -> AsyncWebClient:
        if self.tokens is None:
            return self.client
        token = await self.tokens(workspace) if workspace else None
        if not token:  # a new installation of the workspace lifts this pause
            raise ChannelGone(
                UNINSTALLED
                if workspace
                else "Slack: subscribed before workspaces were recorded; subscribe again"
            )
        return workspace_client(self.client, token)

    async def send(self, channel: str, reply: Reply, *, key: str, workspace: str = "") -> str:
        client = await self._client(workspace)
        try:
            response = await client.chat_postMessage(
                channel=channel,
                metadata={"event_type": self.event_type, "event_payload": {"key": key}},
                **render(reply),
            )
        except SlackApiError as exc:
            raise _digest_error(exc) from None
        return str(response["ts"])

    async def find(
        self, channel: str, key: str, since: datetime, *, workspace: str = ""
    ) -> str | None:
        """The digest posted for `key` since `since`, found by its metadata: every page of
        the channel's history back to that time is read (bounded by time, not by count)."""
        client = await self._client(workspace)
        cursor = ""
        while True:
            try:
                response = await client.conversations_history(
                    channel=channel,
                    oldest=str(since.timestamp()),
                    include_all_metadata=True,
                    limit=HISTORY_PAGE,
                    cursor=cursor or None,
                )
            except SlackApiError as exc:
                raise _digest_error(exc) from None
            messages: list[dict[str, Any]] = response.get("messages", [])
            for message in messages:
                payload = (message.get("metadata") or {}).get("event_payload") or {}
                if payload.get("key") == key:
                    return str(message["ts"])
            cursor = str((response.get("response_metadata") or {}).get("next_cursor") or "")
            if not cursor or not messages:
                return None


REPLY_EVENT = "openai_history_reply"
RECHECK_SECONDS = 30.0  # how often tokens are checked again after Slack could not be reached
ADMIN_CACHE_SECONDS = 60.0  # how long users.info's word on a workspace admin is trusted
REPLY_ATTEMPTS = 3
REPLY_BACKOFF_SECONDS = 0.5


async def _respond(respond: Any, **message: Any) -> None:
    """Answer through the command's response_url, retried (bounded, Retry-After honoured)
    when Slack does not take it; an ephemeral answer shown twice misleads no one, one never
    shown loses the answer."""
    for attempt in range(1, REPLY_ATTEMPTS + 1):
        try:
            answered = await respond(**message)
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("response_url failed (attempt %d): %s", attempt, exc)
        else:
            status = int(getattr(answered, "status_code", 200))
            if status < 400:
                return
            log.warning("response_url answered %d (attempt %d)", status, attempt)
            if status == 429:
                await asyncio.sleep(_retry_after(getattr(answered, "headers", {})))
                continue
            if status < 500:
                return  # expired or unknown: trying again will not help
        await asyncio.sleep(REPLY_BACKOFF_SECONDS * attempt)
    log.error("a slash command's answer could not be delivered")


def slack_error(exc: SlackApiError) -> tuple[str, int]:
    """Slack's error code and HTTP status, whatever the body was (a 5xx may not be JSON)."""
    response = exc.response
    data = getattr(response, "data", None)
    error = str(data.get("error", "")) if isinstance(data, dict) else ""
    status = getattr(response, "status_code", None) or getattr(response, "status", 0)
    return error, int(status or 0)


# A connection refused before anything was sent: a retry cannot post twice.
_NOTHING_SENT = (aiohttp.ClientConnectorError, ConnectionRefusedError)


def _retry_after(headers: Any) -> float:
    """Slack's Retry-After in seconds (1 when absent or unreadable)."""
    try:
        return max(0.0, float((headers or {}).get("Retry-After", 1)))
    except (TypeError, ValueError):
        return 1.0


class CredentialsRejected(Exception):
    """Slack refused a token: the message names the setting, never the token."""


# Errors with which Slack refuses a token (no retry can help).
_REJECTED = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
     "not_allowed_token_type", "invalid_token"}
)  # fmt: skip


def _digest_error(exc: SlackApiError) -> Exception:
    error, _status = slack_error(exc)
    if error in _CHANNEL_GONE:
        return ChannelGone(f"Slack: {error}")
    if error == "ratelimited":
        return RateLimited(_retry_after(getattr(exc.response, "headers", None)))
    return RuntimeError(f"Slack: {error}")


def _stored_as(context: Any) -> dict[str, str | None]:
    """How the installation store knows the workspace an event is about (an installation
    across a whole organisation has no team)."""
    return {
        "enterprise_id": context.enterprise_id,
        "team_id": None if context.is_enterprise_install else context.team_id,
    }


def strip_mentions(text: str) -> str:
    return _MENTION_RE.sub(" ", text).strip()


def workspace_client(client: AsyncWebClient, token: str) -> AsyncWebClient:
    """`client` (its API, retry policy and HTTP session) speaking with `token`."""
    return AsyncWebClient(
        token=token,
        base_url=client.base_url,
        session=client.session,
        retry_handlers=list(client.retry_handlers or []),
        logger=client.logger,
    )


class SlackAdapter:
    """Wires a bolt AsyncApp to the router; `run()` serves it in the configured mode."""

    def __init__(self, router: Router, state: StateStore, config: SlackConfig) -> None:
        self.router = router
        self.state = state
        self.config = config
        # Installed in many workspaces, Bolt looks up each request's workspace's token among
        # the installations; with one token, Bolt is given it (it would read SLACK_BOT_TOKEN
        # itself anyway, and warn that a client passed beside it leaves the token unused).
        # Either way its client is then pointed at the configured API and given our retry
        # policy; every handler uses the per-request client Bolt hands it.
        self.installations: Installations | None = None
        if config.oauth:
            self.installations = Installations(config.client_id, state.engine)
            self.app = AsyncApp(
                signing_secret=config.signing_secret,
                oauth_settings=oauth_settings(
                    client_id=config.client_id,
                    client_secret=config.client_secret,
                    redirect_uri=config.redirect_uri,
                    installations=self.installations,
                    engine=state.engine,
                    installed=self._installed,
                ),
                logger=log,
            )
        else:
            self.app = AsyncApp(
                token=config.bot_token,
                signing_secret=config.signing_secret or None,
                request_verification_enabled=not config.app_token,
                logger=log,
            )
        self.client = self.app.client
        self.client.base_url = config.api_base_url
        # No connection-error retry here: a post whose answer was lost may be stored, and a
        # blind retry would post it twice; posts retry themselves after looking.
        self.client.retry_handlers = [AsyncRateLimitErrorRetryHandler(max_retry_count=2)]
        self.connected = False  # Slack has accepted the tokens
        self.team = ""  # the workspace the bot token belongs to (from auth.test)
        self._recheck: asyncio.Task[None] | None = None
        # What /healthz reports; the process that runs several platforms widens it.
        self.health: Callable[[], dict[str, bool]] = lambda: {"slack": self.connected}
        self.index_built: Callable[[], float] | None = None  # for the index-age metric
        self.feedback = Feedback(state)
        self.settings = ChannelSettingsStore(state)
        self._admins: dict[tuple[str, str], tuple[bool, float]] = {}
        self.handled = Progress()  # message events whose handling has finished
        self.lifecycle = Progress()  # uninstalls and revoked tokens handled
        self._http: aiohttp.ClientSession | None = None  # while serving (see kept_alive)
        self._register()

    @contextlib.asynccontextmanager
    async def kept_alive(self) -> AsyncIterator[None]:
        """While serving, one HTTP session for every call to Slack: the Web API (Bolt gives
        each request's client the app client's session) and each response_url answer. Its
        connections stay open and are reused; slack_sdk alone opens one per call."""
        # slack_sdk's own time limit per call (it sets none on a session it is given), and
        # no cap on connections, as with a session per call
        session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.client.timeout),
            connector=aiohttp.TCPConnector(limit=0),
        )
        self._http = self.client.session = session
        try:
            yield
        finally:
            self._http = self.client.session = None
            await session.close()

    async def _respond_kept_alive(self, context: Any, next_: Callable[[], Awaitable[None]]) -> None:
        """Middleware: while serving, a request's `respond` answers over the kept-alive
        session (see adapters.slack_respond)."""
        if self._http is not None and context.response_url:
            context["respond"] = KeptAliveRespond(
                context.response_url, self._http, proxy=self.client.proxy, ssl=self.client.ssl
            )
        await next_()

    async def answer(
        self,
        text: str,
        *,
        user: str,
        channel: str,
        thread: str | None,
        client: AsyncWebClient,
        workspace: str = "",
        addressed: bool = True,
        message_id: str | None = None,
        counted: bool = True,
        public: bool = False,
    ) -> Reply:
        """Slack's side of the translation: who may change the digest is a setting; who may
        change the channel's settings, workspace admins and the configured admin users (asked
        of Slack only when the message is a `settings` command). `workspace` is the team the
        message came from: a digest subscribed to there is posted with its token."""
        digest = self._listed(self.config.digest_admins, workspace)
        configure = parse(text).verb == "settings" and await self._is_admin(client, workspace, user)
        manage = not digest or self._named(digest | self._admin_users(workspace), workspace, user)
        return await offload.answer(
            self.router,
            Message(
                text=text,
                user=user,
                channel=channel,
                thread=thread,
                platform=PLATFORM,
                can_manage=manage,
                can_configure=configure,
                addressed=addressed,
                id=message_id,
                counted=counted,
                public=public,
                workspace=workspace,
            ),
        )

    def _listed(self, users: frozenset[str], workspace: str) -> frozenset[str]:
        """The entries of a configured user list that apply in `workspace`: `TEAM:USER`
        entries for it; a bare user id only with one bot token (installed in many
        workspaces, a user id means nothing without its workspace)."""
        return frozenset(
            u
            for u in users
            if u.startswith(f"{workspace}:") or (":" not in u and not self.config.oauth)
        )

    def _admin_users(self, workspace: str) -> frozenset[str]:
        return self._listed(self.config.admin_users, workspace)

    @staticmethod
    def _named(users: frozenset[str], workspace: str, user: str) -> bool:
        return bool(user) and (user in users or f"{workspace}:{user}" in users)

    async def _is_admin(self, client: AsyncWebClient, team: str, user: str) -> bool:
        """An admin or owner of `team`, the workspace asking (users.info, remembered for a
        while), or a user named in OPENAI_BOT_SLACK_ADMIN_USERS for it. When Slack cannot
        say, the answer is no."""
        if not user:
            return False
        if self._named(self._admin_users(team), team, user):
            return True
        known = self._admins.get((team, user))
        if known is not None and known[1] > time.monotonic():
            return known[0]
        try:
            found = await client.users_info(user=user)
        except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("could not ask Slack whether %s is an admin: %s", user, exc)
            return False
        person = found.get("user") or {}
        # an admin of this workspace (or organisation), not of a partner's in a shared channel
        if team.startswith(ORG_PREFIX):
            org = (person.get("enterprise_user") or {}).get("enterprise_id")
            ours = org == team.removeprefix(ORG_PREFIX)
        else:
            ours = bool(team) and person.get("team_id") == team
        admin = (
            ours
            and not person.get("is_stranger")
            and bool(person.get("is_admin") or person.get("is_owner"))
        )
        self._admins[(team, user)] = (admin, time.monotonic() + ADMIN_CACHE_SECONDS)
        return admin

    def _team(self, context: Any) -> str:
        """The workspace the bot answers for in this request: the one its token belongs to
        (the installation Bolt authorized it with), not the asker's, which in a channel
        shared with another organisation may be theirs."""
        if not self.config.oauth:
            return self.team
        result = context.authorize_result
        team = (result.team_id if result is not None else None) or context.team_id
        return workspace_of(context.enterprise_id, team, context.is_enterprise_install)

    def _channel_settings(self, channel: str) -> ChannelSettings:
        return self.settings.get(PLATFORM, channel)

    def _first_delivery(self, body: dict[str, Any]) -> bool:
        event_id = body.get("event_id")
        return True if not event_id else self.state.claim(f"{PLATFORM}:{event_id}")

    def _register(self) -> None:
        app = self.app
        app.use(self._respond_kept_alive)
        app.command("/openai")(self._on_command)
        app.action(re.compile(rf"^{PAGE_ACTION}_\d+$"))(self._on_page)
        app.action(SHARE_ACTION)(self._on_share)
        app.action(re.compile(rf"^{VOTE_ACTION}_(up|down)$"))(self._on_vote)
        app.event("app_mention")(self._counted(self._on_mention))
        app.event("app_home_opened")(self._on_home)
        app.action(re.compile(rf"^{HOME_ACTION}_\d+$"))(self._on_home_ask)
        app.event("message")(self._counted(self._on_message))
        app.event("app_uninstalled")(self._counted(self._on_uninstalled, self.lifecycle))
        app.event("tokens_revoked")(self._counted(self._on_tokens_revoked, self.lifecycle))

    def _counted(
        self, handler: Callable[..., Awaitable[None]], progress: Progress | None = None
    ) -> Callable[..., Awaitable[None]]:
        """`handler`, counted in `handled` (or `progress`) when it finishes (however it
        ends). Bolt passes arguments by the names in the signature, so the wrapper keeps the
        handler's."""
        counter = progress or self.handled

        @functools.wraps(handler)
        async def counted(**kwargs: Any) -> None:
            try:
                await handler(**kwargs)
            finally:
                await counter.done()

        return counted

    async def _on_command(
        self,
        ack: Any,
        command: dict[str, Any],
        respond: Any,
        client: AsyncWebClient,
        context: Any,
    ) -> None:
        await ack()
        text = command.get("text") or ""
        channel = command.get("channel_id", "")
        settings = self._channel_settings(channel)
        public = answers_in_channel(settings, text)
        reply = await self.answer(
            text,
            user=command.get("user_id", ""),
            channel=channel,
            thread=None,
            public=public,
            client=client,
            workspace=self._team(context),
        )
        if reply.silent:
            return  # asked again within a wait already explained: acknowledged, nothing more
        if public and reply.is_answer:  # the channel asked for answers in it
            await _respond(respond, response_type="in_channel", **render(reply))
            return
        if reply.command == "settings":  # this command may have just changed them
            settings = self._channel_settings(channel)
        share = text if settings.answers != "private" else None
        await _respond(respond, response_type="ephemeral", **render(reply, share_command=share))

    async def _on_vote(
        self, ack: Any, body: dict[str, Any], action: dict[str, Any], respond: Any
    ) -> None:
        """👍 / 👎: stored, and acknowledged to the voter alone."""
        await ack()
        verdict = str(action.get("action_id", "")).rsplit("_", 1)[-1]
        try:
            answer = int(str(action.get("value", ""))[:20])
        except ValueError:
            return  # not a number Slack was given by this bot
        user = body.get("user", {}).get("id", "")
        voted = await asyncio.to_thread(self.feedback.vote, answer, PLATFORM, user, verdict)
        METRICS.votes.labels(PLATFORM, verdict).inc()
        await _respond(
            respond, response_type="ephemeral", replace_original=False, text=thanks(voted)
        )

    async def _on_page(
        self,
        ack: Any,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Any,
        client: AsyncWebClient,
        context: Any,
    ) -> None:
        await ack()
        text = action.get("value", "")
        reply = await self.answer(
            text,
            user=body.get("user", {}).get("id", ""),
            channel=body.get("channel", {}).get("id", ""),
            thread=None,
            counted=False,  # a click is not a question
            client=client,
            workspace=self._team(context),
        )
        # A shared answer is everyone's: its next page is shown to the clicker alone, and the
        # channel's copy is never rewritten. A private answer pages in place.
        shared = not (body.get("container") or {}).get("is_ephemeral", False)
        channel = body.get("channel", {}).get("id", "")
        share = text if self._channel_settings(channel).answers != "private" else None
        await respond(
            replace_original=not shared,
            response_type="ephemeral",
            **render(reply, share_command=share),
        )

    async def _on_share(
        self,
        ack: Any,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: Any,
        client: AsyncWebClient,
        context: Any,
    ) -> None:
        await ack()
        user = body.get("user", {})
        channel = body.get("channel", {}).get("id", "")
        if self._channel_settings(channel).answers == "private":
            await respond(
                response_type="ephemeral",
                replace_original=False,
                text="This channel keeps answers private (`settings answers`): nothing is "
                "shared here.",
            )
            return
        reply = await self.answer(
            action.get("value", ""),
            user=user.get("id", ""),
            channel=channel,
            thread=None,
            counted=False,
            client=client,
            workspace=self._team(context),
        )
        name = user.get("username") or user.get("name") or "someone"
        message = render(reply, note=f"Shared by @{escape(name)}")
        try:
            await client.chat_postMessage(channel=channel, **message)
        except SlackApiError as exc:
            error, _status = slack_error(exc)
            if error not in _CHANNEL_GONE:
                raise
            await respond(
                response_type="ephemeral",
                replace_original=False,
                text="I can't post in this channel. Invite me first: `/invite @OpenAI History`.",
            )
            return
        await respond(delete_original=True)

    async def _post(
        self,
        client: AsyncWebClient,
        channel: str,
        thread: str | None,
        reply: Reply,
        *,
        key: str = "",
        user: str = "",
        after: str | None = None,
        private: bool = False,
    ) -> None:
        """Post a reply at most once and, while tries are left, at least once. `key` (the
        event's id) rides along in the message's metadata: after a failure that may have
        stored the post (a timeout, a dropped connection, a 5xx) the thread is searched for
        it before posting again. A reply that cannot be delivered is said privately, once."""
        if reply.silent:
            return  # nothing to say (a second cooldown refusal in the same wait)
        if reply.private:  # a cooldown notice: to the asker alone
            await self._tell_privately(
                client, channel, user, thread, f"{reply.title} {reply.intro}"
            )
            return
        if private:  # the channel's settings keep answers to the asker
            try:
                await client.chat_postEphemeral(
                    channel=channel, user=user, thread_ts=thread, **render(reply)
                )
            except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
                log.warning("could not answer %s privately: %s", user, exc)
            return
        metadata = {"event_type": REPLY_EVENT, "event_payload": {"key": key}} if key else None
        must_look = False
        for attempt in range(1, REPLY_ATTEMPTS + 1):
            if must_look:  # a failure that may have stored it: post only once sure it did not
                seen = await self._replied(client, channel, thread, key, after)
                if seen:
                    break
                if seen is None:  # could not look: posting again might post twice
                    await asyncio.sleep(REPLY_BACKOFF_SECONDS * attempt)
                    continue
                must_look = False
            try:
                await client.chat_postMessage(
                    channel=channel, thread_ts=thread, metadata=metadata, **render(reply)
                )
                break
            except SlackApiError as exc:
                error, status = slack_error(exc)
                if status == 429:
                    await asyncio.sleep(_retry_after(getattr(exc.response, "headers", None)))
                    continue
                if 0 < status < 500:
                    log.warning("reply to %s refused: %s", channel, error or status)
                    await self._tell_privately(client, channel, user, thread)
                    return  # not_in_channel, msg_too_long …: trying again will not help
                must_look = bool(key)
            except (aiohttp.ClientError, OSError, TimeoutError) as exc:
                must_look = bool(key) and not isinstance(exc, _NOTHING_SENT)
                log.warning("reply to %s failed (attempt %d): %s", channel, attempt, exc)
            await asyncio.sleep(REPLY_BACKOFF_SECONDS * attempt)
        else:
            await self._tell_privately(client, channel, user, thread)
            return
        if thread:
            self.state.remember_thread(PLATFORM, channel, thread)

    async def _reply(
        self,
        client: AsyncWebClient,
        body: dict[str, Any],
        event: dict[str, Any],
        thread: str | None,
        reply: Reply,
        *,
        private: bool,
    ) -> None:
        """Post `reply` to the message `event` carries, keyed by its event id (so a retry
        after a lost answer looks for it first)."""
        await self._post(
            client,
            event.get("channel", ""),
            thread,
            reply,
            key=str(body.get("event_id") or event.get("ts") or ""),
            user=event.get("user", ""),
            after=event.get("ts"),
            private=private,
        )

    async def _replied(
        self, client: AsyncWebClient, channel: str, thread: str | None, key: str, after: str | None
    ) -> bool | None:
        """Whether the reply for `key` is already there: in the thread (every page after
        the message it answers), else among the channel's messages since then. None when
        Slack could not say."""
        cursor = ""
        try:
            while True:
                if thread:
                    found = await client.conversations_replies(
                        channel=channel,
                        ts=thread,
                        oldest=after,
                        include_all_metadata=True,
                        limit=200,
                        cursor=cursor or None,
                    )
                else:
                    found = await client.conversations_history(
                        channel=channel,
                        oldest=after,
                        include_all_metadata=True,
                        limit=200,
                        cursor=cursor or None,
                    )
                messages: list[dict[str, Any]] = found.get("messages", [])
                if any(
                    ((m.get("metadata") or {}).get("event_payload") or {}).get("key") == key
                    for m in messages
                ):
                    return True
                cursor = str((found.get("response_metadata") or {}).get("next_cursor") or "")
                if not cursor or not messages:
                    return False
        except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("could not look for the reply in %s: %s", channel, exc)
            return None

    async def _tell_privately(
        self,
        client: AsyncWebClient,
        channel: str,
        user: str,
        thread: str | None,
        text: str = "Sorry, Slack would not take my answer just now. Please ask again.",
    ) -> None:
        """Something for the asker alone (a reply that could not be delivered, a wait)."""
        if not user:
            return
        try:
            await client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread, text=escape(text)
            )
        except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("could not tell %s that the reply failed: %s", user, exc)

    async def _on_home(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        """The App Home tab, published each time someone opens it (so it is current). It
        lists this workspace's digests only."""
        if event.get("tab") != "home" or not event.get("user"):
            return
        team = self._team(context)
        digests = [
            (s.channel, s.post_time, s.timezone)
            for s in self.state.subscriptions()
            if s.platform == PLATFORM
            and not s.paused_reason
            and (not self.config.oauth or s.workspace == team)
        ]
        commands = [spec.usage for spec in VERBS.values()]
        try:
            await client.views_publish(user_id=event["user"], view=home_view(digests, commands))
        except SlackApiError as exc:
            log.warning("could not publish the Home tab: %s", slack_error(exc)[0])

    async def _on_home_ask(
        self,
        ack: Any,
        body: dict[str, Any],
        action: dict[str, Any],
        client: AsyncWebClient,
        context: Any,
    ) -> None:
        """An example question on the Home tab: answered in a direct message."""
        await ack()
        user = body.get("user", {}).get("id", "")
        if not user:
            return
        reply = await self.answer(
            action.get("value", ""),
            user=user,
            channel=user,
            thread=None,
            counted=False,
            client=client,
            workspace=self._team(context),
        )
        await self._post(client, user, None, reply, user=user)

    async def _on_mention(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        if event.get("bot_id") or not self._first_delivery(body):
            return
        channel = event.get("channel", "")
        thread = event.get("thread_ts") or event.get("ts")
        private = self._channel_settings(channel).answers == "private"
        reply = await self.answer(
            strip_mentions(event.get("text", "")),
            user=event.get("user", ""),
            channel=channel,
            thread=thread,
            public=not private,
            client=client,
            workspace=self._team(context),
        )
        await self._reply(client, body, event, thread, reply, private=private)

    async def _on_message(
        self, body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient, context: Any
    ) -> None:
        if event.get("bot_id") or event.get("subtype") not in (None, "thread_broadcast"):
            return  # other bots, our own posts, edits, deletions and joins ("also send to
            # channel" is a thread message like any other)
        text = event.get("text") or ""
        channel = event.get("channel", "")
        thread = event.get("thread_ts")
        direct = event.get("channel_type") == "im"
        mentioned = bool(context.get("bot_user_id")) and f"<@{context['bot_user_id']}" in text
        if mentioned and not direct:
            return  # app_mention answers it
        prefixed = text.strip().casefold().startswith(PREFIX)
        settings = self._channel_settings(channel)
        if not direct and settings.mention_only:
            return  # the channel asked to be answered only when it mentions the bot
        if prefixed:
            where = thread or event.get("ts")
        elif direct or (
            thread
            and settings.answers_followups
            and self.state.in_thread(PLATFORM, channel, thread)
        ):
            where = thread
        else:
            return
        if not self._first_delivery(body):
            return
        reply = await self.answer(
            strip_mentions(text),
            user=event.get("user", ""),
            channel=channel,
            thread=where,
            addressed=prefixed or direct,
            message_id=event.get("ts"),
            public=not direct and settings.answers != "private",
            client=client,
            workspace=self._team(context),
        )
        if reply.silent:  # small talk in a followed thread: a reaction at most, no message
            if reply.reaction and event.get("ts"):
                try:
                    await client.reactions_add(
                        channel=channel, timestamp=event["ts"], name=reply.reaction
                    )
                except SlackApiError as exc:  # already_reacted, no permission: not worth a post
                    log.info("no reaction added: %s", slack_error(exc)[0])
            return
        await self._reply(
            client, body, event, where, reply, private=not direct and settings.answers == "private"
        )

    # --- installations -------------------------------------------------------------------

    async def _installed(self, installation: Installation) -> None:
        """A workspace installed the app (again): its digests paused by an uninstall or a
        revoked token start again; any other pause stays."""
        team = workspace_of(
            installation.enterprise_id, installation.team_id, installation.is_enterprise_install
        )
        lifted = await self._resume((team,))
        log.info("installed in workspace %s (%d digests resumed)", team, lifted)

    async def _resume(self, workspaces: tuple[str, ...]) -> int:
        lifted = 0
        for reason in (UNINSTALLED, REVOKED):
            lifted += await asyncio.to_thread(
                self.state.resume_workspace, PLATFORM, workspaces, reason
            )
        return lifted

    def _event_team(self, context: Any) -> str:
        """The workspace an uninstall or revocation is about (these events carry no
        authorization: Slack sends them once the tokens are gone)."""
        if not self.config.oauth:
            return self.team or str(context.team_id or "")
        return workspace_of(context.enterprise_id, context.team_id, context.is_enterprise_install)

    def _workspaces(self, team: str) -> tuple[str, ...]:
        """The workspace values a team's subscriptions carry: with one bot token, also the
        ones subscribed before workspaces were recorded (they can only be that team's)."""
        return (team,) if self.config.oauth else (team, "")

    async def _on_uninstalled(self, context: Any) -> None:
        """The app was removed from a workspace: its installation is forgotten (Slack asks
        apps to delete the tokens) and its digests paused until it is installed again."""
        if self.installations is not None:
            await self.installations.async_delete_all(**_stored_as(context))
        await self._pause(context, UNINSTALLED)

    async def _on_tokens_revoked(self, event: dict[str, Any], context: Any) -> None:
        """Tokens revoked in a workspace: the revoked ones are forgotten; without the bot
        token nothing can be posted there, so its digests are paused."""
        tokens = event.get("tokens") or {}
        if self.installations is not None:
            for user in tokens.get("oauth") or []:
                await self.installations.async_delete_installation(
                    **_stored_as(context), user_id=user
                )
        if not tokens.get("bot"):
            return
        if self.installations is not None:
            await self.installations.async_delete_bot(**_stored_as(context))
        await self._pause(context, REVOKED)

    async def _pause(self, context: Any, reason: str) -> None:
        team = self._event_team(context)
        paused = await asyncio.to_thread(
            self.state.pause_workspace, PLATFORM, self._workspaces(team), reason
        )
        log.info("workspace %s: %d digests paused (%s)", team, paused, reason)

    def sender(self) -> SlackSender:
        """What posts this adapter's digests: with its one token, or each workspace's."""
        tokens = self.installations.token if self.installations is not None else None
        return SlackSender(self.client, tokens)

    # --- serving -------------------------------------------------------------------------

    def web_app(self) -> web.Application:
        """The HTTP-mode server: POST /slack/events (signed), GET /healthz."""

        async def events(request: web.Request) -> web.Response:
            verdict = slack_guard.check(
                await request.read(),
                {k.casefold(): v for k, v in request.headers.items()},
                secret=self.config.signing_secret,
            )
            if not verdict.ok:
                log.warning("refused a Slack request (%d): %s", verdict.status, verdict.reason)
                return web.Response(status=verdict.status, text=verdict.reason)
            if verdict.trigger_id and not self.state.claim(
                f"{PLATFORM}:trigger:{verdict.trigger_id}"
            ):
                log.info("a slash command delivered twice was answered once")
                return web.Response(status=200)
            return await to_aiohttp_response(
                await self.app.async_dispatch(await to_bolt_request(request))
            )

        server = web.Application()
        server.router.add_post("/slack/events", events)
        flow = self.app.oauth_flow
        if flow is not None:  # installed in many workspaces: "Add to Slack" and its redirect

            async def install(request: web.Request) -> web.Response:
                bolt = await to_bolt_request(request)
                return await to_aiohttp_response(await flow.handle_installation(bolt))

            async def redirect(request: web.Request) -> web.Response:
                bolt = await to_bolt_request(request)
                return await to_aiohttp_response(await flow.handle_callback(bolt))

            server.router.add_get(INSTALL_PATH, install)
            server.router.add_get(REDIRECT_PATH, redirect)
        # healthy only once Slack has accepted the tokens (and, run with others, they are up)
        ops.add_routes(server, lambda: self.health(), index_built=self.index_built)
        return server

    async def start_http(self, *, port: int | None = None) -> web.AppRunner:
        runner = web.AppRunner(self.web_app(), access_log=None)
        await runner.setup()
        site = web.TCPSite(
            runner, self.config.http_host, self.config.http_port if port is None else port
        )
        await site.start()
        return runner

    def socket_mode_handler(self) -> AsyncSocketModeHandler:
        return AsyncSocketModeHandler(self.app, self.config.app_token, web_client=self.client)

    async def check_credentials(self) -> None:
        """Ask Slack whether it accepts the tokens before serving: a rejected token is one
        clear error at start, never a bot that reports healthy and answers nothing. A network
        failure is not a rejection: the bot starts, unhealthy, and asks again every
        RECHECK_SECONDS until Slack answers. Installed in many workspaces there is no one
        token to ask about: each workspace's is used, and checked, as its requests come."""
        if self.config.oauth:
            self.connected = True
            return
        if not await self._credentials_accepted():
            self._recheck = asyncio.get_running_loop().create_task(self._check_until_accepted())

    async def _check_until_accepted(self) -> None:
        while not self.connected:
            await asyncio.sleep(RECHECK_SECONDS)
            try:
                await self._credentials_accepted()
            except CredentialsRejected as exc:
                log.error("%s", exc)
                return

    async def _credentials_accepted(self) -> bool:
        """True (and `connected`) once Slack accepts the tokens; False when it cannot say."""

        async def identify() -> None:
            self.team = str((await self.client.auth_test()).get("team_id") or "")
            # the token works: the workspace has the app (again), so digests an uninstall or
            # a revoked token paused start again
            lifted = await self._resume(self._workspaces(self.team))
            if lifted:
                log.info("the bot token works again: %d digests resumed", lifted)

        checks: list[tuple[str, Callable[[], Awaitable[Any]]]] = [("SLACK_BOT_TOKEN", identify)]
        if self.config.app_token:
            app = AsyncWebClient(base_url=self.config.api_base_url)
            token = self.config.app_token
            checks.append(("SLACK_APP_TOKEN", lambda: app.apps_connections_open(app_token=token)))
        for variable, call in checks:
            try:
                await call()
            except SlackApiError as exc:
                error, _status = slack_error(exc)
                if error in _REJECTED:
                    raise CredentialsRejected(
                        f"{variable}: Slack rejected this token ({error})"
                    ) from None
                log.warning("Slack answered %s to a credentials check", error)
                return False
            except (OSError, aiohttp.ClientError, TimeoutError) as exc:
                log.warning("could not reach Slack to check the tokens: %s", exc)
                return False
        self.connected = True
        return True

    async def run(self) -> None:
        """Serve until cancelled, in Socket Mode or HTTP mode."""
        async with self.kept_alive():
            await self._serve()

    async def _serve(self) -> None:
        await self.check_credentials()
        if self.config.app_token:
            handler = self.socket_mode_handler()
            await handler.connect_async()  # type: ignore[no-untyped-call]
            try:
                await asyncio.Event().wait()
            finally:
                await handler.close_async()  # type: ignore[no-untyped-call]
        else:
            runner = await self.start_http()
            log.info(
                "Slack HTTP mode on http://%s:%s/slack/events",
                self.config.http_host,
                self.config.http_port,
            )
            try:
                await asyncio.Event().wait()
            finally:
                await runner.cleanup()

"""A fake Discord on 127.0.0.1: the REST routes discord.py calls and a gateway websocket.

The gateway sends HELLO, answers heartbeats, dispatches READY and GUILD_CREATE after IDENTIFY,
RESUMED after RESUME, then whatever events a test queues. Every REST call is recorded.

Sharded, as Discord is: `/gateway/bot` recommends `shards`; each connection IDENTIFYs as one
shard and is sent only its guilds ((guild id >> 22) % shard count) and their events; direct
messages go to shard 0.
"""

import asyncio
import json
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import discord.utils
from aiohttp import WSMsgType, payload, web

from .loopback import LoopbackFake

BOT_ID, APP_ID, GUILD_ID, CHANNEL_ID, THREAD_ID, USER_ID = (
    "100",
    "200",
    "300",
    "400",
    "500",
    "600",
)
BOT_USER = {
    "id": BOT_ID,
    "username": "openai-bot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}
HUMAN = {
    "id": USER_ID,
    "username": "alice",
    "discriminator": "0",
    "global_name": "Alice",
    "avatar": None,
}
DM_CHANNEL_ID = "850"  # the DM channel the fake opens with a user
TIMESTAMP = "2026-11-24T10:00:00.000000+00:00"

Call = tuple[str, str, Any]


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py checks the content type exactly.
    body = payload.BytesPayload(json.dumps(data).encode(), content_type="application/json")
    return web.Response(body=body, status=status)


def channel(channel_id: str = CHANNEL_ID, guild_id: str = GUILD_ID) -> dict[str, Any]:
    return {
        "id": channel_id,
        "type": 0,
        "guild_id": guild_id,
        "name": "general",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "rate_limit_per_user": 0,
    }


def shard_of(guild_id: str | None, count: int) -> int:
    """The shard Discord sends a guild's events to (direct messages: shard 0)."""
    return (int(guild_id) >> 22) % count if guild_id else 0


def guild(guild_id: str = GUILD_ID, channel_id: str = CHANNEL_ID) -> dict[str, Any]:
    """A guild with one text channel (the first guild also has a thread)."""
    made = _guild()
    if guild_id == GUILD_ID:
        return made
    made["roles"][0]["id"] = guild_id
    return made | {"id": guild_id, "channels": [channel(channel_id, guild_id)], "threads": []}


def _guild() -> dict[str, Any]:
    return {
        "id": GUILD_ID,
        "name": "Example",
        "icon": None,
        "owner_id": USER_ID,
        "member_count": 2,
        "roles": [
            {
                "id": GUILD_ID,
                "name": "@everyone",
                "permissions": "2147483647",
                "position": 0,
                "color": 0,
                "hoist": False,
                "managed": False,
                "mentionable": False,
                "flags": 0,
            }
        ],
        "channels": [channel()],
        "threads": [
            {
                "id": THREAD_ID,
                "type": 11,
                "guild_id": GUILD_ID,
                "parent_id": CHANNEL_ID,
                "owner_id": USER_ID,
                "name": "a thread",
                "message_count": 1,
                "member_count": 1,
                "rate_limit_per_user": 0,
                "flags": 0,
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": TIMESTAMP,
                    "locked": False,
                },
            }
        ],
        "members": [],
        "emojis": [],
        "stickers": [],
        "features": [],
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "large": False,
    }


def message(
    message_id: str,
    content: str,
    *,
    channel_id: str = CHANNEL_ID,
    guild_id: str = GUILD_ID,
    dm: bool = False,
    mention_bot: bool = False,
    author: dict[str, Any] | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": message_id,
        "channel_id": channel_id,
        "author": author or HUMAN,
        "content": content,
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [BOT_USER] if mention_bot else [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [],
    }
    if not dm:
        data["guild_id"] = guild_id
        data["member"] = {
            "roles": [],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "flags": 0,
        }
    return data


def interaction(
    interaction_id: str, kind: int, data: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    return {
        "id": interaction_id,
        "application_id": APP_ID,
        "type": kind,
        "token": f"tok{interaction_id}",
        "version": 1,
        "guild_id": GUILD_ID,
        "channel_id": CHANNEL_ID,
        "channel": channel(),
        "member": {
            "user": HUMAN,
            "roles": [],
            "joined_at": TIMESTAMP,
            "deaf": False,
            "mute": False,
            "permissions": "2147483647",
            "flags": 0,
        },
        "data": data,
        "app_permissions": "2147483647",
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {},
        "context": 0,
        "attachment_size_limit": 26214400,
        **extra,
    }


def command(interaction_id: str, sub: str, **options: str) -> dict[str, Any]:
    opts = [{"name": k, "type": 3, "value": v} for k, v in options.items()]
    data = {
        "id": "900",
        "name": "openai",
        "type": 1,
        "options": [{"name": sub, "type": 1, "options": opts}],
    }
    return interaction(interaction_id, 2, data)


def autocomplete(interaction_id: str, sub: str, option: str, typed: str) -> dict[str, Any]:
    """An autocomplete interaction: `typed` so far in `option` of `/openai sub`."""
    focused = {"name": option, "type": 3, "value": typed, "focused": True}
    data = {
        "id": "900",
        "name": "openai",
        "type": 1,
        "options": [{"name": sub, "type": 1, "options": [focused]}],
    }
    return interaction(interaction_id, 4, data)


class FakeDiscord(LoopbackFake):
    """REST + gateway. `events` queues gateway events; `calls` records REST requests."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []
        self.answered_at: dict[str, float] = {}  # interaction id -> when its callback arrived
        self.reject_token = False
        self.missing_channels: set[str] = set()
        self.forbidden_channels: set[str] = set()  # 403 Missing Access
        self.refusing_channels: set[str] = set()  # 400: a refusal that says nothing of access
        self.gateway_log: list[dict[str, Any]] = []
        self.events = _Events(self)  # what tests queue; each goes to its guild's shard
        self.shards = 1  # what /gateway/bot recommends
        self.max_concurrency = 1  # shards that may IDENTIFY at once (one per bucket)
        self.guilds: dict[str, str] = {GUILD_ID: CHANNEL_ID}  # guild id -> its channel
        self.identified: list[tuple[int, int, float]] = []  # (shard id, count, when)
        self._shard_count = 1  # as the bot identified
        self._queues: dict[int, asyncio.Queue[tuple[str, dict[str, Any]]]] = {}
        self.seq = 0
        self.connections = 0
        self.drop_next: asyncio.Event = asyncio.Event()
        self.drop_code = 4000  # the close code a drop uses (4004: the token is rejected)
        # the next message posts: "400" refused (nothing stored), anything else stored, then a 500
        self.post_faults: list[str] = []
        self._sent: list[tuple[int, str, dict[str, Any], int]] = []
        self.channel_messages: dict[str, list[dict[str, Any]]] = {}
        self._made = 0

    def store(
        self,
        channel_id: str,
        content: str,
        *,
        author: dict[str, Any] | None = None,
        embeds: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A message kept in the channel's history, with an id Discord would give it now."""
        self._made += 1
        made = message(
            str(discord.utils.time_snowflake(datetime.now(UTC)) + self._made),
            content,
            channel_id=channel_id,
            author=author,
        )
        made["embeds"] = embeds or []
        self.channel_messages.setdefault(channel_id, []).append(made)
        return made

    def _history(self, channel_id: str, query: Mapping[str, str]) -> list[dict[str, Any]]:
        """GET /channels/{id}/messages as Discord answers it: at most `limit` (≤ 100); with
        `after`, the ones right after it; always newest first."""
        limit = min(int(query.get("limit", "50")), 100)
        kept = sorted(self.channel_messages.get(channel_id, []), key=lambda m: int(m["id"]))
        if "after" in query:
            page = [m for m in kept if int(m["id"]) > int(query["after"])][:limit]
        else:
            page = kept[-limit:]
        return list(reversed(page))

    def queue(self, shard: int) -> asyncio.Queue[tuple[str, dict[str, Any]]]:
        """The events waiting for the connection of `shard`."""
        return self._queues.setdefault(shard, asyncio.Queue())

    def route(self, name: str, data: dict[str, Any]) -> None:
        """Queue an event for the shard its guild belongs to."""
        guild_id = data.get("guild_id") or (data.get("id") if name == "GUILD_CREATE" else None)
        self.queue(shard_of(guild_id, self._shard_count)).put_nowait((name, data))

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._socket)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        await self.serve(app)

    def posted(self, prefix: str) -> list[Any]:
        return [
            body
            for method, path, body in self.calls
            if method == "POST" and path.startswith(prefix)
        ]

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body: Any = None
        if request.can_read_body:
            raw = await request.text()
            body = json.loads(raw) if raw and request.content_type == "application/json" else raw
        await self.record((request.method, path, body))
        if path.startswith("/channels/") and path.split("/")[2] in self.missing_channels:
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        if path.startswith("/channels/") and path.split("/")[2] in self.forbidden_channels:
            return _json({"message": "Missing Access", "code": 50001}, status=403)
        if path.startswith("/channels/") and path.split("/")[2] in self.refusing_channels:
            return _json({"message": "Invalid Form Body", "code": 50035}, status=400)
        if path == "/users/@me":
            if self.reject_token:
                return _json({"message": "401: Unauthorized", "code": 0}, status=401)
            return _json(BOT_USER)
        if path == "/oauth2/applications/@me":
            return _json(
                {
                    "id": APP_ID,
                    "name": "OpenAI History",
                    "description": "",
                    "icon": None,
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "verify_key": "00",
                    "flags": 0,
                    "team": None,
                    "rpc_origins": [],
                    "summary": "",
                    "interactions_endpoint_url": None,
                    "owner": {"id": "1", "username": "owner", "discriminator": "0", "avatar": None},
                }
            )
        if path == "/users/@me/channels" and request.method == "POST":  # open a DM
            recipient = str((body or {}).get("recipient_id", HUMAN["id"]))
            return _json(
                {
                    "id": DM_CHANNEL_ID,
                    "type": 1,
                    "last_message_id": None,
                    "recipients": [dict(HUMAN, id=recipient)],
                }
            )
        if path == "/gateway/bot":
            return _json(
                {
                    "url": self.gateway,
                    "shards": self.shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 1000,
                        "reset_after": 0,
                        "max_concurrency": self.max_concurrency,
                    },
                }
            )
        if path.startswith("/interactions/"):
            interaction_id = path.split("/")[2]
            self.answered_at.setdefault(interaction_id, time.perf_counter())
            return _json(
                {
                    "interaction": {
                        "id": interaction_id,
                        "type": 2,
                        "response_message_loading": False,
                        "response_message_ephemeral": True,
                    },
                    "resource": {"type": (body or {}).get("type", 4)},
                }
            )
        if (
            path.startswith("/channels/")
            and path.endswith("/messages")
            and request.method == "POST"
        ):
            channel_id = path.split("/")[2]
            if self.post_faults and self.post_faults[0] == "400":  # refused, nothing stored
                self.post_faults.pop(0)
                return _json({"message": "Invalid Form Body", "code": 50035}, status=400)
            nonce = (body or {}).get("nonce")
            if nonce and (body or {}).get("enforce_nonce"):  # Discord: the first one again
                for earlier in self.channel_messages.get(channel_id, []):
                    if earlier.get("nonce") == nonce:
                        return _json(earlier)
            sent = self.store(
                channel_id,
                (body or {}).get("content") or "",
                author=BOT_USER,
                embeds=(body or {}).get("embeds", []),
            )
            sent["nonce"] = nonce
            if self.post_faults:  # stored, but the answer is a 500
                self.post_faults.pop(0)
                return _json({"message": "500: Internal Server Error", "code": 0}, status=500)
            return _json(sent)
        if re.fullmatch(r"/channels/\d+", path) and request.method == "GET":
            wanted = path.split("/")[2]
            for guild_id, channel_id in self.guilds.items():
                if channel_id == wanted:
                    return _json(channel(channel_id, guild_id))
            return _json({"message": "Unknown Channel", "code": 10003}, status=404)
        if path.startswith("/channels/") and path.endswith("/messages") and request.method == "GET":
            return _json(self._history(path.split("/")[2], request.query))
        if path.startswith("/applications/") and request.method == "PUT":
            return _json(
                [
                    dict(c, id=str(700 + i), application_id=APP_ID, version="1")
                    for i, c in enumerate(body or [])
                ]
            )
        return _json({})

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.connections += 1
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        sender: asyncio.Task[None] | None = None
        shard = 0

        async def send(name: str, data: dict[str, Any]) -> None:
            self.seq += 1
            self._sent.append((self.seq, name, data, shard))
            await ws.send_json({"op": 0, "t": name, "s": self.seq, "d": data})

        async def pump() -> None:
            while True:
                name, data = await self.queue(shard).get()
                await send(name, data)
                if self.drop_next.is_set():
                    self.drop_next.clear()
                    await asyncio.sleep(0.3)  # let the bot act on it, then drop the connection
                    await ws.close(code=self.drop_code, message=b"test drop")
                    return

        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                continue
            payload = json.loads(frame.data)
            await self.append(self.gateway_log, payload)
            op = payload.get("op")
            if op == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                shard, count = payload["d"].get("shard") or [0, 1]
                self._shard_count = count
                self.identified.append((shard, count, time.monotonic()))
                mine = [g for g in self.guilds if shard_of(g, count) == shard]
                await send(
                    "READY",
                    {
                        "v": 10,
                        "user": BOT_USER,
                        "guilds": [{"id": g, "unavailable": True} for g in mine],
                        "session_id": f"session-{shard}",
                        "resume_gateway_url": self.gateway,
                        "application": {"id": APP_ID, "flags": 0},
                        "shard": [shard, count],
                    },
                )
                for guild_id in mine:
                    await send("GUILD_CREATE", guild(guild_id, self.guilds[guild_id]))
                sender = asyncio.create_task(pump())
            elif op == 6:
                # Replay what the client missed, and (to test idempotency) the last event again.
                last = payload["d"]["seq"]
                shard = int(payload["d"]["session_id"].removeprefix("session-"))
                replay = [e for e in self._sent if e[0] >= last and e[3] == shard]
                await send("RESUMED", {})
                for _seq, name, data, _shard in replay:
                    if name not in ("READY", "GUILD_CREATE", "RESUMED"):
                        await send(name, data)
                sender = asyncio.create_task(pump())
        if sender is not None:
            sender.cancel()
        return ws


class _Events:
    """The queue tests put gateway events on; each is sent on its guild's shard."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    async def put(self, item: tuple[str, dict[str, Any]]) -> None:
        self.fake.route(*item)

    def put_nowait(self, item: tuple[str, dict[str, Any]]) -> None:
        self.fake.route(*item)

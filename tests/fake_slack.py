"""A fake Slack on 127.0.0.1: the Web API methods the bot calls, response_url, Socket Mode.

It records every call so tests can assert on what the real slack-bolt / slack_sdk code sent.
"""

import asyncio
import base64
import json
import time
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

from .loopback import LoopbackFake

Call = tuple[str, dict[str, Any]]


class FakeSlack(LoopbackFake):
    """Plays Slack's Web API, response URLs and the Socket Mode websocket."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Call] = []
        self.acks: list[dict[str, Any]] = []
        self.envelopes: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.errors: dict[str, str] = {}
        self.channel_messages: dict[str, list[dict[str, Any]]] = {}
        # per method, faults for its next calls: "500" (nothing stored), "stored-then-500",
        # "429" (Retry-After: 0)
        self.faults: dict[str, list[str]] = {}
        self.response_faults: list[int] = []  # statuses for the next response_url posts
        self._clock = 0.0
        self.workspace_admins: set[str] = set()  # users.info says is_admin for these
        self.sockets: list[str] = []  # "open" / "closed", as Socket Mode connections come, go
        # seconds Slack takes to store each post, one post at a time
        self.post_delay = 0.0
        self._posting = asyncio.Lock()
        # Many workspaces: which workspace a token speaks for (any other: T0001), the token
        # each call was made with, the app's credentials, and OAuth codes awaiting exchange
        self.workspaces: dict[str, str] = {}
        self.call_tokens: list[tuple[str, str]] = []
        self.posted_with: list[tuple[str, str]] = []  # (channel, token) of each post
        self.app_credentials = ("CID.1", "client-secret")
        self.oauth_codes: dict[str, str] = {}  # code -> the workspace that granted it
        self.organisations: dict[str, str] = {}  # workspace -> its Enterprise Grid org
        # the client's end of the connection each request came on: (kind, host, port)
        self.connections: list[tuple[str, str, int]] = []

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    async def start(self) -> None:
        server = web.Application()
        server.router.add_post("/api/{method}", self._api)
        server.router.add_get("/api/{method}", self._api)
        server.router.add_post("/response/{name}", self._response)
        server.router.add_get("/link", self._socket)
        await self.serve(server)

    def store(
        self,
        channel: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        thread_ts: str | None = None,
    ) -> dict[str, Any]:
        """A message kept in the channel's history, stamped now (ts strictly increasing)."""
        self._clock = max(self._clock + 0.000001, time.time())
        made = {"ts": f"{self._clock:.6f}", "text": text, "metadata": metadata}
        if thread_ts:
            made["thread_ts"] = thread_ts
        self.channel_messages.setdefault(channel, []).append(made)
        return made

    def _history(self, data: dict[str, Any]) -> dict[str, Any]:
        """conversations.history as Slack answers it: newest first, messages after `oldest`,
        `limit` a page (at most 999), a cursor to the next page while more remain."""
        oldest = float(data.get("oldest") or 0)
        newest_first = sorted(
            (
                m
                for m in self.channel_messages.get(str(data.get("channel")), [])
                if float(m["ts"]) > oldest
            ),
            key=lambda m: -float(m["ts"]),
        )
        start = int(data.get("cursor") or 0)
        limit = min(int(data.get("limit") or 100), 999)
        page = newest_first[start : start + limit]
        more = start + limit < len(newest_first)
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def named(self, name: str) -> list[dict[str, Any]]:
        return [data for call, data in self.calls if call == name]

    async def _api(self, request: web.Request) -> web.Response:
        self._connection("api", request)
        method = request.match_info["method"]
        raw = await request.text()
        if request.content_type == "application/json":
            data = json.loads(raw or "{}")
        else:
            data = dict(parse_qsl(raw)) | dict(request.query)
            for key in ("blocks", "metadata"):
                if isinstance(data.get(key), str):
                    data[key] = json.loads(data[key])
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        self.call_tokens.append((method, token))
        if method == "chat.postMessage":
            self.posted_with.append((str(data.get("channel")), token))
        await self.record((method, data))
        team = self.workspaces.get(token, "T0001")
        if method == "oauth.v2.access":
            return web.json_response(self._exchange(request, data))
        if method in self.errors:
            return web.json_response({"ok": False, "error": self.errors[method]})
        fault = self.faults.get(method, []).pop(0) if self.faults.get(method) else ""
        if fault == "500":  # refused before storing anything
            return web.json_response({"ok": False, "error": "fatal_error"}, status=500)
        if fault == "503-text":  # a proxy's page, not Slack's JSON
            return web.Response(status=503, text="upstream unavailable")
        if fault == "refused":  # Slack answers, and says no
            return web.json_response({"ok": False, "error": "msg_too_long"})
        if fault == "429":
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "0"}
            )
        if method == "auth.test":
            body = {
                "ok": True,
                "user_id": "UBOT",
                "bot_id": "BBOT" if team == "T0001" else f"B{team}",
                "team_id": team,
                "user": "openai-bot",
                "team": "Example",
                "url": "https://example.slack.com/",
            }
        elif method == "users.info":
            user = str(data.get("user"))
            admin = user in self.workspace_admins
            body = {
                "ok": True,
                "user": {"id": user, "team_id": team, "is_admin": admin, "is_owner": False},
            }
        elif method == "apps.connections.open":
            body = {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"}
        elif method == "conversations.history":
            body = self._history(data)
        elif method == "conversations.replies":
            thread = str(data.get("ts"))
            body = {
                "ok": True,
                "messages": [
                    m
                    for m in self.channel_messages.get(str(data.get("channel")), [])
                    if m.get("thread_ts") == thread or m["ts"] == thread
                ],
            }
        elif method == "chat.postMessage":
            if self.post_delay:  # Slack working through posts one at a time
                async with self._posting:
                    await asyncio.sleep(self.post_delay)
                if request.transport is None or request.transport.is_closing():
                    return web.Response(status=499)  # the sender is gone: never stored
            made = self.store(
                str(data.get("channel")),
                str(data.get("text", "")),
                data.get("metadata"),
                thread_ts=data.get("thread_ts"),
            )
            await self.changed()
            body = {"ok": True, "channel": data.get("channel"), "ts": made["ts"]}
            if fault == "stored-then-500":  # stored, but the answer says it failed
                return web.json_response({"ok": False, "error": "fatal_error"}, status=500)
        else:
            body = {"ok": True}
        return web.json_response(body)

    def _exchange(self, request: web.Request, data: dict[str, Any]) -> dict[str, Any]:
        """oauth.v2.access: the app's credentials (HTTP Basic) and a code Slack gave out
        buy the workspace's bot token, once."""
        basic = request.headers.get("Authorization", "").removeprefix("Basic ")
        given = base64.b64decode(basic).decode() if basic else ""
        if given != ":".join(self.app_credentials):
            return {"ok": False, "error": "invalid_client_id"}
        team = self.oauth_codes.pop(str(data.get("code")), "")
        if not team:
            return {"ok": False, "error": "invalid_code"}
        token = f"xoxb-{team}-bot"
        self.workspaces[token] = team
        return {
            "ok": True,
            "app_id": "A0001",
            "access_token": token,
            "token_type": "bot",
            "scope": "commands,chat:write",
            "bot_user_id": f"U{team}BOT",
            "team": {"id": team, "name": f"Workspace {team}"},
            "enterprise": {"id": self.organisations[team], "name": "Org"}
            if team in self.organisations
            else None,
            "is_enterprise_install": False,
            "authed_user": {"id": f"U{team}ADMIN"},
        }

    def _connection(self, kind: str, request: web.Request) -> None:
        peer = request.transport.get_extra_info("peername") if request.transport else None
        if peer:
            self.connections.append((kind, str(peer[0]), int(peer[1])))

    async def _response(self, request: web.Request) -> web.Response:
        self._connection("response", request)
        body = await request.json()
        if self.response_faults:  # refused: nothing recorded as delivered
            await self.record(("response_url_refused:" + request.match_info["name"], body))
            status = self.response_faults.pop(0)
            return web.Response(status=status, text="no", headers={"Retry-After": "0"})
        await self.record(("response_url:" + request.match_info["name"], body))
        return web.Response(text="ok")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await self.append(self.sockets, "open")
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {}})

        async def send() -> None:
            while True:
                await ws.send_json(await self.envelopes.get())

        sender = asyncio.create_task(send())
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    await self.append(self.acks, json.loads(message.data))
        finally:
            sender.cancel()
            await self.append(self.sockets, "closed")
        return ws

    async def wait_for_ack(self, envelope_id: str, timeout: float = 10) -> dict[str, Any]:
        def acked() -> bool:
            return any(a.get("envelope_id") == envelope_id for a in self.acks)

        await self.until(acked, timeout)
        return next(a for a in self.acks if a.get("envelope_id") == envelope_id)
